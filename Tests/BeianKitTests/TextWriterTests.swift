import Testing
@testable import BeianKit

@Suite("Text writer")
struct TextWriterTests {
    let text = WriterSampleDocument.document.text()
    var lines: [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }

    /// Display width measured independently of `DisplayWidth`: the sample's text is ASCII or
    /// Chinese, so every non-ASCII character is two columns.
    static func columns<S: StringProtocol>(_ line: S) -> Int {
        line.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
    }

    /// Runs of consecutive grid lines, one run per table.
    static func grids<S: StringProtocol>(in lines: [S]) -> [[S]] {
        var grids: [[S]] = []
        var current: [S] = []
        for line in lines {
            if line.hasPrefix("+") || line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                grids.append(current)
                current = []
            }
        }
        if !current.isEmpty { grids.append(current) }
        return grids
    }

    @Test("the sample text matches Golden/sample.txt")
    func golden() throws {
        try WriterGoldenFile.check(text, against: "sample.txt")
    }

    @Test("every line of a table grid has the same display width")
    func gridAlignment() throws {
        let grids = Self.grids(in: lines)
        try #require(grids.count == 1)
        let widths = Set(grids[0].map { Self.columns($0) })
        #expect(widths == [TextWriter.pageWidth], "grid line widths: \(widths)")
        #expect(grids[0].first?.hasPrefix("+") == true && grids[0].last?.hasPrefix("+") == true)
    }

    @Test("long cell text wraps inside its column")
    func cellWrapping() {
        #expect(text.contains("| 通信地址：湖北省"))
        #expect(lines.contains { $0.contains("邮编430074") && $0.hasPrefix("|") })
        for grid in Self.grids(in: lines) {
            #expect(Set(grid.map { Self.columns($0) }).count == 1)
        }
    }

    @Test("no line is wider than the page")
    func pageWidth() {
        for line in lines {
            #expect(Self.columns(line) <= TextWriter.pageWidth, "too wide: \(line)")
        }
    }

    @Test("a grid of merged and narrow cells stays aligned", arguments: [20, 37, 72, 100])
    func mergedCells(width: Int) throws {
        let cell = { (text: String, columns: Int, rows: Int) in
            FormTableCell(blocks: [.paragraph(FormParagraph([.text(text, .plain)]))], columnSpan: columns, rowSpan: rows)
        }
        let table = FormTable(
            columnWidths: [1, 5, 2],
            rows: [
                FormTableRow(cells: [cell("甲", 1, 3), cell("跨两列的很长的中文内容需要换行显示", 2, 1)]),
                FormTableRow(cells: [cell("ab", 1, 1), cell("c", 1, 2)]),
                FormTableRow(cells: [cell("一二三四五六七八九十一二三四五六七八九十", 1, 1)]),
                FormTableRow(cells: [cell("少了两个单元格", 1, 1)]),
            ])
        let lines = TextGrid.lines(for: table, width: width) { cell, cellWidth in
            TextWriter.lines(for: cell.blocks, width: cellWidth, cellAlignment: cell.alignment)
        }
        let text = lines.joined(separator: "\n")
        #expect(Set(lines.map { Self.columns($0) }) == [width], "\n\(text)")
        // Nothing is cut: every character of every cell is somewhere in the grid.
        let content = Set(
            table.rows.flatMap(\.cells).flatMap { cell in
                cell.blocks.flatMap { block -> [Character] in
                    guard case .paragraph(let paragraph) = block, case .text(let string, _) = paragraph.content[0] else { return [] }
                    return Array(string)
                }
            })
        #expect(content.isSubset(of: Set(text)))
    }

    @Test("form elements in plain text")
    func formElements() {
        #expect(text.contains("[x] 企业　[ ] 个人"))
        #expect(text.contains("姓名：张三"))
        #expect(text.contains("联系电话：____________________"))
        #expect(text.contains("　　根据《互联网信息服务管理办法》"))
        #expect(text.contains("1. 请使用黑色签字笔填写，字迹清楚。"))
        #expect(text.contains("[ ] 营业执照复印件"))
        #expect(text.contains("- 核验人员当面核验"))
        #expect(text.contains("法定代表人（签字）：________________"))
        #expect(text.contains("本人指印：________"))
        #expect(text.contains("主办单位（盖章）：________________"))
        #expect(lines.contains { $0.hasSuffix("日期：　　　　年　　月　　日") })
        #expect(lines.contains { $0.hasSuffix("2026年11月22日 |") })
        #expect(lines.contains { $0 == String(repeating: "=", count: TextWriter.pageWidth) })
        #expect(text.contains("第二行\n   换行后继续。"))
        #expect(text.contains("<script>alert(1)</script> &amp; 'quoted' \"double\""))
    }

    @Test("the title is centred and followed by a blank line")
    func title() throws {
        let first = try #require(lines.first)
        let leading = first.prefix { $0 == " " }.count
        #expect(abs(leading * 2 + Self.columns(first.drop(while: { $0 == " " })) - TextWriter.pageWidth) <= 1)
        #expect(lines[1].isEmpty)
    }

    @Test("the text ends with exactly one newline and is deterministic")
    func endingAndDeterminism() {
        #expect(text.hasSuffix("\n"))
        #expect(!text.hasSuffix("\n\n"))
        #expect(WriterSampleDocument.document.text() == text)
        #expect(FormDocument(title: "empty", blocks: []).text() == "\n")
    }

    @Test("control characters cannot reach the terminal")
    func controlCharacters() {
        let document = FormDocument(title: "t", blocks: [.paragraph(FormParagraph([.text("a\u{1B}[31mb\u{9B}c", .plain)]))])
        #expect(document.text() == "a\u{FFFD}[31mb\u{FFFD}c\n")
    }

    @Test("closing punctuation never starts a line")
    func lineBreakingRules() {
        let lines = TextLineBreaker.lines([.text("一二三四五，六七八九十。", .plain)], width: 10)
        #expect(lines == ["一二三四", "五，六七八", "九十。"])
        let latin = TextLineBreaker.lines([.text("alpha beta gamma", .plain)], width: 11)
        #expect(latin == ["alpha beta", "gamma"])
        let long = TextLineBreaker.lines([.text("https://example.com/x", .plain)], width: 8)
        #expect(long == ["https://", "example.", "com/x"])
    }

    @Test(
        "display width counts Chinese as two columns",
        arguments: [
            ("abc", 3), ("中文", 4), ("，。", 4), ("　", 2), ("e\u{301}", 1), ("👍", 2), ("한국", 4),
            ("ｶ", 1), ("ＡＢ", 4), ("\u{200B}", 0), ("☑", 1),
        ])
    func displayWidth(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }
}

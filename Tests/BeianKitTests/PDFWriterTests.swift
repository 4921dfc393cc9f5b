@testable import BeianKit
import Foundation
import Testing

/// The PDF writer's layout, read back with poppler: header rows repeated on every page a table
/// runs onto, Chinese line breaking, identifiers kept whole, characters the fonts lack refused.
@Suite("PDF writer")
struct PDFWriterTests {
    static let fonts = Result { try PDFFonts() }

    /// `document` as PDF, written to a scratch file whose path is returned.
    static func write(_ document: FormDocument, into folder: URL) throws -> String {
        let generated = GeneratedDocument(kind: DocumentKind.allCases[0], fileStem: "test", document: document, diagnostics: [])
        let file = try generated.pdf(fonts: try fonts.get())
        let path = folder.appendingPathComponent(file.fileName).path
        try file.data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func text(_ pdf: String, page: Int? = nil) throws -> String {
        let range = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try ExternalTool.run("pdftotext", range + ["-enc", "UTF-8", pdf, "-"]).output
    }

    static func pages(_ pdf: String) throws -> Int {
        let info = try ExternalTool.run("pdfinfo", [pdf]).output
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    @Test("a table of column headings and 80 rows repeats its heading row on every page, numbered 第 N 页 共 M 页")
    func headerRowsRepeat() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = FormTableRow(cells: [
            FormTableCell(blocks: [.paragraph(FormParagraph([.text("序号", .plain)]))], isHeader: true),
            FormTableCell(blocks: [.paragraph(FormParagraph([.text("网站域名列表", .plain)]))], isHeader: true),
        ])
        let rows = (1...80).map { number in
            FormTableRow(cells: [
                FormTableCell(blocks: [.paragraph(FormParagraph([.text("\(number)", .plain)]))]),
                FormTableCell(blocks: [.paragraph(FormParagraph([.text("site-\(number).example.cn", .plain)]))]),
            ])
        }
        let document = FormDocument(
            title: "表",
            blocks: [
                .title(FormParagraph([.text("网站清单", .plain)])),
                .table(FormTable(columnWidths: [1, 4], rows: [header] + rows)),
            ])
        let pdf = try Self.write(document, into: folder)
        let pages = try Self.pages(pdf)
        #expect(pages >= 3)
        for page in 1...pages {
            let text = try Self.text(pdf, page: page)
            #expect(text.contains("网站域名列表"), "page \(page) lacks the heading row")
            #expect(text.filter { !$0.isWhitespace }.contains("第\(page)页共\(pages)页"), "page \(page) lacks its number")
        }
        let all = try Self.text(pdf)
        for number in [1, 40, 80] { #expect(all.contains("site-\(number).example.cn")) }
    }

    @Test("no line starts with closing punctuation or ends with opening punctuation; filing numbers stay whole")
    func chineseLineBreaking() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Runs of text whose natural breaks fall next to punctuation at many offsets.
        var content = ""
        for offset in 0..<24 {
            content += String(repeating: "备", count: offset % 7) + "注销，（鄂ICP备2019012345号-12）。《说明》、"
        }
        let document = FormDocument(title: "断行", blocks: [.paragraph(FormParagraph([.text(content, .plain)]))])
        let pdf = try Self.write(document, into: folder)
        // Justified lines stretch, which pdftotext reads as spaces: compare without them.
        let lines = try Self.text(pdf).split(separator: "\n").map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
        #expect(lines.count > 5)
        for line in lines {
            #expect(!"，。、）》".contains(line.first!), "line starts with closing punctuation: \(line)")
            #expect(!"（《".contains(line.last!), "line ends with opening punctuation: \(line)")
        }
        #expect(lines.joined().components(separatedBy: "鄂ICP备2019012345号-12").count - 1 == 24)
        for line in lines { #expect(line.components(separatedBy: "ICP备").count == line.components(separatedBy: "号-12").count) }
    }

    @Test("a Chinese date is never broken across lines")
    func datesStayWhole() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var content = ""
        for offset in 0..<30 { content += String(repeating: "申", count: offset % 9) + "申请日期：2026年12月7日，" }
        let document = FormDocument(title: "日期", blocks: [.paragraph(FormParagraph([.text(content, .plain)]))])
        let pdf = try Self.write(document, into: folder)
        let lines = try Self.text(pdf).split(separator: "\n").map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
        #expect(lines.count > 5)
        #expect(lines.joined().components(separatedBy: "2026年12月7日").count - 1 == 30)
        for line in lines {
            #expect(line.components(separatedBy: "2026年").count == line.components(separatedBy: "月7日").count, "a date is cut: \(line)")
        }
        let spans = PDFLineBreaker.identifierSpans(Array("于2026年1月15日至12025年"))
        #expect(spans == [false, false, true, true, true, true, true, true, true, true, true, false, false, false, false, false, false, false])
    }

    @Test("a character the fonts lack is an error naming it, not a PDF with a missing glyph")
    func missingGlyph() throws {
        let document = FormDocument(title: "缺字", blocks: [.paragraph(FormParagraph([.text("名称\u{1F600}", .plain)]))])
        let generated = GeneratedDocument(kind: DocumentKind.allCases[0], fileStem: "test", document: document, diagnostics: [])
        #expect {
            _ = try generated.pdf(fonts: try Self.fonts.get())
        } throws: { error in
            guard let error = error as? BeianError, let input = error.inputError else { return false }
            return input.diagnostics.contains { $0.code == "pdf.missing-glyph" && $0.message.contains("U+1F600") }
        }
    }
}

/// Odd documents the PDF writer must still write soundly.
@Suite("PDF writer, odd documents")
struct PDFOddDocumentTests {
    static let oddDocuments: [(String, FormDocument)] = [
        ("writer sample", WriterSampleDocument.document),
        ("ends in a table spanning rows past its end", DOCXWriterTests.endsInTable),
        ("empty", FormDocument(title: "", blocks: [])),
        (
            "empty table, huge spacer and blank, page breaks",
            FormDocument(
                title: "怪", font: .hei,
                blocks: [
                    .table(FormTable(columnWidths: [], rows: [])), .pageBreak, .pageBreak, .spacer(lines: 10_000),
                    .paragraph(FormParagraph([.blank(width: 100_000), .lineBreak, .lineBreak])),
                    .table(
                        FormTable(
                            columnWidths: [0, -5],
                            rows: [
                                FormTableRow(
                                    cells: [
                                        FormTableCell(
                                            blocks: [
                                                .pageBreak,
                                                .table(
                                                    FormTable(
                                                        columnWidths: [1], rows: [FormTableRow(cells: [FormTableCell(blocks: [.signature(SignatureBox(kind: .seal, label: "章"))])])])),
                                            ],
                                            columnSpan: 9, rowSpan: 9)
                                    ], minimumHeight: 100_000)
                            ])),
                    .list(FormItemList(style: .number, items: [[], [.checkbox(checked: true, label: [])]])),
                    .dateLine(DateLine()), .signature(SignatureBox(kind: .fingerprint, label: "")),
                ])
        ),
        (
            "one long unbroken string",
            FormDocument(
                title: "长",
                blocks: [
                    .paragraph(FormParagraph([.text(String(repeating: "x", count: 5_000), .plain)]))
                ])
        ),
    ]

    @Test("each odd document is a PDF qpdf finds sound", arguments: 0..<oddDocuments.count)
    func sound(index: Int) throws {
        let (name, document) = Self.oddDocuments[index]
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try PDFWriterTests.write(document, into: folder)
        let check = try ExternalTool.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(name): \(check.output)")
    }
}

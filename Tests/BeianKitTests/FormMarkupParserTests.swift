import Foundation
import Testing
import BeianKit

@Suite("FormMarkupParser")
struct FormMarkupParserTests {
    let parser: FormMarkupParser

    init() throws {
        parser = try FormMarkupParser()
    }

    /// Wraps body markup in a `<document>`, starting the body on line 2.
    static func wrapped(_ body: String, title: String = "测试") -> String {
        "<document title=\"\(title)\">\n\(body)\n</document>"
    }

    func parse(_ body: String) throws -> [FormBlock] {
        try parser.parse(Self.wrapped(body), source: "test.mustache").blocks
    }

    func failure(_ markup: String) -> MarkupError? {
        #expect(throws: MarkupError.self) { try parser.parse(markup, source: "test.mustache") }
    }

    static func text(_ string: String, bold: Bool = false, underline: Bool = false) -> FormInline {
        .text(string, FormTextStyle(bold: bold, underline: underline))
    }

    // MARK: Elements

    @Test func documentTitleAndFont() throws {
        let plain = try parser.parse("<document title=\"注销申请书\"/>", source: "t")
        #expect(plain == FormDocument(title: "注销申请书", font: .song, blocks: []))
        let letter = try parser.parse("<document title=\"授权书\" font=\"fangsong\"></document>", source: "t")
        #expect(letter.font == .fangsong)
        #expect(try parser.parse("<document title=\"x\" font=\"hei\"/>", source: "t").font == .hei)
    }

    @Test func paragraphKinds() throws {
        let blocks = try parse(
            """
              <title>网站备案注销申请书</title>
              <heading>一、申请事项</heading>
              <heading align="center">二、说明</heading>
              <paragraph>默认两端对齐</paragraph>
              <paragraph align="right" indent="2">右对齐缩进</paragraph>
              <note>注：请用黑色签字笔填写。</note>
            """)
        #expect(
            blocks == [
                .title(FormParagraph([Self.text("网站备案注销申请书")], alignment: .center)),
                .heading(FormParagraph([Self.text("一、申请事项")], alignment: .left)),
                .heading(FormParagraph([Self.text("二、说明")], alignment: .center)),
                .paragraph(FormParagraph([Self.text("默认两端对齐")], alignment: .justify, firstLineIndent: 0)),
                .paragraph(FormParagraph([Self.text("右对齐缩进")], alignment: .right, firstLineIndent: 2)),
                .note(FormParagraph([Self.text("注：请用黑色签字笔填写。")])),
            ])
    }

    @Test func inlineElements() throws {
        let blocks = try parse(
            """
            <paragraph>申请人<b>张三</b>，<u>下划线</u><br/>第二行
              <checkbox checked="yes">不再运营</checkbox><checkbox>其他<b>原因</b></checkbox>
              <field label="网站名称">示例官网</field><field label="签字" width="20"></field>
              <blank/><blank width="4"/></paragraph>
            """)
        #expect(
            blocks == [
                .paragraph(
                    FormParagraph([
                        Self.text("申请人"), Self.text("张三", bold: true), Self.text("，"), Self.text("下划线", underline: true),
                        .lineBreak, Self.text("第二行"),
                        .checkbox(checked: true, label: [Self.text("不再运营")]),
                        .checkbox(checked: false, label: [Self.text("其他"), Self.text("原因", bold: true)]),
                        .field(label: "网站名称", value: [Self.text("示例官网")], width: 12),
                        .field(label: "签字", value: [], width: 20),
                        .blank(width: 8), .blank(width: 4),
                    ]))
            ])
    }

    @Test func lists() throws {
        let blocks = try parse(
            """
            <list><item>第一项</item><item>第二<b>项</b></item></list>
            <list style="bullet"><item>圆点</item></list>
            <list style="checkbox"><item>营业执照复印件</item></list>
            """)
        #expect(
            blocks == [
                .list(FormItemList(style: .number, items: [[Self.text("第一项")], [Self.text("第二"), Self.text("项", bold: true)]])),
                .list(FormItemList(style: .bullet, items: [[Self.text("圆点")]])),
                .list(FormItemList(style: .checkbox, items: [[Self.text("营业执照复印件")]])),
            ])
    }

    @Test func standaloneBlocks() throws {
        let blocks = try parse(
            """
            <signature kind="seal" label="单位（盖章）"/>
            <signature label="法定代表人（签字）"/>
            <signature kind="fingerprint" label="指印"/>
            <date-line/>
            <date-line label="日期：" date="2026-11-22"/>
            <spacer/><spacer lines="3"/>
            <page-break/>
            """)
        #expect(
            blocks == [
                .signature(SignatureBox(kind: .seal, label: "单位（盖章）")),
                .signature(SignatureBox(kind: .signature, label: "法定代表人（签字）")),
                .signature(SignatureBox(kind: .fingerprint, label: "指印")),
                .dateLine(DateLine(label: "", date: nil)),
                .dateLine(DateLine(label: "日期：", date: CalendarDate(year: 2026, month: 11, day: 22))),
                .spacer(lines: 1), .spacer(lines: 3),
                .pageBreak,
            ])
    }

    @Test func tableWithSpansAndMixedCellContent() throws {
        let blocks = try parse(
            """
            <table widths="3 5,2">
              <row height="12">
                <cell header="yes" align="center" valign="top">主办单位</cell>
                <cell colspan="2">武汉示例科技有限公司</cell>
              </row>
              <row>
                <cell rowspan="2">网站</cell>
                <cell align="right">
                  名称：<b>示例官网</b>
                  <paragraph>继承单元格对齐</paragraph>
                  <paragraph align="left" indent="2">自带对齐</paragraph>
                  <list style="bullet"><item>example.cn</item></list>
                  备注
                  <signature kind="seal" label="（盖章）"/>
                  <date-line date="2026-01-05"/>
                </cell>
                <cell></cell>
              </row>
              <row><cell colspan="2"><field label="域名">example.cn</field></cell></row>
            </table>
            """)
        let expected = FormTable(
            columnWidths: [3, 5, 2],
            rows: [
                FormTableRow(
                    cells: [
                        FormTableCell(
                            blocks: [.paragraph(FormParagraph([Self.text("主办单位")], alignment: .center))],
                            alignment: .center, verticalAlignment: .top, isHeader: true),
                        FormTableCell(blocks: [.paragraph(FormParagraph([Self.text("武汉示例科技有限公司")], alignment: .left))], columnSpan: 2),
                    ], minimumHeight: 12),
                FormTableRow(cells: [
                    FormTableCell(blocks: [.paragraph(FormParagraph([Self.text("网站")], alignment: .left))], rowSpan: 2),
                    FormTableCell(
                        blocks: [
                            .paragraph(FormParagraph([Self.text("名称："), Self.text("示例官网", bold: true)], alignment: .right)),
                            .paragraph(FormParagraph([Self.text("继承单元格对齐")], alignment: .right)),
                            .paragraph(FormParagraph([Self.text("自带对齐")], alignment: .left, firstLineIndent: 2)),
                            .list(FormItemList(style: .bullet, items: [[Self.text("example.cn")]])),
                            .paragraph(FormParagraph([Self.text("备注")], alignment: .right)),
                            .signature(SignatureBox(kind: .seal, label: "（盖章）")),
                            .dateLine(DateLine(date: CalendarDate(year: 2026, month: 1, day: 5))),
                        ], alignment: .right),
                    FormTableCell(blocks: []),
                ]),
                FormTableRow(cells: [
                    FormTableCell(
                        blocks: [
                            .paragraph(
                                FormParagraph(
                                    [.field(label: "域名", value: [Self.text("example.cn")], width: 12)],
                                    alignment: .left))
                        ], columnSpan: 2)
                ]),
            ])
        #expect(blocks == [.table(expected)])
    }

    // MARK: Whitespace

    @Test func lineBreakingWhitespaceDisappearsOtherWhitespaceStays() throws {
        let blocks = try parse(
            """
            <paragraph>
                本单位
                <b>郑重</b>
                承诺：  两个空格\t一个制表符
                <u> 带空格 </u>
            </paragraph>
            """)
        #expect(
            blocks == [
                .paragraph(
                    FormParagraph([
                        Self.text("本单位"), Self.text("郑重", bold: true), Self.text("承诺：  两个空格\t一个制表符"),
                        Self.text(" 带空格 ", underline: true),
                    ]))
            ])
    }

    @Test func adjacentRunsOfOneStyleMergeAndEmptyRunsVanish() throws {
        let blocks = try parse("<paragraph>甲<!-- 注释 --><b></b>乙<?pi x?>丙<b>丁</b><b>戊</b></paragraph>")
        #expect(blocks == [.paragraph(FormParagraph([Self.text("甲乙丙"), Self.text("丁戊", bold: true)]))])
    }

    @Test func emptyAndWhitespaceOnlyContent() throws {
        let blocks = try parse("<paragraph>\n   \n</paragraph><table widths=\"1\"><row><cell> </cell></row></table>")
        #expect(blocks == [.paragraph(FormParagraph([])), .table(FormTable(columnWidths: [1], rows: [FormTableRow(cells: [FormTableCell(blocks: [])])]))])
    }

    // MARK: Data stays text

    @Test func escapedMarkupInDataIsLiteralText() throws {
        let blocks = try parse("<paragraph>&lt;w:p&gt;注入&lt;/w:p&gt; ]]&gt; {{name}} {{{raw}}} &amp;amp; &#x4E2D;</paragraph>")
        #expect(blocks == [.paragraph(FormParagraph([Self.text("<w:p>注入</w:p> ]]> {{name}} {{{raw}}} &amp; 中")]))])
        let field = try parse("<paragraph><field label=\"&lt;b&gt;名称&quot;\">&lt;/field&gt;</field></paragraph>")
        #expect(field == [.paragraph(FormParagraph([.field(label: "<b>名称\"", value: [Self.text("</field>")], width: 12)]))])
    }

    @Test func doctypeIsRefusedAndItsEntitiesNeverExpanded() throws {
        let internalSubset = """
            <?xml version="1.0"?>
            <!DOCTYPE document [<!ENTITY secret "EXPANDED">]>
            <document title="&secret;"><paragraph>&secret;</paragraph></document>
            """
        let error = try #require(failure(internalSubset))
        #expect(error.line == 2)
        #expect(error.message.contains("DOCTYPE"))
        #expect(!error.message.contains("EXPANDED"))

        let external = """
            <!DOCTYPE document SYSTEM "file:///etc/passwd">
            <document title="x"><paragraph>&passwd;</paragraph></document>
            """
        let externalError = try #require(failure(external))
        #expect(externalError.line == 1)
        #expect(externalError.message.contains("DOCTYPE"))

        let billionLaughs = """
            <!DOCTYPE document [
              <!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
            ]>
            <document title="x"><paragraph>&d;&d;&d;</paragraph></document>
            """
        #expect(failure(billionLaughs)?.message.contains("DOCTYPE") == true)
    }

    @Test func undeclaredEntityIsAnError() throws {
        let error = try #require(failure(Self.wrapped("<paragraph>a &nbsp; b</paragraph>")))
        #expect(error.line == 2)
        #expect(error.message.contains("nbsp"))
    }

    // MARK: Errors

    @Test func malformedMarkupNamesLineAndColumn() throws {
        let markup = """
            <document title="x">
              <paragraph>一
              <b>二</paragraph>
            </document>
            """
        let error = try #require(failure(markup))
        #expect(error.source == "test.mustache")
        #expect(error.line == 3)
        #expect(error.column != nil)
        #expect(error.excerpt == "<b>二</paragraph>")
        #expect(error.description.hasPrefix("test.mustache:3:\(error.column ?? 0): error: "))
        #expect(error.description.hasSuffix("\n    <b>二</paragraph>"))

        let unquoted = try #require(failure("<document title=x/>"))
        #expect(unquoted.line == 1)
        #expect(unquoted.column == 17)

        let bare = try #require(failure(Self.wrapped("<paragraph>a & b</paragraph>")))
        #expect(bare.line == 2)
        #expect(bare.column != nil)
    }

    @Test func emptyMarkupIsAnError() {
        #expect(failure("") != nil)
        #expect(failure("   \n") != nil)
    }

    @Test func dtdViolationsNameTheLine() throws {
        let unknown = try #require(failure(Self.wrapped("<paragraph>ok</paragraph>\n  <marquee>no</marquee>")))
        #expect(unknown.line == 3)
        #expect(unknown.column == 3)
        #expect(unknown.message.contains("marquee"))

        let missing = try #require(failure(Self.wrapped("\n<signature kind=\"seal\"/>")))
        #expect(missing.line == 3)
        #expect(missing.message.contains("label"))

        let misplaced = try #require(failure(Self.wrapped("<list><paragraph>x</paragraph></list>")))
        #expect(misplaced.line == 2)

        let badChoice = try #require(failure(Self.wrapped("<heading align=\"middle\">x</heading>")))
        #expect(badChoice.line == 2)

        let noTitle = try #require(failure("<document>\n</document>"))
        #expect(noTitle.line == 1)
        #expect(noTitle.message.contains("title"))

        let wrongRoot = try #require(failure("<paragraph>x</paragraph>"))
        #expect(wrongRoot.line == 1)
        #expect(wrongRoot.message.contains("<document>"))
    }

    @Test(arguments: [
        "<blank width=\"0\"/>", "<blank width=\"-3\"/>", "<blank width=\"abc\"/>", "<blank width=\"1.5\"/>",
        "<field label=\"x\" width=\"\"/>", "<blank width=\"99999999999999999999999\"/>",
    ])
    func inlineNumbersMustBePositive(_ inline: String) throws {
        let error = try #require(failure(Self.wrapped("<paragraph>\n\(inline)</paragraph>")))
        #expect(error.line == 3)
        #expect(error.message.contains("width"))
    }

    @Test(arguments: [
        ("<spacer lines=\"0\"/>", "lines"), ("<paragraph indent=\"-1\">x</paragraph>", "indent"),
        ("<paragraph indent=\"两\">x</paragraph>", "indent"),
        ("<table widths=\"0 1\"><row><cell/><cell/></row></table>", "widths"),
        ("<table widths=\"1\"><row height=\"x\"><cell/></row></table>", "height"),
        ("<table widths=\"1\"><row><cell colspan=\"0\"/></row></table>", "colspan"),
        ("<table widths=\"1\"><row><cell rowspan=\"-1\"/></row></table>", "rowspan"),
    ])
    func blockNumbersMustBePositive(_ block: String, _ attribute: String) throws {
        let error = try #require(failure(Self.wrapped("\n\(block)")))
        #expect(error.line == 3)
        #expect(error.message.contains(attribute))
    }

    @Test func zeroIndentIsAllowed() throws {
        #expect(try parse("<paragraph indent=\"0\">x</paragraph>") == [.paragraph(FormParagraph([Self.text("x")]))])
    }

    @Test(arguments: ["2026-02-30", "2026/11/22", "20261122", "2026-1-5", "明天"])
    func badDatesAreErrors(_ date: String) throws {
        let error = try #require(failure(Self.wrapped("\n\n<date-line date=\"\(date)\"/>")))
        #expect(error.line == 4)
        #expect(error.column == 1)
        #expect(error.message.contains(date))
    }

    @Test func tableWidthsMustMatchTheFirstRow() throws {
        let markup = Self.wrapped(
            """
            <paragraph>前文</paragraph>
            <table widths="3 5">
              <row><cell colspan="2">a</cell><cell>b</cell></row>
            </table>
            """)
        let error = try #require(failure(markup))
        #expect(error.line == 3)
        #expect(error.message.contains("3 columns"))
        #expect(error.excerpt == "<table widths=\"3 5\">")
    }

    @Test(arguments: [
        "<row><cell/></row>",
        "<row><cell/><cell/><cell/></row>",
        "<row><cell rowspan=\"3\"/><cell/></row>",
        "<row><cell/><cell rowspan=\"2\"/></row><row><cell colspan=\"2\"/></row>",
    ])
    func rowsMustFillTheGrid(_ rows: String) throws {
        let markup = Self.wrapped("<table widths=\"1 1\"><row><cell/><cell/></row>\n\(rows)</table>")
        let error = try #require(failure(markup))
        #expect(error.line == 3)
    }

    @Test func errorDescriptionWithoutLocation() {
        let error = MarkupError(source: "a.mustache", message: "broken")
        #expect(error.description == "a.mustache: error: broken")
        let located = MarkupError(source: "a.mustache", line: 4, column: 2, message: "broken", excerpt: "<x>")
        #expect(located.description == "a.mustache:4:2: error: broken\n    <x>")
    }

    // MARK: Custom DTD

    @Test func customDTD() throws {
        let custom = try FormMarkupParser(
            dtd: """
                <!ELEMENT document (paragraph)*>
                <!ATTLIST document title CDATA #REQUIRED>
                <!ELEMENT paragraph (#PCDATA)>
                <!ATTLIST paragraph align (left | right) "right">
                """)
        let document = try custom.parse("<document title=\"t\"><paragraph>x</paragraph></document>", source: "c")
        #expect(document.blocks == [.paragraph(FormParagraph([Self.text("x")], alignment: .right))])
        #expect(throws: MarkupError.self) { try custom.parse("<document title=\"t\"><note>x</note></document>", source: "c") }
    }

    @Test func invalidDTDsAreRefused() throws {
        let broken = #expect(throws: MarkupError.self) { try FormMarkupParser(dtd: "<!ELEMENT document (a") }
        #expect(broken?.line == 1)
        #expect(throws: MarkupError.self) { try FormMarkupParser(dtd: "<!ELEMENT other EMPTY>") }
        #expect(throws: MarkupError.self) { try FormMarkupParser(dtd: "") }
    }

    // MARK: Concurrency and memory

    /// A document using every element, about the size of a one-page form.
    static let mediumDocument: String = {
        var rows = ""
        for index in 1...12 {
            rows += """
                  <row height="8">
                    <cell header="yes">第\(index)项</cell>
                    <cell colspan="2"><field label="名称">示例&lt;\(index)&gt;</field><checkbox checked="yes">是</checkbox></cell>
                  </row>

                """
        }
        return wrapped(
            """
              <title>网站备案注销申请书</title>
              <paragraph indent="2">本单位<b>武汉示例科技有限公司</b>申请注销网站备案，原因：<u>不再运营</u>。</paragraph>
              <table widths="3 5 2">
            \(rows)  </table>
              <list style="checkbox"><item>营业执照复印件</item><item>法定代表人身份证复印件</item></list>
              <signature kind="seal" label="单位（盖章）"/>
              <date-line label="日期：" date="2026-11-22"/>
              <note>注：<blank width="6"/></note>
              <page-break/>
            """, title: "注销申请书")
    }()

    @Test func parsesFromManyTasksAtOnce() async throws {
        let parser = self.parser
        let expected = try parser.parse(Self.mediumDocument, source: "medium")
        let broken = Self.mediumDocument.replacingOccurrences(of: "<page-break/>", with: "<page-break>")
        let results = await withTaskGroup(of: (Int, Bool).self) { group in
            for task in 0..<8 {
                group.addTask {
                    var good = 0
                    for round in 0..<200 {
                        if (task + round) % 5 == 0 {
                            // Errors raised on one thread must not leak into another's parse.
                            do throws(MarkupError) {
                                _ = try parser.parse(broken, source: "broken-\(task)")
                            } catch {
                                if error.source == "broken-\(task)", error.line != nil { good += 1 }
                            }
                        } else if (try? parser.parse(Self.mediumDocument, source: "medium-\(task)")) == expected {
                            good += 1
                        }
                    }
                    return (task, good == 200)
                }
            }
            var results: [Int: Bool] = [:]
            for await (task, ok) in group { results[task] = ok }
            return results
        }
        #expect(results.count == 8)
        #expect(results.values.allSatisfy { $0 })
    }

    /// A leak of the tree or parser context would cost tens of kilobytes per parse, over 500 MB
    /// here; the 30 MB bound leaves room for other tests allocating in parallel.
    @Test func memoryStaysFlatOverManyParses() throws {
        func residentBytes() throws -> Int {
            let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
            let pages = try #require(Int(statm.split(separator: " ")[1]))
            return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        }
        guard FileManager.default.fileExists(atPath: "/proc/self/statm") else { return }
        let markup = Self.mediumDocument
        for _ in 0..<500 { _ = try parser.parse(markup, source: "warm-up") }
        let before = try residentBytes()
        let start = ContinuousClock.now
        let count = 20_000
        for _ in 0..<count {
            _ = try parser.parse(markup, source: "medium")
            _ = try? parser.parse("<document title=\"x\"><broken></document>", source: "broken")
        }
        let elapsed = ContinuousClock.now - start
        let growth = try residentBytes() - before
        print(
            "FormMarkupParser: \(count) parses of \(markup.utf8.count) bytes (plus one failing parse each) in \(elapsed); "
                + "per document \(elapsed / count); resident memory grew \(growth / 1024) KiB")
        // Resident memory is the whole process's, and other suites run alongside; a leak of the
        // parsed tree or of libxml2's document (several KiB a parse, 40,000 parses) would still
        // pass this bound many times over.
        #expect(growth < 96 * 1024 * 1024)
    }
}

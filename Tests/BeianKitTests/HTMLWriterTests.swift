import Foundation
import Testing
@testable import BeianKit

@Suite("HTML writer")
struct HTMLWriterTests {
    let html = WriterSampleDocument.document.html()

    @Test("the sample page matches Golden/sample.html")
    func golden() throws {
        try WriterGoldenFile.check(html, against: "sample.html")
    }

    @Test("the page is well-formed XML")
    func wellFormed() throws {
        // An XML parser is the strict check that every element is closed and every attribute
        // quoted; python3's minidom is the one at hand. Without python the test fails, so a
        // machine that cannot check never reports the page as checked.
        guard let python = Self.executable(named: "python3") else {
            Issue.record("python3 is not on PATH; it is needed to check the HTML is well-formed XML.")
            return
        }
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("beian-html-\(UUID().uuidString).html")
        try Data(html.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", "import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1])", file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "minidom rejected the page: \(message)")
    }

    @Test("data that looks like markup is printed as text")
    func hostileStringsAreEscaped() {
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;w:p&gt;"))
        #expect(html.contains("]]&gt;"))
        #expect(html.contains("{{x}}"))
        #expect(html.contains("&amp;amp;"))
        #expect(html.contains("&#39;quoted&#39; &quot;double&quot;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<w:p"))
        #expect(!html.contains("]]>"))
        #expect(html.contains("<title>网站备案信息真实性核验单 &lt;w:p&gt; &amp; &quot;样例&quot;</title>"))
    }

    @Test("control characters become U+FFFD so the page stays XML")
    func controlCharacters() {
        let document = FormDocument(title: "t", blocks: [.paragraph(FormParagraph([.text("a\u{1B}[31mb\u{0}c\u{FFFF}", .plain)]))])
        let html = document.html()
        #expect(html.contains("a\u{FFFD}[31mb\u{FFFD}c\u{FFFD}"))
        #expect(!html.contains("\u{1B}"))
    }

    @Test("the page is self-contained and set up for A4 Chinese printing")
    func pageSetup() {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\""))
        #expect(html.contains("<meta charset=\"utf-8\"/>"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("width: 170mm"))
        #expect(html.hasSuffix("</html>\n"))
        for external in ["src=", "href=", "url(", "@import", "<link", "<script"] {
            #expect(!html.contains(external), "page refers to something outside itself: \(external)")
        }
    }

    @Test(
        "each typeface gets its font stack",
        arguments: [
            (Typeface.song, "\"SimSun\", \"宋体\", \"Songti SC\""),
            (Typeface.fangsong, "\"FangSong\", \"仿宋\", \"STFangsong\""),
            (Typeface.hei, "\"SimHei\", \"黑体\""),
        ])
    func fontStacks(typeface: Typeface, stack: String) {
        let html = FormDocument(title: "t", font: typeface, blocks: []).html()
        #expect(html.contains("body { margin: 0; color: #000; font-family: \(stack)"))
    }

    @Test("tables carry proportional widths, spans, header cells and row heights")
    func tables() {
        #expect(html.contains("<colgroup><col style=\"width: 20%\"/><col style=\"width: 30%\"/><col style=\"width: 20%\"/><col style=\"width: 30%\"/></colgroup>"))
        #expect(html.contains("<td class=\"align-left valign-center\" colspan=\"3\">"))
        #expect(html.contains("<th class=\"align-center valign-center\" rowspan=\"2\">"))
        #expect(html.contains("<tr style=\"height: 30mm\">"))

        let thirds = FormDocument(title: "t", blocks: [.table(FormTable(columnWidths: [1, 1, 1], rows: []))]).html()
        #expect(thirds.contains("<col style=\"width: 33.33%\"/>"))
    }

    @Test("form elements: tick boxes, fields, blanks, signatures, dates, breaks")
    func formElements() {
        #expect(html.contains("<span class=\"checkbox\"><span class=\"box\">☑</span>企业</span>"))
        #expect(html.contains("<span class=\"checkbox\"><span class=\"box\">☐</span>个人</span>"))
        #expect(html.contains("<span class=\"field-label\">姓名：</span><span class=\"field-value\">张三</span>"))
        #expect(html.contains("<span class=\"field-label\">联系电话：</span><span class=\"blank\" style=\"width: 10em\"></span>"))
        #expect(html.contains("<li><span class=\"box\">☐</span>营业执照复印件</li>"))
        #expect(html.contains("<span class=\"seal-area\"><span class=\"caption\">主办单位（盖章）</span></span>"))
        #expect(html.contains("<span class=\"caption\">法定代表人（签字）：</span><span class=\"sign-line\"></span>"))
        #expect(html.contains("<span class=\"caption\">本人指印：</span><span class=\"print-area\"></span>"))
        #expect(html.contains("<p class=\"date-line\">2026年11月22日</p>"))
        #expect(html.contains("<p class=\"date-line\">日期：　　　　年　　月　　日</p>"))
        #expect(html.contains("<div class=\"spacer\" style=\"height: 3.2em\"></div>"))
        #expect(html.contains("<div class=\"page-break\"></div>"))
        #expect(html.contains("<p class=\"align-justify\" style=\"text-indent: 2em\">"))
        #expect(html.contains("第二行<br/>换行后继续。"))
        #expect(html.contains("<b><u>粗下划线</u></b>"))
    }

    @Test("the same document always gives the same page")
    func deterministic() {
        let copy = WriterSampleDocument.document
        #expect(copy.html() == html)
        #expect(WriterSampleDocument.document.html() == html)
    }

    @Test(
        "decimals are written without floating point",
        arguments: [
            (2500, 100, "25"), (3333, 100, "33.33"), (1250, 100, "12.5"), (16, 10, "1.6"), (5, 100, "0.05"),
        ])
    func decimals(value: Int, scale: Int, expected: String) {
        #expect(HTMLWriter.decimal(value, scale: scale) == expected)
    }

    private static func executable(named name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}

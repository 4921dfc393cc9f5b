import Foundation
import Testing

/// Issue 11, item 10, read back the way a clerk sees it: LibreOffice lays out a long form and
/// poppler reads the PDF's text page by page.
@Suite("The forms say only what is true: layout under LibreOffice")
struct TruthfulLayoutTests {
    /// A Hubei filing with `count` websites of two domains each, written as JSON.
    func filing(websites count: Int, in scratch: borrowing ScratchFolder) throws -> URL {
        let websites = (1...count).map { index in
            """
            {"name": "示例站点\(index)", "filingNumber": "鄂ICP备2019012345号-\(index)",
             "domains": ["site-\(index).example-domain.cn", "www.site-\(index).example-domain.cn"]}
            """
        }
        let json = """
            {"subject": {"name": "武汉示例科技有限公司", "nature": "enterprise",
              "certificate": {"type": "unified-social-credit-code", "number": "91420100MA4K2X9Y9P"},
              "filingNumber": "鄂ICP备2019012345号", "legalRepresentative": {"name": "王五"},
              "owner": {"name": "张三", "mobile": "13812345678", "email": "zhang@example.cn"}},
             "websites": [\(websites.joined(separator: ","))]}
            """
        let url = scratch.path("filing-\(count).json")
        try Data(json.utf8).write(to: url)
        return url
    }

    /// The text of each page of the PDF LibreOffice makes of `docx`.
    func pages(of docx: URL, in scratch: borrowing ScratchFolder) throws -> [String] {
        let pdfFolder = scratch.path("pdf-\(docx.deletingPathExtension().lastPathComponent)")
        let convert = try ExternalTool.run(
            "soffice",
            [
                "-env:UserInstallation=" + scratch.path("profile").absoluteString,
                "--headless", "--convert-to", "pdf", "--outdir", pdfFolder.path, docx.path,
            ])
        try #require(convert.status == 0, "\(convert.output)")
        let pdf = pdfFolder.appending(path: docx.deletingPathExtension().lastPathComponent + ".pdf").path
        let text = try ExternalTool.run("pdftotext", ["-layout", pdf, "-"])
        try #require(text.status == 0, "\(text.output)")
        return text.output.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    // 14 websites put the 申请人信息 row at the foot of page 1 unless it keeps with the next row.
    @Test("a two-page form: numbered pages, whole domains, no heading row stranded", .timeLimit(.minutes(3)))
    func longForm() throws {
        let scratch = try ScratchFolder()
        let input = try filing(websites: 14, in: scratch)
        let result = try CLI.run([
            "deregistration-form", input.path, "--reason", "网站不再运营", "--date", DocumentCase.date,
            "-o", scratch.path("out").path,
        ])
        try #require(result.status == 0, "\(result.stderr)")
        let pages = try pages(of: scratch.path("out/hubei-2019012345-deregistration-form.docx"), in: scratch)
        try #require(pages.count == 2, "\(pages.count) pages")
        #expect(pages[0].contains("第1页共2页") || pages[0].contains("第 1 页 共 2 页"), "page 1 has no page number")
        #expect(pages[1].contains("第2页共2页") || pages[1].contains("第 2 页 共 2 页"), "page 2 has no page number")
        let lastLine =
            pages[0].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("第") }.last ?? ""
        #expect(lastLine != "申请人信息", "the 申请人信息 heading row is stranded at the foot of page 1")
        let text = pages.joined()
        for index in 1...14 {
            #expect(text.contains("site-\(index).example-domain.cn"), "site-\(index).example-domain.cn is broken or missing")
        }
        let codeLines = text.split(separator: "\n").filter { $0.contains("91420100MA4K2X9") }
        #expect(!codeLines.isEmpty && codeLines.allSatisfy { $0.contains("91420100MA4K2X9Y9P") }, "the credit code wraps in its cell: \(codeLines)")
    }
}

import Foundation
import Testing

/// The Shandong package's page references ("见本包第N页", "地址见第M页邮寄单") read back from
/// the PDF beian lays out and from LibreOffice's rendering of the DOCX: each page the text names
/// is the page where the thing it names begins.
@Suite("page references")
struct PageReferenceTests {
    /// The Shandong example subject with `count` websites of two domains each: from about 12 the
    /// checklist takes two pages and pushes the letter and the mailing sheet down one.
    static func package(websites count: Int, format: String, in scratch: borrowing ScratchFolder) throws -> URL {
        var record = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.directory.appending(path: "shandong-filing.json"))) as! [String: Any]
        record["websites"] = (1...count).map { index in
            [
                "name": "示例网站\(index)", "filingNumber": "鲁ICP备2019045678号-\(index)",
                "domains": [String(format: "site-%02d.jn-example.cn", index), String(format: "www.site-%02d.jn-example.cn", index)],
            ]
        }
        let input = scratch.path("websites-\(count).json")
        try JSONSerialization.data(withJSONObject: record).write(to: input)
        let result = try CLI.run([
            "shandong-mail", input.path, "--reason", "公司已注销", "--format", format, "-o", scratch.path("out-\(count)").path,
        ])
        try #require(result.status == 0, "\(result.stderr)")
        return scratch.path("out-\(count)").appending(path: "shandong-2019045678-shandong-mail.\(format == "text" ? "txt" : format)")
    }

    /// The pages the package's text names for the 注销申请书 and the mailing sheet.
    static func statedPages(_ pdf: String) throws -> (application: Int, mailSheet: Int) {
        let text = PDFTools.squeezed(try PDFTools.text(pdf))
        func number(after prefix: String, before suffix: String) -> Int? {
            guard let start = text.range(of: prefix), let end = text.range(of: suffix, range: start.upperBound..<text.endIndex) else { return nil }
            return Int(text[start.upperBound..<end.lowerBound])
        }
        let application = try #require(number(after: "注销申请书（见本包第", before: "页）"), "no page for the 注销申请书 in \(text.prefix(400))")
        let mailSheet = try #require(number(after: "地址见第", before: "页邮寄单"), "no page for the mailing sheet in \(text.prefix(900))")
        return (application, mailSheet)
    }

    /// Checks that page `page` of `pdf` starts with the title `title`, and no other page does.
    static func expectTitle(_ title: String, onlyOnPage page: Int, of pdf: String, _ name: String) throws {
        let pages = try PDFTools.pages(pdf)
        for index in 1...pages {
            let first = try PDFTools.text(pdf, page: index).split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            let starts = first.map { PDFTools.squeezed(String($0)) == title } ?? false
            #expect(starts == (index == page), "\(name): page \(index) \(starts ? "starts" : "does not start") with \(title); the text names page \(page)")
        }
    }

    @Test(
        "a package whose checklist needs two pages names the pages where the 注销申请书 and the mailing sheet are, in the PDF and in the DOCX as LibreOffice lays it out",
        .timeLimit(.minutes(5)))
    func twoPageChecklist() throws {
        let scratch = try ScratchFolder()
        let pdf = try Self.package(websites: 15, format: "pdf", in: scratch).path
        try PDFTools.expectSound(pdf, "15 websites")
        let stated = try Self.statedPages(pdf)
        #expect(stated.application == 3 && stated.mailSheet == 4, "the checklist should take two pages: \(stated)")
        try Self.expectTitle("注销申请书", onlyOnPage: stated.application, of: pdf, "PDF")
        try Self.expectTitle("邮寄单", onlyOnPage: stated.mailSheet, of: pdf, "PDF")

        let docx = try Self.package(websites: 15, format: "docx", in: scratch)
        let converted = scratch.path("libreoffice")
        let result = try ExternalTool.run(
            "soffice",
            [
                "-env:UserInstallation=\(scratch.path("profile").absoluteString)", "--headless", "--convert-to", "pdf",
                "--outdir", converted.path, docx.path,
            ])
        try #require(result.status == 0, "soffice: \(result.output)")
        let office = converted.appending(path: docx.deletingPathExtension().lastPathComponent + ".pdf").path
        let officeStated = try Self.statedPages(office)
        try Self.expectTitle("注销申请书", onlyOnPage: officeStated.application, of: office, "DOCX in LibreOffice")
        try Self.expectTitle("邮寄单", onlyOnPage: officeStated.mailSheet, of: office, "DOCX in LibreOffice")
    }

    @Test("a one-page checklist names pages 2 and 3; HTML and text, which have no pages, say 本包所附")
    func onePageChecklist() throws {
        let scratch = try ScratchFolder()
        let pdf = try Self.package(websites: 2, format: "pdf", in: scratch).path
        let stated = try Self.statedPages(pdf)
        #expect(stated.application == 2 && stated.mailSheet == 3)
        try Self.expectTitle("注销申请书", onlyOnPage: 2, of: pdf, "PDF")
        try Self.expectTitle("邮寄单", onlyOnPage: 3, of: pdf, "PDF")
        let text = try String(contentsOf: try Self.package(websites: 2, format: "text", in: scratch), encoding: .utf8)
        let squeezed = PDFTools.squeezed(text)
        #expect(squeezed.contains("注销申请书（见本包所附），加盖单位公章"))
        #expect(squeezed.contains("（地址见本包所附邮寄单）"))
        #expect(!squeezed.contains("见第") && !squeezed.contains("本包第"))
    }
}

import Foundation
import Testing

/// PDFs laid out by beian itself, read back with qpdf and poppler (pdffonts, pdftotext,
/// pdfinfo): every document kind, pagination, hostile values. These fail, never skip, without
/// the programs.
@Suite("documents as PDF")
struct PDFDocumentTests {
    @Test(
        "every document kind and province variant is a sound PDF with embedded subsets that gives its text back",
        .timeLimit(.minutes(5)))
    func everyKind() throws {
        let scratch = try ScratchFolder()
        for item in DocumentCase.all {
            let folder = scratch.path(item.name)
            for format in ["pdf", "text"] {
                let result = try CLI.run(item.arguments(format: format, into: folder))
                try #require(result.status == 0, "\(item.name) \(format): \(result.stderr)")
            }
            let pdf = folder.appending(path: item.stem + ".pdf").path
            let text = try String(contentsOf: folder.appending(path: item.stem + ".txt"), encoding: .utf8)
            try PDFTools.expectSound(pdf, item.name)
            // Every code names a glyph in the embedded CFF's charset, as readers look it up.
            let glyphs = try ExternalTool.run("python3", [PDFTools.glyphCheck, pdf])
            #expect(glyphs.status == 0 && glyphs.output == "ok\n", "\(item.name): \(glyphs.output)")
            #expect(try PDFTools.pages(pdf) == item.pages, "\(item.name): page count differs from LibreOffice's of the DOCX")
            let extracted = PDFTools.squeezed(try PDFTools.text(pdf))
            // The title, and every filing number, domain, e-mail address and code the text holds.
            var wanted = [text.split(separator: "\n").first.map(String.init) ?? ""]
            wanted += PDFTools.identifiers(in: text)
            for needle in wanted {
                #expect(extracted.contains(PDFTools.squeezed(needle)), "\(item.name): pdftotext lacks \(needle)")
            }
        }
    }

    @Test("generating a PDF twice gives the same bytes")
    func deterministic() throws {
        let scratch = try ScratchFolder()
        let item = try #require(DocumentCase.all.first { $0.name == "mail-shandong-unit" })
        var outputs: [Data] = []
        for run in ["first", "second"] {
            let folder = scratch.path(run)
            let result = try CLI.run(item.arguments(format: "pdf", into: folder))
            try #require(result.status == 0, "\(result.stderr)")
            outputs.append(try Data(contentsOf: folder.appending(path: item.stem + ".pdf")))
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test("batch (whose body face is prepared for many subsets) writes the same bytes as the document command")
    func batchMatchesCommand() throws {
        let scratch = try ScratchFolder()
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.directory.appending(path: "hubei-filing.json")))
        let input = scratch.path("one.jsonl")
        try JSONSerialization.data(withJSONObject: record).write(to: input)
        let common = ["--format", "pdf", "--date", "2026-11-22", "--reason", "网站不再运营"]
        let batch = try CLI.run(["batch", input.path, "--documents", "deregistration-form", "-o", scratch.path("batch").path] + common)
        try #require(batch.status == 0, "\(batch.stderr)")
        let single = try CLI.run(["deregistration-form", "hubei-filing.json", "-o", scratch.path("single").path] + common)
        try #require(single.status == 0, "\(single.stderr)")
        let name = "hubei-2019012345-deregistration-form.pdf"
        #expect(
            try Data(contentsOf: scratch.path("batch").appending(path: name))
                == Data(contentsOf: scratch.path("single").appending(path: name)))
    }

    @Test("the template's own body glyphs are one subset, the same bytes for every record; a record's values get their own")
    func templateSubsetIsShared() throws {
        let scratch = try ScratchFolder()
        var fonts: [[[String: String]]] = []
        let reasons = ["网站不再运营", "公司业务调整，停止运营网站"]
        for (index, reason) in reasons.enumerated() {
            let folder = scratch.path("r\(index)")
            let result = try CLI.run([
                "deregistration-form", "hubei-filing.json", "--reason", reason, "--format", "pdf", "--date", "2026-11-22", "-o", folder.path,
            ])
            try #require(result.status == 0, "\(result.stderr)")
            let listing = try ExternalTool.run("python3", [PDFTools.fontListing, folder.appending(path: "hubei-2019012345-deregistration-form.pdf").path])
            try #require(listing.status == 0, "\(listing.output)")
            fonts.append(try #require(JSONSerialization.jsonObject(with: Data(listing.output.utf8)) as? [[String: String]]))
        }
        let serif = fonts.map { $0.filter { $0["name"]!.hasSuffix("+NotoSerifCJKsc-Regular") } }
        try #require(serif.allSatisfy { $0.count == 2 }, "\(serif)")
        // The subset both documents hold is the template's, byte for byte.
        let shared = serif[0].filter { font in serif[1].contains { $0["name"] == font["name"] && $0["program"] == font["program"] } }
        try #require(shared.count == 1, "no body subset is common to both records: \(serif)")
        for (index, reason) in reasons.enumerated() {
            let own = try #require(serif[index].first { $0["name"] != shared[0]["name"] })
            #expect(Set(own["characters"]!).isDisjoint(with: Set(shared[0]["characters"]!)))
            let body = Set(own["characters"]! + shared[0]["characters"]!)
            #expect(reason.allSatisfy(body.contains), "\(reason) is not in the body subsets")
        }
    }

    /// The Hubei form as PDF for the example filing with one website per domain, checked sound.
    static func formPDF(oneWebsitePerDomain domains: [String], named name: String, in scratch: borrowing ScratchFolder) throws -> String {
        var record = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.directory.appending(path: "hubei-filing.json"))) as! [String: Any]
        record["websites"] = domains.enumerated().map { index, domain in
            ["name": "示例网站\(index + 1)", "filingNumber": "鄂ICP备2019012345号-\(index + 1)", "domains": [domain]]
        }
        let input = scratch.path("\(name).json")
        try JSONSerialization.data(withJSONObject: record).write(to: input)
        let result = try CLI.run([
            "deregistration-form", input.path, "--reason", "网站不再运营", "--format", "pdf",
            "-o", scratch.path("out").path,
        ])
        try #require(result.status == 0, "\(result.stderr)")
        let pdf = scratch.path("out").appending(path: "hubei-2019012345-deregistration-form.pdf").path
        try PDFTools.expectSound(pdf, name)
        return pdf
    }

    @Test("a subject with 12 websites and long domains runs onto numbered pages and loses no domain")
    func twelveWebsites() throws {
        let scratch = try ScratchFolder()
        let domains = (1...12).map { String(format: "website-number-%02d-long-label.example-holdings.cn", $0) }
        let pdf = try Self.formPDF(oneWebsitePerDomain: domains, named: "twelve", in: scratch)
        let pages = try PDFTools.pages(pdf)
        #expect(pages == 2)
        for page in 1...pages {
            #expect(PDFTools.squeezed(try PDFTools.text(pdf, page: page)).contains("第\(page)页共\(pages)页"))
        }
        let lines = try PDFTools.text(pdf).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        for domain in domains { #expect(lines.contains(domain), "\(domain) is not whole on one line") }
    }

    @Test("a row taller than a page (70 domains in one cell) is split between lines and loses none")
    func rowTallerThanAPage() throws {
        let scratch = try ScratchFolder()
        let domains = (1...70).map { String(format: "site-%02d.example.cn", $0) }
        let pdf = try Self.formPDF(oneWebsitePerDomain: domains, named: "seventy", in: scratch)
        #expect(try PDFTools.pages(pdf) >= 3)
        let lines = Set(try PDFTools.text(pdf).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        for domain in domains { #expect(lines.contains(domain), "\(domain) is lost") }
    }

    @Test("a domain wider than its cell is cut at a character, with a warning naming it, its row and its field")
    func wordWiderThanItsBox() throws {
        let scratch = try ScratchFolder()
        var record = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.directory.appending(path: "hubei-filing.json"))) as! [String: Any]
        let domain = String(repeating: "long-label-", count: 5) + "end.example-holdings-group-company.cn"
        record["websites"] = [["name": "示例网站", "filingNumber": "鄂ICP备2019012345号-1", "domains": [domain]]]
        let input = scratch.path("long.json")
        try JSONSerialization.data(withJSONObject: record).write(to: input)
        let result = try CLI.run([
            "deregistration-form", input.path, "--reason", "网站不再运营", "--format", "pdf",
            "-o", scratch.path("out").path,
        ])
        try #require(result.status == 0, "\(result.stderr)")
        // The value, its table row and the field it came from.
        #expect(result.stderr.contains("warning: websites[0].domains[0]: “\(domain)” in the table row “涉及域名” is wider than its cell in the PDF"))
        let pdf = scratch.path("out").appending(path: "hubei-2019012345-deregistration-form.pdf").path
        #expect(PDFTools.squeezed(try PDFTools.text(pdf)).contains(domain))
    }

    @Test("hostile values come out literally and leave the file sound")
    func hostileValues() throws {
        let scratch = try ScratchFolder()
        let hostile = #"a) Tj ET (( \ \\ % << >> endstream %%EOF"#
        let result = try CLI.run([
            "deregistration-form", "hubei-filing.json", "--reason", hostile, "--format", "pdf",
            "-o", scratch.path("out").path,
        ])
        try #require(result.status == 0, "\(result.stderr)")
        let pdf = scratch.path("out").appending(path: "hubei-2019012345-deregistration-form.pdf").path
        try PDFTools.expectSound(pdf, "hostile")
        #expect(try PDFTools.text(pdf).contains(hostile))
    }

    @Test("a character the fonts lack fails the command, naming it and its text, and writes no file")
    func missingGlyph() throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run([
            "deregistration-form", "hubei-filing.json", "--reason", "网站😀关闭", "--format", "pdf",
            "-o", scratch.path("out").path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("U+1F600) in “网站😀关闭”"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path + "/hubei-2019012345-deregistration-form.pdf"))
    }

    @Test("a missing font folder is one clear error naming the package")
    func missingFonts() throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run([
            "deregistration-form", "hubei-filing.json", "--format", "pdf", "--font-dir", scratch.url.path,
            "-o", scratch.path("out").path,
        ])
        #expect(result.status != 0)
        #expect(result.stderr.contains("fonts-noto-cjk"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path + "/hubei-2019012345-deregistration-form.pdf"))
    }

    @Test("batch --format pdf writes a PDF per record")
    func batch() throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run([
            "batch", "batch-mixed.jsonl", "--documents", "deregistration-form", "--format", "pdf",
            "-o", scratch.path("out").path,
        ])
        let pdfs = try FileManager.default.subpathsOfDirectory(atPath: scratch.path("out").path).filter { $0.hasSuffix(".pdf") }
        #expect(!pdfs.isEmpty, "\(result.stderr)")
        for pdf in pdfs { try PDFTools.expectSound(scratch.path("out").path + "/" + pdf, pdf) }
    }
}

/// qpdf and poppler, run on a PDF.
enum PDFTools {
    /// The script checking every glyph code against the embedded fonts' charsets (fontTools).
    static let glyphCheck = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "Support/pdf_glyphs.py").path
    /// The script listing the fonts a PDF embeds: name, program digest, characters.
    static let fontListing = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "Support/pdf_fonts.py").path

    /// qpdf finds nothing wrong, and every font is embedded as a subset with a ToUnicode map.
    static func expectSound(_ pdf: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let check = try ExternalTool.run("qpdf", ["--check", pdf])
        #expect(check.status == 0, "\(name): qpdf --check: \(check.output)", sourceLocation: sourceLocation)
        let fonts = try ExternalTool.run("pdffonts", [pdf])
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty, "\(name): no fonts", sourceLocation: sourceLocation)
        for row in rows {
            let columns = row.split(separator: " ")
            #expect(
                columns.first?.dropFirst(6).first == "+" && row.contains(" yes yes yes "),
                "\(name): a font that is not an embedded subset with ToUnicode: \(row)", sourceLocation: sourceLocation)
        }
    }

    static func pages(_ pdf: String) throws -> Int {
        let info = try ExternalTool.run("pdfinfo", [pdf]).output
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    static func text(_ pdf: String, page: Int? = nil) throws -> String {
        let range = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try ExternalTool.run("pdftotext", range + ["-enc", "UTF-8", pdf, "-"]).output
    }

    /// `text` without white space, so table cells and wrapped lines compare.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// Filing numbers, domains, e-mail addresses and long codes in `text`.
    static func identifiers(in text: String) -> [String] {
        let pattern = #"\p{Han}ICP备[0-9]+号(-[0-9]+)?|[A-Za-z0-9._@-]+\.[a-z]{2,}|[0-9A-Z]{15,18}"#
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }
}

import Foundation
import Testing

/// The files the document commands write, opened with the programs people use: python-docx and
/// LibreOffice for DOCX, an XML parser for HTML. These fail, never skip, without the programs.
@Suite("documents as files")
struct DocumentFileTests {
    @Test(
        "every DOCX opens in python-docx and converts to PDF with the expected pages; every HTML is XML",
        .timeLimit(.minutes(5)))
    func consumers() throws {
        let scratch = try ScratchFolder()
        let batch = scratch.path("batch")
        try FileManager.default.createDirectory(at: batch, withIntermediateDirectories: true)
        var docx: [URL] = [], html: [URL] = [], titles: [String: String] = [:]
        for item in DocumentCase.all {
            let folder = scratch.path(item.name)
            for format in ["docx", "html", "text"] {
                let result = try CLI.run(item.arguments(format: format, into: folder))
                try #require(result.status == 0, "\(item.name) \(format): \(result.stderr)")
            }
            let copy = batch.appending(path: item.name + ".docx")
            try FileManager.default.copyItem(at: folder.appending(path: item.stem + ".docx"), to: copy)
            docx.append(copy)
            html.append(folder.appending(path: item.stem + ".html"))
            let text = try String(contentsOf: folder.appending(path: item.stem + ".txt"), encoding: .utf8)
            titles[item.name] = text.split(separator: "\n").first?.trimmingCharacters(in: .whitespaces)
        }

        let word = try DocumentConsumers.readWithPythonDocx(docx)
        for item in DocumentCase.all {
            let contents = try #require(word[item.name + ".docx"], "python-docx did not read \(item.name)")
            #expect(contents.paragraphs > 0, "\(item.name): no paragraphs")
            // Every document but the person's transfer checklist holds a table.
            #expect(contents.tables > 0 || item.name == "checklist-person-transfer", "\(item.name): no tables")
            let title = try #require(titles[item.name])
            #expect(contents.text.contains(title), "\(item.name): python-docx does not find the title \(title)")
        }

        let pages = try DocumentConsumers.convertToPDF(docx)
        for item in DocumentCase.all {
            let count = pages[item.name + ".docx"]
            #expect(count != nil, "LibreOffice made no PDF of \(item.name)")
            #expect(count == nil || count == item.pages, "\(item.name): \(count ?? 0) pages, expected \(item.pages)")
        }

        #expect(try DocumentConsumers.xmlProblems(html) == [:])
    }

    @Test("generating a document twice gives the same bytes", arguments: ["docx", "html", "text"])
    func deterministic(format: String) throws {
        let scratch = try ScratchFolder()
        for item in DocumentCase.all {
            var outputs: [Data] = []
            for run in ["first", "second"] {
                let folder = scratch.path("\(item.name)-\(run)")
                let result = try CLI.run(item.arguments(format: format, into: folder))
                try #require(result.status == 0, "\(item.name): \(result.stderr)")
                let name = item.stem + "." + (format == "text" ? "txt" : format)
                outputs.append(try Data(contentsOf: folder.appending(path: name)))
            }
            #expect(outputs[0] == outputs[1], "\(item.name) \(format) differs between two runs")
        }
    }

    @Test func writingOverAnExistingFileReplacesIt() throws {
        let scratch = try ScratchFolder()
        let item = DocumentCase.all[0]
        let target = scratch.path(item.stem + ".txt")
        try Data("old".utf8).write(to: target)
        let result = try CLI.run(item.arguments(format: "text", into: scratch.url))
        #expect(result.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix(" "))
        #expect(try scratch.files() == [item.stem + ".txt"], "no temporary file is left behind")
    }

    // MARK: Data is text

    /// Text that means something to XML, WordprocessingML, Mustache or a file system (short
    /// enough that the text writer does not wrap it in a table cell).
    static let hostile = "示例<w:p>]]>{{x}}{{{x}}}../&amp;"
    static let hostileInHTML = "示例&lt;w:p&gt;]]&gt;{{x}}{{{x}}}../&amp;amp;"

    /// A fixture with the subject's name (and more) replaced by hostile text, as JSON for stdin.
    static func hostileRecord(_ fixture: String) throws -> Data {
        var record = try #require(try JSONSerialization.jsonObject(with: Fixtures.data(fixture)) as? [String: Any])
        var subject = try #require(record["subject"] as? [String: Any])
        subject["name"] = hostile
        subject["address"] = "<b>{{subject.name}}</b>"
        record["subject"] = subject
        return try JSONSerialization.data(withJSONObject: record)
    }

    @Test(
        "markup, Mustache tags and paths in data come out literally", .timeLimit(.minutes(3)),
        arguments: [
            (["deregistration-form", "-", "--reason", "原因</cell>{{reason}}&lt;"], "hubei-filing.json", "hubei-2019012345-deregistration-form"),
            (["shandong-mail", "-", "--reason", "原因</cell>{{reason}}&lt;"], "shandong-filing.json", "shandong-2019045678-shandong-mail"),
            (
                ["authorization-letter", "-", "--scope-text", "原因</cell>{{reason}}&lt;"] + DocumentCase.agent, "hubei-filing.json",
                "hubei-2019012345-authorization-letter"
            ),
        ])
    func hostileData(arguments: [String], fixture: String, stem: String) throws {
        let scratch = try ScratchFolder()
        let input = try Self.hostileRecord(fixture)
        var written: [String: URL] = [:]
        for format in ["text", "html", "docx"] {
            let output = scratch.path("out")
            let result = try CLI.run(arguments + ["--date", DocumentCase.date, "--format", format, "-o", output.path], stdin: input)
            try #require(result.status == 0, "\(format): \(result.stderr)")
            let file = output.appending(path: stem + "." + (format == "text" ? "txt" : format))
            #expect(result.stdout == file.path + "\n", "the file name comes from the filing number")
            written[format] = file
        }
        // Nothing was written anywhere but the three files in the output folder.
        #expect(try scratch.files() == ["out"])
        #expect(try scratch.files(in: "out") == [stem + ".docx", stem + ".html", stem + ".txt"])

        let text = try String(contentsOf: try #require(written["text"]), encoding: .utf8)
        #expect(text.contains(Self.hostile))
        #expect(text.contains("原因</cell>{{reason}}&lt;"))
        let html = try String(contentsOf: try #require(written["html"]), encoding: .utf8)
        #expect(html.contains(Self.hostileInHTML))
        #expect(html.contains("原因&lt;/cell&gt;{{reason}}&amp;lt;"))
        #expect(!html.contains("<w:p>") && !html.contains("]]>"))
        #expect(try DocumentConsumers.xmlProblems([try #require(written["html"])]) == [:])

        let docx = try #require(written["docx"])
        let word = try #require(try DocumentConsumers.readWithPythonDocx([docx])[docx.lastPathComponent])
        #expect(word.text.contains(Self.hostile))
        #expect(word.text.contains("原因</cell>{{reason}}&lt;"))
        #expect(try DocumentConsumers.convertToPDF([docx])[docx.lastPathComponent] != nil, "LibreOffice made no PDF")
    }
}

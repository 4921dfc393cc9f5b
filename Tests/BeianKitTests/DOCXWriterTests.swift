import BeianKit
import Foundation
import Testing

@Suite("DOCX writer")
struct DOCXWriterTests {
    /// The expected word/document.xml of ``SampleDocument``. Run with BEIAN_UPDATE_GOLDEN=1 to
    /// rewrite it after an intended change, then review the diff.
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/sample-document.xml")

    static let partNames = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
        "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "word/_rels/document.xml.rels",
    ]

    /// A document that ends in a table, whose only row is short and spans rows past the end.
    static let endsInTable = FormDocument(
        title: "表", font: .fangsong,
        blocks: [
            .table(
                FormTable(
                    columnWidths: [1, 1, 1],
                    rows: [
                        FormTableRow(cells: [FormTableCell(blocks: [], rowSpan: 3)])
                    ]))
        ])

    @Test func documentPartMatchesGolden() throws {
        let package = try ZIPReader(SampleDocument.document.docx())
        let xml = try #require(package["word/document.xml"])
        if ProcessInfo.processInfo.environment["BEIAN_UPDATE_GOLDEN"] == "1" {
            try Data(xml).write(to: Self.golden)
            return
        }
        let expected = try [UInt8](Data(contentsOf: Self.golden))
        guard xml != expected else { return }
        let at =
            zip(xml, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(xml.count, expected.count)
        func excerpt(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(at - 120, 0)..<min(at + 120, bytes.count)], as: UTF8.self)
        }
        Issue.record(
            """
            word/document.xml differs from Golden/sample-document.xml at byte \(at) \
            (BEIAN_UPDATE_GOLDEN=1 rewrites it)
            written:  …\(excerpt(xml))…
            expected: …\(excerpt(expected))…
            """)
    }

    @Test func packageHoldsTheOfficePartsInOrder() throws {
        let package = try ZIPReader(SampleDocument.document.docx())
        #expect(package.entries.map(\.name) == Self.partNames)
        let core = String(decoding: try #require(package["docProps/core.xml"]), as: UTF8.self)
        #expect(core.contains("<dc:title>网站备案信息真实性核验单 &lt;&amp;&gt; &quot;&apos;</dc:title>"))
        let document = String(decoding: try #require(package["word/document.xml"]), as: UTF8.self)
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
    }

    @Test func sameDocumentGivesSameBytes() {
        #expect(SampleDocument.document.docx() == SampleDocument.document.docx())
        #expect(Self.endsInTable.docx() == Self.endsInTable.docx())
    }

    @Test(arguments: Typeface.allCases)
    func stylesCarryTheTypeface(_ typeface: Typeface) throws {
        let document = FormDocument(title: "字体", font: typeface, blocks: [.paragraph(FormParagraph([.text("正文", .plain)]))])
        let styles = String(decoding: try #require(ZIPReader(document.docx())["word/styles.xml"]), as: UTF8.self)
        #expect(styles.contains("w:eastAsia=\"\(typeface.chineseName)\" w:hAnsi=\"Times New Roman\""))
        #expect(styles.contains("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\""))
    }

    @Test func textComesOutLiterally() throws {
        let xml = String(
            decoding: try #require(ZIPReader(SampleDocument.document.docx())["word/document.xml"]),
            as: UTF8.self)
        #expect(xml.contains("&lt;w:p&gt;]]&gt;{{name}}&amp;amp;&quot;&apos;𠮷"))
        #expect(!xml.contains("<w:p>]]>"))
        #expect(xml.contains(">控制字符</w:t>"))
        #expect(xml.contains("制表</w:t><w:tab/><w:t xml:space=\"preserve\">换行</w:t><w:br/>"))
        #expect(xml.contains("回车</w:t><w:br/><w:t xml:space=\"preserve\">结束"))
    }

    @Test func rowSpansGetContinuationCells() throws {
        let xml = String(
            decoding: try #require(ZIPReader(Self.endsInTable.docx())["word/document.xml"]),
            as: UTF8.self)
        // One row: the spanning cell starts its merge, and the short row is padded to the grid.
        #expect(xml.components(separatedBy: "<w:vMerge w:val=\"restart\"/>").count == 2)
        #expect(xml.contains("<w:gridSpan w:val=\"2\"/>"))
        let sample = String(
            decoding: try #require(ZIPReader(SampleDocument.document.docx())["word/document.xml"]),
            as: UTF8.self)
        #expect(sample.components(separatedBy: "<w:vMerge/>").count == 2)
    }

    @Test func zipfileModuleAcceptsThePackage() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, document) in [("sample", SampleDocument.document), ("table", Self.endsInTable)] {
            let file = directory.appendingPathComponent("\(name).docx")
            try document.docx().write(to: file)
            let result = try ExternalTool.run("python3", ["-m", "zipfile", "-t", file.path])
            #expect(result.status == 0, "python3 -m zipfile -t \(name).docx: \(result.output)")
        }
    }

    @Test func pythonDocxReadsWhatWasWritten() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let documents = [
            ("sample", SampleDocument.document), ("table", Self.endsInTable),
            ("empty", FormDocument(title: "", blocks: [])), ("oddities", SampleDocument.oddities),
        ]
        var files: [String] = []
        for (name, document) in documents {
            let file = directory.appendingPathComponent("\(name).docx")
            try document.docx().write(to: file)
            files.append(file.path)
        }
        let script = """
            import docx, sys
            for path in sys.argv[1:]:
                d = docx.Document(path)
                cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
                print(len(d.paragraphs), len(d.tables), d.core_properties.title, repr(cells), sep="\\t")
            """
        let result = try ExternalTool.run("python3", ["-c", script] + files)
        try #require(result.status == 0, "python-docx failed: \(result.output)")
        let lines = result.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        try #require(lines.count == documents.count, "python-docx printed: \(result.output)")
        for ((name, document), fields) in zip(documents, lines) {
            let expected = SampleDocument.bodyCounts(document)
            #expect(fields[0] == "\(expected.paragraphs)", "paragraphs of \(name)")
            #expect(fields[1] == "\(expected.tables)", "tables of \(name)")
            #expect(fields[2] == document.title[...], "title of \(name)")
        }
        // Text reads back literally through a real parser, forbidden characters gone.
        #expect(lines[0][3].contains("<w:p>]]>{{name}}&amp;"))
        #expect(lines[0][3].contains("控制字符"))
        #expect(lines[0][3].contains("☑统一社会信用代码"))
    }

    @Test func everyTableRowCoversTheWholeGrid() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [String] = []
        for (name, document) in [("sample", SampleDocument.document), ("oddities", SampleDocument.oddities)] {
            let file = directory.appendingPathComponent("\(name).docx")
            try document.docx().write(to: file)
            files.append(file.path)
        }
        // Nested tables included: each row's grid spans add up to the grid, widths to the table.
        let script = """
            import docx, sys
            from docx.oxml.ns import qn
            for path in sys.argv[1:]:
                body = docx.Document(path).element.body
                for table in body.iter(qn("w:tbl")):
                    grid = [int(c.get(qn("w:w"))) for c in table.find(qn("w:tblGrid"))]
                    width = int(table.find(qn("w:tblPr")).find(qn("w:tblW")).get(qn("w:w")))
                    assert sum(grid) == width, (path, grid, width)
                    for row in table.findall(qn("w:tr")):
                        spans = [int(tc.find(qn("w:tcPr")).find(qn("w:gridSpan")).get(qn("w:val")))
                                 if tc.find(qn("w:tcPr")).find(qn("w:gridSpan")) is not None else 1
                                 for tc in row.findall(qn("w:tc"))]
                        assert sum(spans) == len(grid), (path, spans, grid)
                print(path.rsplit("/", 1)[-1], len(list(body.iter(qn("w:tbl")))))
            """
        let result = try ExternalTool.run("python3", ["-c", script] + files)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == "sample.docx 1\noddities.docx 2\n")
    }

    @Test(.timeLimit(.minutes(3)))
    func libreOfficeConvertsItToPDF() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("sample.docx")
        try SampleDocument.document.docx().write(to: file)
        // A private profile: parallel runs sharing the default one lock each other out.
        let profile = directory.appendingPathComponent("profile").absoluteString
        let result = try ExternalTool.run(
            "soffice",
            [
                "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf",
                "--outdir", directory.path, file.path,
            ])
        #expect(result.status == 0, "soffice: \(result.output)")
        let pdf = try Data(contentsOf: directory.appendingPathComponent("sample.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(pdf.count > 10_000)
    }
}

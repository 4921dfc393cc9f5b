@testable import BeianKit
import Foundation
import Testing

/// Issue 11, item 10: what the DOCX writer does so that LibreOffice, Word and WPS lay the forms
/// out readably. LibreOffice itself reads these files in the CLI's document tests.
@Suite("The forms say only what is true: DOCX layout")
struct TruthfulDOCXLayoutTests {
    func cellText(_ text: String) -> FormBlock { .paragraph(FormParagraph([.text(text, FormTextStyle())])) }

    func documentXML(_ document: GeneratedDocument) throws -> String {
        let package = try ZIPReader(document.docx().data)
        return String(decoding: try #require(package["word/document.xml"]), as: UTF8.self)
    }

    func part(_ name: String, of document: GeneratedDocument) throws -> String? {
        let package = try ZIPReader(document.docx().data)
        return package[name].map { String(decoding: $0, as: UTF8.self) }
    }

    func shandong() throws -> GeneratedDocument {
        try testEngine().shandongMailPackage(
            for: DocumentFixtures.filing("shandong-filing.json"),
            request: .init(reason: "公司已注销", date: DocumentFixtures.date))
    }

    @Test("a document that can run past one page has PAGE and NUMPAGES in its footer")
    func pageNumbers() throws {
        let document = try shandong()
        let footer = try #require(try part("word/footer1.xml", of: document), "no footer part")
        #expect(footer.contains("PAGE"))
        #expect(footer.contains("NUMPAGES"))
        #expect(try documentXML(document).contains("<w:footerReference w:type=\"default\" r:id="))
        let rels = try #require(try part("word/_rels/document.xml.rels", of: document))
        #expect(rels.contains("footer1.xml"))
        let types = try #require(try part("[Content_Types].xml", of: document))
        #expect(types.contains("/word/footer1.xml"))
    }

    @Test("table rows made only of header cells keep with the next row; leading ones repeat on each page")
    func headerRows() throws {
        // A row of column headings at a table's top repeats; a full-width section label (the
        // mailing sheet's 收件方) does not, since it does not describe the rows below it.
        #expect(!(try documentXML(try shandong())).contains("<w:tblHeader/>"))
        let headed = FormDocument(
            title: "表",
            blocks: [
                .table(
                    FormTable(
                        columnWidths: [1, 1],
                        rows: [
                            FormTableRow(cells: [
                                FormTableCell(blocks: [cellText("域名")], isHeader: true),
                                FormTableCell(blocks: [cellText("网站")], isHeader: true),
                            ]),
                            FormTableRow(cells: [
                                FormTableCell(blocks: [cellText("example.cn")]),
                                FormTableCell(blocks: [cellText("示例")]),
                            ]),
                        ]))
            ])
        let headedXML = String(decoding: WordDocumentXML.bytes(of: headed), as: UTF8.self)
        #expect(headedXML.components(separatedBy: "<w:tblHeader/>").count == 2, "the heading row repeats, the data row does not")
        let form = try testEngine().deregistrationForm(
            for: DocumentFixtures.filing("hubei-filing.json"),
            request: .init(reason: "网站不再运营", date: DocumentFixtures.date))
        let formXML = try documentXML(form)
        // 申请人信息 sits mid-table: it cannot repeat, but must not be left alone at a page's foot.
        let header = try #require(formXML.range(of: "申请人信息"))
        let rowStart = try #require(formXML[..<header.lowerBound].range(of: "<w:tr>", options: .backwards))
        #expect(formXML[rowStart.lowerBound..<header.lowerBound].contains("<w:pStyle w:val=\"TableHeading\"/>"))
        let styles = try #require(try part("word/styles.xml", of: form))
        #expect(styles.contains("w:styleId=\"TableHeading\"><w:name w:val=\"Table Heading\"/><w:basedOn w:val=\"TableText\"/><w:qFormat/><w:pPr><w:keepNext/>"))
    }

    @Test("domains stand one per line, so no program breaks a line inside one")
    func domainsBreakOnlyBetweenThemselves() throws {
        // LibreOffice breaks a run of joined domains anywhere, even at non-breaking hyphens,
        // and its PDFs then lose those hyphens: a line of its own is the one reliable break.
        let xml = try documentXML(try shandong())
        #expect(xml.contains("jn-example.cn"))
        #expect(!xml.contains("jn-example.cn、"))
        let form = try documentXML(
            try testEngine().deregistrationForm(
                for: DocumentFixtures.filing("hubei-filing.json"),
                request: .init(reason: "网站不再运营", date: DocumentFixtures.date)))
        #expect(form.contains(">shop-example.cn</w:t>"))
        #expect(!form.contains("example.cn、"))
    }

    @Test("a fingerprint line has a ruled box to press into (item 3)")
    func fingerprintBox() throws {
        let letter = try testEngine().authorizationLetter(
            for: DocumentFixtures.filing("hubei-sole-proprietor.json"),
            request: .init(
                agent: DocumentFixtures.agent, scope: .deregistration,
                date: DocumentFixtures.date, hasSeal: false))
        let xml = try documentXML(letter)
        let caption = try #require(xml.range(of: "经营者（按手印）"))
        let before = xml[..<caption.lowerBound]
        let box = try #require(before.range(of: "<w:pBdr>", options: .backwards))
        // The box is the paragraph just before the caption's.
        #expect(before[box.upperBound...].components(separatedBy: "<w:p>").count == 2)
        #expect(xml[box.lowerBound...].hasPrefix("<w:pBdr><w:top w:val=\"single\""))
    }

    @Test("a row too long for a page may split; others are kept whole")
    func longRowsSplit() throws {
        let form = try testEngine().deregistrationForm(
            for: DocumentFixtures.filing("hubei-filing.json"),
            request: .init(reason: "网站不再运营", date: DocumentFixtures.date))
        let xml = try documentXML(form)
        #expect(!xml.contains("<w:tr><w:trPr></w:trPr>") && !xml.contains("<w:tr><w:trPr><w:trHeight"))
        let many = FormDocument(
            title: "表",
            blocks: [
                .table(
                    FormTable(
                        columnWidths: [1],
                        rows: [
                            FormTableRow(cells: [FormTableCell(blocks: (1...40).map { cellText("domain-\($0).cn") })])
                        ]))
            ])
        #expect(!String(decoding: WordDocumentXML.bytes(of: many), as: UTF8.self).contains("<w:cantSplit/>"))
    }

    @Test("Latin text has a named serif face")
    func latinFont() throws {
        let styles = try #require(try part("word/styles.xml", of: try shandong()))
        #expect(styles.contains("w:ascii=\"Times New Roman\""))
        #expect(styles.contains("w:hAnsi=\"Times New Roman\""))
    }
}

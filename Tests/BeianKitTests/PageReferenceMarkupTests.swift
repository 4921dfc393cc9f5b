import Foundation
import Testing
import BeianKit

/// `id` anchors and `<page-ref>` in form markup, and what the writers without pages make of them.
@Suite("page references in markup")
struct PageReferenceMarkupTests {
    let parser: FormMarkupParser

    init() throws {
        parser = try FormMarkupParser()
    }

    func parse(_ body: String) throws -> FormDocument {
        try parser.parse("<document title=\"t\">\n\(body)\n</document>", source: "test.mustache")
    }

    @Test func anchorsAndReferencesBecomeTheTree() throws {
        let document = try parse(
            """
            <paragraph>见<page-ref to="sheet">所附</page-ref>邮寄单</paragraph>
            <page-break/>
            <title id="sheet">邮寄单</title>
            """)
        #expect(
            document.blocks == [
                .paragraph(
                    FormParagraph([
                        .text("见", .plain), .pageReference(to: "sheet", fallback: [.text("所附", .plain)]), .text("邮寄单", .plain),
                    ])),
                .pageBreak,
                .title(FormParagraph([.text("邮寄单", .plain)], alignment: .center, anchor: "sheet")),
            ])
        #expect(document.text().contains("见所附邮寄单"))
        #expect(document.html().contains("见所附邮寄单"))
    }

    @Test func aReferenceToNoAnchorIsAnError() throws {
        #expect(throws: MarkupError.self) { try parse("<paragraph>见<page-ref to=\"nowhere\">后</page-ref></paragraph>") }
    }

    @Test func anAnchorUsedTwiceIsAnError() throws {
        #expect(throws: MarkupError.self) {
            try parse("<title id=\"a\">一</title><paragraph id=\"a\">二</paragraph><paragraph><page-ref to=\"a\">x</page-ref></paragraph>")
        }
    }

    @Test func aCustomDTDCannotLetThroughABadAnchorName() throws {
        let custom = try FormMarkupParser(
            dtd: """
                <!ELEMENT document (paragraph)*>
                <!ATTLIST document title CDATA #REQUIRED>
                <!ELEMENT paragraph (#PCDATA | page-ref)*>
                <!ATTLIST paragraph id CDATA #IMPLIED>
                <!ELEMENT page-ref (#PCDATA)>
                <!ATTLIST page-ref to CDATA #REQUIRED>
                """)
        #expect(throws: MarkupError.self) {
            try custom.parse("<document title=\"t\"><paragraph id=\"a b\">x</paragraph></document>", source: "c")
        }
        #expect(throws: MarkupError.self) {
            try custom.parse("<document title=\"t\"><paragraph id=\"a\">x</paragraph><paragraph id=\"a\"><page-ref to=\"a\">y</page-ref></paragraph></document>", source: "c")
        }
    }
}

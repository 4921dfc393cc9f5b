@testable import BeianKit
import Foundation
import Testing

/// The warnings of the PDF layout, as the library returns them: the value cut, where it stands
/// on the page, and the input field it came from.
@Suite("PDF layout warnings")
struct PDFLayoutWarningTests {
    static let long = "ThisIsAnExtremelyLongUnbrokenLatinWordThatCannotFitOnOneLineOfTheA4PageAtAllEvenAloneSoItIsCut"

    func warnings(_ kind: DocumentKind, _ fixture: String, reason: String, domain: String? = nil) throws -> [Diagnostic] {
        var record = try JSONSerialization.jsonObject(with: Data(contentsOf: DocumentFixtures.directory.appending(path: fixture))) as! [String: Any]
        if let domain {
            record["websites"] = [["name": "示例网站", "filingNumber": "鄂ICP备2019012345号-1", "domains": ["a.cn", domain]]]
        }
        let filing = try Filing(jsonData: JSONSerialization.data(withJSONObject: record), options: testOptions)
        let engine = try BeianEngine()
        var requests = DocumentRequests()
        requests.reason = reason
        let document = try engine.document(kind, for: filing, requests: requests)
        return try document.pdfWithWarnings(fonts: try PDFWriterTests.fonts.get()).warnings
    }

    @Test("a domain too wide for its cell: the warning quotes it, names the row and the field")
    func domainInACell() throws {
        let domain = String(repeating: "long-label-", count: 5) + "end.example-holdings-group-company.cn"
        let warnings = try warnings(.deregistrationForm, "hubei-filing.json", reason: "网站不再运营", domain: domain)
        let warning = try #require(warnings.first { $0.arguments["text"] == domain })
        #expect(warning.severity == .warning && warning.code == "pdf.word-cut")
        #expect(warning.path == "websites[0].domains[1]")
        #expect(warning.arguments["row"] == "涉及域名")
        #expect(warning.message.contains("in the table row “涉及域名”"))
    }

    @Test("a word too wide for the page in running text: the warning quotes the paragraph's beginning and names the field")
    func wordInAParagraph() throws {
        let warnings = try warnings(.shandongMail, "shandong-filing.json", reason: "网站不再运营" + Self.long)
        let warning = try #require(warnings.first { $0.arguments["text"] == Self.long }, "\(warnings)")
        #expect(warning.path == "reason")
        #expect(warning.code == "pdf.word-cut-text")
        // The paragraph of the 注销申请书 that holds the reason, by its first words.
        #expect(warning.arguments["where"]?.hasPrefix("我单位") == true)
        #expect(warning.localized(in: .chinese).message.contains("「\(Self.long)」"))
    }
}

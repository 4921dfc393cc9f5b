import BeianKit
import Crypto
import Foundation
import Testing

/// A backend imports BeianKit and swift-crypto in one file and names each library's types without
/// qualifying them: this file compiles only while no public BeianKit name is ambiguous beside
/// Crypto's.
@Suite("BeianKit beside swift-crypto")
struct CryptoCoexistenceTests {
    @Test func bothLibrariesAreUsableUnqualified() throws {
        let engine = try BeianEngine(today: CalendarDate(year: 2026, month: 11, day: 22)!)
        let record = try Data(
            contentsOf: URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appending(path: "Examples/hubei-filing.json"))
        let filing = try Filing(jsonData: record)
        let form = try engine.deregistrationForm(for: filing, request: DeregistrationRequest(reason: "网站不再运营"))
        let file: RenderedFile = form.docx()
        let tree: FormDocument = form.document
        let tables = tree.blocks.compactMap { block -> FormTable? in
            if case .table(let table) = block { return table } else { return nil }
        }
        #expect(!tables.isEmpty, "the form is laid out in a table")
        let digest = SHA256.hash(data: file.data)
        #expect(Array(digest).count == 32)
        #expect(Array(SHA256.hash(data: form.docx().data)) == Array(digest), "the same input gives the same bytes")
        let key = SymmetricKey(size: .bits256)
        #expect(
            HMAC<SHA256>.isValidAuthenticationCode(
                HMAC<SHA256>.authenticationCode(for: file.data, using: key),
                authenticating: file.data, using: key))
    }
}

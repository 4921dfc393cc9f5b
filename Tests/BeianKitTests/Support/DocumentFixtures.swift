import BeianKit
import Foundation
import Testing

/// The fixture filings and the corpus of documents the engine's tests render.
enum DocumentFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A fixture filing, which must be valid.
    static func filing(_ name: String) throws -> Filing {
        try Filing(jsonData: Data(contentsOf: directory.appendingPathComponent(name)), options: testOptions)
    }

    /// The same filing with its subject's name replaced.
    static func filing(_ name: String, subjectName: String) throws -> Filing {
        var record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(name))) as? [String: Any])
        record = setting(record, "subject.name", subjectName)
        return try Filing(jsonData: try jsonData(record), options: testOptions)
    }

    static let date = CalendarDate(year: 2026, month: 11, day: 22)!

    static let agent = Agent(
        name: "赵六", certificate: Certificate(type: .residentID, number: "11010519491231002X"),
        mobile: try? MobileNumber("13912345678"))

    static func otherApplicant() throws -> Applicant {
        Applicant(
            name: "厦门示例域名有限公司", certificate: Certificate(type: .unifiedSocialCreditCode, number: "91350100M000100Y43"),
            contactName: "赵六", mobile: try MobileNumber("13912345678"), email: "zhao@example.cn")
    }

    /// Every kind of document the library tests generate, by a name for the file.
    static func corpus(_ engine: BeianEngine) throws -> [(name: String, document: GeneratedDocument)] {
        let reason = "网站不再运营"
        return [
            ("form-hubei", try engine.deregistrationForm(for: filing("hubei-filing.json"), request: .init(reason: reason, date: date))),
            ("form-guangxi", try engine.deregistrationForm(for: filing("guangxi-filing.json"), request: .init(reason: reason, date: date))),
            ("form-henan", try engine.deregistrationForm(for: filing("henan-filing.json"), request: .init(reason: reason, date: date))),
            ("form-guangdong", try engine.deregistrationForm(for: filing("guangdong-filing.json"), request: .init(reason: reason, date: date))),
            ("form-zhejiang", try engine.deregistrationForm(for: filing("zhejiang-filing.json"), request: .init(reason: reason, date: date))),
            ("form-person", try engine.deregistrationForm(for: filing("hubei-person.json"), request: .init(date: date))),
            (
                "form-website",
                try engine.deregistrationForm(
                    for: filing("hubei-filing.json"),
                    request: .init(websites: ["鄂ICP备2019012345号-2"], reason: reason, date: date))
            ),
            (
                "form-other",
                try engine.deregistrationForm(
                    for: filing("hubei-filing.json"),
                    request: .init(
                        reason: reason, category: .other, basis: .domain,
                        applicant: otherApplicant(), date: date))
            ),
            ("mail-unit", try engine.shandongMailPackage(for: filing("shandong-filing.json"), request: .init(reason: reason, date: date))),
            ("mail-person", try engine.shandongMailPackage(for: filing("shandong-person.json"), request: .init(reason: reason, date: date))),
            (
                "letter-transfer",
                try engine.authorizationLetter(
                    for: filing("hubei-filing.json"),
                    request: .init(
                        agent: agent, scope: .transfer(fromAccount: "1234567890", toAccount: "9876543210"), date: date))
            ),
            (
                "letter-no-seal",
                try engine.authorizationLetter(
                    for: filing("hubei-sole-proprietor.json"),
                    request: .init(
                        agent: agent, scope: .deregistration, date: date, hasSeal: false))
            ),
            (
                "checklist-person",
                try engine.authorizationLetter(
                    for: filing("hubei-person.json"),
                    request: .init(
                        scope: .transfer(fromAccount: "1234567890", toAccount: "9876543210"), date: date))
            ),
            (
                "form-hostile",
                try engine.deregistrationForm(
                    for: filing("hubei-filing.json", subjectName: DocumentEngineTests.hostile),
                    request: .init(reason: "</cell>{{reason}}", date: date))
            ),
        ]
    }
}

/// The signature spaces of a document, tables included, in order.
func signatureKinds(_ blocks: [FormBlock]) -> [SignatureBox.Kind] {
    blocks.flatMap { block -> [SignatureBox.Kind] in
        switch block {
        case .signature(let box): [box.kind]
        case .table(let table): table.rows.flatMap { $0.cells.flatMap { signatureKinds($0.blocks) } }
        default: []
        }
    }
}

func pageBreaks(_ document: FormDocument) -> Int {
    document.blocks.filter { $0 == .pageBreak }.count
}

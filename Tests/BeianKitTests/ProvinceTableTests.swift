import BeianKit
import Foundation
import Testing

/// Issue 16: the province table's facts, each with its provenance, and what the forms make of
/// them: published titles, conditions as warnings until the applicant states them, refusals.
@Suite("Province forms as published")
struct ProvinceTableTests {
    func policy(_ id: String) throws -> DeregistrationPolicy {
        try testEngine().policy(for: try #require(Province.named(id)))
    }

    @Test(
        "each researched province's title, conditions and attachments are the data's",
        arguments: [
            ("beijing", "北京市ICP用户注销(删除)备案申请表", Submission.Channel.fax, 1, 3),
            ("guangdong", "广东省ICP用户注销备案申请表", .unknown, 2, 3),
            ("hubei", "湖北省ICP用户注销(删除)备案申请表", .post, 0, 4),
            ("henan", "河南省网站备案注销(删除)申请表", .unknown, 1, 5),
            ("shanghai", "上海市ICP用户注销备案申请表", .courier, 2, 3),
            ("shandong", "山东省ICP用户注销备案申请表", .post, 1, 4),
        ])
    func researchedFacts(_ id: String, _ title: String, _ channel: Submission.Channel, _ conditions: Int, _ attachments: Int) throws {
        let policy = try policy(id)
        #expect(policy.formTitle == title)
        #expect(policy.title.confidence == .thirdParty)
        #expect(policy.title.source?.isEmpty == false)
        #expect(policy.submission.channel == channel)
        #expect(policy.conditions.count == conditions)
        #expect(policy.attachments.count == attachments)
        // Every fact says where it comes from, or that it was not found and what to check.
        let facts = [policy.title, policy.submission.fact, policy.processingTime] + policy.conditions.map(\.fact) + policy.attachments.map(\.fact)
        for fact in facts {
            #expect(fact.confidence == .notFound ? fact.check != nil : fact.source != nil, "\(id): \(fact)")
        }
    }

    @Test("every fact of all 31 provinces has a source, or is marked not found with what to check")
    func everyFactHasProvenance() throws {
        let policies = try testEngine().policies
        #expect(policies.count == 31)
        for policy in policies {
            let facts =
                [policy.title, policy.submission.fact, policy.processingTime] + policy.formRules
                + policy.conditions.map(\.fact) + policy.attachments.map(\.fact)
            for fact in facts {
                switch fact.confidence {
                case .notFound: #expect(fact.check?.isEmpty == false, "\(policy.province.id): \(fact)")
                case .published, .thirdParty: #expect(fact.source?.isEmpty == false, "\(policy.province.id): \(fact)")
                }
            }
            // A value is a fact someone read; a fact not found carries none.
            #expect(policy.title.confidence != .notFound || policy.title.value == nil)
            #expect(policy.submission.channel != .unknown || policy.submission.contact == nil)
        }
    }

    @Test("a province whose form was not found keeps a neutral title and says so; unknown stays unknown")
    func unknownStaysUnknown() throws {
        let zhejiang = try policy("zhejiang")
        #expect(zhejiang.title.value == nil && zhejiang.title.confidence == .notFound)
        #expect(zhejiang.formTitle == "浙江省ICP备案注销申请表")
        #expect(zhejiang.submission.channel == .unknown && zhejiang.submission.contact == nil)
        #expect(zhejiang.processingTime.value == nil && zhejiang.processingTime.check != nil)
        #expect(zhejiang.effectiveAttachments.allSatisfy { $0.fact.confidence == .notFound })
    }

    @Test(
        "Guangdong's and Shanghai's own-unit condition warns until the applicant states it is met",
        arguments: [
            ("guangdong-filing.json", DeregistrationRequest(reason: "x", onlineAttempted: true)),
            ("shanghai-filing.json", DeregistrationRequest(reason: "x", providerUnknown: true)),
        ])
    func ownUnitCondition(_ fixture: String, _ stated: DeregistrationRequest) throws {
        let engine = try testEngine()
        let filing = try DocumentFixtures.filing(fixture)
        let plain = try engine.deregistrationForm(for: filing, request: .init(reason: "x"))
        let warning = try #require(plain.diagnostics.first { $0.code == "deregistration.condition" })
        #expect(warning.severity == .warning)
        #expect(warning.hint?.contains("online through the access provider") == true)
        let met = try engine.deregistrationForm(for: filing, request: stated)
        #expect(!met.diagnostics.contains { $0.code == "deregistration.condition" })
        // The condition restricts one's own filing only: another's is not warned.
        let other = try engine.deregistrationForm(
            for: filing,
            request: .init(
                reason: "x", category: .other, basis: .domain,
                applicant: Applicant(
                    name: "厦门示例域名有限公司", certificate: Certificate(type: .unifiedSocialCreditCode, number: "91350100M000100Y43"),
                    contactName: "赵六", mobile: try MobileNumber("13912345678"))))
        #expect(!other.diagnostics.contains { $0.code == "deregistration.condition" })
    }

    @Test("Shanghai's own-unit warning comes from the data: a table without the condition is silent")
    func conditionFollowsTheData() throws {
        let folder = try TemporaryTemplates()
        var table = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: TemporaryTemplates.bundledTable)) as? [String: Any])
        var entries = try #require(table["provinces"] as? [[String: Any]])
        let index = try #require(entries.firstIndex { $0["province"] as? String == "shanghai" })
        entries[index]["conditions"] = []
        table["provinces"] = entries
        try folder.write(table)
        let form = try testEngine(templates: folder.url).deregistrationForm(for: try DocumentFixtures.filing("shanghai-filing.json"), request: .init(reason: "x"))
        #expect(!form.diagnostics.contains { $0.code == "deregistration.condition" })
    }

    @Test("Jiangsu's form is written under a neutral title, with a warning that it goes by e-mail")
    func jiangsuByEmail() throws {
        let form = try testEngine().deregistrationForm(for: try DocumentFixtures.filing("jiangsu-filing.json"), request: .init(reason: "x"))
        #expect(form.document.title == "江苏省ICP备案注销申请表")
        let email = try #require(form.diagnostics.first { $0.code == "deregistration.email-only" })
        #expect(email.severity == .warning)
        #expect(email.message.contains("by e-mail only"))
        #expect(form.diagnostics.contains { $0.code == "deregistration.unverified-form" })
    }

    @Test("Sichuan and Hunan are refused with the online route", arguments: ["蜀ICP备2020067890号", "湘ICP备2020067890号"])
    func onlineOnlyRefused(_ number: String) throws {
        var record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: DocumentFixtures.directory.appendingPathComponent("sichuan-filing.json"))) as? [String: Any])
        record = setting(record, "subject.filingNumber", number)
        record = setting(record, "websites", [[String: Any]]())
        let filing = try Filing(jsonData: try jsonData(record), options: testOptions)
        #expect(throws: BeianError.self) { try testEngine().deregistrationForm(for: filing, request: .init(reason: "x")) }
        let engine = try testEngine()
        do throws(BeianError) {
            _ = try engine.document(.submissionSheet, for: filing, requests: .init())
            Issue.record("a sheet was written for \(number)")
        } catch {
            guard case .input(let input) = error else { Issue.record("\(error)"); return }
            let refusal = try #require(input.diagnostics.first { $0.code == "deregistration.online-only" })
            #expect(refusal.hint?.contains("online") == true)
            #expect(!input.diagnostics.contains { $0.severity == .note })
        }
    }
}

/// A scratch template folder holding one `data/provinces.json`.
struct TemporaryTemplates: ~Copyable {
    static let bundledTable = DocumentFixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates/data/provinces.json")
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("beian-provinces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("data"), withIntermediateDirectories: true)
    }

    func write(_ table: [String: Any]) throws {
        try JSONSerialization.data(withJSONObject: table).write(to: url.appendingPathComponent("data/provinces.json"))
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

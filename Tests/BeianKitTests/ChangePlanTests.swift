@testable import BeianKit
import Foundation
import Testing

/// Change filings through the library: each kind classified from a fixture pair
/// (`Fixtures/change/`), each rule with a case that triggers it and one that does not.
@Suite("change plans")
struct ChangePlanTests {
    static let directory = DocumentFixtures.directory.appendingPathComponent("change")

    static func record(_ name: String) throws -> ChangeRecord {
        let reading = ChangeRecord.read(jsonData: try Data(contentsOf: directory.appendingPathComponent(name + ".json")), options: testOptions)
        return try #require(reading.record, "\(name): \(reading.diagnostics)")
    }

    /// The plan from `old.json` to `name.json`, made on Monday 2026-11-23.
    static func plan(_ name: String, changedOn: CalendarDate? = nil) throws -> ChangePlan {
        try testEngine().changePlan(old: record("old"), new: record(name), changedOn: changedOn)
    }

    static func codes(_ plan: ChangePlan, _ severity: Diagnostic.Severity) -> [String] {
        plan.problems.filter { $0.severity == severity }.map(\.code)
    }

    // MARK: Kinds

    @Test(
        "each fixture pair is classified as its kind",
        arguments: [
            ("subject-info", [ChangeKind.subjectInfo]), ("subject-contact", [.subjectInfo]), ("website-info", [.websiteInfo]),
            ("new-website", [.newWebsite]), ("website-cancellation", [.websiteCancellation]), ("subject-transfer", [.subjectTransfer]),
        ])
    func classified(_ name: String, _ kinds: [ChangeKind]) throws {
        let plan = try Self.plan(name)
        #expect(plan.kinds == kinds)
        #expect(plan.isAllowed, "\(plan.problems)")
        #expect(!plan.materials.isEmpty && !plan.steps.isEmpty)
        #expect(plan.documentKinds.first == .changeChecklist)
    }

    @Test func theSameRecordTwiceIsNoChange() throws {
        let plan = try Self.plan("old")
        #expect(plan.changes.isEmpty && plan.steps.isEmpty && plan.documentKinds.isEmpty)
        #expect(Self.codes(plan, .note) == ["change.none"])
    }

    @Test func fieldsThatDifferAreListedWithBothValues() throws {
        let plan = try Self.plan("subject-info")
        let fields = try #require(plan.changes.first).fields
        #expect(fields.contains(.init(path: "subject.name", old: "武汉示例科技有限公司", new: "武汉示例信息技术有限公司")))
        #expect(fields.contains(.init(path: "subject.legalRepresentative.name", old: "王五", new: "钱七")))
        #expect(!fields.contains { $0.path == "subject.owner.name" })
    }

    @Test func aNewWebsiteKeepsItsDomainsAndFilesOnItsOwn() throws {
        let plan = try Self.plan("new-website")
        let change = try #require(plan.changes.first)
        #expect(change.website == "示例社区")
        #expect(change.fields.map(\.new) == ["bbs-example.cn"])
        #expect(plan.steps.contains { $0.text.contains("as its own order") })
        #expect(plan.new.domainExpiry["bbs-example.cn"] == CalendarDate(year: 2028, month: 1, day: 31))
    }

    // MARK: Refusals, each with the route instead

    @Test(
        "a refused change names the reason and the route",
        arguments: [
            ("province", "change.province", "file again in 河南"),
            ("nature", "change.nature", "cancel the filing"),
            ("unrelated", "change.unrelated", "compare the same filing"),
            ("domain-added", "change.domain-added", "list it as a new website"),
            ("domain-expiring", "change.domain-expiring", "renew the domain first"),
            ("unknown-website", "change.unknown-website", "leave filingNumber out"),
        ])
    func refused(_ name: String, _ code: String, _ route: String) throws {
        let plan = try Self.plan(name)
        #expect(!plan.isAllowed)
        #expect(Self.codes(plan, .error) == [code])
        let error = try #require(plan.problems.first { $0.code == code })
        #expect(error.hint?.contains(route) == true, "\(error)")
        #expect(plan.documentKinds.isEmpty)
        #expect(plan.steps.count == 1 && plan.steps[0].text.contains("follow each error's hint"))
        #expect(throws: BeianError.self) { try testEngine().changeDocuments(for: plan) }
    }

    @Test func theNatureRefusalSaysItIsInferred() throws {
        let error = try #require(try Self.plan("nature").problems.first)
        #expect(error.message.contains("inferred"))
    }

    @Test func removingADomainIsAllowedAddingOneIsNot() throws {
        #expect(try Self.plan("website-info").isAllowed)
        #expect(!(try Self.plan("domain-added").isAllowed))
    }

    @Test func aDomainValidLongEnoughPasses() throws {
        // bbs-example.cn runs to 2028-01-31; shop-example.cn in domain-expiring ends 2027-01-15,
        // less than 3 months after 2026-11-23.
        #expect(!Self.codes(try Self.plan("new-website"), .error).contains("change.domain-expiring"))
        let expiring = try Self.plan("domain-expiring")
        #expect(expiring.problems.first?.path == "websites[1].domains[0]")
    }

    @Test func aProvinceConfirmedForFortyFiveDaysIsCheckedByDays() throws {
        var rules = try testEngine().changeRules()
        rules.domainValidity.shortDaysProvinces = ["hubei"]
        let planner = ChangePlanner(rules: rules, date: testToday, changedOn: nil)
        let plan = planner.plan(old: try Self.record("old"), new: try Self.record("domain-expiring"))
        #expect(plan.isAllowed, "53 days are more than 45: \(plan.problems)")
        #expect(!Self.codes(plan, .note).contains("change.domain-validity-45-days"))
        #expect(Self.codes(try Self.plan("domain-expiring"), .note).contains("change.domain-validity-45-days"))
    }

    // MARK: Warnings and dates

    @Test func aWebsiteNameWithAReservedWordIsWarnedOnlyWhenItChanges() throws {
        #expect(Self.codes(try Self.plan("name-word"), .warning) == ["change.website-name-word"])
        #expect(Self.codes(try Self.plan("website-info"), .warning).isEmpty)
    }

    @Test func aChangeMoreThanThirtyDaysLateIsWarned() throws {
        let late = try Self.plan("subject-contact", changedOn: CalendarDate(year: 2026, month: 10, day: 1))
        #expect(Self.codes(late, .warning) == ["change.late"])
        let inTime = try Self.plan("subject-contact", changedOn: CalendarDate(year: 2026, month: 11, day: 1))
        #expect(Self.codes(inTime, .warning).isEmpty)
    }

    @Test func aNewNameWaitsThreeWorkingDaysAfterTheDomainHolderTransfer() throws {
        // Monday 2026-11-23 + 3 working days = Thursday 2026-11-26.
        let plan = try Self.plan("subject-info")
        #expect(plan.steps.first?.text.contains("域名持有者过户") == true)
        let submit = try #require(plan.steps.first { $0.text.hasPrefix("Submit one change order") })
        #expect(submit.date == CalendarDate(year: 2026, month: 11, day: 26))
        // A contact change needs no holder transfer and is submitted the same day.
        let contact = try Self.plan("subject-contact")
        #expect(!contact.steps.contains { $0.text.contains("域名持有者过户") })
        #expect(contact.steps.first { $0.text.hasPrefix("Submit") }?.date == testToday)
    }

    @Test func workingDaysSkipWeekends() {
        let friday = CalendarDate(year: 2026, month: 11, day: 27)!
        #expect(WorkingDays.adding(3, to: friday) == CalendarDate(year: 2026, month: 12, day: 2))
        #expect(WorkingDays.isWeekend(CalendarDate(year: 2026, month: 11, day: 28)!))
        #expect(!WorkingDays.isWeekend(friday))
    }

    // MARK: Materials and documents

    @Test func materialsFollowTheKind() throws {
        let transfer = try Self.plan("subject-transfer")
        #expect(transfer.materials.first?.items.contains("《主体过户申请表》，双方签字并盖章") == true)
        #expect(transfer.documentKinds == [.changeChecklist, .subjectTransferForm])
        let owner = try Self.plan("website-info")
        #expect(owner.materials.first?.items.contains("《网站负责人承诺书》，由新网站负责人签字") == true)
        #expect(owner.documentKinds == [.changeChecklist, .websiteOwnerPledge])
        // A contact change asks for no pledge and no name explanation.
        let contact = try Self.plan("subject-contact")
        #expect(contact.documentKinds == [.changeChecklist])
    }

    @Test func changeDocumentsNeedTwoRecords() throws {
        let engine = try testEngine()
        let filing = try DocumentFixtures.filing("hubei-filing.json")
        #expect(engine.reasonNotApplicable(.websiteOwnerPledge, to: filing)?.contains("beian change") == true)
        #expect(throws: BeianError.self) { try engine.document(.changeChecklist, for: filing, requests: .init()) }
    }

    @Test func aPledgeLeavesBlankWhatTheRecordDoesNotSay() throws {
        let plan = try Self.plan("website-info")
        let pledge = try #require(try testEngine().changeDocuments(for: plan, kinds: [.websiteOwnerPledge]).first)
        let text = pledge.text().string
        #expect(text.contains("钱七") && text.contains("11010519491231002X") && text.contains("13112345678"))
        // 钱七's record has no e-mail: the line stays blank, nothing is made up.
        #expect(!text.contains("@"))
    }

    @Test func theBundledExamplePairTakesThreeKindsAndListsEachItemOnce() throws {
        let examples = DocumentFixtures.directory.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
        func read(_ name: String) throws -> ChangeRecord {
            try #require(ChangeRecord.read(jsonData: try Data(contentsOf: examples.appendingPathComponent(name)), options: testOptions).record)
        }
        let plan = try testEngine().changePlan(old: read("change-old.json"), new: read("change-new.json"))
        #expect(plan.kinds == [.subjectInfo, .websiteInfo, .newWebsite])
        #expect(plan.isAllowed, "\(plan.problems)")
        let items = plan.materials.flatMap(\.items)
        #expect(items.count == Set(items).count, "an item is listed twice: \(items)")
        #expect(items.contains { $0.hasPrefix("身份证丢失的") })
    }
}

@testable import BeianKit
import Foundation
import Testing

/// Issue 11: rules of the seeds that every output must carry, and checks that were stricter or
/// looser than their source.
@Suite("The forms say only what is true: rules")
struct TruthfulRulesTests {
    // MARK: Website names (item 6)

    @Test("every restricted word in a website name is reported, naming the exception")
    func everyRestrictedWord() throws {
        let record = setting(Records.hubei(), "websites[0].name", "中国示例政府网")
        let reading = try read(record)
        let warnings = reading.diagnostics.filter { $0.code == "website.name-restricted" }
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.message.contains("'中国'") })
        #expect(warnings.contains { $0.message.contains("'政府'") })
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.path.description == "websites[0].name" })
        #expect(warnings.allSatisfy { ($0.hint ?? "").contains("special approval") })
    }

    @Test("each of the four words is restricted", arguments: ["中国", "中华", "国家", "政府"])
    func eachWord(_ word: String) throws {
        let reading = try read(setting(Records.hubei(), "websites[1].name", "示例\(word)商城"))
        #expect(reading.diagnostics.filter { $0.code == "website.name-restricted" }.count == 1)
    }

    // MARK: Hubei SMS sender (item 7)

    @Test("a message for one website may come from another website's responsible person, with a warning")
    func senderOfAnotherWebsite() throws {
        let filing = try validFiling(Records.hubei())
        let request = HubeiSMSRequest(
            provider: "001", sender: "13012345678", date: CalendarDate(year: 2020, month: 5, day: 1),
            websites: ["鄂ICP备2019012345号-2"])
        let plan = try testEngine().hubeiAnnualReviewSMS(for: filing, request: request)
        #expect(plan.messages.map(\.sender) == ["13012345678"])
        let warning = try #require(plan.diagnostics.first { $0.code == "sms.sender-other-website" })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("websites[0]"))
        #expect((warning.hint ?? "").contains("13812345678"))
    }

    @Test("a sent log row from another website's responsible person is accepted with a warning")
    func loggedSenderOfAnotherWebsite() throws {
        let csv = "sender,destination,body,sentAt\n13012345678,10690661740694920,#001#鄂ICP备2019012345号-2#无变化#,2020-05-01 10:00\n"
        let check = try testEngine().checkSentHubeiSMS(log: try SentMessageLog(csv: csv), filing: try validFiling(Records.hubei()))
        let row = try #require(check.rows.first)
        #expect(row.problems.errors.isEmpty)
        #expect(row.problems.contains { $0.code == "sms.sender-other-website" && $0.severity == .warning })
    }

    @Test("a sender who is nobody's responsible person is still refused")
    func senderOfNobody() throws {
        let filing = try validFiling(Records.hubei())
        let request = HubeiSMSRequest(provider: "001", sender: "13912345678", date: CalendarDate(year: 2020, month: 5, day: 1))
        let error: InputError? = try requireInputError { try testEngine().hubeiAnnualReviewSMS(for: filing, request: request) }
        #expect(error?.diagnostics.contains { $0.code == "sms.sender-not-responsible" } == true)
    }

    // MARK: Hubei after the window (item 15)

    @Test("after the review window the plan says what the manual offers instead, with its deadline")
    func windowClosedOffersTheCommitmentLetter() throws {
        let engine = try testEngine()
        let plan = try engine.hubeiAnnualReviewSMS(for: try validFiling(Records.hubei()), request: HubeiSMSRequest(provider: "001"))
        let warning = try #require(plan.diagnostics.first { $0.code == "sms.window-closed" })
        #expect((warning.hint ?? "").contains("2020-09-30"))
        #expect((warning.hint ?? "").contains("承诺书"))
        let text = try engine.render(plan, as: .text).string
        #expect(text.contains("湖北省备案年度审核承诺书"))
        #expect(text.contains("2020年9月30日"))
        let inWindow = try engine.hubeiAnnualReviewSMS(
            for: try validFiling(Records.hubei()),
            request: HubeiSMSRequest(provider: "001", date: CalendarDate(year: 2020, month: 5, day: 1)))
        #expect(!(try engine.render(inWindow, as: .text)).string.contains("承诺书"))
    }

    // MARK: Refusals (item 8)

    @Test("a refused deregistration reports nothing that reads as if it went ahead", arguments: ["fujian-filing.json", "shandong-filing.json"])
    func refusalSaysNothingOfTheOutcome(_ fixture: String) throws {
        let filing = try DocumentFixtures.filing(fixture)
        let error: InputError? = try requireInputError {
            try testEngine().deregistrationForm(for: filing, request: .init(reason: "网站不再运营"))
        }
        let diagnostics = try #require(error?.diagnostics)
        #expect(diagnostics.hasErrors)
        #expect(!diagnostics.contains { $0.code == "deregistration.subject" })
        #expect(!diagnostics.contains { $0.message.contains("also cancels") })
    }

    // MARK: Request flags (items 1, 2)

    @Test("a record's requests.onlineAttempted ticks Guangdong's box and silences the warning of Guangdong's condition")
    func recordSaysTheOnlineRouteWasTried() throws {
        var record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: DocumentFixtures.directory.appendingPathComponent("guangdong-filing.json"))) as? [String: Any])
        record["requests"] = ["onlineAttempted": true]
        let form = try testEngine().deregistrationForm(for: try validFiling(record), request: .init(reason: "网站不再运营"))
        #expect(form.text().string.contains("[x] 申请人已尝试通过接入服务商在线注销"))
        #expect(!form.diagnostics.contains { $0.code == "deregistration.condition" })
        let plain = try testEngine().deregistrationForm(for: DocumentFixtures.filing("guangdong-filing.json"), request: .init(reason: "网站不再运营"))
        #expect(plain.text().string.contains("[ ] 申请人已尝试通过接入服务商在线注销"))
        #expect(plain.diagnostics.contains { $0.code == "deregistration.condition" && $0.severity == .warning })
    }

    @Test("the flags are true or false", arguments: ["onlineAttempted", "shell", "providerUnknown"])
    func flagsAreBooleans(_ key: String) throws {
        let record = setting(Records.hubei(), "requests", [key: "yes"])
        #expect(try errors(record).contains("requests.\(key) field.type"))
    }

    @Test("Henan: a shell statement only when the record or the request supports it")
    func henanShellStatements() throws {
        let engine = try testEngine()
        let live = try engine.deregistrationForm(for: DocumentFixtures.filing("henan-websites.json"), request: .init(reason: "x"))
        #expect(!live.text().string.contains("空壳"))
        #expect(live.diagnostics.contains { $0.code == "deregistration.not-shell" && $0.severity == .warning })
        let shell = try engine.deregistrationForm(for: DocumentFixtures.filing("henan-websites.json"), request: .init(reason: "x", shell: true))
        #expect(shell.text().string.contains("本申请注销的网站为空壳网站"))
        #expect(!shell.diagnostics.contains { $0.code == "deregistration.not-shell" })
        let empty = try engine.deregistrationForm(for: DocumentFixtures.filing("henan-filing.json"), request: .init(reason: "x"))
        #expect(empty.text().string.contains("本申请注销的主体为空壳主体"))
        // Another province's form says nothing of shells, whatever the request.
        let hubei = try engine.deregistrationForm(for: DocumentFixtures.filing("hubei-filing.json"), request: .init(reason: "x", shell: true))
        #expect(!hubei.text().string.contains("空壳"))
    }

    // MARK: No-seal letters (item 3)

    @Test("a no-seal letter is refused for a unit that is not a sole proprietorship")
    func noSealNeedsASoleProprietorship() throws {
        let filing = try DocumentFixtures.filing("hubei-filing.json")
        let error: InputError? = try requireInputError {
            try testEngine().authorizationLetter(for: filing, request: .init(agent: DocumentFixtures.agent, scope: .deregistration, hasSeal: false))
        }
        let refusal = try #require(error?.diagnostics.first { $0.code == "authorization.no-seal-not-sole-proprietor" })
        #expect(refusal.severity == .error)
        #expect(refusal.message.contains("个体工商户"))
        #expect(refusal.message.contains("有限公司") || refusal.message.contains("91420100MA4K2X9Y9P"))
    }

    @Test("a no-seal letter whose operator has no ID number on record leaves it blank, with a warning")
    func noSealOperatorWithoutID() throws {
        var record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: DocumentFixtures.directory.appendingPathComponent("hubei-sole-proprietor.json"))) as? [String: Any])
        record = setting(record, "subject.owner.idNumber", nil)
        let letter = try testEngine().authorizationLetter(
            for: try validFiling(record),
            request: .init(agent: DocumentFixtures.agent, scope: .deregistration, hasSeal: false))
        #expect(letter.diagnostics.contains { $0.code == "authorization.operator-id-missing" && $0.severity == .warning })
        #expect(!letter.text().string.contains("420106198808081236"))
    }

    @Test("a no-seal letter names the operator from the responsible person, with no legal representative")
    func noSealOperator() throws {
        let letter = try testEngine().authorizationLetter(
            for: DocumentFixtures.filing("hubei-sole-proprietor.json"),
            request: .init(agent: DocumentFixtures.agent, scope: .deregistration, hasSeal: false))
        let text = letter.text().string
        #expect(!text.contains("法定代表人"))
        #expect(text.contains("420106198808081236"))
        #expect(text.contains("经营者"))
    }

    @Test("only suffixes other than China's own (.cn, .中国) are warned about before deregistration")
    func suffixWarningSparesChinasCountryCode() throws {
        #expect(DeregistrationPlanner.suffixWarning(domains: ["example.cn", "shop.example.com.cn", "例子.中国"]) == nil)
        let warning = try #require(DeregistrationPlanner.suffixWarning(domains: ["example.cn", "example.com", "example.shop", "b.example.com"]))
        #expect(warning.code == "deregistration.domain-suffix")
        #expect(warning.message.contains("(here: .com, .shop)"))
    }
}

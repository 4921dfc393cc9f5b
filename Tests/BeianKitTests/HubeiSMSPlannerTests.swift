@testable import BeianKit
import Foundation
import Testing

@Suite("Hubei annual-review SMS")
struct HubeiSMSPlannerTests {
    static let may1 = CalendarDate(year: 2020, month: 5, day: 1)!
    static let mobileCode = "106509719767"
    static let telecomCode = "10690738140694920"
    static let unicomCode = "10690333740694920"
    static let unicomCodeBefore20200506 = "10690661740694920"

    func plan(_ record: [String: Any], _ request: HubeiSMSRequest) throws -> HubeiSMSPlan {
        try testEngine().hubeiAnnualReviewSMS(for: try validFiling(record), request: request)
    }

    /// The errors that refuse the plan, as `path code` strings; empty when a plan is made.
    func refusal(_ record: [String: Any], _ request: HubeiSMSRequest) throws -> [String] {
        do {
            _ = try plan(record, request)
            return []
        } catch let error as BeianError {
            return error.diagnostics.errors.map { "\($0.path) \($0.code)" }
        }
    }

    func refusalDiagnostic(_ record: [String: Any], _ request: HubeiSMSRequest) throws -> Diagnostic? {
        do {
            _ = try plan(record, request)
            return nil
        } catch let error as BeianError {
            return error.diagnostics.errors.first
        }
    }

    // MARK: Messages

    @Test func oneMessagePerWebsite() throws {
        let plan = try plan(Records.hubei(), .init(provider: "001", date: Self.may1))
        #expect(plan.messages.count == 2)
        #expect(plan.messages.map(\.websiteFilingNumber) == ["鄂ICP备2019012345号-1", "鄂ICP备2019012345号-2"])
        #expect(plan.messages.map(\.body) == ["#001#鄂ICP备2019012345号-1#无变化#", "#001#鄂ICP备2019012345号-2#无变化#"])
        // Website 0 has its own responsible person; website 1 falls back to the subject's.
        #expect(plan.messages.map(\.sender) == ["13012345678", "13812345678"])
        #expect(plan.messages.map(\.carrier) == [.chinaUnicom, .chinaMobile])
        #expect(plan.messages.map(\.destination) == [Self.unicomCodeBefore20200506, Self.mobileCode])
        #expect(plan.messages.map(\.websiteName) == ["示例官网", "示例商城"])
        #expect(plan.provider == AccessProvider(code: "001", name: "阿里云计算有限公司"))
        #expect(plan.sendDate == Self.may1)
        #expect(!plan.diagnostics.hasErrors)
        #expect(plan.diagnostics.isEmpty)
    }

    @Test func threeWebsitesThreeMessages() throws {
        var record = Records.hubei()
        record = setting(
            record, "websites",
            (record["websites"] as! [Any]) + [
                [
                    "name": "示例博客", "filingNumber": "鄂ICP备2019012345号-5", "domains": ["blog-example.cn"],
                    "owner": ["name": "周七", "mobile": "18912345678"],
                ] as [String: Any]
            ])
        let plan = try plan(record, .init(provider: "022", date: Self.may1))
        #expect(plan.messages.map(\.destination) == [Self.unicomCodeBefore20200506, Self.mobileCode, Self.telecomCode])
        #expect(Set(plan.messages.map(\.body)).count == 3)
    }

    // MARK: Provider

    @Test("known provider codes", arguments: ["001", "022", "002", "011"])
    func knownProviders(code: String) throws {
        let plan = try plan(Records.hubei(), .init(provider: code, date: Self.may1))
        #expect(plan.provider.name != nil)
        #expect(plan.messages.allSatisfy { $0.body.hasPrefix("#\(code)#") })
        #expect(plan.diagnostics.isEmpty)
    }

    @Test func unknownThreeDigitCodeIsUsedWithANote() throws {
        let plan = try plan(Records.hubei(), .init(provider: "123", date: Self.may1))
        #expect(plan.provider.name == nil)
        #expect(plan.messages.first?.body == "#123#鄂ICP备2019012345号-1#无变化#")
        #expect(plan.diagnostics.map(\.code) == ["sms.provider-unknown"])
    }

    @Test("provider codes are exactly three digits", arguments: ["1", "01", "0001", "abc", "00a", "0 1", "-01"])
    func badProviders(code: String) throws {
        #expect(try refusal(Records.hubei(), .init(provider: code, date: Self.may1)) == ["requests.provider provider.format"])
        #expect(throws: IdentifierProblem.self) { try AccessProvider(code: code) }
    }

    /// A request built in code is read as a record's `requests` is: full-width digits are folded
    /// and spaces trimmed, and a blank is no code at all.
    @Test("typed provider codes are normalised as in JSON", arguments: ["１２３", " 123"])
    func typedProvidersAreNormalised(code: String) throws {
        #expect(throws: IdentifierProblem.self) { try AccessProvider(code: code) }
        let typed = try plan(Records.hubei(), .init(provider: code, date: Self.may1))
        var record = Records.hubei()
        record["requests"] = ["provider": code, "date": "2020-05-01"]
        let json = try plan(record, .init())
        #expect(typed.messages == json.messages)
        #expect(typed.messages.first?.body.hasPrefix("#123#") == true)
    }

    @Test func aBlankTypedProviderIsAMissingOne() throws {
        #expect(try refusal(Records.hubei(), .init(provider: "", date: Self.may1)) == ["requests.provider sms.provider-missing"])
    }

    @Test func providerMissing() throws {
        #expect(try refusal(Records.hubei(), .init(date: Self.may1)) == ["requests.provider sms.provider-missing"])
    }

    // MARK: Status

    @Test(
        "status and its English aliases",
        arguments: [
            ("无变化", "无变化"), ("已更新", "已更新"), ("已注销", "已注销"),
            ("unchanged", "无变化"), ("updated", "已更新"), ("deregistered", "已注销"), ("Updated", "已更新"), (" 已注销 ", "已注销"),
        ])
    func statuses(spelling: String, written: String) throws {
        let status = try #require(ReviewStatus(name: spelling))
        let plan = try plan(Records.hubei(), .init(provider: "001", status: status, date: Self.may1))
        #expect(plan.messages.allSatisfy { $0.body.hasSuffix("#\(written)#") && $0.status == status })
    }

    @Test func unknownStatuses() {
        for spelling in ["changed", "无变动", "cancelled", ""] {
            #expect(ReviewStatus(name: spelling) == nil, "\(spelling)")
        }
    }

    @Test func defaultStatusIsUnchanged() throws {
        let plan = try testEngine().hubeiAnnualReviewSMS(for: try validFiling(Records.hubei()), provider: "001")
        #expect(plan.messages.allSatisfy { $0.status == .unchanged && $0.body.hasSuffix("#无变化#") })
    }

    @Test func statusPerWebsite() throws {
        let record = setting(Records.hubei(), "requests", ["websiteStatus": ["鄂ICP备2019012345号-2": "已注销"]])
        let plan = try plan(record, .init(provider: "001", status: .updated, date: Self.may1))
        #expect(plan.messages.map(\.status) == [.updated, .deregistered])
        #expect(plan.messages.map(\.body) == ["#001#鄂ICP备2019012345号-1#已更新#", "#001#鄂ICP备2019012345号-2#已注销#"])
    }

    // MARK: Sender

    @Test func senderIsTheSubjectsResponsiblePerson() throws {
        let plan = try plan(Records.hubei(), .init(provider: "001", sender: "+86 138 1234 5678", date: Self.may1))
        #expect(plan.messages.map(\.sender) == ["13812345678", "13812345678"])
        #expect(plan.messages.map(\.destination) == [Self.mobileCode, Self.mobileCode])
    }

    @Test func senderIsTheWebsitesResponsiblePerson() throws {
        let request = HubeiSMSRequest(provider: "001", sender: "13012345678", date: Self.may1, websites: ["鄂ICP备2019012345号-1"])
        let own = try plan(Records.hubei(), request)
        #expect(own.messages.map(\.sender) == ["13012345678"])
        // For website 1 the same mobile is another website's responsible person: sent, with a
        // warning (the manual allows any responsible person in the filing).
        let both = try plan(Records.hubei(), HubeiSMSRequest(provider: "001", sender: "13012345678", date: Self.may1))
        #expect(both.messages.map(\.sender) == ["13012345678", "13012345678"])
        #expect(both.diagnostics.map(\.code) == ["sms.sender-other-website"])
    }

    @Test func senderMustBeAResponsiblePerson() throws {
        let diagnostic = try #require(try refusalDiagnostic(Records.hubei(), .init(provider: "001", sender: "13912345678", date: Self.may1)))
        #expect(diagnostic.code == "sms.sender-not-responsible")
        #expect(diagnostic.hint?.contains("13812345678") == true)
        #expect(
            try refusal(Records.hubei(), .init(provider: "001", sender: "13912345678", date: Self.may1))
                == ["websites[0] sms.sender-not-responsible", "websites[1] sms.sender-not-responsible"])
        #expect(try refusal(Records.hubei(), .init(provider: "001", sender: "1391234", date: Self.may1)).allSatisfy { $0.hasPrefix("requests.sender ") })
        #expect(try refusal(Records.hubei(), .init(provider: "001", sender: "1391234", date: Self.may1)).isEmpty == false)
    }

    // MARK: Destination

    @Test(
        "China Unicom's code changed on 2020-05-06",
        arguments: [
            (CalendarDate(year: 2019, month: 12, day: 31)!, unicomCodeBefore20200506),
            (CalendarDate(year: 2020, month: 5, day: 5)!, unicomCodeBefore20200506),
            (CalendarDate(year: 2020, month: 5, day: 6)!, unicomCode),
            (CalendarDate(year: 2020, month: 7, day: 31)!, unicomCode),
        ])
    func unicomByDate(date: CalendarDate, code: String) throws {
        let plan = try plan(Records.hubei(), .init(provider: "001", date: date))
        #expect(plan.messages.first?.carrier == .chinaUnicom)
        #expect(plan.messages.first?.destination == code)
        #expect(plan.messages.dropFirst().first?.destination == Self.mobileCode)
    }

    @Test func destinationTable() {
        let before = CalendarDate(year: 2020, month: 5, day: 5)!, after = CalendarDate(year: 2020, month: 5, day: 6)!
        #expect(ReviewDestination.number(for: .chinaMobile, on: before) == Self.mobileCode)
        #expect(ReviewDestination.number(for: .chinaMobile, on: after) == Self.mobileCode)
        #expect(ReviewDestination.number(for: .chinaTelecom, on: before) == Self.telecomCode)
        #expect(ReviewDestination.number(for: .chinaTelecom, on: after) == Self.telecomCode)
        #expect(ReviewDestination.number(for: .chinaUnicom, on: before) == Self.unicomCodeBefore20200506)
        #expect(ReviewDestination.number(for: .chinaUnicom, on: after) == Self.unicomCode)
        #expect(ReviewDestination.number(for: .chinaBroadnet, on: after) == nil)
    }

    @Test func carrierStatedForEverySender() throws {
        let plan = try plan(Records.hubei(), .init(provider: "001", carrier: .chinaTelecom, date: Self.may1))
        #expect(plan.messages.map(\.carrier) == [.chinaTelecom, .chinaTelecom])
        #expect(plan.messages.map(\.destination) == [Self.telecomCode, Self.telecomCode])
    }

    @Test func carrierStatedForOneMobile() throws {
        let plan = try plan(Records.hubei(), .init(provider: "001", carriersByMobile: ["13012345678": .chinaMobile], date: Self.may1))
        #expect(plan.messages.map(\.carrier) == [.chinaMobile, .chinaMobile])
        #expect(plan.messages.map(\.destination) == [Self.mobileCode, Self.mobileCode])
        // The record's own requests.carrier does the same.
        let record = setting(Records.hubei(), "requests", ["carrier": ["13812345678": "电信"]])
        #expect(try self.plan(record, .init(provider: "001", date: Self.may1)).messages.map(\.destination) == [Self.unicomCodeBefore20200506, Self.telecomCode])
    }

    @Test(
        "virtual operators ride on their host network, with a warning",
        arguments: [
            ("17031234567", Carrier.chinaMobile), ("16512345678", .chinaMobile), ("17041234567", .chinaUnicom),
            ("17112345678", .chinaUnicom), ("16712345678", .chinaUnicom), ("16212345678", .chinaTelecom), ("17001234567", .chinaTelecom),
        ])
    func virtualOperators(mobile: String, host: Carrier) throws {
        let record = setting(Records.hubei(), "websites[0].owner.mobile", mobile)
        let plan = try plan(record, .init(provider: "001", date: Self.may1))
        #expect(plan.messages.first?.carrier == host)
        #expect(plan.messages.first?.destination == ReviewDestination.number(for: host, on: Self.may1))
        let warning = try #require(plan.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.code == "sms.virtual-operator")
        #expect(warning.path == "websites[0].owner.mobile")
        // Stating the carrier silences the guess.
        let stated = try self.plan(record, .init(provider: "001", carriersByMobile: [mobile: host], date: Self.may1))
        #expect(stated.diagnostics.isEmpty)
    }

    @Test("China Broadnet numbers have no review code", arguments: ["19212345678", "16101234567"])
    func broadnet(mobile: String) throws {
        let record = setting(Records.hubei(), "websites[0].owner.mobile", mobile)
        let diagnostic = try #require(try refusalDiagnostic(record, .init(provider: "001", date: Self.may1)))
        #expect(diagnostic.code == "sms.no-route")
        #expect(diagnostic.path == "websites[0].owner.mobile")
        #expect(diagnostic.message.contains("中国广电"))
        #expect(diagnostic.hint?.contains("requests.sender") == true)
        // Sending from the subject's responsible person instead works.
        #expect(try plan(record, .init(provider: "001", sender: "13812345678", date: Self.may1)).messages.count == 2)
        // So does stating that the number moved to another carrier.
        #expect(try plan(record, .init(provider: "001", carriersByMobile: [mobile: .chinaMobile], date: Self.may1)).messages.first?.destination == Self.mobileCode)
    }

    @Test func broadnetStatedByTheUser() throws {
        #expect(
            try refusal(Records.hubei(), .init(provider: "001", carrier: .chinaBroadnet, date: Self.may1))
                == ["websites[0].owner.mobile sms.no-route", "subject.owner.mobile sms.no-route"])
    }

    @Test func satelliteNumbers() throws {
        let record = setting(Records.hubei(), "websites[0].owner.mobile", "13491234567")
        let diagnostic = try #require(try refusalDiagnostic(record, .init(provider: "001", date: Self.may1)))
        #expect(diagnostic.code == "sms.satellite")
        #expect(diagnostic.path == "websites[0].owner.mobile")
        #expect(diagnostic.message.contains("satellite"))
        #expect(diagnostic.hint?.contains("requests.sender") == true)
        let stated = try plan(record, .init(provider: "001", carriersByMobile: ["13491234567": .chinaTelecom], date: Self.may1))
        #expect(stated.messages.first?.destination == Self.telecomCode)
    }

    // MARK: Refusals

    @Test func notHubei() throws {
        let diagnostic = try #require(try refusalDiagnostic(Records.beijing(), .init(provider: "001", date: Self.may1)))
        #expect(diagnostic.code == "sms.not-hubei")
        #expect(diagnostic.path == "subject.filingNumber")
        #expect(diagnostic.message.contains("北京"))
    }

    @Test func noWebsite() throws {
        #expect(try refusal(setting(Records.hubei(), "websites", [Any]()), .init(provider: "001", date: Self.may1)) == ["websites sms.no-website"])
        #expect(try refusal(setting(Records.hubei(), "websites", nil), .init(provider: "001", date: Self.may1)) == ["websites sms.no-website"])
    }

    @Test func appsAndMiniProgramsAreNotReported() throws {
        var record = Records.hubei()
        record = setting(
            record, "websites",
            (record["websites"] as! [Any]) + [
                ["name": "示例App", "filingNumber": "鄂ICP备2019012345号-3A"] as [String: Any],
                ["name": "示例小程序", "filingNumber": "鄂ICP备2019012345号-4X"] as [String: Any],
            ])
        #expect(
            try refusal(record, .init(provider: "001", date: Self.may1))
                == ["websites[2].filingNumber sms.not-website", "websites[3].filingNumber sms.not-website"])
        let chosen = HubeiSMSRequest(provider: "001", date: Self.may1, websites: ["鄂ICP备2019012345号-1", "鄂ICP备2019012345号-2"])
        #expect(try plan(record, chosen).messages.count == 2)
    }

    @Test func chosenWebsites() throws {
        let plan = try plan(Records.hubei(), .init(provider: "001", date: Self.may1, websites: ["鄂ICP备2019012345号-2"]))
        #expect(plan.messages.map(\.websiteFilingNumber) == ["鄂ICP备2019012345号-2"])
        #expect(
            try refusal(Records.hubei(), .init(provider: "001", date: Self.may1, websites: ["鄂ICP备2019012345号-7"]))
                == ["requests.websites sms.unknown-website"])
    }

    @Test func everyRefusalAtOnce() throws {
        var record = setting(Records.beijing(), "websites[0].owner", ["name": "孙八", "mobile": "19212345678"])
        record = setting(record, "websites", (record["websites"] as! [Any]) + [["name": "App", "filingNumber": "京ICP备20010001号-2A"] as [String: Any]])
        #expect(
            try refusal(record, .init(provider: "0001", date: Self.may1)) == [
                "subject.filingNumber sms.not-hubei", "requests.provider provider.format",
                "websites[0].owner.mobile sms.no-route", "websites[1].filingNumber sms.not-website",
            ])
    }

    // MARK: Overrides and dates

    @Test func recordRequestsOverrideTheCall() throws {
        let record = setting(Records.hubei(), "requests", ["provider": "022", "status": "updated", "date": "2020-05-06"])
        let plan = try plan(record, .init(provider: "001", status: .unchanged, date: Self.may1))
        #expect(plan.messages.first?.body == "#022#鄂ICP备2019012345号-1#已更新#")
        #expect(plan.messages.first?.destination == Self.unicomCode)
        #expect(Set(plan.diagnostics.map(\.code)) == ["requests.override"])
        #expect(plan.diagnostics.count == 3)
    }

    @Test func defaultDateIsTheEnginesToday() throws {
        let plan = try plan(Records.hubei(), .init(provider: "001"))
        #expect(plan.sendDate == testToday)
        #expect(plan.messages.first?.destination == Self.unicomCode)
        #expect(plan.diagnostics.map(\.code) == ["sms.window-closed"])
        #expect(plan.diagnostics.first?.severity == .warning)
    }

    // MARK: Outputs

    @Test func jsonHasExactlyTheFiveKeys() throws {
        let plan = try plan(Records.hubei(), .init(provider: "001", date: Self.may1))
        let text = try testEngine().render(plan, as: .json).string
        #expect(text.hasSuffix("]\n"))
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: String]])
        #expect(array.count == 2)
        for (object, message) in zip(array, plan.messages) {
            #expect(Set(object.keys) == ["websiteFilingNumber", "sender", "carrier", "destination", "body"])
            #expect(object["websiteFilingNumber"] == message.websiteFilingNumber)
            #expect(object["sender"] == message.sender)
            #expect(object["carrier"] == message.carrier.rawValue)
            #expect(object["destination"] == message.destination)
            #expect(object["body"] == message.body)
        }
        // Read back into messages.
        let decoded = try JSONDecoder().decode([HubeiSMSMessage].self, from: plan.json().data)
        #expect(decoded.map(\.body) == plan.messages.map(\.body))
        #expect(decoded.map(\.status) == [.unchanged, .unchanged])
    }

    @Test func csvHasAHeaderAndTheSameColumns() throws {
        let plan = try plan(Records.hubei(), .init(provider: "001", date: Self.may1))
        let rows = try BeianCSV.rows(try testEngine().render(plan, as: .csv).string)
        #expect(
            rows.map(\.fields) == [
                ["websiteFilingNumber", "sender", "carrier", "destination", "body", "sentAt"],
                ["鄂ICP备2019012345号-1", "13012345678", "china-unicom", Self.unicomCodeBefore20200506, "#001#鄂ICP备2019012345号-1#无变化#", ""],
                ["鄂ICP备2019012345号-2", "13812345678", "china-mobile", Self.mobileCode, "#001#鄂ICP备2019012345号-2#无变化#", ""],
            ])
    }

    @Test func urisArePercentEncodedSMSLinks() throws {
        let plan = try plan(Records.hubei(), .init(provider: "001", date: Self.may1))
        let lines = try testEngine().render(plan, as: .uri).string.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        for (line, message) in zip(lines, plan.messages) {
            let prefix = "sms:\(message.destination)?body="
            #expect(line.hasPrefix(prefix))
            let encoded = String(line.dropFirst(prefix.count))
            #expect(encoded.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-._~%".contains($0)) })
            #expect(!encoded.contains("#"))
            #expect(encoded.hasPrefix("%23001%23%E9%84%82ICP%E5%A4%87"))
            #expect(encoded.removingPercentEncoding == message.body)
        }
    }

    @Test func percentEncoding() {
        #expect(URIEncoding.percentEncoded("#a b&c=d?/鄂~-._") == "%23a%20b%26c%3Dd%3F%2F%E9%84%82~-._")
    }

    @Test func textNamesEverythingAPersonNeeds() throws {
        let plan = try plan(Records.hubei(), .init(provider: "001", date: Self.may1))
        let text = try testEngine().render(plan, as: .text).string
        for message in plan.messages {
            #expect(text.contains(message.body))
            #expect(text.contains(message.destination))
            #expect(text.contains(message.sender))
            #expect(text.contains(message.websiteName))
        }
        #expect(text.contains("阿里云计算有限公司"))
        #expect(text.contains("2020年5月1日"))
        #expect(text.contains("武汉示例科技有限公司"))
    }

    @Test func textIsNotHTMLEscaped() throws {
        let record = setting(Records.hubei(), "subject.name", "武汉A&B<示例>\"科技\"有限公司{{x}}")
        let plan = try plan(record, .init(provider: "001", date: Self.may1))
        let text = try testEngine().render(plan, as: .text).string
        #expect(text.contains("武汉A&B<示例>\"科技\"有限公司{{x}}（鄂ICP备2019012345号）"))
    }
}

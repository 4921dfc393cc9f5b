@testable import BeianKit
import Foundation
import Testing

@Suite("Checking sent review messages")
struct SentMessageCheckTests {
    static let header = "sender,destination,body,sentAt\n"
    static let first = "13012345678,10690661740694920,#001#鄂ICP备2019012345号-1#无变化#,2020-05-01 10:00\n"
    static let second = "13812345678,106509719767,#001#鄂ICP备2019012345号-2#无变化#,2020-05-01 10:05\n"

    func check(
        _ csv: String, filing record: [String: Any]? = nil, carrier: Carrier? = nil,
        carriersByMobile: [String: Carrier] = [:]
    ) throws -> SentMessageCheck {
        let log = try SentMessageLog(csv: csv)
        return try testEngine().checkSentHubeiSMS(
            log: log, filing: try record.map { try validFiling($0) },
            carrier: carrier, carriersByMobile: carriersByMobile)
    }

    /// The errors of the only row of a one-row log, as codes.
    func rowErrors(_ row: String, filing record: [String: Any]? = nil) throws -> [String] {
        let check = try check(Self.header + row + "\n", filing: record)
        let row = try #require(check.rows.first)
        try #require(check.rows.count == 1)
        return row.problems.errors.map(\.code)
    }

    // MARK: Good logs

    @Test func completeLogPasses() throws {
        let check = try check(Self.header + Self.first + Self.second, filing: Records.hubei())
        #expect(check.ok)
        #expect(check.rows.map(\.ok) == [true, true])
        #expect(check.rows.map(\.line) == [2, 3])
        #expect(check.missingWebsites.isEmpty)
        #expect(check.problems.isEmpty)
        #expect(check.text().string.hasSuffix("2 row(s): 2 ok, 0 failed\n"))
    }

    @Test func headerIsOptionalAndColumnsMayMove() throws {
        #expect(try check(Self.first + Self.second, filing: Records.hubei()).ok)
        let moved =
            "body,sentAt,sender,destination\n"
            + "#001#鄂ICP备2019012345号-1#无变化#,2020-05-01,13012345678,10690661740694920\n"
            + "\"#001#鄂ICP备2019012345号-2#无变化#\",2020-05-01,13812345678,106509719767\n"
        #expect(try check(moved, filing: Records.hubei()).ok)
        let chinese = "发送号码,接收号码,短信内容,发送时间\n" + Self.first + Self.second
        #expect(try check(chinese, filing: Records.hubei()).ok)
    }

    @Test func headerWithMissingColumns() throws {
        let error = #expect(throws: InputError.self) { try SentMessageLog(csv: "sender,body,sentAt\n1,3,2020-05-01\n") }
        #expect(error?.diagnostics.map(\.code) == ["sms-log.header"])
        #expect(error?.diagnostics.first?.message.contains("destination") == true)
        // Without sentAt the rows are planned messages, not yet sent.
        let planned = try SentMessageLog(csv: "sender,destination,body\n1,2,3\n")
        #expect(planned.entries.map(\.sentAt) == [""])
    }

    @Test func rowsWithTooFewColumns() throws {
        let check = try check(Self.header + Self.first + "13812345678,106509719767\n")
        #expect(!check.ok)
        #expect(check.problems.map { "\($0.path) \($0.code)" } == ["line 3 sms-log.columns"])
    }

    @Test func unclosedQuote() {
        let error = #expect(throws: InputError.self) { try SentMessageLog(csv: Self.header + "13812345678,\"106509719767,x,y\n") }
        #expect(error?.diagnostics.map { "\($0.path) \($0.code)" } == ["line 2 csv.syntax"])
    }

    @Test func laterRoundsAndUnicomDates() throws {
        // On 2020-05-06 and later China Unicom's new code is right.
        let row = "13012345678,10690333740694920,#001#鄂ICP备2019012345号-1#已更新#,2020-05-06"
        #expect(try rowErrors(row).isEmpty)
        // After the review closed the message is checked, with a warning.
        let late = try check(Self.header + "13012345678,10690333740694920,#001#鄂ICP备2019012345号-1#已更新#,2026-11-23\n")
        #expect(late.ok)
        #expect(late.rows.first?.problems.map(\.code) == ["sms.window-closed"])
    }

    // MARK: Malformed bodies

    @Test(
        "malformed bodies fail",
        arguments: [
            ("#001#鄂ICP备2019012345号-1#无变化", "sms-body.shape"),
            ("001#鄂ICP备2019012345号-1#无变化#", "sms-body.shape"),
            ("#", "sms-body.shape"),
            ("", "sms-body.shape"),
            ("＃001＃鄂ICP备2019012345号-1＃无变化＃", "sms-body.full-width"),
            ("#001# 鄂ICP备2019012345号-1#无变化#", "sms-body.spaces"),
            ("#001#鄂ICP备2019012345号-1#", "sms-body.fields"),
            ("#001#鄂ICP备2019012345号-1#无变化#extra#", "sms-body.fields"),
            ("#1#鄂ICP备2019012345号-1#无变化#", "sms-body.provider"),
            ("#0001#鄂ICP备2019012345号-1#无变化#", "sms-body.provider"),
            ("#abc#鄂ICP备2019012345号-1#无变化#", "sms-body.provider"),
            ("#001#鄂ICP备201901234号-1#无变化#", "sms-body.filing-number"),
            ("#001#京ICP证030173号#无变化#", "sms-body.filing-number"),
            ("#001#鄂ICP备2019012345号#无变化#", "sms-body.not-website"),
            ("#001#鄂ICP备2019012345号-1A#无变化#", "sms-body.not-website"),
            ("#001#鄂ICP备2019012345号-1#unchanged#", "sms-body.status"),
            ("#001#鄂ICP备2019012345号-1#没变化#", "sms-body.status"),
            ("#鄂ICP备2019012345号-1#001#无变化#", "sms-body.provider"),
            // An empty field is no part of the format, wherever it stands.
            ("#001##鄂ICP备2019012345号-1#无变化#", "sms-body.fields"),
            ("##001#鄂ICP备2019012345号-1#无变化#", "sms-body.fields"),
            ("#001#鄂ICP备2019012345号-1#无变化##", "sms-body.fields"),
            ("#001#鄂ICP备2019012345号-1##无变化#", "sms-body.fields"),
            ("#001#鄂ICP备2019012345号-1#无变化###001#鄂ICP备2019012345号-2#无变化#", "sms-body.fields"),
        ])
    func malformedBodies(body: String, code: String) throws {
        let quoted = "\"" + body + "\""
        let errors = try rowErrors("13012345678,10690661740694920,\(quoted),2020-05-01")
        #expect(errors == [code])
        let problem = #expect(throws: IdentifierProblem.self) { try ReviewMessageBody.parse(body) }
        #expect(problem?.code == code)
    }

    @Test func wellFormedBodies() throws {
        let records = try ReviewMessageBody.parse(" #001#鄂ICP备2019012345号-1#已注销# ")
        #expect(records == [ReviewMessageBody(provider: "001", websiteFilingNumber: try FilingNumber("鄂ICP备2019012345号-1"), status: .deregistered)])
        #expect(records.first?.text == "#001#鄂ICP备2019012345号-1#已注销#")
        #expect(try ReviewMessageBody.parse("#123#云ICP备12345678号-12#无变化#").first?.websiteFilingNumber.provinceMark == "云")
    }

    // MARK: Several records

    @Test(
        "several records in one message fail",
        arguments: [
            "#001#鄂ICP备2019012345号-1#无变化##001#鄂ICP备2019012345号-2#无变化#",
            "#001#鄂ICP备2019012345号-1#无变化#001#鄂ICP备2019012345号-2#无变化#",
        ])
    func severalRecords(body: String) throws {
        let check = try check(Self.header + "13012345678,10690661740694920,\(body),2020-05-01\n")
        #expect(!check.ok)
        let error = try #require(check.rows.first?.problems.errors.first)
        #expect(error.code == "sms-log.several-records")
        #expect(error.message.contains("鄂ICP备2019012345号-1"))
        #expect(try ReviewMessageBody.parse(body).count == 2)
    }

    /// Only the first record of a message counts: with a filing, that website is reported and the
    /// others are still missing.
    @Test func severalRecordsCountTheFirst() throws {
        let row = "13812345678,106509719767,#001#鄂ICP备2019012345号-2#无变化##001#鄂ICP备2019012345号-1#无变化#,2020-05-01\n"
        let check = try check(Self.header + row, filing: Records.hubei())
        #expect(!check.ok)
        #expect(check.missingWebsites == ["鄂ICP备2019012345号-1"])
    }

    // MARK: Destinations

    @Test(
        "wrong destinations for the sender's carrier and date",
        arguments: [
            // 联通 before the change must use the old code, from 2020-05-06 the new one.
            ("13012345678", "10690333740694920", "2020-05-05", "sms-log.destination-date"),
            ("13012345678", "10690661740694920", "2020-05-06", "sms-log.destination-date"),
            // Another carrier's code.
            ("13812345678", "10690738140694920", "2020-05-01", "sms-log.destination-carrier"),
            ("18912345678", "106509719767", "2020-05-01", "sms-log.destination-carrier"),
            ("13812345678", "10690661740694920", "2020-05-01", "sms-log.destination-carrier"),
            // No review code at all.
            ("13812345678", "10086", "2020-05-01", "sms-log.destination-unknown"),
            ("13812345678", "", "2020-05-01", "sms-log.destination-unknown"),
        ])
    func wrongDestinations(sender: String, destination: String, date: String, code: String) throws {
        let number = sender == "18912345678" ? "-1" : sender == "13012345678" ? "-1" : "-2"
        let row = "\(sender),\(destination),#001#鄂ICP备2019012345号\(number)#无变化#,\(date)"
        #expect(try rowErrors(row) == [code])
    }

    @Test(
        "right destinations",
        arguments: [
            ("13812345678", "106509719767", "2020-04-01"),
            ("18912345678", "10690738140694920", "2020-04-01"),
            ("13012345678", "10690661740694920", "2020-05-05"),
            ("13012345678", "10690333740694920", "2020-05-06"),
            ("17031234567", "106509719767", "2020-05-06"),
        ])
    func rightDestinations(sender: String, destination: String, date: String) throws {
        #expect(try rowErrors("\(sender),\(destination),#001#鄂ICP备2019012345号-1#无变化#,\(date)").isEmpty)
    }

    @Test func statedCarriers() throws {
        // A 移动 prefix whose number moved to 电信.
        let row = Self.header + "13812345678,10690738140694920,#001#鄂ICP备2019012345号-2#无变化#,2020-05-01\n"
        #expect(!(try check(row).ok))
        #expect(try check(row, carriersByMobile: ["13812345678": .chinaTelecom]).ok)
        #expect(try check(row, carrier: .chinaTelecom).ok)
        let hint = try check(row).rows.first?.problems.first?.hint ?? ""
        #expect(hint.contains("requests.carrier 13812345678=china-telecom"))
    }

    /// A carrier stated in the record's `requests` decides the destination when the messages are
    /// written, so the check of the sent messages must accept that destination too.
    @Test func carriersStatedInTheRecord() throws {
        let row = Self.header + "13012345678,106509719767,#001#鄂ICP备2019012345号-1#无变化#,2020-05-01\n" + Self.second
        let perMobile = setting(Records.hubei(), "requests", ["carrier": ["13012345678": "移动"]])
        let planned = try testEngine().hubeiAnnualReviewSMS(for: try validFiling(perMobile), request: .init(provider: "001", date: CalendarDate(iso: "2020-05-01")))
        #expect(planned.messages.first?.destination == "106509719767")
        #expect(try check(row, filing: perMobile).ok)
        let everyone = setting(Records.hubei(), "requests", ["carrier": "移动"])
        #expect(try check(row, filing: everyone).ok)
        // A per-mobile statement beats a carrier stated for everyone, as when writing messages.
        let both = setting(Records.hubei(), "requests", ["carrier": ["13012345678": "联通"]])
        #expect(try !check(row, filing: both, carrier: .chinaMobile).ok)
    }

    @Test func sendersWithoutARoute() throws {
        #expect(try rowErrors("13491234567,106509719767,#001#鄂ICP备2019012345号-1#无变化#,2020-05-01") == ["sms.satellite"])
        #expect(try rowErrors("19212345678,106509719767,#001#鄂ICP备2019012345号-1#无变化#,2020-05-01") == ["sms.no-route"])
        #expect(try rowErrors("14012345678,106509719767,#001#鄂ICP备2019012345号-1#无变化#,2020-05-01") == ["mobile.range"])
        #expect(try rowErrors("13812345678,106509719767,#001#鄂ICP备2019012345号-1#无变化#,yesterday") == ["sms-log.date"])
    }

    // MARK: Against a filing

    @Test func websitesWithoutAValidMessage() throws {
        let check = try check(Self.header + Self.first, filing: Records.hubei())
        #expect(!check.ok)
        #expect(check.rows.map(\.ok) == [true])
        #expect(check.missingWebsites == ["鄂ICP备2019012345号-2"])
        #expect(check.problems.map { "\($0.path) \($0.code)" } == ["websites[1] sms-log.missing"])
        #expect(check.text().string.contains("1 website(s) without a valid message: 鄂ICP备2019012345号-2"))
        // A failed row does not count.
        let wrong = Self.second.replacingOccurrences(of: "106509719767", with: "10690738140694920")
        #expect(try self.check(Self.header + Self.first + wrong, filing: Records.hubei()).missingWebsites == ["鄂ICP备2019012345号-2"])
        // Without a filing nothing is known to be missing.
        #expect(try self.check(Self.header + Self.first).ok)
    }

    @Test func appsNeedNoMessage() throws {
        var record = Records.hubei()
        record = setting(record, "websites", (record["websites"] as! [Any]) + [["name": "App", "filingNumber": "鄂ICP备2019012345号-3A"] as [String: Any]])
        #expect(try check(Self.header + Self.first + Self.second, filing: record).ok)
    }

    @Test func sendersMustBeResponsiblePeople() throws {
        // 13012345678 is website 0's responsible person, not website 1's: allowed with a warning
        // (TruthfulRulesTests); a mobile of nobody in the filing is refused.
        let row = "13912345678,106509719767,#001#鄂ICP备2019012345号-2#无变化#,2020-05-01"
        #expect(try rowErrors(row, filing: Records.hubei()) == ["sms.sender-not-responsible"])
        #expect(try rowErrors(row).isEmpty)
        // The subject's responsible person may send for any website.
        #expect(try rowErrors("13812345678,106509719767,#001#鄂ICP备2019012345号-1#无变化#,2020-05-01", filing: Records.hubei()).isEmpty)
    }

    @Test func foreignWebsites() throws {
        let row = "13812345678,106509719767,#001#鄂ICP备2019054321号-1#无变化#,2020-05-01"
        #expect(try rowErrors(row, filing: Records.hubei()) == ["sms-log.foreign-website"])
    }

    @Test func providerDifferentFromTheRecords() throws {
        let record = setting(Records.hubei(), "requests", ["provider": "022"])
        let check = try check(Self.header + Self.first + Self.second, filing: record)
        #expect(check.ok)
        #expect(check.rows.first?.problems.map(\.code) == ["sms-log.provider"])
    }

    @Test func jsonVerdict() throws {
        let check = try check(Self.header + Self.first, filing: Records.hubei())
        let object = try #require(try JSONSerialization.jsonObject(with: check.json().data) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
        #expect(object["missingWebsites"] as? [String] == ["鄂ICP备2019012345号-2"])
        let rows = try #require(object["rows"] as? [[String: Any]])
        try #require(rows.count == 1)
        #expect(rows[0]["ok"] as? Bool == true)
        #expect(rows[0]["line"] as? Int == 2)
    }
}

import Foundation
import Testing

@Suite("beian hubei-sms check")
struct HubeiSMSCheckCommandTests {
    @Test func completeLogPasses() throws {
        let result = try CLI.run(["hubei-sms", "check", "sms-log-ok.csv", "--filing", "hubei-filing.json"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("3 row(s): 3 ok, 0 failed\n"))
        #expect(result.stderr.isEmpty)
        #expect(try CLI.run(["hubei-sms", "check", "sms-log-ok.csv"]).status == 0)
    }

    @Test func badLogFails() throws {
        let result = try CLI.run(["hubei-sms", "check", "sms-log-bad.csv", "--filing", "hubei-filing.json"])
        #expect(result.status == 1)
        let text = result.stdout
        // Malformed body.
        #expect(text.contains("line 2: FAILED"))
        #expect(text.contains("has an empty field between two # signs"))
        // Wrong destination for the carrier on that date.
        #expect(text.contains("line 3: FAILED"))
        #expect(text.contains("on 2020-05-08 that carrier's code was 10690333740694920"))
        // Several records in one message.
        #expect(text.contains("line 4: FAILED"))
        #expect(text.contains("the message holds 2 records"))
        // Another carrier's code.
        #expect(text.contains("line 5: FAILED"))
        #expect(text.contains("18912345678 is a 中国电信 number"))
        // Websites without a valid message; the first record of line 4 counts.
        #expect(text.hasSuffix("4 row(s): 0 ok, 4 failed; 2 website(s) without a valid message: 鄂ICP备2019012345号-1, 鄂ICP备2019012345号-3\n"))
    }

    @Test func badLogFailsWithoutAFilingToo() throws {
        let result = try CLI.run(["hubei-sms", "check", "sms-log-bad.csv"])
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("4 row(s): 0 ok, 4 failed\n"))
    }

    @Test func missingWebsitesAloneFail() throws {
        let log = try String(contentsOf: Fixtures.directory.appending(path: "sms-log-ok.csv"), encoding: .utf8)
        let partial = log.split(separator: "\n").dropLast().joined(separator: "\n") + "\n"
        let result = try CLI.run(["hubei-sms", "check", "-", "--filing", "hubei-filing.json"], stdin: Data(partial.utf8))
        #expect(result.status == 1)
        #expect(result.stdout.contains("2 row(s): 2 ok, 0 failed; 1 website(s) without a valid message: 鄂ICP备2019012345号-3"))
    }

    @Test func carrierOption() throws {
        // Line 5 is right if 18912345678 moved to 中国移动.
        let log = "18912345678,106509719767,#001#鄂ICP备2019012345号-3#无变化#,2020-05-01\n"
        #expect(try CLI.run(["hubei-sms", "check", "-"], stdin: Data(log.utf8)).status == 1)
        #expect(try CLI.run(["hubei-sms", "check", "-", "--carrier", "18912345678=china-mobile"], stdin: Data(log.utf8)).status == 0)
    }

    @Test func jsonFormat() throws {
        let result = try CLI.run(["hubei-sms", "check", "sms-log-bad.csv", "--filing", "hubei-filing.json", "--format", "json"])
        #expect(result.status == 1)
        let verdict = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(verdict["ok"] as? Bool == false)
        #expect(verdict["missingWebsites"] as? [String] == ["鄂ICP备2019012345号-1", "鄂ICP备2019012345号-3"])
        let rows = try #require(verdict["rows"] as? [[String: Any]])
        #expect(rows.map { $0["ok"] as? Bool } == [false, false, false, false])
        let codes = rows.map { (($0["problems"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String } }
        #expect(codes == [["sms-body.fields"], ["sms-log.destination-date"], ["sms-log.several-records"], ["sms-log.destination-carrier"]])
        let ok = try CLI.run(["hubei-sms", "check", "sms-log-ok.csv", "--format", "json"])
        #expect(ok.status == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(ok.stdout.utf8)) as? [String: Any])?["ok"] as? Bool == true)
    }

    @Test func unreadableLogs() throws {
        let unclosed = try CLI.run(["hubei-sms", "check", "-"], stdin: Data("sender,destination,body,sentAt\n1,\"2,3\n".utf8))
        #expect(unclosed.status == 1)
        #expect(unclosed.stderr.contains("line 2"))
        let binary = try CLI.run(["hubei-sms", "check", "-"], stdin: Data([0xFF, 0xFE, 0xFD]))
        #expect(binary.status == 1)
        #expect(binary.stderr.contains("UTF-8"))
    }

    @Test(
        "usage errors exit 2",
        arguments: [
            ["hubei-sms", "check", "no-such-log.csv"],
            ["hubei-sms", "check", "sms-log-ok.csv", "--filing", "no-such-filing.json"],
            ["hubei-sms", "check", "sms-log-ok.csv", "--bogus"],
            ["hubei-sms", "check"],
        ])
    func usageErrors(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test func invalidFilingIsAnInputError() throws {
        let result = try CLI.run(["hubei-sms", "check", "sms-log-ok.csv", "--filing", "hubei-invalid.json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("hubei-invalid.json: error:"))
    }

    /// One file from plan to audit: the plan's CSV is checked before sending (rows right, websites
    /// still to send) and, with sentAt filled in, after.
    @Test func thePlansCSVIsCheckedBeforeAndAfterSending() throws {
        let scratch = try ScratchFolder()
        let plan = try CLI.run(["hubei-sms", "hubei-filing.json", "--provider", "001", "--date", "2020-05-01", "--format", "csv"])
        #expect(plan.status == 0)
        #expect(plan.stdout.hasPrefix("websiteFilingNumber,sender,carrier,destination,body,sentAt\n"))
        let planned = scratch.path("plan.csv")
        try Data(plan.stdout.utf8).write(to: planned)
        let before = try CLI.run(["hubei-sms", "check", planned.path, "--filing", "hubei-filing.json", "--date", "2020-05-01"])
        #expect(before.status == 1)
        #expect(!before.stdout.contains("FAILED"), "\(before.stdout)")
        #expect(before.stdout.contains("(not sent yet)"))
        #expect(before.stdout.contains("has a message planned on line 2, not sent yet"))
        let sent = scratch.path("sent.csv")
        try Data(plan.stdout.replacingOccurrences(of: "#,\n", with: "#,2020-05-01 10:00\n").utf8).write(to: sent)
        let after = try CLI.run(["hubei-sms", "check", sent.path, "--filing", "hubei-filing.json"])
        #expect(after.status == 0, "\(after.stdout)")
    }
}

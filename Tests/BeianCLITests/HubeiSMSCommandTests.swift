import Foundation
import Testing

@Suite("beian hubei-sms")
struct HubeiSMSCommandTests {
    static let base = ["hubei-sms", "hubei-filing.json", "--provider", "001", "--date", "2020-05-01"]

    func sms(_ extra: [String] = [], file: String = "hubei-filing.json") throws -> CLIResult {
        try CLI.run(["hubei-sms", file, "--provider", "001", "--date", "2020-05-01"] + extra)
    }

    /// The `--format json` messages.
    func messages(_ extra: [String] = []) throws -> [[String: String]] {
        let result = try sms(extra + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: String]])
    }

    // MARK: Golden outputs

    @Test("outputs match the golden files", arguments: ["text", "json", "csv", "uri"])
    func golden(format: String) throws {
        let result = try CLI.run(Self.base + ["--format", format])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        try Golden.check(result.stdout, against: "hubei-sms.\(format)")
    }

    @Test func textIsTheDefaultAndGenerateTheDefaultSubcommand() throws {
        let implicit = try CLI.run(Self.base)
        let explicit = try CLI.run(["hubei-sms", "generate", "hubei-filing.json", "--provider", "001", "--date", "2020-05-01", "--format", "text"])
        #expect(implicit.status == 0)
        #expect(implicit.stdout == explicit.stdout)
        #expect(implicit.stdout.contains("#001#鄂ICP备2019012345号-3#无变化#"))
    }

    @Test func jsonHasExactlyTheFiveKeys() throws {
        let messages = try messages()
        #expect(messages.count == 3)
        for message in messages {
            #expect(Set(message.keys) == ["websiteFilingNumber", "sender", "carrier", "destination", "body"])
        }
        #expect(messages.map { $0["sender"] } == ["13012345678", "13812345678", "18912345678"])
        #expect(messages.map { $0["carrier"] } == ["china-unicom", "china-mobile", "china-telecom"])
        #expect(messages.map { $0["destination"] } == ["10690661740694920", "106509719767", "10690738140694920"])
    }

    @Test func csvHasAHeader() throws {
        let result = try sms(["--format", "csv"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "websiteFilingNumber,sender,carrier,destination,body,sentAt")
        #expect(lines.count == 4)
    }

    @Test func uriLinks() throws {
        let result = try sms(["--format", "uri"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 3)
        #expect(lines[1].hasPrefix("sms:106509719767?body=%23001%23"))
        let body = try #require(lines[1].split(separator: "=", maxSplits: 1).last.map(String.init))
        #expect(body.removingPercentEncoding == "#001#鄂ICP备2019012345号-2#无变化#")
    }

    // MARK: Options

    @Test(
        "status and aliases",
        arguments: [
            ("无变化", "无变化"), ("已更新", "已更新"), ("已注销", "已注销"),
            ("unchanged", "无变化"), ("updated", "已更新"), ("deregistered", "已注销"),
        ])
    func status(spelling: String, written: String) throws {
        #expect(try messages(["--status", spelling]).allSatisfy { $0["body"]!.hasSuffix("#\(written)#") })
    }

    @Test func unicomCodeByDate() throws {
        let before = try CLI.run(["hubei-sms", "hubei-filing.json", "--provider", "001", "--date", "2020-05-05", "--format", "csv"])
        let after = try CLI.run(["hubei-sms", "hubei-filing.json", "--provider", "001", "--date", "2020-05-06", "--format", "csv"])
        #expect(before.stdout.contains(",china-unicom,10690661740694920,"))
        #expect(after.stdout.contains(",china-unicom,10690333740694920,"))
        #expect(!after.stdout.contains("10690661740694920"))
    }

    @Test func senderOption() throws {
        #expect(try messages(["--sender", "13812345678"]).map { $0["sender"] } == ["13812345678", "13812345678", "13812345678"])
        let chosen = try messages(["--sender", "18912345678", "--website", "鄂ICP备2019012345号-3"])
        #expect(chosen.map { $0["websiteFilingNumber"] } == ["鄂ICP备2019012345号-3"])
        #expect(chosen.map { $0["sender"] } == ["18912345678"])
    }

    @Test func senderMustBeAResponsiblePerson() throws {
        let result = try sms(["--sender", "13912345678"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("13912345678"))
        #expect(result.stderr.contains("websites[0]"))
    }

    @Test func carrierOptions() throws {
        #expect(try messages(["--carrier", "china-telecom"]).map { $0["destination"] } == ["10690738140694920", "10690738140694920", "10690738140694920"])
        let moved = try messages(["--carrier", "13012345678=移动"])
        #expect(moved.map { $0["carrier"] } == ["china-mobile", "china-mobile", "china-telecom"])
        #expect(moved.map { $0["destination"] } == ["106509719767", "106509719767", "10690738140694920"])
    }

    @Test func defaultDateWarnsThatTheReviewClosed() throws {
        let result = try CLI.run(["hubei-sms", "hubei-filing.json", "--provider", "001", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning:"))
        #expect(result.stderr.contains("2020-07-31"))
    }

    // MARK: Refusals

    @Test("provider codes are three digits", arguments: ["1", "0001", "abc"])
    func badProvider(code: String) throws {
        let result = try CLI.run(["hubei-sms", "hubei-filing.json", "--provider", code, "--date", "2020-05-01"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: --provider:"))
        #expect(result.stderr.contains("'\(code)' is not a provider code"))
    }

    @Test func unknownProviderCodePrintsNoEmptyName() throws {
        #expect(try sms().stdout.contains("接入商编号 001（阿里云计算有限公司），"))
        let result = try CLI.run(["hubei-sms", "hubei-filing.json", "--provider", "123", "--date", "2020-05-01"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("接入商编号 123，按 2020年5月1日 发送计算"), "\(result.stdout)")
        #expect(!result.stdout.contains("（）"))
    }

    @Test func providerMissing() throws {
        let result = try CLI.run(["hubei-sms", "hubei-filing.json", "--date", "2020-05-01"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--provider"))
    }

    @Test func notHubei() throws {
        let result = try sms(file: "beijing-filing.json")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("subject.filingNumber"))
        #expect(result.stderr.contains("Hubei"))
    }

    @Test func appNumbers() throws {
        let result = try sms(file: "hubei-app.json")
        #expect(result.status == 1)
        #expect(result.stderr.contains("websites[1].filingNumber"))
        #expect(result.stderr.contains("App"))
        #expect(try sms(["--website", "鄂ICP备2019012345号-1"], file: "hubei-app.json").status == 0)
    }

    @Test func noWebsite() throws {
        var record = try #require(try JSONSerialization.jsonObject(with: Fixtures.data("hubei-filing.json")) as? [String: Any])
        record["websites"] = [Any]()
        let result = try CLI.run(
            ["hubei-sms", "-", "--provider", "001", "--date", "2020-05-01"],
            stdin: try JSONSerialization.data(withJSONObject: record))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("-: error: websites: "))
    }

    @Test func satelliteAndBroadnetSendersSayWhatToDo() throws {
        for mobile in ["13491234567", "19212345678"] {
            var record = try #require(try JSONSerialization.jsonObject(with: Fixtures.data("hubei-filing.json")) as? [String: Any])
            var subject = try #require(record["subject"] as? [String: Any])
            subject["owner"] = ["name": "张三", "mobile": mobile]
            record["subject"] = subject
            let result = try CLI.run(
                ["hubei-sms", "-", "--provider", "001", "--date", "2020-05-01"],
                stdin: try JSONSerialization.data(withJSONObject: record))
            #expect(result.status == 1)
            #expect(result.stderr.contains("-: error: subject.owner.mobile: \(mobile)"))
            #expect(result.stderr.contains("hint: send from"))
            #expect(result.stderr.contains("--sender"))
            // Only website 1 falls back to the subject's mobile; the others have their own.
            let others = try CLI.run(
                ["hubei-sms", "-", "--provider", "001", "--date", "2020-05-01", "--website", "鄂ICP备2019012345号-1"],
                stdin: try JSONSerialization.data(withJSONObject: record))
            #expect(others.status == 0)
        }
    }

    @Test func virtualOperatorWarning() throws {
        var record = try #require(try JSONSerialization.jsonObject(with: Fixtures.data("hubei-filing.json")) as? [String: Any])
        var subject = try #require(record["subject"] as? [String: Any])
        subject["owner"] = ["name": "张三", "mobile": "17031234567"]
        record["subject"] = subject
        let result = try CLI.run(
            ["hubei-sms", "-", "--provider", "001", "--date", "2020-05-01", "--format", "csv"],
            stdin: try JSONSerialization.data(withJSONObject: record))
        #expect(result.status == 0)
        #expect(result.stdout.contains("鄂ICP备2019012345号-2,17031234567,china-mobile,106509719767,"))
        #expect(result.stderr.contains("-: warning: subject.owner.mobile: 17031234567 belongs to a virtual operator"))
    }

    @Test func invalidFilingIsNotSent() throws {
        let result = try sms(file: "hubei-invalid.json")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("hubei-invalid.json: error: websites[1].filingNumber:"))
    }

    @Test func unknownWebsite() throws {
        let result = try sms(["--website", "鄂ICP备2019012345号-9"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("鄂ICP备2019012345号-9"))
    }

    @Test(
        "usage errors exit 2",
        arguments: [
            ["--bogus"], ["--status", "changed"], ["--carrier", "铁通"], ["--carrier", "1234=china-mobile"],
            ["--date", "2020-02-30"], ["--format", "pdf"],
        ])
    func usageErrors(extra: [String]) throws {
        let result = try sms(extra)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test func missingFile() throws {
        let result = try sms(file: "no-such-file.json")
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-file.json"))
    }

    @Test func standardInput() throws {
        let result = try CLI.run(
            ["hubei-sms", "-", "--provider", "001", "--date", "2020-05-01", "--format", "csv"],
            stdin: try Fixtures.data("hubei-filing.json"))
        #expect(result.status == 0)
        #expect(result.stdout == (try CLI.run(Self.base + ["--format", "csv"]).stdout))
    }

    // MARK: Templates

    @Test func bodyTemplateWithAWrongFormat() throws {
        let result = try sms(["--templates", "templates/bad-format"])
        #expect(result.status == 3)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("sms/hubei-annual-review-body.mustache: error: "))
        #expect(result.stderr.contains("#001#鄂ICP备2019012345号-1#"))
    }

    @Test func bodyTemplateWithASyntaxError() throws {
        let result = try sms(["--templates", "templates/bad-syntax"])
        #expect(result.status == 3)
        #expect(result.stdout.isEmpty)
        // file:line:column: error: message
        let prefix = "sms/hubei-annual-review-body.mustache:2:"
        #expect(result.stderr.hasPrefix(prefix))
        let column = result.stderr.dropFirst(prefix.count).prefix { $0.isNumber }
        #expect(!column.isEmpty)
        #expect(result.stderr.dropFirst(prefix.count + column.count).hasPrefix(": error: "))
    }

    @Test func textTemplateOverride() throws {
        let result = try sms(["--templates", "templates/custom-text"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                13012345678 → 10690661740694920: #001#鄂ICP备2019012345号-1#无变化#
                13812345678 → 106509719767: #001#鄂ICP备2019012345号-2#无变化#
                18912345678 → 10690738140694920: #001#鄂ICP备2019012345号-3#无变化#

                """)
    }

    @Test func missingTemplateFolderIsAUsageError() throws {
        let result = try sms(["--templates", "templates/no-such-folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("templates/no-such-folder"))
    }
}

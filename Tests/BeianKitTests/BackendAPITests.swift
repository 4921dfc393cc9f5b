@testable import BeianKit
import Foundation
import Synchronization
import Testing

/// What a backend meets when it builds values in code instead of reading JSON.
@Suite("backend API") struct BackendAPITests {
    /// The errors the JSON path reports for a record, as `path code` strings.
    func jsonErrors(_ record: [String: Any]) throws -> [String] {
        let data = try JSONSerialization.data(withJSONObject: record)
        return Filing.read(jsonData: data, options: testOptions).diagnostics.errors.map { "\($0.path) \($0.code)" }
    }

    @Test func anAgentBuiltInCodeIsCheckedLikeTheRecordsAgentId() throws {
        let filing = try validFiling(Records.hubei())
        let agent = Agent(name: "赵六", certificate: Certificate(type: .residentID, number: "hello"))
        let typed = try requireInputError {
            try testEngine().authorizationLetter(for: filing, request: AuthorizationRequest(agent: agent, scope: .deregistration))
        }
        var record = Records.hubei()
        record["requests"] = ["agentName": "赵六", "agentId": "hello", "scope": "deregistration"]
        #expect(typed.diagnostics.errors.map { "\($0.path) \($0.code)" } == (try jsonErrors(record)))
        #expect(typed.diagnostics.errors.map(\.path) == ["requests.agentId"])
    }

    @Test func aWrongCheckDigitInCodeIsRefused() throws {
        let filing = try validFiling(Records.hubei())
        let agent = Agent(name: "赵六", certificate: Certificate(type: .residentID, number: "420102198503151235"))
        let error = try requireInputError {
            try testEngine().authorizationLetter(for: filing, request: AuthorizationRequest(agent: agent, scope: .deregistration))
        }
        #expect(error.diagnostics.errors.map(\.path) == ["requests.agentId"])
    }

    @Test func aFilingBuiltInCodeIsCheckedLikeJSON() throws {
        let good = try validFiling(Records.hubei())
        var subject = good.subject
        subject.name = String(repeating: "名", count: 300) + "\u{202E}\u{0}"
        subject.certificate = Certificate(type: .unifiedSocialCreditCode, number: "91420100MA4K2X9Y9Q")
        let error = #expect(throws: InputError.self) { try Filing(subject: subject, websites: good.websites, options: testOptions) }
        var record = Records.hubei()
        var subjectFields = record["subject"] as! [String: Any]
        subjectFields["name"] = subject.name
        subjectFields["certificate"] = ["type": "unified-social-credit-code", "number": "91420100MA4K2X9Y9Q"]
        record["subject"] = subjectFields
        let expected = try jsonErrors(record)
        #expect(!expected.isEmpty)
        #expect(error?.diagnostics.errors.map { "\($0.path) \($0.code)" } == expected)
    }

    @Test func aFilingBuiltInCodeIsNormalisedLikeJSON() throws {
        let good = try validFiling(Records.hubei())
        var subject = good.subject
        subject.certificate = Certificate(type: .unifiedSocialCreditCode, number: "  91420100ma4k2x9y9p ")
        let filing = try Filing(subject: subject, websites: good.websites, options: testOptions)
        #expect(filing.subject.certificate.number == good.subject.certificate.number)
    }

    /// Values built in code reach the engine through their record form: a key left out of it is
    /// a request silently dropped (as `onlineAttempted` and `shell` once were).
    @Test func everyRequestKeySurvivesTheRecordForm() throws {
        let record: [String: JSONValue] = [
            "provider": "001", "status": "无变化", "websiteStatus": ["鄂ICP备2019012345号-1": "已更新"],
            "sender": "13812345678", "carrier": ["13812345678": "china-mobile"], "date": "2026-11-22",
            "websites": ["鄂ICP备2019012345号-1"], "reason": "网站不再运营", "category": "own", "basis": "subject",
            "applicantName": "武汉云帆科技有限公司", "applicantCertificateType": "unified-social-credit-code",
            "applicantCertificateNumber": "91420100MA4K2X9Y9P", "contactName": "张三", "contactMobile": "13812345678",
            "contactEmail": "a@example.com", "onlineAttempted": true, "shell": true, "providerUnknown": true,
            "agentName": "赵六", "agentIdType": "resident-id", "agentId": "420102198503151234", "agentMobile": "13912345678",
            "scope": "transfer", "fromAccount": "a", "toAccount": "b",
            "validFrom": "2026-11-22", "validUntil": "2026-12-22", "noSeal": true,
        ]
        let scopeText: Set = ["scopeText"]
        #expect(Set(record.keys).union(scopeText) == DocumentRequests.keys, "the record above names every key")
        let (read, problems) = DocumentRequests.read(commandLine: record)
        #expect(problems.errors.isEmpty, "\(problems)")
        let requests = try #require(read)
        #expect(Set(RecordForm.requests(requests).keys) == Set(record.keys))
        #expect(RecordForm.requests(requests) == record)
    }

    @Test func requestsReadFromABodyAreCheckedAtTheirRecordPaths() throws {
        let requests = try DocumentRequests(json: ["reason": "网站不再运营", "websites": ["鄂ICP备2019012345号-1"]])
        #expect(requests.reason == "网站不再运营")
        #expect(requests.websites == ["鄂ICP备2019012345号-1"])
        let error = #expect(throws: InputError.self) {
            try DocumentRequests(json: ["websites": [1], "noSeal": "yes", "colour": "red"])
        }
        #expect(
            Set(error?.diagnostics.map(\.path.description) ?? [])
                == ["requests.websites[0]", "requests.noSeal", "requests.colour"])
    }

    @Test func hintsNameTheRequestFieldNotACommandLineOption() throws {
        let filing = try DocumentFixtures.filing("shandong-filing.json")
        let error = try requireInputError {
            try testEngine().document(.shandongMail, for: filing, requests: DocumentRequests())
        }
        let reason = try #require(error.diagnostics.errors.first { $0.path == "requests.reason" })
        #expect(reason.hint == "give requests.reason, e.g. 网站不再运营")
        #expect(DocumentRequests.commandLineOption(for: "agentId") == "--agent-id")
        #expect(DocumentRequests.commandLineOption(for: "websites") == "--website")
    }

    @Test func theEngineAsksItsClockOnEveryCall() throws {
        let day = Mutex(CalendarDate(year: 2026, month: 11, day: 23)!)
        let engine = try BeianEngine(clock: CalendarClock { day.withLock { $0 } })
        let filing = try validFiling(Records.hubei())
        let first = try engine.deregistrationForm(for: filing, request: .init(reason: "网站不再运营")).text().string
        day.withLock { $0 = CalendarDate(year: 2026, month: 12, day: 2)! }
        let second = try engine.deregistrationForm(for: filing, request: .init(reason: "网站不再运营")).text().string
        #expect(first.contains("2026年11月23日"))
        #expect(second.contains("2026年12月2日"))
    }

    @Test func errorsAreOneCodableType() throws {
        let filing = try validFiling(Records.beijing())
        let thrown = try #require(throws: BeianError.self) {
            try testEngine().hubeiAnnualReviewSMS(for: filing, provider: "001")
        }
        let data = try JSONEncoder().encode(thrown)
        let decoded = try JSONDecoder().decode(BeianError.self, from: data)
        #expect(decoded == thrown)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["kind"] as? String == "input")
        let template = BeianError.template(TemplateError(file: "x.mustache", line: 3, column: 4, message: "broken"))
        #expect(try JSONDecoder().decode(BeianError.self, from: JSONEncoder().encode(template)) == template)
    }

    @Test func brokenJSONCarriesLineAndColumnAsFields() throws {
        let reading = Filing.read(jsonData: Data("{\n  \"subject\": ,\n}".utf8))
        let problem = try #require(reading.diagnostics.first)
        #expect(problem.code == "json.syntax")
        #expect(problem.line == 2)
        #expect(problem.column != nil)
    }

    @Test func outputsAreRenderedFilesWithMediaTypeAndName() throws {
        let filing = try validFiling(Records.hubei())
        let engine = try testEngine()
        let form = try engine.deregistrationForm(for: filing, request: .init(reason: "网站不再运营"))
        #expect(form.docx().mediaType == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        #expect(form.docx().fileName.hasSuffix("-deregistration-form.docx"))
        #expect(form.html().mediaType.hasPrefix("text/html"))
        let plan = try engine.hubeiAnnualReviewSMS(for: filing, provider: "001")
        let csv = try engine.render(plan, as: .csv)
        #expect(csv.mediaType.hasPrefix("text/csv"))
        #expect(csv.fileName.hasSuffix("-hubei-sms.csv"))
    }
}

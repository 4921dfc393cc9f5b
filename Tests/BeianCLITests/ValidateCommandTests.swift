import Foundation
import Testing

@Suite("beian validate")
struct ValidateCommandTests {
    @Test func validFiling() throws {
        let result = try CLI.run(["validate", "hubei-filing.json"])
        #expect(result.status == 0)
        #expect(result.stdout == "hubei-filing.json: valid (0 error(s), 0 warning(s) or note(s))\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func invalidFilingPrintsEveryProblem() throws {
        let result = try CLI.run(["validate", "hubei-invalid.json"])
        #expect(result.status == 1)
        #expect(result.stdout == "hubei-invalid.json: invalid (11 error(s), 1 warning(s) or note(s))\n")
        for line in [
            "hubei-invalid.json: error: subject.name: the text contains the invisible or control character U+200B",
            "hubei-invalid.json: error: subject.certificate.number: '91420100MA4K2X9Y9Q' fails its check character",
            "hubei-invalid.json: error: subject.owner.mobile: '14012345678' is not in a mobile range in use",
            "hubei-invalid.json: error: subject.owner.email:",
            "hubei-invalid.json: error: websites[0].domains[0]:",
            "hubei-invalid.json: error: websites[0].owner.idNumber:",
            "hubei-invalid.json: error: websites[1].name:",
            "hubei-invalid.json: error: websites[1].filingNumber: '京ICP证030173号' is an ICP operating licence number (ICP证), not a filing number",
            "hubei-invalid.json: error: websites[2].filingNumber:",
            "hubei-invalid.json: error: websites[3].name: the text contains the invisible or control character U+202E",
            "hubei-invalid.json: error: websites[3].domainExpired:",
            "hubei-invalid.json: warning: subject.adress:",
        ] {
            #expect(result.stderr.contains(line), "stderr lacks: \(line)")
        }
        // Errors before warnings; a hint under each problem that has one.
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("hubei-invalid.json: ") }.count == 12)
        #expect(lines.last { $0.hasPrefix("hubei-invalid.json: ") }?.contains("warning:") == true)
        #expect(result.stderr.contains("  hint: did you mean 'address'?"))
    }

    @Test func jsonFormat() throws {
        let result = try CLI.run(["validate", "--format", "json", "hubei-invalid.json", "hubei-filing.json"])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        try Golden.check(result.stdout, against: "validate-invalid.json")
        let files = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        try #require(files.count == 2)
        #expect(files.map { $0["file"] as? String } == ["hubei-invalid.json", "hubei-filing.json"])
        #expect(files.map { $0["valid"] as? Bool } == [false, true])
        let diagnostics = try #require(files[0]["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 12)
        #expect(diagnostics.contains { $0["path"] as? String == "websites[1].filingNumber" && $0["severity"] as? String == "error" })
        for diagnostic in diagnostics {
            #expect(Set(diagnostic.keys).isSuperset(of: ["severity", "path", "code", "message"]))
        }
        #expect((files[1]["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func warningsAloneExitZero() throws {
        let result = try CLI.run(["validate", "hubei-warnings.json"])
        #expect(result.status == 0)
        #expect(result.stdout == "hubei-warnings.json: valid (0 error(s), 3 warning(s) or note(s))\n")
        #expect(result.stderr.contains("hubei-warnings.json: warning: subject.owner.mobile:"))
        #expect(result.stderr.contains("hubei-warnings.json: warning: websites[0].name:"))
        #expect(!result.stderr.contains("error:"))
    }

    @Test func anyInvalidFileFailsTheRun() throws {
        #expect(try CLI.run(["validate", "hubei-filing.json", "beijing-filing.json"]).status == 0)
        let result = try CLI.run(["validate", "hubei-filing.json", "hubei-invalid.json", "beijing-filing.json"])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 3)
    }

    @Test func standardInput() throws {
        let valid = try CLI.run(["validate", "-"], stdin: try Fixtures.data("hubei-filing.json"))
        #expect(valid.status == 0)
        #expect(valid.stdout == "-: valid (0 error(s), 0 warning(s) or note(s))\n")
        let notJSON = try CLI.run(["validate", "-"], stdin: Data("{\"subject\": ".utf8))
        #expect(notJSON.status == 1)
        #expect(notJSON.stderr.contains("-: error: the input is not valid JSON"))
    }

    @Test(
        "usage errors exit 2",
        arguments: [
            ["validate", "no-such-file.json"],
            ["validate"],
            ["validate", "--bogus", "hubei-filing.json"],
            ["validate", "--format", "yaml", "hubei-filing.json"],
            ["no-such-command"],
        ])
    func usageErrors(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test func missingFileIsNamed() throws {
        let result = try CLI.run(["validate", "no-such-file.json"])
        #expect(result.stderr.contains("no-such-file.json"))
        #expect(result.stderr.contains("no such file"))
    }

    @Test func helpExitsZero() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("validate"))
        #expect(result.stdout.contains("hubei-sms"))
    }

    /// A pipe has no size: `<(cat filing.json)` names one, as does /dev/stdin fed by a pipe.
    @Test func aPipeNamedAsAFileIsRead() throws {
        let result = try CLI.run(["validate", "/dev/stdin"], stdin: try Fixtures.data("hubei-filing.json"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("/dev/stdin: valid"))
    }

    @Test func batchFilesAreValidatedRecordByRecordWithTheirLines() throws {
        let csv = try CLI.run(["validate", "batch-chinese-headers.csv"])
        #expect(csv.status == 1)
        #expect(csv.stderr.contains("batch-chinese-headers.csv:5: error: subject.certificate.number: "), "\(csv.stderr)")
        #expect(csv.stdout.contains("batch-chinese-headers.csv: 3 record(s), 2 valid, 1 invalid"))
        let json = try CLI.run(["validate", "--format", "json", "batch-mixed.jsonl"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(records.count > 1)
        let text = String(decoding: try Fixtures.data("batch-mixed.jsonl"), as: UTF8.self)
        let recordLines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { !$0.element.trimmingCharacters(in: .whitespaces).isEmpty }.map { $0.offset + 1 }
        #expect(records.map { $0["line"] as? Int } == recordLines.map { $0 })
        #expect(records.first?["id"] as? String == "r0")
    }
}

import Foundation
import Testing

@Suite("beian document commands")
struct DocumentCommandTests {
    /// Runs a case in text format; returns the run and the document it wrote.
    func text(_ item: DocumentCase, scratch: borrowing ScratchFolder) throws -> (CLIResult, String) {
        let result = try CLI.run(item.arguments(format: "text", into: scratch.url))
        let file = scratch.path(item.stem + ".txt")
        return (result, (try? String(contentsOf: file, encoding: .utf8)) ?? "")
    }

    // MARK: Golden documents

    @Test("each document matches its golden text", arguments: DocumentCase.all)
    func golden(_ item: DocumentCase) throws {
        let scratch = try ScratchFolder()
        let (result, document) = try text(item, scratch: scratch)
        try #require(result.status == 0, "exit \(result.status): \(result.stderr)")
        #expect(result.stdout == scratch.path(item.stem + ".txt").path + "\n", "stdout names the file written")
        #expect(try scratch.files() == [item.stem + ".txt"], "exactly one file, named from the filing number")
        try Golden.check(document, against: item.name + ".txt")
    }

    @Test("each document says what its variant requires", arguments: DocumentCase.all)
    func contents(_ item: DocumentCase) throws {
        let scratch = try ScratchFolder()
        let (result, document) = try text(item, scratch: scratch)
        try #require(result.status == 0, "exit \(result.status): \(result.stderr)")
        for text in item.contains {
            #expect(document.contains(text), "\(item.name) lacks: \(text)")
        }
        for text in item.lacks {
            #expect(!document.contains(text), "\(item.name) should not hold: \(text)")
        }
        for line in item.diagnostics {
            #expect(result.stderr.contains(line), "stderr lacks: \(line)\n\(result.stderr)")
        }
        for line in item.lacksDiagnostics {
            #expect(!result.stderr.contains(line), "stderr should not hold: \(line)\n\(result.stderr)")
        }
        // Diagnostics go to stderr only, never into the document or stdout.
        #expect(!document.contains("warning:") && !document.contains("note:"))
        #expect(!result.stdout.contains("warning") && !result.stdout.contains("note"))
    }

    @Test("the date printed is --date, in Chinese")
    func datePrinted() throws {
        let scratch = try ScratchFolder()
        let item = DocumentCase.all[0]
        let result = try CLI.run(item.arguments + ["--date", "2027-01-05", "--format", "text", "-o", scratch.url.path])
        #expect(result.status == 0)
        let document = try String(contentsOf: scratch.path(item.stem + ".txt"), encoding: .utf8)
        #expect(document.contains("2027年1月5日"))
        #expect(!document.contains("2026年11月22日"))
    }

    // MARK: Refusals

    /// Runs a command that must fail; nothing may be written.
    func refused(_ arguments: [String], status: Int32 = 1) throws -> String {
        let scratch = try ScratchFolder()
        let result = try CLI.run(arguments + ["--date", DocumentCase.date, "--format", "docx", "-o", scratch.path("out").path])
        #expect(result.status == status, "exit \(result.status): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path), "a refused document wrote files")
        return result.stderr
    }

    @Test func fujianHasNoOfflineRoute() throws {
        let stderr = try refused(["deregistration-form", "fujian-filing.json", "--reason", "网站不再运营"])
        #expect(stderr.contains("fujian-filing.json: error: subject.filingNumber: 福建省 does not take offline deregistration applications"))
        #expect(stderr.contains("contact the Fujian communications administration (福建省通信管理局)"))
    }

    @Test func shandongTakesNoForm() throws {
        let stderr = try refused(["deregistration-form", "shandong-filing.json", "--reason", "公司已注销"])
        #expect(stderr.contains("error: subject.filingNumber: 山东省 takes mailed materials, not a form"))
        #expect(stderr.contains("beian shandong-mail"))
    }

    @Test func shandongMailIsForShandongOnly() throws {
        let stderr = try refused(["shandong-mail", "hubei-filing.json", "--reason", "网站不再运营"])
        #expect(stderr.contains("error: subject.filingNumber: the Shandong mailing package is for Shandong (鲁) filings; this one is filed in 湖北省"))
        #expect(stderr.contains("hint: use beian deregistration-form for this filing"))
    }

    @Test func shandongMailNeedsAReason() throws {
        let stderr = try refused(["shandong-mail", "shandong-filing.json"])
        #expect(stderr.contains("error: --reason: the 注销申请书 must state the reason for deregistration"))
        #expect(stderr.contains("hint: give --reason, e.g. 网站不再运营"), "a command's hints name its options")
        #expect(!stderr.contains("warning: --reason"), "the missing reason is an error here, not also a warning")
    }

    @Test func websiteOfAnotherProvince() throws {
        let stderr = try refused(["deregistration-form", "hubei-filing.json", "--website", "粤ICP备2020056789号-1", "--reason", "x"])
        #expect(stderr.contains("error: --website[0]: '粤ICP备2020056789号-1' is a 广东 number; this application goes to 湖北省通信管理局"))
        #expect(stderr.contains("hint: apply to 广东省通信管理局 separately for that number"))
        // The run does not cancel the subject, so it must not say it would.
        #expect(!stderr.contains("cancelling the subject number"), "\(stderr)")
    }

    @Test func unknownWebsite() throws {
        let stderr = try refused(["deregistration-form", "hubei-filing.json", "--website", "鄂ICP备2019012345号-9", "--reason", "x"])
        #expect(stderr.contains("error: --website[0]: '鄂ICP备2019012345号-9' is not a website of this filing"))
        #expect(stderr.contains("hint: use one of: 鄂ICP备2019012345号-1, 鄂ICP备2019012345号-2, 鄂ICP备2019012345号-3"))
        #expect(!stderr.contains("cancelling the subject number"), "\(stderr)")
    }

    @Test func subjectNumberAsWebsite() throws {
        let stderr = try refused(["deregistration-form", "hubei-filing.json", "--website", "鄂ICP备2019012345号", "--reason", "x"])
        #expect(stderr.contains("is the subject number; --website takes website numbers"))
    }

    @Test func cancellingEveryWebsiteRecommendsTheSubject() throws {
        let scratch = try ScratchFolder()
        let websites = (1...3).flatMap { ["--website", "鄂ICP备2019012345号-\($0)"] }
        let result = try CLI.run(
            ["deregistration-form", "hubei-filing.json", "--reason", "x"] + websites
                + ["--date", DocumentCase.date, "--format", "text", "-o", scratch.url.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: --website: cancelling every website leaves the subject 鄂ICP备2019012345号 without websites"))
        #expect(result.stderr.contains("hint: to close everything, cancel the subject instead: leave out --website"))
        #expect(try scratch.files() == ["hubei-2019012345-sites-1-2-3-deregistration-form.txt"])
        // Two of three is not every website.
        let two = try CLI.run(
            ["deregistration-form", "hubei-filing.json", "--reason", "x"] + websites.prefix(4)
                + ["--date", DocumentCase.date, "--format", "text", "-o", scratch.url.path])
        #expect(two.status == 0)
        #expect(!two.stderr.contains("cancelling every website"))
    }

    @Test func missingReasonOnAFormIsAWarning() throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run(["deregistration-form", "hubei-filing.json", "--date", DocumentCase.date, "--format", "text", "-o", scratch.url.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: --reason: no reason is given"))
    }

    @Test func letterWithoutAgentScopeOrRepresentative() throws {
        // The Beijing fixture has no legal representative.
        let stderr = try refused(["authorization-letter", "beijing-filing.json"])
        #expect(stderr.contains("beijing-filing.json: error: --scope: the letter needs a scope"))
        #expect(stderr.contains("beijing-filing.json: error: --agent-name: the letter needs the agent (受托人)"))
        #expect(stderr.contains("beijing-filing.json: error: subject.legalRepresentative: the letter names the unit's legal representative"))
    }

    @Test func agentIDWithABadCheckDigit() throws {
        let stderr = try refused(
            [
                "authorization-letter", "hubei-filing.json", "--agent-name", "赵六",
                "--agent-id", "110105194912310021", "--scope", "change",
            ], status: 2)
        #expect(stderr.contains("error: --agent-id: '110105194912310021' fails its check digit"))
    }

    @Test func transferNeedsBothAccounts() throws {
        let stderr = try refused(
            ["authorization-letter", "hubei-filing.json"] + DocumentCase.agent
                + ["--scope", "transfer", "--from-account", "1234567890"], status: 2)
        #expect(stderr.contains("error: --to-account: a transfer names the account the filing leaves and the one it moves to"))
    }

    @Test(
        "a person's filing has no letter for scopes other than transfer",
        arguments: [
            ["--scope", "deregistration"], ["--scope", "change"], ["--scope-text", "办理备案核查整改"],
        ])
    func personLetterRefused(scope: [String]) throws {
        let stderr = try refused(["authorization-letter", "hubei-person.json"] + DocumentCase.agent + scope)
        #expect(stderr.contains("hubei-person.json: error: subject.nature: an authorization letter is a unit's document"))
        #expect(stderr.contains("hint: for a transfer, --scope transfer gives the person's transfer checklist"))
    }

    @Test("an invalid filing is refused before any document", arguments: ["deregistration-form", "shandong-mail", "authorization-letter"])
    func invalidFiling(command: String) throws {
        let stderr = try refused([command, "hubei-invalid.json"])
        #expect(stderr.contains("hubei-invalid.json: error: subject.certificate.number:"))
    }

    @Test func missingTemplateFolderIsAUsageError() throws {
        let stderr = try refused(
            ["deregistration-form", "hubei-filing.json", "--reason", "x", "--templates", "templates/no-such-folder"],
            status: 2)
        #expect(stderr.contains("templates/no-such-folder"))
    }

    @Test func anExistingFileIsReplacedWithANoteOrKeptWithNoClobber() throws {
        let scratch = try ScratchFolder()
        let arguments = [
            "deregistration-form", "hubei-filing.json", "--reason", "x", "--date", DocumentCase.date,
            "--format", "text", "-o", scratch.url.path,
        ]
        let first = try CLI.run(arguments)
        #expect(first.status == 0)
        #expect(!first.stderr.contains("replaced"))
        let written = scratch.path("hubei-2019012345-deregistration-form.txt")
        try Data("kept".utf8).write(to: written)
        let refused = try CLI.run(arguments + ["--no-clobber"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("exists and --no-clobber was given"))
        #expect(try String(contentsOf: written, encoding: .utf8) == "kept")
        let again = try CLI.run(arguments)
        #expect(again.status == 0)
        #expect(again.stderr.contains("note: replaced \(written.path), which existed"))
        #expect(try String(contentsOf: written, encoding: .utf8) != "kept")
    }
}

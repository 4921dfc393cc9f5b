import Foundation
import Testing

/// Issue 11: what every document must say, and must not say, whatever its variant.
@Suite("The forms say only what is true")
struct TruthfulDocumentTests {
    func text(_ item: DocumentCase) throws -> (stderr: String, document: String) {
        let scratch = try ScratchFolder()
        let result = try CLI.run(item.arguments(format: "text", into: scratch.url))
        try #require(result.status == 0, "exit \(result.status): \(result.stderr)")
        return (result.stderr, try String(contentsOf: scratch.path(item.stem + ".txt"), encoding: .utf8))
    }

    @Test("no document points to a page by its number (item 9)", arguments: DocumentCase.all)
    func noPageNumbersInText(_ item: DocumentCase) throws {
        let document = try text(item).document
        #expect(
            document.range(of: "第[0-9０-９一二三四五六七八九十]+页", options: .regularExpression) == nil,
            "\(item.name) refers to a page by number")
    }

    @Test(
        "every deregistration says a submission cannot be withdrawn, and warns about unapproved suffixes only (items 11, 12)",
        arguments: DocumentCase.all.filter(\.deregisters))
    func deregistrationNotices(_ item: DocumentCase) throws {
        let (stderr, wrapped) = try text(item)
        // The text writer wraps notes, so a phrase may straddle a line end.
        let document = wrapped.replacingOccurrences(of: "\n", with: "")
        #expect(document.contains("一经提交不能撤回"), "\(item.name) lacks the no-withdrawal notice")
        #expect(document.contains("未经工信部批复的域名后缀"), "\(item.name) lacks the domain-suffix notice")
        // Every fixture's domains are under .cn, which is China's own and approved: no warning.
        #expect(!stderr.contains("warning: websites: after deregistration"), "\(item.name): a .cn domain was warned about\n\(stderr)")
    }

    // MARK: Refusals (item 8)

    @Test(
        "a refused run reports the refusal and nothing of the outcome",
        arguments: [
            ["deregistration-form", "fujian-filing.json", "--reason", "网站不再运营"],
            ["deregistration-form", "shandong-filing.json", "--reason", "公司已注销"],
        ])
    func refusalSaysNothingOfTheOutcome(_ arguments: [String]) throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run(arguments + ["--date", DocumentCase.date, "-o", scratch.path("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: subject.filingNumber"))
        #expect(!result.stderr.contains("also cancels"), "\(result.stderr)")
        #expect(!result.stderr.contains("note:"), "\(result.stderr)")
    }

    // MARK: No-seal letters (item 3)

    @Test("Fujian's refusal, which points to other routes, says a submission cannot be withdrawn (item 12)")
    func fujianSaysNoWithdrawal() throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run(["deregistration-form", "fujian-filing.json", "--reason", "网站不再运营", "-o", scratch.path("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a submitted deregistration cannot be withdrawn"), "\(result.stderr)")
    }

    @Test("--no-seal is refused for a limited company, with the reason")
    func noSealForACompany() throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run(
            ["authorization-letter", "hubei-filing.json"] + DocumentCase.agent
                + ["--scope", "deregistration", "--no-seal", "--date", DocumentCase.date, "-o", scratch.path("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: --no-seal: "), "\(result.stderr)")
        #expect(result.stderr.contains("个体工商户"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path))
    }
}

/// Item 1's audit: a box that states a fact only the applicant knows is never ticked by default.
@Suite("The forms tick no box the input did not ask for")
struct TruthfulCheckboxTests {
    @Test("another's filing without --basis leaves both basis boxes blank, with a warning")
    func domainBasisIsNeverAssumed() throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run([
            "deregistration-form", "hubei-filing.json", "--category", "other",
            "--applicant-name", "厦门示例域名有限公司", "--applicant-certificate-type", "unified-social-credit-code",
            "--applicant-certificate-number", "91350100M000100Y43", "--contact-name", "赵六",
            "--contact-mobile", "13912345678", "--reason", "域名已转让",
            "--date", DocumentCase.date, "--format", "text", "-o", scratch.url.path,
        ])
        try #require(result.status == 0, "\(result.stderr)")
        let document = try String(contentsOf: scratch.path("hubei-2019012345-deregistration-form.txt"), encoding: .utf8)
        #expect(document.contains("[ ] 主体依据"))
        #expect(document.contains("[ ] 域名依据"))
        #expect(!document.contains("域名证书或域名注册商出具"))
        #expect(result.stderr.contains("warning: --basis: no basis is given"), "\(result.stderr)")
    }
}

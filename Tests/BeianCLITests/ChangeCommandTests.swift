import Foundation
import Testing

/// `beian change` run as a process on the fixture pairs in `Fixtures/change/`: the plan as text
/// and JSON (goldens), the documents (goldens, python-docx, LibreOffice), refusals and bad input.
@Suite("beian change")
struct ChangeCommandTests {
    static let date = ["--date", "2026-12-07"]

    static func change(_ new: String, _ more: [String] = []) throws -> CLIResult {
        try CLI.run(["change", "change/old.json", "change/\(new).json"] + date + more)
    }

    // MARK: The plan

    @Test("the plan as text and JSON matches its golden", arguments: ["subject-info", "website-info", "subject-transfer", "domain-added"])
    func goldenPlans(_ name: String) throws {
        let late = ["--changed-on", "2026-10-20"]
        let text = try Self.change(name, late)
        try Golden.check(text.stdout, against: "change-\(name).txt")
        let json = try Self.change(name, late + ["--format", "json"])
        try Golden.check(json.stdout, against: "change-\(name).json")
        #expect(text.status == json.status)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["changes", "problems", "steps", "materials"]))
    }

    @Test func anAllowedChangeExitsZeroARefusedOneExitsOne() throws {
        let allowed = try Self.change("website-cancellation")
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout.contains("website-cancellation (注销网站) 鄂ICP备2019012345号-3"))
        let refused = try Self.change("province")
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("error: subject.filingNumber: the filing is kept by 湖北's bureau"))
        #expect(refused.stdout.contains("hint: file again in 河南"))
    }

    @Test func aRefusedChangeWritesNoDocument() throws {
        let scratch = try ScratchFolder()
        let result = try Self.change("nature", ["-o", scratch.path("out").path])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path))
    }

    @Test func badInputIsReportedWithItsPath() throws {
        let minor = try Self.change("minor-owner")
        #expect(minor.status == 1)
        #expect(minor.stderr.contains("change/minor-owner.json: error: websites[1].owner.idNumber:"))
        #expect(minor.stdout.isEmpty)
        let missing = try CLI.run(["change", "change/old.json", "change/none.json"])
        #expect(missing.status == 2 && missing.stderr.contains("no such file"))
        let badDate = try Self.change("website-info", ["--changed-on", "20.11.2026"])
        #expect(badDate.status == 2 && badDate.stderr.contains("--changed-on '20.11.2026' is not a date"))
        let scratch = try ScratchFolder()
        let unknown = try Self.change("website-info", ["-o", scratch.url.path, "--documents", "change-checklist,letter"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown document letter"))
        let notCalledFor = try Self.change("website-info", ["-o", scratch.url.path, "--documents", "subject-transfer-form"])
        #expect(notCalledFor.status == 1 && notCalledFor.stderr.contains("this change does not call for subject-transfer-form"))
        #expect(try scratch.files().isEmpty)
    }

    @Test func aDomainWithABadExpiryIsRefusedAtItsPath() throws {
        let scratch = try ScratchFolder()
        let record =
            #"{"subject": {"name": "武汉示例科技有限公司", "nature": "enterprise", "certificate": {"type": "unified-social-credit-code", "number": "91420100MA4K2X9Y9P"}, "filingNumber": "鄂ICP备2019012345号", "owner": {"name": "张三", "mobile": "13812345678"}}, "websites": [{"name": "示例官网", "filingNumber": "鄂ICP备2019012345号-1", "domains": [{"name": "example.cn", "expiresOn": "soon", "renewed": true}]}]}"#
        try Data(record.utf8).write(to: scratch.path("new.json"))
        let result = try CLI.run(["change", "change/old.json", scratch.path("new.json").path] + Self.date)
        #expect(result.status == 1)
        #expect(result.stderr.contains("websites[0].domains[0].expiresOn: 'soon' is not a date"))
        #expect(result.stderr.contains("websites[0].domains[0].renewed:"))
    }

    // MARK: Documents

    static let documents: [(pair: String, stem: String)] = [
        ("subject-info", "hubei-2019012345-change-checklist"),
        ("website-info", "hubei-2019012345-website-owner-pledge"),
        ("subject-transfer", "hubei-2019012345-subject-transfer-form"),
    ]

    @Test("each document matches its golden, opens in python-docx and prints on one page", .timeLimit(.minutes(5)))
    func documentsAsFiles() throws {
        let scratch = try ScratchFolder()
        var docx: [URL] = []
        for (pair, stem) in Self.documents {
            let folder = scratch.path(pair)
            for format in ["docx", "text"] {
                let result = try Self.change(pair, ["-o", folder.path, "--document-format", format])
                try #require(result.status == 0, "\(pair): \(result.stderr)")
            }
            let text = try String(contentsOf: folder.appending(path: stem + ".txt"), encoding: .utf8)
            try Golden.check(text, against: stem.replacingOccurrences(of: "hubei-2019012345-", with: "change-doc-") + ".txt")
            let copy = scratch.path(stem + ".docx")
            try FileManager.default.copyItem(at: folder.appending(path: stem + ".docx"), to: copy)
            docx.append(copy)
        }
        let word = try DocumentConsumers.readWithPythonDocx(docx)
        let expected = [
            "hubei-2019012345-change-checklist.docx": ["变更备案材料清单", "主体信息变更", "武汉示例信息技术有限公司", "新的单位证件复印件"],
            "hubei-2019012345-website-owner-pledge.docx": ["网站负责人承诺书", "钱七", "11010519491231002X", "网站负责人（签字）"],
            "hubei-2019012345-subject-transfer-form.docx": ["主体过户申请表", "转出方（原主体）", "武汉示例科技有限公司", "武汉承接科技有限公司", "91350100M000100Y43"],
        ]
        for (file, phrases) in expected {
            let contents = try #require(word[file], "python-docx did not read \(file)")
            #expect(contents.tables > 0)
            for phrase in phrases { #expect(contents.text.contains(phrase), "\(file) lacks \(phrase)") }
        }
        let pages = try DocumentConsumers.convertToPDF(docx)
        for file in docx.map(\.lastPathComponent) { #expect(pages[file] == 1, "\(file): \(pages[file] ?? 0) pages") }
    }

    @Test func theDocumentsOptionPicksAmongThePlans() throws {
        let scratch = try ScratchFolder()
        let result = try Self.change("website-info", ["-o", scratch.url.path, "--documents", "website-owner-pledge", "--document-format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try scratch.files() == ["hubei-2019012345-website-owner-pledge.html"])
    }

    @Test func aTransferFormSaysNothingTheRecordsDoNot() throws {
        let scratch = try ScratchFolder()
        _ = try Self.change("subject-transfer", ["-o", scratch.url.path, "--document-format", "text"])
        let text = try String(contentsOf: scratch.path("hubei-2019012345-subject-transfer-form.txt"), encoding: .utf8)
        // The new subject's legal representative has no ID number and no date is signed: neither is printed.
        #expect(!text.contains("2026年"))
        #expect(text.contains("孙八"))
    }

    // MARK: Batch

    @Test func aBatchLineHoldingOldAndNewIsPlannedWithItsDocuments() throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run(["batch", "change/pairs.jsonl", "--documents", "change", "-o", scratch.url.path, "--date", "2026-12-09"])
        #expect(result.status == 1, "two of the four lines fail")
        #expect(
            try scratch.files() == [
                "errors.jsonl", "hubei-2019012345-change-checklist.docx", "hubei-2019012345-change-plan.json",
                "hubei-2019012345-website-owner-pledge.docx", "manifest.jsonl",
            ])
        let plan = try String(contentsOf: scratch.path("hubei-2019012345-change-plan.json"), encoding: .utf8)
        #expect(plan.contains(#""date" : "2026-12-09""#) && plan.contains(#""kind" : "website-info""#))
        let errors = try String(contentsOf: scratch.path("errors.jsonl"), encoding: .utf8)
        #expect(errors.contains(#""code":"change.province""#))
        #expect(errors.contains(#""path":"new.websites[1].owner.idNumber""#), "a side's problems name the side")
        #expect(errors.contains(#""code":"change.pair-field""#))
        let manifest = try String(contentsOf: scratch.path("manifest.jsonl"), encoding: .utf8)
        #expect(manifest.contains("a change needs a line holding the records before and after it"))
    }

    @Test func aChangePairWithoutTheChangeJobFails() throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run([
            "batch", "change/pairs.jsonl", "--documents", "deregistration-form", "--reason", "网站不再运营",
            "-o", scratch.url.path,
        ])
        #expect(result.status == 1)
        let errors = try String(contentsOf: scratch.path("errors.jsonl"), encoding: .utf8)
        #expect(errors.contains(#""code":"batch.change-not-requested""#))
    }

    // MARK: Templates

    @Test func templatesCheckRendersTheChangeTemplatesAndFindsABrokenOverride() throws {
        let bundled = try CLI.run(["templates", "check"])
        for name in ["change/checklist", "change/website-owner-pledge", "change/subject-transfer-form"] {
            #expect(bundled.stdout.contains("ok\t\(name)\trendered"), "\(name) is not rendered by the lint")
        }
        let scratch = try ScratchFolder()
        try FileManager.default.createDirectory(at: scratch.path("change"), withIntermediateDirectories: true)
        try Data(#"<document title="x"><marquee/></document>"#.utf8).write(to: scratch.path("change/subject-transfer-form.mustache"))
        let broken = try CLI.run(["templates", "check", scratch.url.path])
        #expect(broken.status != 0)
        #expect((broken.stdout + broken.stderr).contains("change/subject-transfer-form.mustache:1:21: error: the rendered markup is invalid"))
    }

    @Test func theRulesAreDataATemplatesFolderOverrides() throws {
        let scratch = try ScratchFolder()
        try FileManager.default.createDirectory(at: scratch.path("data"), withIntermediateDirectories: true)
        let bundled = Golden.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Templates/data/change-rules.json")
        var rules = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: bundled)) as? [String: Any])
        var validity = try #require(rules["domainValidity"] as? [String: Any])
        validity["shortDaysProvinces"] = ["hubei"]
        rules["domainValidity"] = validity
        try JSONSerialization.data(withJSONObject: rules).write(to: scratch.path("data/change-rules.json"))
        // shop-example.cn expires 2027-01-15, 53 days after 2026-11-23: refused under 3 months, allowed under 45 days.
        let run = ["change", "change/old.json", "change/domain-expiring.json", "--date", "2026-11-23"]
        #expect(try CLI.run(run).status == 1)
        let overridden = try CLI.run(run + ["--templates", scratch.url.path])
        #expect(overridden.status == 0, "\(overridden.stdout)")
        try Data("{".utf8).write(to: scratch.path("data/change-rules.json"))
        let broken = try CLI.run(run + ["--templates", scratch.url.path])
        #expect(broken.status == 3 && broken.stderr.contains("data/change-rules.json"))
    }

    @Test func twoRunsWriteTheSameBytes() throws {
        let scratch = try ScratchFolder()
        var runs: [[Data]] = []
        for run in ["a", "b"] {
            let result = try Self.change("subject-transfer", ["-o", scratch.path(run).path, "--format", "json"])
            try #require(result.status == 0)
            let files = try scratch.files(in: run)
            runs.append(try files.map { try Data(contentsOf: scratch.path(run).appending(path: $0)) } + [Data(result.stdout.utf8)])
        }
        #expect(runs[0].count == 3 && runs[0] == runs[1])
    }
}

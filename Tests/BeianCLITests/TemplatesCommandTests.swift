import Foundation
import Testing

@Suite("beian templates, --templates and provinces")
struct TemplatesCommandTests {
    /// The package's own template folder, the source of the bundled set.
    static let bundledFolder = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent().appending(path: "Templates")

    /// The bundled templates' names, from the package's Templates folder.
    static func bundledNames() throws -> [String] {
        let walker = try #require(FileManager.default.enumerator(atPath: bundledFolder.path))
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".mustache") }
            .map { String($0.dropLast(".mustache".count)) }.sorted()
    }

    // MARK: templates list / check

    @Test func listShowsEveryBundledTemplate() throws {
        let result = try CLI.run(["templates", "list"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let expected = try Self.bundledNames().map { "\($0)\tbundled" }
        #expect(result.stdout.split(separator: "\n").map(String.init) == expected)
        #expect(expected.contains("deregistration/henan\tbundled"))
        #expect(expected.contains("shandong/package\tbundled"))
        #expect(expected.contains("authorization/letter\tbundled"))
    }

    @Test func listShowsWhereAnOverrideComesFrom() throws {
        let result = try CLI.run(["templates", "list", "templates/form-bad-markup"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("deregistration/common\tderegistration/common.mustache"))
        #expect(lines.filter { !$0.hasSuffix("\tbundled") } == ["deregistration/common\tderegistration/common.mustache"])
    }

    @Test func checkPassesEveryBundledTemplate() throws {
        let result = try CLI.run(["templates", "check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == (try Self.bundledNames()).count)
        #expect(lines.allSatisfy { $0.hasPrefix("ok\t") && $0.hasSuffix("\tbundled") })
        // Every document template is rendered with sample data, not only parsed.
        for name in [
            "deregistration/common", "deregistration/guangdong", "deregistration/guangxi", "deregistration/henan",
            "shandong/package", "authorization/letter", "authorization/transfer-checklist",
        ] {
            #expect(lines.contains("ok\t\(name)\trendered\tbundled"[...]), "\(name) not rendered")
        }
    }

    // MARK: Overrides

    /// A template folder holding one file: the bundled `deregistration/common` with one line
    /// changed.
    static func overrideFolder(in scratch: borrowing ScratchFolder) throws -> URL {
        let folder = scratch.path("my-templates")
        try FileManager.default.createDirectory(at: folder.appending(path: "deregistration"), withIntermediateDirectories: true)
        let source = try String(contentsOf: bundledFolder.appending(path: "deregistration/common.mustache"), encoding: .utf8)
        let changed = source.replacingOccurrences(
            of: "<paragraph align=\"left\">{{bureau}}：</paragraph>",
            with: "<paragraph align=\"left\">致{{bureau}}（自定义模板）：</paragraph>")
        try #require(changed != source, "the bundled common form changed; update this test")
        try Data(changed.utf8).write(to: folder.appending(path: "deregistration/common.mustache"))
        return folder
    }

    @Test func oneOverriddenFileChangesOnlyThatDocument() throws {
        let scratch = try ScratchFolder()
        let templates = try Self.overrideFolder(in: scratch)
        // Hubei uses deregistration/common; Guangxi its own template; the letter no form template.
        for name in ["form-hubei", "form-guangxi", "letter-transfer", "mail-shandong-unit"] {
            let item = try #require(DocumentCase.all.first { $0.name == name })
            let plain = try CLI.run(item.arguments(format: "text", into: scratch.path("plain-\(name)")))
            let custom = try CLI.run(item.arguments(format: "text", into: scratch.path("custom-\(name)")) + ["--templates", templates.path])
            #expect(plain.status == 0 && custom.status == 0, "\(custom.stderr)")
            let before = try String(contentsOf: scratch.path("plain-\(name)/\(item.stem).txt"), encoding: .utf8)
            let after = try String(contentsOf: scratch.path("custom-\(name)/\(item.stem).txt"), encoding: .utf8)
            if name == "form-hubei" {
                let changed = zip(before.split(separator: "\n"), after.split(separator: "\n")).filter { $0 != $1 }
                #expect(changed.count == 1)
                #expect(changed.first?.1 == "致湖北省通信管理局（自定义模板）：")
            } else {
                #expect(before == after, "\(name) changed although its template was not overridden")
            }
        }
    }

    @Test func aMustacheSyntaxErrorIsReportedWithItsPosition() throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run(
            DocumentCase.all[0].arguments(format: "docx", into: scratch.path("out"))
                + ["--templates", "templates/form-bad-syntax"])
        #expect(result.status == 3)
        #expect(
            result.stderr.contains("deregistration/common.mustache:3:3: error: cannot parse the template: the section {{#numbers}} is never closed"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path))
        let check = try CLI.run(["templates", "check", "templates/form-bad-syntax"])
        #expect(check.status == 3)
        #expect(check.stderr.contains("deregistration/common.mustache:3:3: error:"))
    }

    @Test func markupTheDTDRefusesIsReportedWithItsLine() throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run(
            DocumentCase.all[0].arguments(format: "docx", into: scratch.path("out"))
                + ["--templates", "templates/form-bad-markup"])
        #expect(result.status == 3)
        #expect(
            result.stderr.contains("deregistration/common.mustache:4:3: error: the rendered markup is invalid: No declaration for element marquee"),
            "\(result.stderr)")
        #expect(result.stderr.contains("<marquee>网站不再运营</marquee>"), "the rendered line is quoted")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path))
        let check = try CLI.run(["templates", "check", "templates/form-bad-markup"])
        #expect(check.status == 3)
        #expect(check.stderr.contains("deregistration/common.mustache:4:3: error: the rendered markup is invalid"))
        // The other templates are still checked and pass.
        #expect(check.stdout.contains("ok\tderegistration/henan\trendered\tbundled"))
    }

    @Test func aMissingPartialIsReported() throws {
        let check = try CLI.run(["templates", "check", "templates/form-missing-partial"])
        #expect(check.status == 3)
        #expect(
            check.stderr.contains("deregistration/common.mustache:4:3: error: the partial 'deregistration/_signatures' does not exist"),
            "\(check.stderr)")
        // Generating with it fails too, rather than printing a form with a part left out.
        let scratch = try ScratchFolder()
        let result = try CLI.run(
            DocumentCase.all[0].arguments(format: "text", into: scratch.path("out"))
                + ["--templates", "templates/form-missing-partial"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("the partial 'deregistration/_signatures' does not exist"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path))
    }

    @Test func aLinkOutOfTheTemplateFolderIsRefused() throws {
        let scratch = try ScratchFolder()
        let outside = scratch.path("outside.mustache")
        try Data("<document title=\"x\"><title>outside</title></document>\n".utf8).write(to: outside)
        let folder = scratch.path("linked")
        try FileManager.default.createDirectory(at: folder.appending(path: "deregistration"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appending(path: "deregistration/common.mustache"), withDestinationURL: outside)
        for arguments in [
            ["templates", "check", folder.path], ["templates", "list", folder.path],
            DocumentCase.all[0].arguments(format: "text", into: scratch.path("out")) + ["--templates", folder.path],
        ] {
            let result = try CLI.run(arguments)
            #expect(result.status == 3, "\(arguments[0]): exit \(result.status)")
            #expect(
                result.stderr.contains("deregistration/common.mustache: error: the template is a link to a file outside the template folder"),
                "\(result.stderr)")
            #expect(!result.stdout.contains("outside"))
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path))
    }

    @Test func aLinkInsideTheTemplateFolderIsFollowed() throws {
        let scratch = try ScratchFolder()
        let folder = try Self.overrideFolder(in: scratch)
        try FileManager.default.moveItem(at: folder.appending(path: "deregistration/common.mustache"), to: folder.appending(path: "mine.mustache"))
        try FileManager.default.createSymbolicLink(
            at: folder.appending(path: "deregistration/common.mustache"),
            withDestinationURL: folder.appending(path: "mine.mustache"))
        let item = DocumentCase.all[0]
        let result = try CLI.run(item.arguments(format: "text", into: scratch.path("out")) + ["--templates", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: scratch.path("out/\(item.stem).txt"), encoding: .utf8).contains("致湖北省通信管理局（自定义模板）："))
    }

    // MARK: Hostile template folders

    static let secret = "TOP-SECRET-OUTSIDE-CONTENT"

    /// A template folder `scratch/t/inner` whose `deregistration/common.mustache` is `source`,
    /// beside files (`scratch/outside/…`, `scratch/t/x.mustache`, `scratch/x.mustache`) holding
    /// the secret that must never come out.
    static func hostileFolder(_ scratch: borrowing ScratchFolder, common source: String?) throws -> URL {
        let folder = scratch.path("t/inner")
        try FileManager.default.createDirectory(at: folder.appending(path: "deregistration"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: scratch.path("outside"), withIntermediateDirectories: true)
        let secretDocument = Data("<document title=\"\(secret)\"><title>\(secret)</title></document>\n".utf8)
        for path in ["outside/secret.mustache", "outside/secret", "t/secret.mustache", "x.mustache", "t/x.mustache"] {
            try secretDocument.write(to: scratch.path(path))
        }
        if let source { try Data(source.utf8).write(to: folder.appending(path: "deregistration/common.mustache")) }
        return folder
    }

    static func including(_ partial: String) -> String {
        "<document title=\"{{title}}\" font=\"song\">\n  <title>{{title}}</title>\n  {{> \(partial)}}\n</document>\n"
    }

    /// Runs `templates check DIR` and the Hubei form with `--templates DIR`: both exit 3 with
    /// `expected` on stderr, write nothing, and print nothing of the outside files.
    func expectRefused(
        _ folder: URL, _ expected: String, in scratch: borrowing ScratchFolder,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let check = try CLI.run(["templates", "check", folder.path])
        let form = try CLI.run(DocumentCase.all[0].arguments(format: "html", into: scratch.path("out")) + ["--templates", folder.path])
        for (what, result) in [("templates check", check), ("deregistration-form", form)] {
            #expect(result.status == 3, "\(what): exit \(result.status)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(expected), "\(what): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(!result.stderr.contains(Self.secret) && !result.stdout.contains(Self.secret), sourceLocation: sourceLocation)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path), "no document written", sourceLocation: sourceLocation)
    }

    @Test(
        "a partial outside the template folder is refused by check and by a document command",
        arguments: ["../secret", "/etc/passwd", "../../x", "../x", "../../outside/secret"])
    func partialOutsideTheFolder(name: String) throws {
        let scratch = try ScratchFolder()
        let folder = try Self.hostileFolder(scratch, common: Self.including(name))
        try expectRefused(folder, "deregistration/common.mustache:3:3: error: the partial '\(name)' names a file outside the template folder", in: scratch)
    }

    @Test(
        "a partial name with NUL, a backslash or a drive letter is a syntax error at its place",
        arguments: [("sec\u{0}ret", "U+0000"), ("..\\secret", "'\\'"), ("C:\\Windows\\win.ini", "':'"), ("C:/x", "':'")])
    func partialWithForbiddenCharacter(name: String, shown: String) throws {
        let scratch = try ScratchFolder()
        let folder = try Self.hostileFolder(scratch, common: Self.including(name))
        try expectRefused(folder, "deregistration/common.mustache:3:", in: scratch)
        let check = try CLI.run(["templates", "check", folder.path])
        #expect(check.stderr.contains("error: cannot parse the template: a partial name holds \(shown)"), "\(check.stderr)")
    }

    @Test func linksLeadingOutOfTheFolderAreRefused() throws {
        do {
            // A partial that is a link to a file outside.
            let scratch = try ScratchFolder()
            let folder = try Self.hostileFolder(scratch, common: Self.including("deregistration/_mine"))
            try FileManager.default.createSymbolicLink(
                at: folder.appending(path: "deregistration/_mine.mustache"),
                withDestinationURL: scratch.path("outside/secret.mustache"))
            try expectRefused(folder, "deregistration/_mine.mustache: error: the template is a link to a file outside the template folder", in: scratch)
        }
        do {
            // A sub-folder that is a link to a folder outside.
            let scratch = try ScratchFolder()
            let folder = try Self.hostileFolder(scratch, common: nil)
            try FileManager.default.createSymbolicLink(at: folder.appending(path: "authorization"), withDestinationURL: scratch.path("outside"))
            try expectRefused(folder, "authorization: error: the folder is a link to a folder outside the template folder", in: scratch)
        }
        do {
            // The template itself, by a relative link climbing out.
            let scratch = try ScratchFolder()
            let folder = try Self.hostileFolder(scratch, common: nil)
            try FileManager.default.createSymbolicLink(
                atPath: folder.appending(path: "deregistration/common.mustache").path,
                withDestinationPath: "../../secret.mustache")
            try expectRefused(folder, "deregistration/common.mustache: error: the template is a link to a file outside the template folder", in: scratch)
        }
    }

    @Test(
        "malformed templates are reported with file, line and column",
        arguments: [
            (
                "<document title=\"{{title}}\">\n  {{#numbers}}\n  <title>x</title>\n</document>\n",
                "deregistration/common.mustache:2:3: error: cannot parse the template: the section {{#numbers}} is never closed"
            ),
            (
                "<document title=\"{{title}}\">\n  <title>{{#numbers}}x{{/websites}}</title>\n</document>\n",
                "deregistration/common.mustache:2:"
            ),
            (
                "<document title=\"{{title}}\">\n{{=<% =}}\n</document>\n",
                "deregistration/common.mustache:2:"
            ),
            (
                "<document title=\"{{title}}\">\n  <title>x</title>\n  <paragraph><b>{{reason}}</paragraph>\n</document>\n",
                "deregistration/common.mustache:3:35: error: the rendered markup is invalid: Opening and ending tag mismatch: b line 3 and paragraph"
            ),
            (
                "<document title=\"{{title}}\">\n  <title>x</title>\n  <blink>{{reason}}</blink>\n</document>\n",
                "deregistration/common.mustache:3:3: error: the rendered markup is invalid: No declaration for element blink"
            ),
            (
                "<document title=\"{{title}}\">\n  {{> deregistration/common}}\n</document>\n",
                "deregistration/common.mustache:2:3: error: the template includes itself as a partial: rendering would never end"
            ),
        ])
    func malformedTemplate(source: String, expected: String) throws {
        let scratch = try ScratchFolder()
        let folder = try Self.hostileFolder(scratch, common: source)
        try expectRefused(folder, expected, in: scratch)
    }

    /// A Hubei filing with `count` websites (at most the default limit of 1,000).
    static func filing(websites count: Int, into url: URL) throws {
        let data = try Fixtures.data("hubei-filing.json")
        var record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        record["websites"] = (1...count).map { number in
            ["name": "网站\(number)", "filingNumber": "鄂ICP备2019012345号-\(number)", "domains": ["s\(number).example.cn"]] as [String: Any]
        }
        try JSONSerialization.data(withJSONObject: record).write(to: url)
    }

    @Test(.timeLimit(.minutes(2))) func aListLoopNestedInItselfIsRefusedQuickly() throws {
        let scratch = try ScratchFolder()
        let folder = try Self.hostileFolder(
            scratch,
            common: "<document title=\"{{title}}\">\n  <title>x</title>\n"
                + "  {{#websites}}{{#websites}}{{#websites}}<paragraph>{{name}}</paragraph>{{/websites}}{{/websites}}{{/websites}}\n</document>\n")
        try Self.filing(websites: 1_000, into: scratch.path("big.json"))
        let start = ContinuousClock.now
        let result = try CLI.run([
            "deregistration-form", scratch.path("big.json").path, "--reason", "x", "--templates", folder.path,
            "-o", scratch.path("out").path,
        ])
        let elapsed = ContinuousClock.now - start
        print("beian deregistration-form with a triple-nested websites loop over 1,000 websites: exit \(result.status) after \(elapsed)")
        #expect(result.status == 3)
        #expect(
            result.stderr.contains("deregistration/common.mustache: error: rendering stopped after 1,000,000 section repeats, the limit (TemplateLimits.sectionRepeats)"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path))
        #expect(elapsed < .seconds(30), "stopped at the limit, not after rendering a billion repeats")
        // The same list looped over once renders every website.
        try Data("<document title=\"{{title}}\">\n  <title>x</title>\n  {{#websites}}<paragraph>{{filingNumber}} {{name}}</paragraph>{{/websites}}\n</document>\n".utf8)
            .write(to: folder.appending(path: "deregistration/common.mustache"))
        let once = try CLI.run([
            "deregistration-form", scratch.path("big.json").path, "--reason", "x", "--templates", folder.path,
            "--format", "text", "-o", scratch.path("out").path,
        ])
        #expect(once.status == 0, "\(once.stderr)")
        let text = try String(contentsOf: scratch.path("out/hubei-2019012345-deregistration-form.txt"), encoding: .utf8)
        #expect(text.contains("鄂ICP备2019012345号-1000 网站1000"))
    }

    @Test func missingTemplateFolderIsAUsageError() throws {
        for arguments in [
            ["templates", "check", "templates/no-such-folder"], ["templates", "list", "templates/no-such-folder"],
            ["provinces", "--templates", "templates/no-such-folder"],
        ] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments): exit \(result.status)")
            #expect(result.stderr.contains("templates/no-such-folder"))
        }
    }

    // MARK: From anywhere

    @Test func bundledTemplatesWorkFromAnotherDirectory() throws {
        let scratch = try ScratchFolder()
        let item = DocumentCase.all[0]
        var arguments = item.arguments(format: "text", into: scratch.path("out"))
        arguments[1] = Fixtures.directory.appending(path: arguments[1]).path
        // Run in an empty folder with no Templates/ anywhere near it.
        let result = try CLI.run(arguments, in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try String(contentsOf: scratch.path("out/\(item.stem).txt"), encoding: .utf8)
        try Golden.check(document, against: item.name + ".txt")
        let relative = try CLI.run(
            [
                "deregistration-form", arguments[1], "--reason", "网站不再运营", "--date", DocumentCase.date,
                "--format", "text", "-o", "relative-out",
            ], in: scratch.url)
        #expect(relative.status == 0)
        #expect(relative.stdout == "relative-out/\(item.stem).txt\n")
        #expect(FileManager.default.fileExists(atPath: scratch.path("relative-out/\(item.stem).txt").path))
        let check = try CLI.run(["templates", "check"], in: scratch.url)
        #expect(check.status == 0)
    }

    // MARK: provinces

    /// The routes of data/provinces.json, by province identifier.
    static func routesInData() throws -> [String: String] {
        let data = try Data(contentsOf: bundledFolder.appending(path: "data/provinces.json"))
        let table = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entries = try #require(table["provinces"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: entries.map { ($0["province"] as! String, $0["route"] as! String) })
    }

    @Test func provincesTextHas31Rows() throws {
        let result = try CLI.run(["provinces"])
        #expect(result.status == 0)
        var rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["简称", "省份", "途径 (route)", "说明"], "a header row names the columns")
        rows.removeFirst()
        #expect(rows.count == 31)
        #expect(rows.allSatisfy { $0.count == 4 })
        let routes = Dictionary(uniqueKeysWithValues: rows.map { ($0[1], $0[2]) })
        #expect(routes["湖北省"] == "form")
        #expect(routes["广西壮族自治区"] == "form")
        #expect(routes["河南省"] == "form")
        #expect(routes["广东省"] == "form")
        #expect(routes["四川省"] == "online-only")
        #expect(routes["湖南省"] == "online-only")
        #expect(routes["山东省"] == "mail")
        #expect(routes["福建省"] == "not-offered")
        #expect(routes["浙江省"] == "unpublished")
        #expect(Set(routes.values) == ["form", "mail", "not-offered", "online-only", "unpublished"])
        #expect(rows.contains { $0[0] == "滇/云" && $0[1] == "云南省" })
        #expect(rows.contains { $0[0] == "蜀/川" && $0[1] == "四川省" })
    }

    @Test func provincesJSONMatchesTheData() throws {
        let result = try CLI.run(["provinces", "--format", "json"])
        #expect(result.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 31)
        let printed = Dictionary(
            uniqueKeysWithValues: entries.map {
                (($0["province"] as? [String: Any])?["id"] as? String ?? "?", $0["route"] as? String ?? "?")
            })
        #expect(printed == (try Self.routesInData()))
        let henan = try #require(entries.first { ($0["province"] as? [String: Any])?["id"] as? String == "henan" })
        #expect(henan["template"] as? String == "deregistration/henan")
        #expect((henan["attachments"] as? [[String: Any]])?.count == 5)
    }

    @Test func provincesFollowAnOverriddenTable() throws {
        let scratch = try ScratchFolder()
        let data = try Data(contentsOf: Self.bundledFolder.appending(path: "data/provinces.json"))
        var table = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var entries = try #require(table["provinces"] as? [[String: Any]])
        let index = try #require(entries.firstIndex { $0["province"] as? String == "zhejiang" })
        entries[index]["route"] = "not-offered"
        table["provinces"] = entries
        try FileManager.default.createDirectory(at: scratch.path("t/data"), withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: table).write(to: scratch.path("t/data/provinces.json"))
        let result = try CLI.run(["provinces", "--templates", scratch.path("t").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("浙\t浙江省\tnot-offered\t"))
        let form = try CLI.run([
            "deregistration-form", "zhejiang-filing.json", "--reason", "x", "--templates", scratch.path("t").path,
            "-o", scratch.path("out").path,
        ])
        #expect(form.status == 1)
        #expect(form.stderr.contains("浙江省 does not take offline deregistration applications"))
    }
}

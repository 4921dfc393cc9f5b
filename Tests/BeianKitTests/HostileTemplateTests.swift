@testable import BeianKit
import Foundation
import Testing

/// Templates written to do harm or by mistake: reading outside their folder, malformed syntax
/// and markup, and renders that would multiply without bound.
@Suite("hostile templates")
struct HostileTemplateTests {
    /// A scratch folder with `templates/` (the user's folder) and, beside it, `outside/secret*`
    /// files whose content must never appear anywhere.
    struct Folder: ~Copyable {
        static let secret = "TOP-SECRET-OUTSIDE-CONTENT"
        let root: URL
        var templates: URL { root.appending(path: "templates/inner") }
        var outside: URL { root.appending(path: "outside") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appending(path: "beian-hostile-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appending(path: "templates/inner/deregistration"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: root.appending(path: "outside"), withIntermediateDirectories: true)
            for name in ["secret.mustache", "secret", "x.mustache", "x"] {
                try Data("<document title=\"\(Self.secret)\"><title>\(Self.secret)</title></document>\n".utf8)
                    .write(to: root.appending(path: "outside/\(name)"))
            }
            // `{{> ../../x}}` from templates/inner would reach root/x.mustache if names were paths.
            try Data("<document title=\"\(Self.secret)\"><title>\(Self.secret)</title></document>\n".utf8)
                .write(to: root.appending(path: "x.mustache"))
            try Data(Self.secret.utf8).write(to: root.appending(path: "templates/secret.mustache"))
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// Writes `deregistration/common.mustache` (or `path`) into the template folder.
        func write(_ text: String, to path: String = "deregistration/common.mustache") throws {
            let url = templates.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func link(_ path: String, to destination: URL) throws {
            let url = templates.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: url, withDestinationURL: destination)
        }
    }

    /// The common form with its first partial replaced by `partial`.
    static func form(including partial: String) -> String {
        "<document title=\"{{title}}\" font=\"song\">\n  <title>{{title}}</title>\n  {{> \(partial)}}\n</document>\n"
    }

    /// The error generating the Hubei form (which uses deregistration/common) throws, also
    /// checking that nothing of the outside files appears in it or in `templates check`.
    func generationError(_ folder: borrowing Folder) throws -> TemplateError {
        let error: TemplateError
        do {
            let engine = try testEngine(templates: folder.templates)
            error = try requireTemplateError {
                try engine.deregistrationForm(for: DocumentFixtures.filing("hubei-filing.json"), request: .init(reason: "x"))
            }
            for check in engine.checkTemplates() {
                #expect(!(check.problem?.description.contains(Folder.secret) ?? false))
            }
        } catch let loading as TemplateError {
            error = loading
        }
        #expect(!error.description.contains(Folder.secret))
        return error
    }

    // MARK: Reading outside the folder

    @Test(
        "a partial name leading out of the folder is refused with its position",
        arguments: [
            "../secret", "/etc/passwd", "../../x", "./deregistration/_instructions", "deregistration//_instructions",
            "../outside/secret",
        ])
    func partialOutsideTheFolder(name: String) throws {
        let folder = try Folder()
        try folder.write(Self.form(including: name))
        let error = try generationError(folder)
        #expect(error.file == "deregistration/common.mustache")
        #expect(error.line == 3 && error.column == 3, "\(error)")
        #expect(error.message.contains("the partial '\(name)' names a file outside the template folder"), "\(error)")
    }

    @Test(
        "a partial name with a character no template name holds is a syntax error at that place",
        arguments: [
            ("C:\\Windows\\x", "':'"), ("..\\secret", "'\\'"), ("sec\u{0}ret", "U+0000"), ("C:/x", "':'"),
            ("sec ret", "' '"),
        ])
    func partialWithForbiddenCharacter(name: String, shown: String) throws {
        let folder = try Folder()
        try folder.write(Self.form(including: name))
        let error = try requireTemplateError { try testEngine(templates: folder.templates) }
        #expect(error.file == "deregistration/common.mustache")
        #expect(error.line == 3, "\(error)")
        #expect(error.column != nil)
        #expect(error.message.contains("a partial name holds \(shown)") || error.message.contains("not closed"), "\(error)")
        #expect(!error.description.contains(Folder.secret))
    }

    @Test func aLinkedTemplateOutsideTheFolderIsRefused() throws {
        let folder = try Folder()
        try folder.link("deregistration/common.mustache", to: folder.outside.appending(path: "secret.mustache"))
        let error = try requireTemplateError { try testEngine(templates: folder.templates) }
        #expect(error.description == "deregistration/common.mustache: error: the template is a link to a file outside the template folder; copy the file in instead")
    }

    @Test func aLinkedPartialOutsideTheFolderIsRefused() throws {
        let folder = try Folder()
        try folder.write(Self.form(including: "deregistration/_mine"))
        try folder.link("deregistration/_mine.mustache", to: folder.outside.appending(path: "secret.mustache"))
        let error = try requireTemplateError { try testEngine(templates: folder.templates) }
        #expect(error.description.hasPrefix("deregistration/_mine.mustache: error: the template is a link to a file outside"))
        // A relative link climbing out is the same.
        let other = try Folder()
        try other.write(Self.form(including: "deregistration/_mine"))
        try FileManager.default.createSymbolicLink(
            atPath: other.templates.appending(path: "deregistration/_mine.mustache").path,
            withDestinationPath: "../../../outside/secret.mustache")
        _ = try? requireTemplateError { try testEngine(templates: other.templates) }
    }

    @Test func aLinkedFolderIsRefusedWhereverItLeads() throws {
        let folder = try Folder()
        try folder.link("mine", to: folder.outside)
        let error = try requireTemplateError { try testEngine(templates: folder.templates) }
        #expect(error.description == "mine: error: the folder is a link to a folder outside the template folder; copy its files in instead")
        // Inside the folder, a linked folder would silently hide its templates: refused too.
        let inside = try Folder()
        try inside.write("<document title=\"x\"><title>x</title></document>\n", to: "real/form.mustache")
        try inside.link("forms", to: inside.templates.appending(path: "real"))
        let insideError = try requireTemplateError { try testEngine(templates: inside.templates) }
        #expect(insideError.description.hasPrefix("forms: error: the folder is a link"))
    }

    @Test func aNamedPipeIsRefusedInsteadOfBlocking() throws {
        let folder = try Folder()
        #expect(mkfifo(folder.templates.appending(path: "deregistration/common.mustache").path, 0o600) == 0)
        let error = try requireTemplateError { try testEngine(templates: folder.templates) }
        #expect(error.description.hasPrefix("deregistration/common.mustache: error: the template is not a regular file"))
    }

    @Test func aTemplateFileOverTheSizeLimitIsRefused() throws {
        let folder = try Folder()
        try folder.write(String(repeating: "<!-- padding -->\n", count: 70_000))
        let error = try requireTemplateError { try testEngine(templates: folder.templates) }
        #expect(error.description.hasPrefix("deregistration/common.mustache: error: the file has 1190000 bytes, more than the limit of 1048576"))
    }

    @Test func aPartialIncludingItselfIsRefusedBeforeRendering() throws {
        let folder = try Folder()
        try folder.write(Self.form(including: "deregistration/_a"))
        try folder.write("{{#websites}}\n{{> deregistration/_b}}\n{{/websites}}\n", to: "deregistration/_a.mustache")
        try folder.write("<paragraph>{{name}}</paragraph>\n{{> deregistration/_a}}\n", to: "deregistration/_b.mustache")
        let error = try generationError(folder)
        #expect(
            error.description == "deregistration/_b.mustache:2:1: error: the partial 'deregistration/_a' includes itself "
                + "(deregistration/_a → deregistration/_b → deregistration/_a): rendering would never end")
        let engine = try testEngine(templates: folder.templates)
        #expect(engine.checkTemplates().compactMap(\.problem).map(\.description) == [error.description])
    }

    @Test func partialsChosenByDataAndInheritanceAreRefused() throws {
        let folder = try Folder()
        try folder.write("<document title=\"x\">\n  {{>*subject.name}}\n</document>\n")
        let error = try requireTemplateError { try testEngine(templates: folder.templates) }
        #expect(error.description.hasPrefix("deregistration/common.mustache:2:3: error: cannot parse the template: a partial chosen by data"))
        try folder.write("{{<parent}}{{$x}}y{{/x}}{{/parent}}\n")
        let inheritance = try requireTemplateError { try testEngine(templates: folder.templates) }
        #expect(inheritance.description.hasPrefix("deregistration/common.mustache:1:1: error: cannot parse the template: template inheritance"))
    }

    @Test func changedDelimitersDoNotHideAPartial() throws {
        let folder = try Folder()
        try folder.write("<document title=\"{{title}}\">\n{{=<% %>=}}\n  <%> ../secret%>\n</document>\n")
        let error = try generationError(folder)
        #expect(error.description.hasPrefix("deregistration/common.mustache:3:3: error: the partial '../secret' names a file outside"), "\(error)")
    }

    // MARK: Malformed templates

    @Test(
        "Mustache syntax errors name file, line and column",
        arguments: [
            ("<document title=\"x\">\n  {{#websites}}\n  <title>x</title>\n</document>\n", "2:3", "the section {{#websites}} is never closed; add {{/websites}}"),
            ("<document title=\"x\">\n  {{#websites}}<title>x</title>{{/numbers}}\n</document>\n", "2:32", "the closing tag {{/numbers}} does not match the section {{#websites}} opened at 2:3"),
            ("<document title=\"x\">\n{{=<% =}}\n</document>\n", "2:1", "the set-delimiter tag must read {{=<open> <close>=}}"),
            ("<document title=\"x\">\n  <title>{{title</title>\n</document>\n", "2:10", "the tag is not closed with }}"),
        ])
    func mustacheSyntax(source: String, position: String, message: String) throws {
        let folder = try Folder()
        try folder.write(source)
        let error = try requireTemplateError { try testEngine(templates: folder.templates) }
        #expect(error.description.hasPrefix("deregistration/common.mustache:\(position)"), "\(error)")
        #expect(error.description.contains(message), "\(error)")
    }

    @Test(
        "markup that is not well-formed or not in the vocabulary names file, line and column",
        arguments: [
            ("<document title=\"{{title}}\">\n  <title>x</title>\n  <paragraph><b>{{reason}}</paragraph>\n</document>\n", "3:", "Opening and ending tag mismatch"),
            ("<document title=\"{{title}}\">\n  <title>x</title>\n  <marquee>{{reason}}</marquee>\n</document>\n", "3:3", "No declaration for element marquee"),
            ("<document title=\"{{title}}\">\n  <title>x</title>\n  <paragraph>{{reason}}\n</document>\n", "4:", "Opening and ending tag mismatch"),
        ])
    func renderedMarkup(source: String, position: String, message: String) throws {
        let folder = try Folder()
        try folder.write(source)
        let error = try generationError(folder)
        #expect(error.description.hasPrefix("deregistration/common.mustache:\(position)"), "\(error)")
        #expect(error.description.contains(message), "\(error)")
    }

    // MARK: Bounded renders

    /// A Hubei filing with `count` websites, read with the websites limit raised to fit.
    static func filing(websites count: Int) throws -> Filing {
        var record = Records.hubei()
        // Website numbers go up to -9999; past that, Apps (-1A…) fill in.
        record["websites"] = (1...count).map { number in
            let suffix = number <= 9999 ? "\(number)" : "\(number - 9999)A"
            return ["name": "网站\(number)", "filingNumber": "鄂ICP备2019012345号-\(suffix)", "domains": ["s\(number).example.cn"]] as [String: Any]
        }
        var limits = InputLimits()
        limits.websitesPerSubject = max(count, limits.websitesPerSubject)
        let data = try JSONSerialization.data(withJSONObject: record)
        return try Filing(jsonData: data, options: ValidationOptions(today: testToday, limits: limits))
    }

    static let loopingForm = """
        <document title="{{title}}">
          <title>{{title}}</title>
          <table widths="1 3 3">
            {{#websites}}
            <row><cell>{{filingNumber}}</cell><cell>{{name}}</cell><cell>{{domains}}</cell></row>
            {{/websites}}
          </table>
        </document>

        """

    static func residentBytes(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
            let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kib * 1024
    }

    @Test(.timeLimit(.minutes(5))) func tenThousandWebsitesRenderInBoundedMemory() throws {
        let folder = try Folder()
        try folder.write(Self.loopingForm)
        let filing = try Self.filing(websites: 10_000)
        let engine = try testEngine(templates: folder.templates)
        // Start the peak afresh (Linux: writing 5 to clear_refs resets VmHWM) where allowed.
        let before = Self.residentBytes("VmRSS") ?? 0
        try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
        let start = ContinuousClock.now
        let form = try engine.deregistrationForm(for: filing, request: .init(reason: "不再运营"))
        let docx = form.docx().data
        let elapsed = ContinuousClock.now - start
        let peak = Self.residentBytes("VmHWM") ?? 0
        let text = form.html().string
        #expect(text.contains("鄂ICP备2019012345号-1<"))
        #expect(text.contains("鄂ICP备2019012345号-9999<"))
        #expect(text.contains("鄂ICP备2019012345号-1A"))
        #expect(text.contains("s9999.example.cn"))
        print(
            "10,000 websites: form rendered and written as DOCX (\(docx.count) bytes) in \(elapsed); "
                + "resident before \(before >> 20) MB, peak \(peak >> 20) MB (whole test process, other suites alongside)")
        // The whole test process's peak, other suites included; rendering 10,000 rows takes a
        // few tens of MB, a render that multiplied would take gigabytes.
        #expect(peak - before < 500 << 20)
    }

    // The time limit only stops a runaway render (10^12 repeats); the message proves the stop.
    // It is generous because the whole suite runs alongside on two cores.
    @Test(.timeLimit(.minutes(10))) func aListLoopNestedInItselfIsStoppedAtOnce() throws {
        let folder = try Folder()
        try folder.write(
            """
            <document title="{{title}}">
              <title>{{title}}</title>
              {{#websites}}{{#websites}}{{#websites}}<paragraph>{{name}}</paragraph>{{/websites}}{{/websites}}{{/websites}}
            </document>

            """)
        let filing = try Self.filing(websites: 10_000)
        let engine = try testEngine(templates: folder.templates)
        let start = ContinuousClock.now
        let error = try requireTemplateError {
            try engine.deregistrationForm(for: filing, request: .init(reason: "不再运营"))
        }
        let elapsed = ContinuousClock.now - start
        print("triple-nested websites loop over 10,000 websites refused in \(elapsed): \(error)")
        #expect(
            error.description == "deregistration/common.mustache: error: rendering stopped after 1,000,000 section repeats, the limit "
                + "(TemplateLimits.sectionRepeats): a section over a list is probably nested inside a section over the same list, such as {{#websites}} within {{#websites}}",
            "\(error)")
        // The message proves the render stopped at the limit, a millionth of the 10^12 repeats
        // asked for; the time is printed for people, not asserted (the machine may be busy).
        // Empty bodies do not escape: repeating is counted, not only bytes.
        try folder.write("<document title=\"x\">{{#websites}}{{#websites}}{{/websites}}{{/websites}}</document>\n")
        let empty = try testEngine(templates: folder.templates)
        _ = try? requireTemplateError { try empty.deregistrationForm(for: filing, request: .init(reason: "x")) }
    }

    @Test func aHugeLoopBodyIsRefusedByItsSize() throws {
        let folder = try Folder()
        // 20 KB of text repeated for each of 10,000 websites: 200 MB, over the 64 MB limit.
        try folder.write("<document title=\"x\"><title>x</title>{{#websites}}<paragraph>\(String(repeating: "长", count: 7_000))</paragraph>{{/websites}}</document>\n")
        let filing = try Self.filing(websites: 10_000)
        let error = try requireTemplateError {
            try testEngine(templates: folder.templates).deregistrationForm(for: filing, request: .init(reason: "x"))
        }
        #expect(
            error.description.hasPrefix("deregistration/common.mustache: error: rendering stopped at 64 MB of output, the limit (TemplateLimits.renderedBytes)"),
            "\(error)")
        // Template limits are the caller's: lowered, an ordinary form is refused too, also when the user's
        // folder overrides only a partial of a bundled template.
        var limits = TemplateLimits()
        limits.renderedBytes = 1024
        let partialOnly = try Folder()
        try partialOnly.write("{{#applicant}}<paragraph>{{name}}</paragraph>{{/applicant}}\n", to: "deregistration/_instructions.mustache")
        let strict = try BeianEngine(templates: partialOnly.templates, today: testToday, templateLimits: limits)
        let small = try requireTemplateError {
            try strict.deregistrationForm(for: DocumentFixtures.filing("hubei-filing.json"), request: .init(reason: "x"))
        }
        #expect(
            small.description.hasPrefix("bundled:deregistration/common.mustache: error: rendering stopped at 1 KB of output, the limit (TemplateLimits.renderedBytes)"),
            "\(small)")
        // The bundled templates are held to the same limits.
        _ = try? requireTemplateError {
            try BeianEngine(today: testToday, templateLimits: limits)
                .deregistrationForm(for: DocumentFixtures.filing("hubei-filing.json"), request: .init(reason: "x"))
        }
    }

    @Test(
        "tags beian's templates do not offer are refused where they stand",
        arguments: [
            ("{{#websites}}\n{{uppercased(name)}}{{/websites}}", "2:1", "applies a function"),
            ("x{{#reversed(websites)}}{{/reversed(websites)}}", "1:2", "applies a function"),
            ("{{<parent}}{{/parent}}", "1:1", "template inheritance"),
            ("ab\n {{$block}}{{/block}}", "2:2", "template inheritance"),
            ("{{>*dynamic}}", "1:1", "a partial chosen by data"),
            ("{{% PRAGMA: X}}", "1:1", "the pragma"),
            ("{{=<% %>=}}<%#websites%><%/subject%>", "1:25", "does not match the section {{#websites}} opened at 1:12"),
            ("{{/websites}}", "1:1", "closes no section"),
            ("{{=<%>=}}", "1:1", "set-delimiter"),
            ("{{name", "1:1", "not closed"),
            ("{{{name}}", "1:1", "not closed with }}}"),
            ("{{first name}}", "1:1", "names have no spaces"),
            ("{{}}", "1:1", "has no name"),
        ])
    func unsupportedTags(source: String, position: String, message: String) throws {
        let folder = try Folder()
        try folder.write(source, to: "probe.mustache")
        let error = try #require(throws: TemplateError.self) { try TemplateLibrary(overrides: folder.templates) }
        #expect(error.description.hasPrefix("probe.mustache:\(position): error: cannot parse the template: "), "\(error)")
        #expect(error.description.contains(message), "\(error)")
    }
}

@testable import BeianKit
import Testing

/// beian's Mustache engine against the rules of the Mustache specification it implements
/// (interpolation, sections, inverted sections, comments, partials, delimiters, standalone lines),
/// with the expected outputs written out by hand.
@Suite("Mustache engine")
struct MustacheEngineTests {
    static func render(
        _ source: String, _ context: [String: Any], partials: [String: String] = [:],
        limits: TemplateLimits = .init()
    ) throws -> String {
        var templates = try partials.mapValues { source in try MustacheParser.parse(source) }
        templates["main"] = try MustacheParser.parse(source)
        var renderer = MustacheRenderer(templates: templates, limits: limits)
        return try renderer.render(templates["main"]!, context: context)
    }

    @Test(
        "cases from the specification's rules",
        arguments: [
            ("Hello, {{name}}!", "Hello, <b>&amp;\"'!", false),
            ("{{{name}}}|{{&name}}", "<b>&\"'|<b>&\"'", false),
            ("{{subject.name}}|{{subject.missing}}|{{missing.name}}", "示例||", false),
            ("{{#list}}[{{.}}]{{/list}}", "[a][b]", false),
            ("{{#list}}{{subject.name}}{{/list}}", "示例示例", false),
            ("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}{{^yes}}y{{/yes}}", "Yn", false),
            ("{{#empty}}E{{/empty}}{{^empty}}none{{/empty}}{{^missing}}-{{/missing}}", "none-", false),
            ("{{#subject}}{{name}}/{{count}}{{/subject}}", "示例/3", false),
            ("a{{! a comment\nover lines }}b", "ab", false),
            ("{{=<% %>=}}<%name%>{{name}}<%={{ }}=%>{{count}}", "<b>&amp;\"'{{name}}3", true),
            ("begin\n  {{#yes}}\n  inside\n  {{/yes}}\nend\n", "begin\n  inside\nend\n", false),
            ("  {{! standalone comment }}\r\nx", "x", false),
            ("{{#yes}}\n{{/yes}}", "", false),
            ("| {{#yes}} | {{/yes}} |", "|  |  |", false),
            ("{{% CONTENT_TYPE: TEXT}}{{name}}", "<b>&\"'", false),
        ])
    func specificationRules(source: String, expected: String, _: Bool) throws {
        let context: [String: Any] = [
            "name": "<b>&\"'", "subject": ["name": "示例", "count": 3] as [String: Any],
            "list": ["a", "b"], "yes": true, "no": false, "empty": [String](), "count": 3,
        ]
        let escaped = expected.replacingOccurrences(of: "<b>&amp;\"'", with: "&lt;b&gt;&amp;&quot;&#39;")
        #expect(try Self.render(source, context) == escaped, "\(source.debugDescription)")
    }

    @Test func standalonePartialsAreIndentedLikeTheirLine() throws {
        let output = try Self.render(
            "<list>\n  {{> item}}\n</list>\n", ["rows": ["a", "b"]],
            partials: ["item": "{{#rows}}\n<i>{{.}}</i>\n{{/rows}}\n"])
        #expect(output == "<list>\n  <i>a</i>\n  <i>b</i>\n</list>\n")
        // FormInline, a partial is not indented.
        #expect(try Self.render("x {{> item}} y", ["rows": ["a"]], partials: ["item": "{{#rows}}[{{.}}]{{/rows}}"]) == "x [a] y")
    }

    @Test func limitsStopARenderAsItRuns() throws {
        let list = Array(repeating: "x", count: 200)
        var limits = TemplateLimits()
        limits.sectionRepeats = 10_000
        #expect(throws: MustacheRenderer.Failure.self) {
            try Self.render("{{#list}}{{#list}}{{/list}}{{/list}}", ["list": list], limits: limits)
        }
        limits = TemplateLimits()
        limits.renderedBytes = 1_000
        #expect(throws: MustacheRenderer.Failure.self) {
            try Self.render("{{#list}}0123456789{{/list}}", ["list": list], limits: limits)
        }
        #expect(throws: MustacheRenderer.Failure.self) {
            try Self.render("{{> loop}}", [:], partials: ["loop": "a{{> loop}}"])
        }
        #expect(try Self.render("{{#list}}0123456789{{/list}}", ["list": Array(list.prefix(10))], limits: limits).count == 100)
    }

    @Test func unclosedAndMismatchedSectionsAreLocated() {
        #expect(throws: MustacheSyntaxError(line: 2, column: 3, message: "the section {{#a}} is never closed; add {{/a}}")) {
            try MustacheParser.parse("x\n  {{#a}}\ny\n")
        }
        #expect(throws: MustacheSyntaxError(line: 1, column: 7, message: "the closing tag {{/b}} does not match the section {{#a}} opened at 1:1")) {
            try MustacheParser.parse("{{#a}}{{/b}}")
        }
    }
}

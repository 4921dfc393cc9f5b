import Foundation
import Testing
@testable import BeianKit

/// Documents filled in from a cached shape must equal documents parsed from the markup with
/// the values in it, whatever the values and templates hold.
@Suite("document shape cache") struct DocumentShapeCacheTests {
    /// A template library of one template `t` (plus the bundled ones) in a fresh folder.
    static func library(_ source: String) throws -> TemplateLibrary {
        let folder = FileManager.default.temporaryDirectory.appending(path: "beian-shapes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(source.utf8).write(to: folder.appending(path: "t.mustache"))
        return try TemplateLibrary(overrides: folder)
    }

    /// Renders `context` twice through a fresh cache (a miss, then a hit) and checks both
    /// against the full path; returns the cache's entry for the shape.
    @discardableResult
    static func expectSameAsFull(
        _ templates: TemplateLibrary, _ context: [String: Any],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> DocumentShapeCache.Entry? {
        let renderer = DocumentRenderer(templates: templates, parser: try FormMarkupParser())
        let full = try renderer.renderInFull("t", context)
        let miss = try renderer.render("t", context)
        let hit = try renderer.render("t", context)
        #expect(miss.document == full, sourceLocation: sourceLocation)
        #expect(hit.document == full, sourceLocation: sourceLocation)
        #expect(miss.docx() == full.docx(), sourceLocation: sourceLocation)
        #expect(hit.docx() == full.docx(), sourceLocation: sourceLocation)
        guard let shape = try templates.renderWithStandIns("t", context) else { return nil }
        return renderer.shapes.entry(for: shape.markup, of: "t")
    }

    static let paragraphs = """
        <document title="t">
          <paragraph>名称：{{name}}</paragraph>
          <paragraph>
            前 {{value}}
            后
          </paragraph>
          <paragraph><field label="值" width="4">{{value}}</field><checkbox checked="yes">{{name}}</checkbox></paragraph>
          <table widths="1 1">
            <row><cell>{{name}}</cell><cell>  {{value}}  </cell></row>
          </table>
        </document>

        """

    @Test(
        "values with markup characters and inner spaces are filled in",
        arguments: [
            "A&B <公司> \"引号\" '单引号'", "Foo  Bar Ltd", "中文名称", "x", "a\u{3000}b",
        ])
    func fillsOrdinaryValues(_ value: String) throws {
        let entry = try Self.expectSameAsFull(try Self.library(Self.paragraphs), ["name": value, "value": value])
        guard case .shape? = entry else {
            Issue.record("the shape was not kept: \(String(describing: entry))")
            return
        }
    }

    @Test(
        "values whose white space meets the template's take the full path and come out the same",
        arguments: [
            " 前导空格", "末尾空格 ", "\t制表", "内\t制表", "换\n行", "回\r\n车", "", "   ", "\u{3000}全角空格\u{3000}", "\u{3000}", "\u{A0}",
        ])
    func whiteSpaceValues(_ value: String) throws {
        try Self.expectSameAsFull(try Self.library(Self.paragraphs), ["name": value, "value": value])
    }

    @Test(
        "values holding the stand-in characters come out literally",
        arguments: [
            "\u{E000}0\u{E001}", "\u{E000}", "a\u{E001}b", "\u{E000}99\u{E001}",
        ])
    func sentinelValues(_ value: String) throws {
        try Self.expectSameAsFull(try Self.library(Self.paragraphs), ["name": value, "value": "普通"])
        try Self.expectSameAsFull(try Self.library(Self.paragraphs), ["name": "普通", "value": value])
    }

    @Test("control characters become U+FFFD on both paths")
    func controlCharacters() throws {
        try Self.expectSameAsFull(try Self.library(Self.paragraphs), ["name": "a\u{1}b", "value": "c\u{7F}d\u{FFFE}"])
    }

    @Test("values in attributes, unescaped values and comments go into the markup itself")
    func valuesOutsideElementContent() throws {
        let templates = try Self.library(
            """
            <document title="{{title}}">
              <paragraph align="{{align}}">{{{raw}}}<!-- {{name}} --></paragraph>
              <signature kind="seal" label="{{label}}"/>
              <date-line label="{{label}}" date="{{date}}"/>
              <paragraph><field label="{{label}}" width="6">{{name}}</field></paragraph>
            </document>

            """)
        let entry = try Self.expectSameAsFull(
            templates,
            [
                "title": "标题 & <x>", "align": "center", "raw": "<b>粗</b>", "name": "名称", "label": "盖章 \"处\"", "date": "2026-11-22",
            ])
        guard case .shape? = entry else {
            Issue.record("the shape was not kept: \(String(describing: entry))")
            return
        }
    }

    @Test("a value standing in a tag the scan misread is caught and takes the full path")
    func misreadTag() throws {
        // The `>` inside the attribute value ends the tag as far as the scan can tell, so
        // {{name}} gets a stand-in that lands in a label: the check refuses the shape.
        let templates = try Self.library(
            """
            <document title="t">
              <paragraph><field label="a>b {{name}}" width="6">{{value}}</field></paragraph>
            </document>

            """)
        let entry = try Self.expectSameAsFull(templates, ["name": "名称", "value": "值"])
        guard case .unusable? = entry else {
            Issue.record("the shape should be unusable: \(String(describing: entry))")
            return
        }
    }

    @Test("a template holding the stand-in characters renders without stand-ins")
    func templateWithSentinels() throws {
        let templates = try Self.library("<document title=\"t\"><paragraph>\u{E000}0\u{E001} {{name}}</paragraph></document>\n")
        #expect(!templates.allowsStandIns)
        try Self.expectSameAsFull(templates, ["name": "名称"])
    }

    @Test("invalid markup gives the full path's error")
    func invalidMarkup() throws {
        let templates = try Self.library("<document title=\"t\"><paragraph>{{name}}<bogus/></paragraph></document>\n")
        let renderer = DocumentRenderer(templates: templates, parser: try FormMarkupParser())
        let full = try #require(throws: TemplateError.self) { try renderer.renderInFull("t", ["name": "名称"]) }
        for _ in 0..<2 {
            let cached = try #require(throws: TemplateError.self) { try renderer.render("t", ["name": "名称"]) }
            #expect(cached.description == full.description)
            #expect(cached.description.contains("(rendered line:"))
        }
    }

    @Test("lists of different lengths are different shapes; the same length is one")
    func listShapes() throws {
        let templates = try Self.library(
            """
            <document title="t">
              {{#websites}}
              <paragraph>{{name}}：{{domain}}</paragraph>
              {{/websites}}
            </document>

            """)
        let renderer = DocumentRenderer(templates: templates, parser: try FormMarkupParser())
        for count in [1, 2, 3, 1, 2, 3, 3] {
            let websites = (0..<count).map { ["name": "网站\($0)&", "domain": "s\($0).example.cn"] }
            let context: [String: Any] = ["websites": websites]
            #expect(try renderer.render("t", context).document == renderer.renderInFull("t", context))
            #expect(try renderer.render("t", context).docx() == renderer.renderInFull("t", context).docx())
        }
        #expect(renderer.shapes.count == 3)
    }

    @Test("the bundled forms, over records with awkward values, equal the full path")
    func bundledForms() throws {
        let templates = try TemplateLibrary.bundled()
        let renderer = DocumentRenderer(templates: templates, parser: try FormMarkupParser())
        let engine = try testEngine()
        let names = ["北京A&B<科技>有限公司", "上海 \"引号\" 'x' 公司", "张三", "Foo Bar Ltd.", "某某（中国）有限公司"]
        var kept = 0
        for fixture in ["hubei-filing.json", "shandong-filing.json"] {
            for name in names {
                let filing = try DocumentFixtures.filing(fixture, subjectName: name)
                for reason in ["不再运营", "原因</cell>{{reason}}&lt;", "两行\n原因"] {
                    var request = DocumentRequests()
                    request.reason = reason
                    let plan = try DeregistrationPlanner(filing: filing, policies: engine.policies, today: testToday)
                        .plan(request, serving: Set(DeregistrationPolicy.Route.allCases), document: "form")
                    let context = DeregistrationForm.context(plan, filing: filing)
                    for template in ["deregistration/common", "deregistration/guangdong", "deregistration/henan"] {
                        let full = try renderer.renderInFull(template, context)
                        let rendered = try renderer.render(template, context)
                        #expect(rendered.document == full)
                        #expect(rendered.docx() == full.docx())
                    }
                    if let shape = try templates.renderWithStandIns("deregistration/common", context),
                        case .shape? = renderer.shapes.entry(for: shape.markup, of: "deregistration/common")
                    {
                        kept += 1
                    }
                }
            }
        }
        // Records differing only in their values share shapes.
        #expect(kept > 0)
        #expect(renderer.shapes.count < 3 * 2 * names.count * 3)
    }

    @Test("a template whose records never share a shape gives stand-ins up after a trial")
    func unsharedShapes() throws {
        // The name in the title attribute goes into the markup, so every record is a shape of its own.
        let templates = try Self.library("<document title=\"{{name}}\"><paragraph>{{name}}：{{value}}</paragraph></document>\n")
        let renderer = DocumentRenderer(templates: templates, parser: try FormMarkupParser())
        for index in 0..<(DocumentShapeCache.trialLookups + 10) {
            let context: [String: Any] = ["name": "名称\(index)", "value": "值"]
            if index == DocumentShapeCache.trialLookups { #expect(!renderer.shapes.isWorthStandingIn(for: "t")) }
            #expect(try renderer.render("t", context).docx() == renderer.renderInFull("t", context).docx())
        }
        #expect(!renderer.shapes.isWorthStandingIn(for: "t"))
        // Records that share shapes keep them.
        let shared = try Self.library(Self.paragraphs)
        let sharing = DocumentRenderer(templates: shared, parser: try FormMarkupParser())
        for index in 0..<(DocumentShapeCache.trialLookups + 10) {
            _ = try sharing.render("t", ["name": "名称\(index)", "value": "值\(index)"])
        }
        #expect(sharing.shapes.isWorthStandingIn(for: "t"))
    }

    @Test("the cache starts over when full")
    func capacity() {
        let cache = DocumentShapeCache(capacity: 2, byteCapacity: 1 << 20)
        for index in 0..<5 { cache.store(.unusable, for: Array("markup \(index)".utf8)) }
        #expect(cache.count <= 2)
        let small = DocumentShapeCache(capacity: 100, byteCapacity: 10)
        small.store(.unusable, for: Array("0123456789".utf8))
        small.store(.unusable, for: Array("abcdefghij".utf8))
        #expect(small.count == 1)
        #expect(small.entry(for: Array("abcdefghij".utf8), of: "t") != nil)
    }
}

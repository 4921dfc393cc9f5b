@testable import BeianKit
import Foundation
import Testing

/// The Hubei messages' body template: a user's override, and what refuses it.
extension HubeiSMSPlannerTests {
    func templateFolder(body: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "beian-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appending(path: "sms"), withIntermediateDirectories: true)
        try Data(body.utf8).write(to: folder.appending(path: "sms/hubei-annual-review-body.mustache"))
        return folder
    }

    @Test func bodyTemplateOverride() throws {
        let folder = try templateFolder(body: "{{% CONTENT_TYPE: TEXT}}\n#{{provider}}#{{websiteFilingNumber}}#{{status}}#\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let engine = try testEngine(templates: folder)
        #expect(engine.templates.origins["sms/hubei-annual-review-body"] == .file("sms/hubei-annual-review-body.mustache"))
        let plan = try engine.hubeiAnnualReviewSMS(for: try validFiling(Records.hubei()), request: .init(provider: "001", date: Self.may1))
        #expect(plan.messages.first?.body == "#001#鄂ICP备2019012345号-1#无变化#")
    }

    @Test(
        "a body template that renders another format is a template error",
        arguments: [
            "#{{provider}}#{{websiteFilingNumber}}#",
            "#{{provider}}#{{websiteFilingNumber}}#{{status}}##{{provider}}#{{websiteFilingNumber}}#{{status}}#",
            "#001#{{websiteFilingNumber}}#{{status}}#",
            "# {{provider}}#{{websiteFilingNumber}}#{{status}}#",
            "{{provider}} {{websiteFilingNumber}} {{status}}",
        ])
    func bodyTemplateWrongFormat(template: String) throws {
        let folder = try templateFolder(body: "{{% CONTENT_TYPE: TEXT}}" + template)
        defer { try? FileManager.default.removeItem(at: folder) }
        let engine = try testEngine(templates: folder)
        let error = try? requireTemplateError {
            try engine.hubeiAnnualReviewSMS(for: try validFiling(Records.hubei()), request: .init(provider: "022", date: Self.may1))
        }
        #expect(error?.file == "sms/hubei-annual-review-body.mustache")
        #expect(error?.description.hasPrefix("sms/hubei-annual-review-body.mustache") == true)
    }

    @Test func bodyTemplateSyntaxError() throws {
        // A closing tag that closes nothing, on line 2.
        let folder = try templateFolder(body: "{{% CONTENT_TYPE: TEXT}}\n#{{provider}}#{{websiteFilingNumber}}#{{/status}}#\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try? requireTemplateError { try testEngine(templates: folder) }
        #expect(error?.file == "sms/hubei-annual-review-body.mustache")
        #expect(error?.line == 2)
        let column = try #require(error?.column)
        #expect((1...50).contains(column))
        #expect(error?.description.hasPrefix("sms/hubei-annual-review-body.mustache:2:\(column): error:") == true)
        // A section never closed is reported where the template ends.
        let unclosed = try templateFolder(body: "#{{provider}}#{{#websiteFilingNumber}}#{{status}}#")
        defer { try? FileManager.default.removeItem(at: unclosed) }
        let other = try? requireTemplateError { try testEngine(templates: unclosed) }
        #expect(other?.line == 1)
        #expect(other?.message.contains("never closed") == true)
    }

    @Test func missingTemplateFolder() {
        let error = try? requireTemplateError { try testEngine(templates: URL(fileURLWithPath: "/nonexistent/beian-templates")) }
        #expect(error?.message.contains("does not exist") == true)
    }
}

import Foundation

/// How a province's bureau takes offline deregistration applications (注销备案), from the
/// editable table `data/provinces.json` of the template folder: the route, the form's title as
/// published, who may use the form, the attachments, how to submit and how long it takes, each
/// fact with its source, date and confidence.
public struct DeregistrationPolicy: Sendable, Hashable, Codable {
    /// The route an applicant takes.
    public enum Route: String, Sendable, Hashable, Codable, CaseIterable {
        /// The bureau publishes an application form: fill it in and submit it.
        case form
        /// The provider's online deregistration comes first; the form only when that is impossible.
        case onlineFirst = "online-first"
        /// Materials are mailed to the bureau (Shandong).
        case mail
        /// No offline deregistration: the applicant contacts the bureau.
        case notOffered = "not-offered"
        /// The bureau takes applications online only, on its own system (Sichuan, Hunan).
        case onlineOnly = "online-only"
        /// No form was verified: the common layout is printed, to be checked against the bureau's own.
        case unpublished

        /// Whether a deregistration form is generated on this route.
        public var producesForm: Bool { self == .form || self == .onlineFirst || self == .unpublished }
    }

    /// The region.
    public var province: Province
    /// The route.
    public var route: Route
    /// The form's title as published; no value when the form was not found.
    public var title: SourcedFact
    /// The template of the form.
    public var template: String
    /// What the applicant should know, in one or two sentences.
    public var advice: String
    /// Who may use the form; each rule is a warning until the applicant states it is met.
    public var conditions: [ProvinceCondition]
    /// Materials the province asks for beside the form; empty when its list was not found
    /// (``effectiveAttachments`` then gives the common layout's, marked not found).
    public var attachments: [ProvinceAttachment]
    /// How the form must be filled in and printed (original, ink, seal), as published.
    public var formRules: [SourcedFact]
    /// How the application is sent and to whom.
    public var submission: Submission
    /// How long the bureau takes.
    public var processingTime: SourcedFact
    /// Where the route comes from.
    public var source: String
    /// Whether the bureau's form only serves shell (空壳) filings, ordinary ones going through
    /// the access provider online (Henan): `shellOnly` in the table, false when absent.
    public var shellOnly: Bool = false

    /// The title printed on the form: the published one, or a neutral one when none was found.
    public var formTitle: String { title.value ?? "\(province.fullName)ICP备案注销申请表" }

    /// The attachments to list: the province's, or the common layout's when none were found.
    public var effectiveAttachments: [ProvinceAttachment] { attachments.isEmpty ? ProvinceAttachment.common : attachments }

    /// The policy table of a template library, one entry per region in the national order.
    public static func table(from templates: TemplateLibrary) throws(TemplateError) -> [DeregistrationPolicy] {
        let path = "data/provinces.json"
        guard let text = templates.file(path) else {
            throw TemplateError(file: path, message: "the province policy table is missing")
        }
        let file: PolicyFile
        do {
            file = try JSONDecoder().decode(PolicyFile.self, from: Data(text.utf8))
        } catch {
            throw TemplateError(file: path, message: "cannot read the province policy table: \(JSONSyntax.explain(error))")
        }
        var byProvince: [String: PolicyFile.Entry] = [:]
        for entry in file.provinces {
            guard Province.named(entry.province) != nil else {
                throw TemplateError(file: path, message: "'\(entry.province)' is not a province identifier (e.g. hubei, guangxi)")
            }
            byProvince[entry.province] = entry
        }
        return try Province.all.map { (province) throws(TemplateError) in
            guard let entry = byProvince[province.id] else {
                throw TemplateError(file: path, message: "the table has no entry for \(province.id) (\(province.name))")
            }
            return DeregistrationPolicy(
                province: province, route: entry.route,
                title: entry.title ?? .notFound(check: "look for the bureau's form on the MIIT notice page (search the province and 注销)"),
                template: entry.template ?? "deregistration/common", advice: entry.advice,
                conditions: entry.conditions ?? [], attachments: entry.attachments ?? [], formRules: entry.formRules ?? [],
                submission: entry.submission ?? .unknown,
                processingTime: entry.processingTime ?? .notFound(check: "ask the bureau how long it takes"),
                source: entry.source ?? "", shellOnly: entry.shellOnly ?? false)
        }
    }

    /// The file's shape: every fact but the route and the advice may be left out, and is then
    /// "not found".
    private struct PolicyFile: Decodable {
        struct Entry: Decodable {
            var province: String
            var route: Route
            var title: SourcedFact?
            var template: String?
            var advice: String
            var conditions: [ProvinceCondition]?
            var attachments: [ProvinceAttachment]?
            var formRules: [SourcedFact]?
            var submission: Submission?
            var processingTime: SourcedFact?
            var source: String?
            var shellOnly: Bool?
        }

        var provinces: [Entry]
    }
}

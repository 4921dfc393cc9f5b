import Foundation

/// How a province's bureau takes offline deregistration applications (注销备案), from the
/// editable table `data/provinces.json` of the template folder.
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
        /// No form was verified: the common layout is printed, to be checked against the bureau's own.
        case unpublished

        /// Whether a deregistration form is generated on this route.
        public var producesForm: Bool { self == .form || self == .onlineFirst || self == .unpublished }
    }

    /// The region.
    public var province: Province
    /// The route.
    public var route: Route
    /// The form's title.
    public var title: String
    /// The template of the form.
    public var template: String
    /// What the applicant should know, in one or two sentences.
    public var advice: String
    /// Materials the province asks for beside the form, printed in its attachment list.
    public var attachments: [String]
    /// Where the rule comes from.
    public var source: String
    /// Whether the bureau's form only serves shell (空壳) filings, ordinary ones going through
    /// the access provider online (Henan): `shellOnly` in the table, false when absent.
    public var shellOnly: Bool = false

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
                province: province, route: entry.route, title: entry.title ?? "\(province.fullName)ICP备案注销申请表",
                template: entry.template ?? "deregistration/common", advice: entry.advice,
                attachments: entry.attachments ?? [], source: entry.source ?? "", shellOnly: entry.shellOnly ?? false)
        }
    }

    private struct PolicyFile: Decodable {
        struct Entry: Decodable {
            var province: String
            var route: Route
            var title: String?
            var template: String?
            var advice: String
            var attachments: [String]?
            var source: String?
            var shellOnly: Bool?
        }

        var provinces: [Entry]
    }
}

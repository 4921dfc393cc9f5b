import Foundation

/// The facts change filings are judged by, read from the editable `data/change-rules.json` so that
/// a provider's or bureau's newer word replaces a number without a new build. Sources: the
/// management manual §3 (变更须知, 可变更备案信息) and the change guide (注意事项, 准备变更材料).
public struct ChangeRules: Sendable, Decodable {
    /// The day from which a change may only remove a website's domains (manual §3: 2019年4月22日).
    public var domainsOnlyRemovableSince: CalendarDate
    /// Days within which a change in fact must be filed (guide: 30日内).
    public var submitWithinDays: Int
    /// Working days between a domain holder transfer and the change (manual §3: 3~5个工作日).
    public var domainHolderTransferWorkingDays: WorkingDays
    /// How long each domain must still be valid when the change is filed.
    public var domainValidity: DomainValidity
    /// Words a website name may not hold without special approval (guide: 网站命名规范).
    public var forbiddenWebsiteNameWords: [String]
    /// The least age of a responsible person.
    public var minimumAge: Int
    /// The materials of each kind of change, by key (`subject-info-unit`, `website-owner`…).
    public var materials: [String: [String]]

    /// A span of working days.
    public struct WorkingDays: Sendable, Decodable {
        public var earliest: Int
        public var latest: Int
    }

    /// The domain validity rule: more than `months` months, or more than `shortDays` days in the
    /// provinces listed (none confirmed so far).
    public struct DomainValidity: Sendable, Decodable {
        public var months: Int
        public var shortDays: Int
        public var shortDaysProvinces: [String]
        public var shortDaysNote: String
    }

    static let path = "data/change-rules.json"

    /// Reads the rules from a template library.
    static func load(from templates: TemplateLibrary) throws(TemplateError) -> ChangeRules {
        guard let text = templates.file(path) else { throw TemplateError(file: path, message: "the change rules file is missing") }
        do {
            return try JSONDecoder().decode(ChangeRules.self, from: Data(text.utf8))
        } catch {
            throw TemplateError(file: path, message: "cannot read the change rules: \(JSONSyntax.explain(error))")
        }
    }

    /// The materials listed under `key`, empty when the file has none.
    func materials(_ key: String) -> [String] { materials[key] ?? [] }
}

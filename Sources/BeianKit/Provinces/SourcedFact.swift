/// How far a fact of the province table can be trusted: who published it.
public enum FactConfidence: String, Sendable, Hashable, Codable, CaseIterable {
    /// Read on the bureau's (or the ministry's) own page.
    case published
    /// Read on a third-party page: a repost of the bureau's form, a vendor's manual, a blog.
    case thirdParty = "third-party"
    /// Looked for and not found: the document says so and tells what to check.
    case notFound = "not-found"

    /// The mark printed beside a fact on the submission sheet.
    public var chineseLabel: String {
        switch self {
        case .published: "管局公布"
        case .thirdParty: "第三方资料，未经管局确认"
        case .notFound: "未查到，请向管局核实"
        }
    }
}

/// One fact of a province's deregistration rules with where it comes from, so that a user can
/// weigh it and correct it (`data/provinces.json` in a `--templates` folder).
///
/// Unknown stays unknown: a fact that was not found has no `value`, only a `check` saying what
/// to ask the bureau.
public struct SourcedFact: Sendable, Hashable, Codable {
    /// The fact in the words printed on documents; `nil` when not found.
    public var value: String?
    /// Who published it.
    public var confidence: FactConfidence
    /// Where it was read: an address, or the seed document's section.
    public var source: String?
    /// When the source was published or read (`YYYY-MM-DD`, or a year); `nil` when unknown.
    public var date: String?
    /// What to check before relying on it (always said for a fact not found).
    public var check: String?

    /// A fact as found: its value (`nil` when not found), how sure it is, where and when it was read, and what to check.
    public init(value: String?, confidence: FactConfidence, source: String? = nil, date: String? = nil, check: String? = nil) {
        self.value = value
        self.confidence = confidence
        self.source = source
        self.date = date
        self.check = check
    }

    /// A fact nobody found, with what to check.
    public static func notFound(check: String) -> SourcedFact {
        SourcedFact(value: nil, confidence: .notFound, check: check)
    }

    /// Where the fact comes from, in one line: the source and its date, or "date unknown".
    public var provenance: String? {
        guard let source else { return nil }
        return "\(source)（\(date.map { "\($0)" } ?? "日期不详")）"
    }
}

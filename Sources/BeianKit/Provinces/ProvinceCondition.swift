/// A request flag by which the applicant states that a province's condition is met; only the
/// applicant knows it, so beian never assumes it.
public enum ConditionFlag: String, Sendable, Hashable, Codable, CaseIterable {
    /// The applicant tried the access provider's online deregistration and could not finish it
    /// (`--online-attempted`, `requests.onlineAttempted`).
    case onlineAttempted
    /// The applicant does not know which access provider holds the filing
    /// (`--provider-unknown`, `requests.providerUnknown`).
    case providerUnknown

    /// Whether the request states it.
    func isStated(in request: DocumentRequests) -> Bool {
        switch self {
        case .onlineAttempted: request.onlineAttempted == true
        case .providerUnknown: request.providerUnknown == true
        }
    }
}

/// Who may use a province's form: a rule of the bureau, for one category of application, that
/// the applicant must meet before the form is accepted.
public struct ProvinceCondition: Sendable, Hashable, Codable {
    /// The category it restricts: `own`, `other`, or `nil` for every application.
    public var category: DeregistrationCategory?
    /// The flag by which the applicant states the condition is met; `nil` when no flag can
    /// (the condition is only explained).
    public var unless: ConditionFlag?
    /// The rule, as said to the applicant (English, for diagnostics).
    public var rule: String
    /// The rule in Chinese, as printed on the submission sheet.
    public var ruleChinese: String
    /// Where the rule comes from.
    public var fact: SourcedFact

    /// Whether the rule concerns an application of `category`.
    func applies(to category: DeregistrationCategory) -> Bool {
        self.category == nil || self.category == category
    }
}

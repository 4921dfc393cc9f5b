/// A material a province asks for beside the form, and the cases it is asked in.
public struct ProvinceAttachment: Sendable, Hashable, Codable {
    /// A case an attachment applies in; an attachment applies when all its cases hold.
    public enum Case: String, Sendable, Hashable, Codable, CaseIterable {
        /// The applicant is a unit.
        case unit
        /// The applicant is a person.
        case person
        /// One's own filing.
        case own
        /// Another's filing.
        case other
        /// The subject basis (主体依据).
        case subjectBasis = "subject-basis"
        /// The domain basis (域名依据).
        case domainBasis = "domain-basis"
        /// The application concerns at least one domain.
        case hasDomains = "has-domains"
    }

    /// The material, in Chinese, as the form's attachment list prints it.
    public var text: String
    /// The cases it applies in; empty for every application.
    public var when: [Case]
    /// Where the requirement comes from.
    public var fact: SourcedFact

    /// An attachment required in the cases `when` (every case when empty), with its source.
    public init(text: String, when: [Case] = [], fact: SourcedFact) {
        self.text = text
        self.when = when
        self.fact = fact
    }

    /// Whether the attachment is asked for in an application with these facts.
    func applies(applicantIsUnit: Bool, category: DeregistrationCategory, basis: DeregistrationBasis?, hasDomains: Bool) -> Bool {
        when.allSatisfy { condition in
            switch condition {
            case .unit: applicantIsUnit
            case .person: !applicantIsUnit
            case .own: category == .own
            case .other: category == .other
            case .subjectBasis: basis == .subject
            case .domainBasis: basis == .domain
            case .hasDomains: hasDomains
            }
        }
    }

    /// What beian's common layout lists when the province's own list was not found: the
    /// applicant's certificate, and the domain certificate on the domain basis.
    static let common: [ProvinceAttachment] = {
        let fact = SourcedFact(
            value: nil, confidence: .notFound, source: "beian's common layout",
            check: "ask the bureau which materials it wants beside the form")
        return [
            ProvinceAttachment(text: "申请单位证件复印件（加盖单位公章）", when: [.unit], fact: fact),
            ProvinceAttachment(text: "申请人身份证件复印件（本人签字）", when: [.person], fact: fact),
            ProvinceAttachment(text: "域名证书或域名注册商出具的域名持有证明", when: [.domainBasis], fact: fact),
        ]
    }()
}

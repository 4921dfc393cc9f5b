/// The nature of a filing subject (主办单位性质).
public enum SubjectNature: String, Sendable, Hashable, Codable, CaseIterable {
    /// 企业.
    case enterprise
    /// 个人.
    case individual
    /// 政府机关.
    case government
    /// 事业单位.
    case institution
    /// 社会团体.
    case socialOrganization = "social-organization"
    /// Another nature the filing system lists.
    case other

    /// The Chinese name as the MIIT system shows it.
    public var chineseName: String {
        switch self {
        case .enterprise: "企业"
        case .individual: "个人"
        case .government: "政府机关"
        case .institution: "事业单位"
        case .socialOrganization: "社会团体"
        case .other: "其他"
        }
    }

    /// Whether the subject is a unit (单位), which stamps a seal, rather than a person, who signs.
    public var isUnit: Bool { self != .individual }

    /// Reads a nature from its identifier or Chinese name.
    public init?(name: String) {
        if let nature = SubjectNature(rawValue: name) {
            self = nature
        } else if let nature = SubjectNature.allCases.first(where: { $0.chineseName == name }) {
            self = nature
        } else {
            return nil
        }
    }
}

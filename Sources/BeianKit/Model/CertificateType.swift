/// The kind of document that identifies a filing subject or a person.
public enum CertificateType: String, Sendable, Hashable, Codable, CaseIterable {
    // Documents of units.
    /// 统一社会信用代码 (18 characters with a check character).
    case unifiedSocialCreditCode = "unified-social-credit-code"
    /// 组织机构代码 (the code before unified credit codes).
    case organizationCode = "organization-code"
    /// 工商营业执照注册号.
    case businessLicenseRegistration = "business-license-registration"
    /// 事业单位法人证书.
    case institutionLegalPerson = "institution-legal-person-certificate"
    /// 社会团体法人登记证书.
    case socialOrganization = "social-organization-certificate"
    /// 民办非企业单位登记证书.
    case privateNonEnterprise = "private-non-enterprise-certificate"
    /// 军队单位代号.
    case militaryUnit = "military-unit-code"
    // Documents of people.
    /// 居民身份证 (18 digits with a check character).
    case residentID = "resident-id"
    /// 护照.
    case passport = "passport"
    /// 港澳居民来往内地通行证.
    case hongKongMacaoPass = "hk-macao-pass"
    /// 台湾居民来往大陆通行证.
    case taiwanPass = "taiwan-pass"
    /// 外国人永久居留身份证.
    case foreignPermanentResidence = "foreign-permanent-residence"
    /// 港澳居民居住证.
    case hongKongMacaoResidencePermit = "hk-macao-residence-permit"
    /// 台湾居民居住证.
    case taiwanResidencePermit = "taiwan-residence-permit"
    // Anything else a bureau accepts.
    /// Another kind of certificate.
    case other = "other"

    /// The Chinese name as forms print it.
    public var chineseName: String {
        switch self {
        case .unifiedSocialCreditCode: "统一社会信用代码"
        case .organizationCode: "组织机构代码"
        case .businessLicenseRegistration: "工商营业执照注册号"
        case .institutionLegalPerson: "事业单位法人证书"
        case .socialOrganization: "社会团体法人登记证书"
        case .privateNonEnterprise: "民办非企业单位登记证书"
        case .militaryUnit: "军队代号"
        case .residentID: "居民身份证"
        case .passport: "护照"
        case .hongKongMacaoPass: "港澳居民来往内地通行证"
        case .taiwanPass: "台湾居民来往大陆通行证"
        case .foreignPermanentResidence: "外国人永久居留身份证"
        case .hongKongMacaoResidencePermit: "港澳居民居住证"
        case .taiwanResidencePermit: "台湾居民居住证"
        case .other: "其他证件"
        }
    }

    /// Whether the document identifies a person rather than a unit; `nil` for `other`.
    public var identifiesPerson: Bool? {
        switch self {
        case .residentID, .passport, .hongKongMacaoPass, .taiwanPass, .foreignPermanentResidence,
            .hongKongMacaoResidencePermit, .taiwanResidencePermit:
            true
        case .other:
            nil
        default:
            false
        }
    }

    /// Reads a type from its identifier or its Chinese name.
    public init?(name: String) {
        if let type = CertificateType(rawValue: name) {
            self = type
        } else if let type = CertificateType.allCases.first(where: { $0.chineseName == name }) {
            self = type
        } else {
            switch name {
            case "uscc", "营业执照", "统一社会信用代码证": self = .unifiedSocialCreditCode
            case "身份证", "id-card", "resident-id-card": self = .residentID
            default: return nil
            }
        }
    }
}

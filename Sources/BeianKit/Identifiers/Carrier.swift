/// A mainland mobile network operator.
public enum Carrier: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 中国移动.
    case chinaMobile = "china-mobile"
    /// 中国联通.
    case chinaUnicom = "china-unicom"
    /// 中国电信.
    case chinaTelecom = "china-telecom"
    /// 中国广电, which has no Hubei review service number.
    case chinaBroadnet = "china-broadnet"

    /// The Chinese name, such as `中国移动`.
    public var chineseName: String {
        switch self {
        case .chinaMobile: "中国移动"
        case .chinaUnicom: "中国联通"
        case .chinaTelecom: "中国电信"
        case .chinaBroadnet: "中国广电"
        }
    }

    public var description: String { rawValue }

    /// Reads a carrier from its identifier (`china-mobile`), its Chinese name (`中国移动`, `移动`)
    /// or a common short form (`cmcc`, `unicom`, `telecom`).
    public init?(name: String) {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        switch key {
        case "china-mobile", "chinamobile", "mobile", "cmcc", "中国移动", "移动": self = .chinaMobile
        case "china-unicom", "chinaunicom", "unicom", "cucc", "中国联通", "联通": self = .chinaUnicom
        case "china-telecom", "chinatelecom", "telecom", "ctcc", "中国电信", "电信": self = .chinaTelecom
        case "china-broadnet", "chinabroadnet", "broadnet", "cbn", "中国广电", "广电": self = .chinaBroadnet
        default: return nil
        }
    }
}

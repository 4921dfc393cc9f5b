/// An access provider (接入商) by the code the Hubei bureau gave it for the annual-review SMS.
public struct AccessProvider: Sendable, Hashable, Codable {
    /// The three-digit code, such as `001`.
    public var code: String
    /// The company's name, when the code is known.
    public var name: String?

    /// Codes and companies attested in public material. Source: the Alibaba Cloud filing manual,
    /// section 2.4 (001, 022); other providers' announcements (002, 011). Providers announce their
    /// own codes, so any three-digit code is accepted.
    public static let known: [AccessProvider] = [
        AccessProvider(code: "001", name: "阿里云计算有限公司"),
        AccessProvider(code: "002", name: "腾讯云计算（北京）有限责任公司"),
        AccessProvider(code: "011", name: "优刻得科技股份有限公司"),
        AccessProvider(code: "022", name: "阿里巴巴云计算（北京）有限公司"),
    ]

    /// Creates a provider entry.
    public init(code: String, name: String?) {
        self.code = code
        self.name = name
    }

    /// Reads a provider code: exactly three ASCII digits. The name is filled in when known.
    public init(code text: String) throws(IdentifierProblem) {
        guard text.count == 3, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            let known = AccessProvider.known.map { "\($0.code) \($0.name ?? "")" }.joined(separator: ", ")
            throw IdentifierProblem(
                code: "provider.format", message: "'\(text)' is not a provider code: codes are exactly three digits",
                hint: "your provider's notice or SMS gives its code; known codes: \(known)",
                arguments: ["value": text, "options": known])
        }
        self.init(code: text, name: AccessProvider.known.first { $0.code == text }?.name)
    }
}

/// A mainland mobile number (11 digits starting with 1) with the network its prefix belongs to.
public struct MobileNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 11 digits.
    public let digits: String
    /// The network whose prefix the number carries: a guess, since numbers move between carriers.
    public let prefixCarrier: Carrier?
    /// Whether the prefix belongs to a virtual operator riding on `prefixCarrier`'s network.
    public let isVirtualOperator: Bool
    /// Whether the number is a satellite service number (1349), which has no SMS route here.
    public let isSatellite: Bool

    public var description: String { digits }

    /// Reads a mobile number. Accepts a `+86`/`86` country prefix and spaces or dashes between
    /// digits, which it removes; refuses anything that is not a mobile range in use.
    public init(_ text: String) throws(IdentifierProblem) {
        var digits = text.filter { $0 != " " && $0 != "-" }
        if digits.hasPrefix("+86") { digits.removeFirst(3) } else if digits.hasPrefix("0086") { digits.removeFirst(4) }
        if digits.count == 13, digits.hasPrefix("86") { digits.removeFirst(2) }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), !digits.isEmpty else {
            throw IdentifierProblem(
                code: "mobile.characters", message: "'\(text)' is not a mobile number: it contains characters other than digits",
                hint: "write the 11 digits, e.g. 13812345678", arguments: ["value": text])
        }
        guard digits.count == 11, digits.hasPrefix("1") else {
            throw IdentifierProblem(
                code: "mobile.length", message: "'\(text)' is not a mainland mobile number: those have 11 digits starting with 1",
                hint: digits.count == 11 ? "check the first digits" : "it has \(digits.count) digits; check for a missing or extra digit",
                arguments: ["value": text])
        }
        switch MobileNumberPlan.allocation(of: digits) {
        case .carrier(let carrier)?:
            self.init(digits: digits, prefixCarrier: carrier, isVirtualOperator: false, isSatellite: false)
        case .virtual(let host)?:
            self.init(digits: digits, prefixCarrier: host, isVirtualOperator: true, isSatellite: false)
        case .satellite?:
            self.init(digits: digits, prefixCarrier: nil, isVirtualOperator: false, isSatellite: true)
        case .unallocated?, nil:
            throw IdentifierProblem(
                code: "mobile.range", message: "'\(text)' is not in a mobile range in use (prefix \(MobileNumberPlan.entry(of: digits)?.prefix ?? String(digits.prefix(3))))",
                hint: "check the number; a mainland mobile starts with 13–19 and a carrier's prefix",
                arguments: ["value": text, "prefix": MobileNumberPlan.entry(of: digits)?.prefix ?? String(digits.prefix(3))])
        }
    }

    private init(digits: String, prefixCarrier: Carrier?, isVirtualOperator: Bool, isSatellite: Bool) {
        self.digits = digits
        self.prefixCarrier = prefixCarrier
        self.isVirtualOperator = isVirtualOperator
        self.isSatellite = isSatellite
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}

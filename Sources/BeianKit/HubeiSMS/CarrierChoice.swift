/// A carrier the user names because numbers move between carriers: `NAME` for every sender, or
/// `MOBILE=NAME` for one number. The one reading of that form, for the command line's
/// `--carrier`, a record's `requests.carrier` and library callers alike.
public struct CarrierChoice: Sendable, Hashable {
    /// The sender it is for (11 digits), or `nil` for every sender.
    public var mobile: String?
    /// The carrier.
    public var carrier: Carrier

    /// A choice made in code; `mobile` is read as a mobile number (`+86`, spaces and dashes
    /// allowed) and `nil` when it is not one.
    public init?(carrier: Carrier, mobile: String? = nil) {
        if let mobile {
            guard let number = try? MobileNumber(mobile) else { return nil }
            self.mobile = number.digits
        }
        self.carrier = carrier
    }

    /// Reads `NAME` or `MOBILE=NAME` (names: `china-mobile`, `中国移动`, `移动`…); `nil` when the
    /// name is no carrier or the number no mobile.
    public init?(_ text: String) {
        let parts = Self.parts(of: text)
        guard let carrier = Carrier(name: parts.name) else { return nil }
        self.init(carrier: carrier, mobile: parts.mobile)
    }

    /// The text split at its first `=`: the mobile before it, if any, and the carrier's name.
    static func parts(of text: String) -> (mobile: String?, name: String) {
        guard let equals = text.firstIndex(of: "=") else { return (nil, text) }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }

    /// Several choices as a request holds them: the carrier of every sender (the last given)
    /// and the carrier of particular numbers.
    public static func combined(_ choices: [CarrierChoice]) -> (all: Carrier?, byMobile: [String: Carrier]) {
        var all: Carrier?
        var byMobile: [String: Carrier] = [:]
        for choice in choices {
            if let mobile = choice.mobile { byMobile[mobile] = choice.carrier } else { all = choice.carrier }
        }
        return (all, byMobile)
    }
}

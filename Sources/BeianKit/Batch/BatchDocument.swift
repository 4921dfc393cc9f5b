/// What a batch generates for each record: one of the documents, or the Hubei review messages.
public enum BatchDocument: Sendable, Hashable, CustomStringConvertible {
    /// A document (form, package, letter).
    case document(DocumentKind)
    /// The Hubei annual-review messages, as CSV.
    case hubeiSMS
    /// For a line holding `old` and `new` records: the change plan (JSON) and the documents it
    /// calls for.
    case change

    /// Reads `deregistration-form`, `shandong-mail`, `authorization-letter` or `hubei-sms`.
    public init?(name: String) {
        if name == "hubei-sms" {
            self = .hubeiSMS
        } else if name == "change" {
            self = .change
        } else if let kind = DocumentKind(rawValue: name) {
            self = .document(kind)
        } else {
            return nil
        }
    }

    /// The name on the command line and in the manifest.
    public var description: String {
        switch self {
        case .document(let kind): kind.rawValue
        case .hubeiSMS: "hubei-sms"
        case .change: "change"
        }
    }

    /// Every name accepted.
    public static let names = DocumentKind.allCases.map(\.rawValue) + ["hubei-sms", "change"]
}

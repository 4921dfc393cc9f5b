/// One annual-review SMS: from whom, to which service code, saying what.
public struct HubeiSMSMessage: Sendable, Hashable, Codable {
    /// The website the message reports on.
    public var websiteFilingNumber: String
    /// The mobile that sends it.
    public var sender: String
    /// The sender's carrier, which decides the destination.
    public var carrier: Carrier
    /// The carrier's review service code.
    public var destination: String
    /// The text to send, `#provider#website number#status#`.
    public var body: String
    /// The website's name, for people reading the list (not part of the JSON output).
    public var websiteName: String
    /// The reported status (not part of the JSON output; it is inside `body`).
    public var status: ReviewStatus

    enum CodingKeys: String, CodingKey { case websiteFilingNumber, sender, carrier, destination, body }

    /// Creates a message.
    public init(
        websiteFilingNumber: String, sender: String, carrier: Carrier, destination: String, body: String,
        websiteName: String = "", status: ReviewStatus = .unchanged
    ) {
        self.websiteFilingNumber = websiteFilingNumber
        self.sender = sender
        self.carrier = carrier
        self.destination = destination
        self.body = body
        self.websiteName = websiteName
        self.status = status
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let body = try container.decode(String.self, forKey: .body)
        self.init(
            websiteFilingNumber: try container.decode(String.self, forKey: .websiteFilingNumber),
            sender: try container.decode(String.self, forKey: .sender),
            carrier: try container.decode(Carrier.self, forKey: .carrier),
            destination: try container.decode(String.self, forKey: .destination),
            body: body,
            status: (try? ReviewMessageBody.parse(body))?.first?.status ?? .unchanged)
    }

    /// The `sms:` link (RFC 5724) that opens a phone's messaging app with this message filled in.
    public var uri: String {
        "sms:\(destination)?body=\(URIEncoding.percentEncoded(body))"
    }
}

/// Percent-encoding for URI query values: everything but RFC 3986's unreserved characters.
enum URIEncoding {
    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }
}

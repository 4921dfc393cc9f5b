/// Per-record parameters of the documents and messages generated for a filing: the record's
/// `requests` object. They use the same names as the command-line options and the library
/// requests, and they override those (the record is the more specific source).
public struct DocumentRequests: Sendable, Hashable, Codable {
    /// The access provider's three-digit code for the Hubei review SMS (`provider`).
    public var provider: String?
    /// The default review status of every website (`status`).
    public var status: ReviewStatus?
    /// Review status per website filing number (`websiteStatus`), overriding `status`.
    public var websiteStatus: [String: ReviewStatus] = [:]
    /// The mobile that sends the review SMS (`sender`).
    public var sender: String?
    /// The carrier of every sender (`carrier` as a string).
    public var carrier: Carrier?
    /// The carrier of particular mobiles (`carrier` as an object of mobile → carrier).
    public var carriersByMobile: [String: Carrier] = [:]
    /// The date the messages are sent, or documents signed (`date`).
    public var date: CalendarDate?
    /// The website filing numbers to act on (`websites`); empty means all.
    public var websites: [String] = []

    /// No overrides.
    public init() {}

    /// The keys a record's `requests` object may hold.
    static let keys: Set<String> = ["provider", "status", "websiteStatus", "sender", "carrier", "date", "websites"]
}

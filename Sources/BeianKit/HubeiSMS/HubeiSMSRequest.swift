/// The parameters of the Hubei annual-review messages of one filing. Each is optional; a
/// filing's own `requests` override them (see ``DocumentRequests``).
public struct HubeiSMSRequest: Sendable, Hashable {
    /// The access provider's three-digit code (`--provider`). Required here or in the record.
    public var provider: String?
    /// The status reported for every website (`--status`); 无变化 when nobody says otherwise.
    public var status: ReviewStatus?
    /// The mobile that sends (`--sender`): the subject's or the website's responsible person's.
    /// Without it each website's own responsible person sends, else the subject's.
    public var sender: String?
    /// The carrier of every sender (`--carrier NAME`), for numbers that moved carrier.
    public var carrier: Carrier?
    /// The carrier of particular mobiles (`--carrier MOBILE=NAME`).
    public var carriersByMobile: [String: Carrier]
    /// The day the messages are sent (`--date`); today in China by default.
    public var date: CalendarDate?
    /// The website numbers to send for (`--website`); empty means every website.
    public var websites: [String]

    /// Creates a request.
    public init(
        provider: String? = nil, status: ReviewStatus? = nil, sender: String? = nil, carrier: Carrier? = nil,
        carriersByMobile: [String: Carrier] = [:], date: CalendarDate? = nil, websites: [String] = []
    ) {
        self.provider = provider
        self.status = status
        self.sender = sender
        self.carrier = carrier
        self.carriersByMobile = carriersByMobile
        self.date = date
        self.websites = websites
    }

    /// The same parameters in the shape a record's `requests` have, so both merge one way.
    var asDocumentRequests: DocumentRequests {
        var requests = DocumentRequests()
        requests.provider = provider
        requests.status = status
        requests.sender = sender
        requests.carrier = carrier
        requests.carriersByMobile = carriersByMobile
        requests.date = date
        requests.websites = websites
        return requests
    }
}

/// One website (or App, or mini-program) filed under a subject.
public struct Website: Sendable, Hashable, Codable {
    /// The website's name as filed.
    public var name: String
    /// Its filing number (`…号-N`, or `-NA` / `-NX` for Apps and mini-programs).
    public var filingNumber: FilingNumber
    /// The domains filed for it, in the record's order.
    public var domains: [String]
    /// The website's responsible person, when the record names one apart from the subject's.
    public var owner: Contact?
    /// Whether its domain has expired, which changes the paperwork (no domain certificate needed).
    public var domainExpired: Bool

    /// Creates a website.
    public init(name: String, filingNumber: FilingNumber, domains: [String], owner: Contact? = nil, domainExpired: Bool = false) {
        self.name = name
        self.filingNumber = filingNumber
        self.domains = domains
        self.owner = owner
        self.domainExpired = domainExpired
    }
}

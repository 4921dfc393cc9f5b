/// The parameters of a deregistration application (form, or Shandong mailing package). Each is
/// optional; a filing's own `requests` override them.
public struct DeregistrationRequest: Sendable, Hashable {
    /// Website numbers to cancel (`--website`); empty cancels the subject with all its websites.
    public var websites: [String]
    /// Why the filing is cancelled (`--reason`); a blank is left for handwriting when absent.
    public var reason: String?
    /// Whose filing (`--category own|other`); inferred from the applicant when absent.
    public var category: DeregistrationCategory?
    /// The entitlement (`--basis subject|domain`); `subject` for one's own filing, else `domain`.
    public var basis: DeregistrationBasis?
    /// The applicant; the subject itself when absent.
    public var applicant: Applicant?
    /// The date printed on the application (`--date`); today in China when absent.
    public var date: CalendarDate?
    /// Whether the applicant tried the access provider's online deregistration and could not
    /// finish it (`--online-attempted`); the Guangdong form ticks its box only when true.
    public var onlineAttempted: Bool?
    /// Whether the websites concerned are no longer hosted by the filing's access provider, a
    /// shell (空壳) filing (`--shell`); the Henan form serves only such filings.
    public var shell: Bool?
    /// Whether the applicant does not know which access provider holds the filing
    /// (`--provider-unknown`); Shanghai takes one's own deregistration only then.
    public var providerUnknown: Bool?

    /// Creates a request.
    public init(
        websites: [String] = [], reason: String? = nil, category: DeregistrationCategory? = nil,
        basis: DeregistrationBasis? = nil, applicant: Applicant? = nil, date: CalendarDate? = nil,
        onlineAttempted: Bool? = nil, shell: Bool? = nil, providerUnknown: Bool? = nil
    ) {
        self.providerUnknown = providerUnknown
        self.onlineAttempted = onlineAttempted
        self.shell = shell
        self.websites = websites
        self.reason = reason
        self.category = category
        self.basis = basis
        self.applicant = applicant
        self.date = date
    }

    /// The same parameters in the shape a record's `requests` have, so both merge one way.
    var asDocumentRequests: DocumentRequests {
        var requests = DocumentRequests()
        requests.websites = websites
        requests.reason = reason
        requests.category = category
        requests.basis = basis
        requests.applicant = applicant
        requests.date = date
        requests.onlineAttempted = onlineAttempted
        requests.shell = shell
        requests.providerUnknown = providerUnknown
        return requests
    }
}

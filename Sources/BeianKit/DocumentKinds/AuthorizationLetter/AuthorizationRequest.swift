/// The parameters of a unit's authorization letter (单位授权委托书). Each is optional here; a
/// filing's own `requests` override them, and the agent and scope must come from one of the two.
public struct AuthorizationRequest: Sendable, Hashable {
    /// The agent (受托人): the person who acts for the unit.
    public var agent: Agent?
    /// What the agent may do.
    public var scope: AuthorizationScope?
    /// First day of validity (`--valid-from`); the letter's date when absent.
    public var validFrom: CalendarDate?
    /// Last day of validity (`--valid-until`); one month after `validFrom` when absent.
    public var validUntil: CalendarDate?
    /// The letter's date (`--date`); today in China when absent.
    public var date: CalendarDate?
    /// Whether the unit has an official seal (`--no-seal` for a sole proprietorship without one,
    /// which signs, presses a fingerprint and writes its ID number instead).
    public var hasSeal: Bool?

    /// Creates a request.
    public init(
        agent: Agent? = nil, scope: AuthorizationScope? = nil, validFrom: CalendarDate? = nil,
        validUntil: CalendarDate? = nil, date: CalendarDate? = nil, hasSeal: Bool? = nil
    ) {
        self.agent = agent
        self.scope = scope
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.date = date
        self.hasSeal = hasSeal
    }

    /// The same parameters in the shape a record's `requests` have, so both merge one way.
    var asDocumentRequests: DocumentRequests {
        var requests = DocumentRequests()
        requests.agent = agent
        requests.scope = scope
        requests.validFrom = validFrom
        requests.validUntil = validUntil
        requests.date = date
        requests.noSeal = hasSeal.map { !$0 }
        return requests
    }
}

/// The person a unit authorizes.
public struct Agent: Sendable, Hashable, Codable {
    /// The agent's name.
    public var name: String
    /// The agent's identity document (a resident ID unless stated).
    public var certificate: Certificate
    /// The agent's mobile, when given.
    public var mobile: MobileNumber?

    /// Creates an agent.
    public init(name: String, certificate: Certificate, mobile: MobileNumber? = nil) {
        self.name = name
        self.certificate = certificate
        self.mobile = mobile
    }
}

/// What an authorization letter empowers the agent to do.
public enum AuthorizationScope: Sendable, Hashable {
    /// Move the filing data from one cloud account to another (`--scope transfer --from-account
    /// UID --to-account UID`); adds the offline transfer checklist.
    case transfer(fromAccount: String, toAccount: String)
    /// Apply for the deregistration of the filing (`--scope deregistration`).
    case deregistration
    /// Apply for changes to the filing (`--scope change`).
    case change
    /// Any other matter, in the user's words (`--scope-text`).
    case custom(String)

    /// The scope's name on input.
    public var name: String {
        switch self {
        case .transfer: "transfer"
        case .deregistration: "deregistration"
        case .change: "change"
        case .custom: "custom"
        }
    }
}

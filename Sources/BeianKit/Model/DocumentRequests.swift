/// Per-record parameters of the documents and messages generated for a filing: the record's
/// `requests` object. Keys are the command-line options' names in camel case (`--agent-id` is
/// `agentId`), and a record's values override the command line's (the record is more specific).
public struct DocumentRequests: Sendable, Hashable {
    // Hubei review SMS.
    /// The access provider's three-digit code (`provider`).
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

    // Shared.
    /// The date messages are sent or documents dated (`date`).
    public var date: CalendarDate?
    /// The website filing numbers to act on (`websites`); empty means the whole subject.
    public var websites: [String] = []

    // Deregistration.
    /// Why the filing is cancelled (`reason`).
    public var reason: String?
    /// Whose filing (`category`: own or other).
    public var category: DeregistrationCategory?
    /// The applicant's entitlement (`basis`: subject or domain).
    public var basis: DeregistrationBasis?
    /// The applicant when not the subject (`applicantName`, `applicantCertificateType`,
    /// `applicantCertificateNumber`, `contactName`, `contactMobile`, `contactEmail`).
    public var applicant: Applicant?
    /// `onlineAttempted: true` when the applicant tried the provider's online deregistration and
    /// could not finish it; the Guangdong form ticks its box only then.
    public var onlineAttempted: Bool?
    /// `shell: true` when the websites concerned are no longer hosted by the filing's access
    /// provider (空壳网站); the Henan form, which serves shell filings, says so only then.
    public var shell: Bool?
    /// `providerUnknown: true` when the applicant does not know which access provider holds the
    /// filing; Shanghai's bureau takes one's own deregistration only then.
    public var providerUnknown: Bool?

    // Authorization letter.
    /// The agent (`agentName`, `agentIdType`, `agentId`, `agentMobile`).
    public var agent: Agent?
    /// The scope (`scope`: transfer, deregistration, change; `scopeText` for custom words;
    /// `fromAccount` and `toAccount` for a transfer).
    public var scope: AuthorizationScope?
    /// First day of validity (`validFrom`).
    public var validFrom: CalendarDate?
    /// Last day of validity (`validUntil`).
    public var validUntil: CalendarDate?
    /// `noSeal: true` for a unit without an official seal.
    public var noSeal: Bool?

    /// No overrides.
    public init() {}

    /// The keys a record's `requests` object may hold.
    static let keys: Set<String> = [
        "provider", "status", "websiteStatus", "sender", "carrier", "date", "websites",
        "reason", "category", "basis", "applicantName", "applicantCertificateType", "applicantCertificateNumber",
        "contactName", "contactMobile", "contactEmail", "onlineAttempted", "shell", "providerUnknown",
        "agentName", "agentIdType", "agentId", "agentMobile", "scope", "scopeText", "fromAccount", "toAccount",
        "validFrom", "validUntil", "noSeal",
    ]

    /// The command-line option that carries a `requests` key: `agentId` is `--agent-id`, and
    /// `websites`, given once per website, is `--website`.
    ///
    /// Library diagnostics name request parameters as fields (`requests.agentId`); a command line
    /// names them with this option instead.
    public static func commandLineOption(for key: String) -> String {
        if key == "websites" { return "--website" }
        var option = "--"
        for character in key {
            if character.isUppercase { option += "-" + character.lowercased() } else { option.append(character) }
        }
        return option
    }

    /// Reads parameters written as a record's `requests` object, such as a request body's:
    ///
    /// ```swift
    /// let requests = try DocumentRequests(json: ["reason": "网站不再运营", "websites": ["鄂ICP备2019012345号-1"]])
    /// ```
    ///
    /// Throws every problem at once, at paths such as `requests.websites[0]`.
    public init(json fields: [String: JSONValue], options: ValidationOptions = .init()) throws(InputError) {
        var decoder = FilingDecoder(options: options)
        guard let requests = decoder.requests(.object(fields), labels: .record), !decoder.diagnostics.hasErrors
        else { throw InputError(decoder.diagnostics) }
        self = requests
    }

    /// Reads parameters given as command-line options, keyed by their `requests` names
    /// (`agentId` for `--agent-id`), checking them exactly as a record's `requests` are checked.
    /// Diagnostics name the options (`--agent-id`).
    public static func read(commandLine options: [String: JSONValue], validation: ValidationOptions = .init()) -> (requests: DocumentRequests?, diagnostics: [Diagnostic]) {
        var decoder = FilingDecoder(options: validation)
        let requests = decoder.requests(.object(options), labels: .commandLine)
        let diagnostics = decoder.diagnostics
        return (diagnostics.hasErrors ? nil : requests, diagnostics)
    }

    /// These parameters checked as a record's `requests` are (same codes, paths such as
    /// `requests.agentId`), normalised; the warnings and notes of reading them.
    func validated(options: ValidationOptions) throws(InputError) -> (DocumentRequests, [Diagnostic]) {
        var decoder = FilingDecoder(options: options)
        guard var checked = decoder.requests(.object(RecordForm.requests(self)), labels: .record),
            !decoder.diagnostics.hasErrors
        else { throw InputError(decoder.diagnostics) }
        if carrier != nil, !carriersByMobile.isEmpty { checked.carrier = carrier }
        return (checked, decoder.diagnostics)
    }

    /// These parameters with `record`'s set values replacing them; a note for each value the
    /// record changes.
    func overridden(by record: DocumentRequests) -> (DocumentRequests, [Diagnostic]) {
        var merged = self
        var notes: [Diagnostic] = []
        func take<Value: Equatable>(_ key: String, _ keyPath: WritableKeyPath<DocumentRequests, Value?>) {
            guard let value = record[keyPath: keyPath] else { return }
            if let current = self[keyPath: keyPath], current != value {
                notes.append(
                    Diagnostic(
                        .note, FieldPath.root / "requests" / key, code: "requests.override",
                        "the record's \(key) replaces the value given on the command line or in the call",
                        arguments: ["key": key]))
            }
            merged[keyPath: keyPath] = value
        }
        take("provider", \.provider)
        take("status", \.status)
        take("sender", \.sender)
        take("carrier", \.carrier)
        take("date", \.date)
        take("reason", \.reason)
        take("category", \.category)
        take("basis", \.basis)
        take("applicant", \.applicant)
        take("onlineAttempted", \.onlineAttempted)
        take("shell", \.shell)
        take("providerUnknown", \.providerUnknown)
        take("agent", \.agent)
        take("scope", \.scope)
        take("validFrom", \.validFrom)
        take("validUntil", \.validUntil)
        take("noSeal", \.noSeal)
        merged.websiteStatus.merge(record.websiteStatus) { _, recordValue in recordValue }
        merged.carriersByMobile.merge(record.carriersByMobile) { _, recordValue in recordValue }
        if !record.websites.isEmpty {
            if !websites.isEmpty, websites != record.websites {
                notes.append(
                    Diagnostic(
                        .note, "requests.websites", code: "requests.override",
                        "the record's websites replace those given on the command line or in the call",
                        arguments: ["key": "websites"]))
            }
            merged.websites = record.websites
        }
        return (merged, notes)
    }
}

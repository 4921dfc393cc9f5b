import Foundation

/// A filing record: the subject, its websites, and the parameters of the documents to generate.
///
/// A `Filing` is valid by construction: every initialiser checks the whole record, by the same
/// rules whether it comes from JSON or from values built in code, and throws an ``InputError``
/// carrying all its problems. Its fields can be read, not set: build a new filing to change one.
public struct Filing: Sendable, Hashable {
    /// The caller's identifier of the record, when it has one.
    public internal(set) var id: String?
    /// The filing entity.
    public internal(set) var subject: Subject
    /// The websites (and Apps, mini-programs) filed under the subject, in the record's order.
    public internal(set) var websites: [Website]
    /// Per-record document parameters.
    public internal(set) var requests: DocumentRequests
    /// Warnings and notes found while reading the record; never errors.
    public internal(set) var diagnostics: [Diagnostic]

    /// The region whose bureau keeps this filing.
    public var province: Province { subject.filingNumber.province }

    /// Creates a filing from values built in code, checking every field and every rule exactly as
    /// a JSON record is checked (same codes, same paths such as `subject.certificate.number`), and
    /// normalising the same way.
    ///
    /// ```swift
    /// let filing = try Filing(subject: subject, websites: [site])   // throws InputError
    /// ```
    public init(
        id: String? = nil, subject: Subject, websites: [Website], requests: DocumentRequests = .init(),
        options: ValidationOptions = .init()
    ) throws(InputError) {
        let record = RecordForm.filing(id: id, subject: subject, websites: websites, requests: requests)
        let reading = Filing.read(json: record, options: options)
        guard var filing = reading.filing else { throw InputError(reading.diagnostics) }
        // The record form holds one carrier or a map of them; keep both when the caller set both.
        if requests.carrier != nil, !requests.carriersByMobile.isEmpty { filing.requests.carrier = requests.carrier }
        self = filing
    }

    init(unchecked id: String?, subject: Subject, websites: [Website], requests: DocumentRequests, diagnostics: [Diagnostic]) {
        self.id = id
        self.subject = subject
        self.websites = websites
        self.requests = requests
        self.diagnostics = diagnostics
    }

    /// Reads and checks a record from JSON, throwing every problem at once.
    public init(jsonData: Data, options: ValidationOptions = .init()) throws(InputError) {
        let reading = Filing.read(jsonData: jsonData, options: options)
        guard let filing = reading.filing else { throw InputError(reading.diagnostics) }
        self = filing
    }

    /// Reads and checks a record from JSON without throwing: the filing when it is usable, and
    /// every diagnostic either way.
    public static func read(jsonData: Data, options: ValidationOptions = .init()) -> FilingReading {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: jsonData)
        } catch {
            return FilingReading(filing: nil, diagnostics: [JSONSyntax.diagnostic(for: error, data: jsonData)])
        }
        return read(json: value, options: options)
    }

    /// Reads and checks a record already parsed as JSON.
    public static func read(json: JSONValue, options: ValidationOptions = .init()) -> FilingReading {
        var decoder = FilingDecoder(options: options)
        let filing = decoder.decode(json)
        return FilingReading(filing: filing, diagnostics: decoder.diagnostics)
    }
}

/// The outcome of reading one record: the filing when it has no errors, and all diagnostics.
public struct FilingReading: Sendable {
    /// The filing, or `nil` when any diagnostic is an error.
    public var filing: Filing?
    /// Every problem found, errors first.
    public internal(set) var diagnostics: [Diagnostic]
}

/// Settings of record checking.
public struct ValidationOptions: Sendable, Hashable {
    /// The day against which ages and birth dates are checked; today in China by default.
    public var today: CalendarDate
    /// Size limits.
    public var limits: InputLimits

    /// Creates options.
    public init(today: CalendarDate = .today(), limits: InputLimits = .init()) {
        self.today = today
        self.limits = limits
    }
}

import Foundation

/// One side of a change (the filing before it, or after it): a filing record as `validate` reads
/// it, with two additions only a change needs.
///
/// - A website without `filingNumber` in the record after the change is a **new website**: it has
///   no number until the bureau gives one, and files on its own (change guide: 新增网站).
/// - A domain may be written as `{"name": "example.cn", "expiresOn": "2027-06-30"}` instead of a
///   string, so the plan can check that it is still valid long enough (manual §3).
///
/// Everything else is checked by the record reader, with the same codes and paths.
public struct ChangeRecord: Sendable {
    /// The filing, without its new websites.
    public var filing: Filing
    /// Websites that have no filing number yet, in record order.
    public var newWebsites: [NewWebsite]
    /// Expiry days by domain, as the record gives them.
    public var domainExpiry: [String: CalendarDate]

    /// A website the record lists without a filing number.
    public struct NewWebsite: Sendable, Hashable {
        /// Its position in the record's `websites`.
        public var index: Int
        public var name: String
        public var domains: [String]
        public var owner: Contact?
    }

    /// The record's warnings and notes.
    public var diagnostics: [Diagnostic] { filing.diagnostics }

    /// Reads a record, reporting every problem at once; `record` is nil when any is an error.
    public static func read(jsonData: Data, options: ValidationOptions = .init()) -> (record: ChangeRecord?, diagnostics: [Diagnostic]) {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: jsonData)
        } catch {
            return (nil, [JSONSyntax.diagnostic(for: error, data: jsonData)])
        }
        return read(json: value, options: options)
    }

    /// Placeholder sequence numbers of new websites, so that the record reader checks their names,
    /// domains and owners as it checks every website; beyond what any real subject reaches.
    private static let placeholderBase = 9901

    /// Reads a record already parsed.
    public static func read(json: JSONValue, options: ValidationOptions = .init()) -> (record: ChangeRecord?, diagnostics: [Diagnostic]) {
        guard case .object(var root) = json, case .array(let websites)? = root["websites"] else {
            let reading = Filing.read(json: json, options: options)
            return (reading.filing.map { ChangeRecord(filing: $0, newWebsites: [], domainExpiry: [:]) }, reading.diagnostics)
        }
        var problems: [Diagnostic] = []
        var expiry: [String: CalendarDate] = [:]
        var placeholders: [String: Int] = [:]
        var subjectNumber: String?
        if case .object(let subject)? = root["subject"], case .string(let number)? = subject["filingNumber"] { subjectNumber = number }
        var rewritten: [JSONValue] = []
        for (index, item) in websites.enumerated() {
            guard case .object(var website) = item else { rewritten.append(item); continue }
            let path = FieldPath.root / "websites"
            if case .array(let domains)? = website["domains"] {
                website["domains"] = .array(
                    domains.enumerated().map { position, domain in
                        liftExpiry(domain, at: path.index(index) / "domains", position: position, into: &expiry, problems: &problems)
                    })
            }
            if website["filingNumber"] == nil, let subjectNumber {
                let placeholder = "\(subjectNumber)-\(placeholderBase + placeholders.count)"
                placeholders[placeholder] = index
                website["filingNumber"] = .string(placeholder)
            }
            rewritten.append(.object(website))
        }
        root["websites"] = .array(rewritten)
        let reading = Filing.read(json: .object(root), options: options)
        let diagnostics = (reading.diagnostics + problems).inReportOrder()
        guard var filing = reading.filing, !problems.hasErrors else { return (nil, diagnostics) }
        var newWebsites: [NewWebsite] = []
        filing.websites.removeAll { website in
            guard let index = placeholders[website.filingNumber.text] else { return false }
            newWebsites.append(NewWebsite(index: index, name: website.name, domains: website.domains, owner: website.owner))
            return true
        }
        filing.diagnostics = diagnostics
        return (ChangeRecord(filing: filing, newWebsites: newWebsites, domainExpiry: expiry), diagnostics)
    }

    /// A domain written as an object becomes its name, its expiry kept aside.
    private static func liftExpiry(
        _ domain: JSONValue, at path: FieldPath, position: Int, into expiry: inout [String: CalendarDate],
        problems: inout [Diagnostic]
    ) -> JSONValue {
        guard case .object(let fields) = domain else { return domain }
        let here = path.index(position)
        for key in fields.keys.sorted() where key != "name" && key != "expiresOn" {
            problems.append(
                Diagnostic(
                    .error, here / key, code: "field.unknown", "a domain holds only name and expiresOn",
                    hint: "remove '\(key)'"))
        }
        guard case .string(let name)? = fields["name"] else {
            problems.append(
                Diagnostic(
                    .error, here / "name", code: "field.missing", "the domain's name is missing",
                    hint: "write {\"name\": \"example.cn\", \"expiresOn\": \"2027-06-30\"}"))
            return .string("")
        }
        switch fields["expiresOn"] {
        case nil, .null?:
            break
        case .string(let text)?:
            if let date = CalendarDate(iso: text) {
                expiry[name.lowercased()] = date
            } else {
                problems.append(
                    Diagnostic(
                        .error, here / "expiresOn", code: "date.format", "'\(text)' is not a date",
                        hint: "write the expiry day as YYYY-MM-DD, e.g. 2027-06-30"))
            }
        default:
            problems.append(
                Diagnostic(
                    .error, here / "expiresOn", code: "field.type", "the expiry day must be a string",
                    hint: "write the expiry day as \"YYYY-MM-DD\""))
        }
        return .string(name)
    }
}

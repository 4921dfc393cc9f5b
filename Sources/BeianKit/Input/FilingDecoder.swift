/// Reads a record from its JSON tree into a ``Filing``, collecting a diagnostic for every problem
/// (wrong type, missing field, invalid identifier) instead of stopping at the first.
struct FilingDecoder {
    let options: ValidationOptions
    var log = DiagnosticLog()

    init(options: ValidationOptions) {
        self.options = options
    }

    /// Every diagnostic, errors first, then by field.
    var diagnostics: [Diagnostic] { log.entries.inReportOrder() }

    /// The filing when the record has no errors.
    mutating func decode(_ value: JSONValue) -> Filing? {
        guard let root = object(value, at: .root, what: "a filing record") else { return nil }
        unknownKeys(root, allowed: Self.recordFields, at: .root)
        let id = identifier(root["id"])
        let subject = root["subject"].flatMap { self.subject($0, at: "subject") }
        if root["subject"] == nil { missing(FieldPath.root / "subject", "the subject (主体) of the filing") }
        let websites = self.websites(root["websites"], at: FieldPath.root / "websites")
        let requests = root["requests"].flatMap { self.requests($0, labels: .record) } ?? DocumentRequests()

        // The rules across fields run whenever their values could be read, so that they are
        // reported together with the problems of single fields.
        guard let subject, let websites else {
            checkNumbersAlone(root)
            return nil
        }
        log.append(contentsOf: FilingRules.check(subject: subject, websites: websites, requests: requests, options: options))
        guard !log.hasErrors else { return nil }
        return Filing(
            unchecked: id, subject: subject, websites: websites, requests: requests,
            diagnostics: log.entries.inReportOrder())
    }

    /// When the subject or a website could not be read whole, still checks the filing numbers
    /// that could, so their mismatches are reported with the other problems.
    private mutating func checkNumbersAlone(_ root: [String: JSONValue]) {
        guard case .object(let subject)? = root["subject"], case .string(let raw)? = subject["filingNumber"],
            let number = try? FilingNumber(TextRules.foldingFullWidth(TextRules.trimmed(raw))), number.kind == .subject,
            case .array(let items)? = root["websites"]
        else { return }
        var websites: [(index: Int, number: FilingNumber)] = []
        for (index, item) in items.enumerated() {
            if case .object(let website) = item, case .string(let text)? = website["filingNumber"],
                let parsed = try? FilingNumber(TextRules.foldingFullWidth(TextRules.trimmed(text)))
            {
                websites.append((index, parsed))
            }
        }
        FilingRules.checkNumbers(subject: number, websites: websites, log: &log)
    }

    // The keys each object may hold, built once rather than on every record.
    static let recordFields: Set<String> = ["id", "subject", "websites", "requests"]
    static let subjectFields: Set<String> = ["name", "nature", "certificate", "filingNumber", "address", "legalRepresentative", "owner"]
    static let websiteFields: Set<String> = ["name", "filingNumber", "domains", "owner", "domainExpired"]
    static let certificateFields: Set<String> = ["type", "number"]
    static let contactFields: Set<String> = ["name", "mobile", "email", "idType", "idNumber"]
    static let representativeFields: Set<String> = ["name", "idType", "idNumber"]

    // MARK: Sections

    private mutating func subject(_ value: JSONValue, at path: FieldPath) -> Subject? {
        guard let fields = object(value, at: path, what: "the subject") else { return nil }
        unknownKeys(fields, allowed: Self.subjectFields, at: path)
        let name = text(fields, "name", at: path, required: true, kind: .name, what: "the subject's full name (主办单位名称, or the person's name)")
        let nature: SubjectNature? = text(fields, "nature", at: path, required: true, kind: .identifier, what: "the subject's nature")
            .flatMap { raw in
                guard let nature = SubjectNature(name: raw) else {
                    log.error(
                        path / "nature", "nature.unknown", "'\(raw)' is not a subject nature",
                        hint: "use one of " + SubjectNature.allCases.map { "\($0.rawValue) (\($0.chineseName))" }.joined(separator: ", "),
                        ["value": raw, "options": SubjectNature.allCases.map { "\($0.rawValue)（\($0.chineseName)）" }.joined(separator: "、")])
                    return nil
                }
                return nature
            }
        let certificate = fields["certificate"].flatMap { self.certificate($0, at: path / "certificate") }
        if fields["certificate"] == nil { missing(path / "certificate", "the subject's certificate (type and number)") }
        let filingNumber = self.filingNumber(fields, at: path, expecting: [.subject])
        let address = text(fields, "address", at: path, required: false, kind: .freeText, what: "the address")
        let legalRepresentative = fields["legalRepresentative"].flatMap { self.legalRepresentative($0, at: path / "legalRepresentative") }
        let owner = fields["owner"].flatMap { contact($0, at: path / "owner") }
        if fields["owner"] == nil { missing(path / "owner", "the subject's responsible person (主体负责人) with name and mobile") }

        guard let name, let nature, let certificate, let filingNumber, let owner else { return nil }
        return Subject(
            name: name, nature: nature, certificate: certificate, filingNumber: filingNumber,
            address: address, legalRepresentative: legalRepresentative, owner: owner)
    }

    private mutating func websites(_ value: JSONValue?, at path: FieldPath) -> [Website]? {
        guard let value else { return [] }
        guard case .array(let items) = value else {
            wrongType(value, at: path, expected: "an array of websites")
            return nil
        }
        guard items.count <= options.limits.websitesPerSubject else {
            log.error(
                path, "limit.websites", "the subject has \(items.count) websites; at most \(options.limits.websitesPerSubject) are accepted",
                hint: "split the record, or raise the limit in the library's ValidationOptions",
                ["count": String(items.count), "limit": String(options.limits.websitesPerSubject)])
            return nil
        }
        var websites: [Website] = []
        var failed = false
        for (index, item) in items.enumerated() {
            if let website = website(item, at: path.index(index)) { websites.append(website) } else { failed = true }
        }
        return failed ? nil : websites
    }

    private mutating func website(_ value: JSONValue, at path: FieldPath) -> Website? {
        guard let fields = object(value, at: path, what: "a website") else { return nil }
        unknownKeys(fields, allowed: Self.websiteFields, at: path)
        let name = text(fields, "name", at: path, required: true, kind: .name, what: "the website's name")
        let filingNumber = self.filingNumber(fields, at: path, expecting: [.website, .app, .miniProgram])
        let domains = self.domains(fields["domains"], at: path / "domains", required: filingNumber?.kind == .website)
        let owner = fields["owner"].flatMap { contact($0, at: path / "owner") }
        var expired = false
        switch fields["domainExpired"] {
        case nil, .null?: break
        case .bool(let value)?: expired = value
        case let other?: wrongType(other, at: path / "domainExpired", expected: "true or false")
        }
        guard let name, let filingNumber, let domains else { return nil }
        if fields["owner"] != nil, owner == nil { return nil }
        return Website(name: name, filingNumber: filingNumber, domains: domains, owner: owner, domainExpired: expired)
    }

    private mutating func certificate(_ value: JSONValue, at path: FieldPath) -> Certificate? {
        guard let fields = object(value, at: path, what: "a certificate with type and number") else { return nil }
        unknownKeys(fields, allowed: Self.certificateFields, at: path)
        let type = certificateType(fields, "type", at: path)
        let number = text(fields, "number", at: path, required: true, kind: .identifier, what: "the certificate number")
        guard let type, let number else { return nil }
        do {
            return try Certificate.validated(type: type, number: number, today: options.today)
        } catch {
            log.append(error.diagnostic(at: path / "number"))
            return nil
        }
    }

    private mutating func certificateType(_ fields: [String: JSONValue], _ key: String, at path: FieldPath) -> CertificateType? {
        certificateType(fields[key], at: path / key, required: true)
    }

    mutating func certificateType(_ value: JSONValue?, at field: FieldPath, required: Bool) -> CertificateType? {
        guard let raw = text(value, at: field, required: required, kind: .identifier, what: "the certificate type") else { return nil }
        guard let type = CertificateType(name: raw) else {
            log.error(
                field, "certificate.type", "'\(raw)' is not a certificate type",
                hint: "use one of " + CertificateType.allCases.map(\.rawValue).joined(separator: ", "),
                ["value": raw, "options": CertificateType.allCases.map(\.rawValue).joined(separator: "、")])
            return nil
        }
        return type
    }

    /// A person's document given as `idType` + `idNumber` (type defaults to resident-id).
    private mutating func personalCertificate(_ fields: [String: JSONValue], at path: FieldPath) -> (present: Bool, certificate: Certificate?) {
        guard fields["idNumber"] != nil || fields["idType"] != nil else { return (false, nil) }
        var type = CertificateType.residentID
        if fields["idType"] != nil {
            guard let parsed = certificateType(fields, "idType", at: path) else { return (true, nil) }
            type = parsed
        }
        guard let number = text(fields, "idNumber", at: path, required: true, kind: .identifier, what: "the ID number") else { return (true, nil) }
        do {
            return (true, try Certificate.validated(type: type, number: number, today: options.today))
        } catch {
            log.append(error.diagnostic(at: path / "idNumber"))
            return (true, nil)
        }
    }

    private mutating func contact(_ value: JSONValue, at path: FieldPath) -> Contact? {
        guard let fields = object(value, at: path, what: "a responsible person with name and mobile") else { return nil }
        unknownKeys(fields, allowed: Self.contactFields, at: path)
        let name = text(fields, "name", at: path, required: true, kind: .name, what: "the person's name")
        let mobile = text(fields, "mobile", at: path, required: true, kind: .identifier, what: "the person's mobile number")
            .flatMap { mobileNumber($0, at: path / "mobile") }
        let email = text(fields, "email", at: path, required: false, kind: .identifier, what: "the e-mail address")
        if let email, !EmailAddress.isPlausible(email) {
            log.error(
                path / "email", "email.format", "'\(email)' is not an e-mail address",
                hint: "write it as name@example.cn", ["value": email])
        }
        let identity = personalCertificate(fields, at: path)
        guard let name, let mobile, identity.present == (identity.certificate != nil) else { return nil }
        return Contact(name: name, mobile: mobile, email: email, certificate: identity.certificate)
    }

    private mutating func legalRepresentative(_ value: JSONValue, at path: FieldPath) -> LegalRepresentative? {
        guard let fields = object(value, at: path, what: "the legal representative") else { return nil }
        unknownKeys(fields, allowed: Self.representativeFields, at: path)
        let name = text(fields, "name", at: path, required: true, kind: .name, what: "the legal representative's name")
        let identity = personalCertificate(fields, at: path)
        guard let name, identity.present == (identity.certificate != nil) else { return nil }
        return LegalRepresentative(name: name, certificate: identity.certificate)
    }

    // MARK: Fields

    private mutating func filingNumber(_ fields: [String: JSONValue], at path: FieldPath, expecting kinds: Set<FilingNumber.Kind>) -> FilingNumber? {
        guard let raw = text(fields, "filingNumber", at: path, required: true, kind: .identifier, what: "the filing number") else { return nil }
        let field = path / "filingNumber"
        let number: FilingNumber
        do {
            number = try FilingNumber(raw)
        } catch {
            log.append(error.diagnostic(at: field))
            return nil
        }
        guard kinds.contains(number.kind) else {
            if number.kind == .subject {
                log.error(
                    field, "filing-number.kind", "'\(raw)' is a subject number; a website's number ends in -N",
                    hint: "write the website's own number, e.g. \(raw)-1", ["value": raw, "variant": "subject"])
            } else {
                log.error(
                    field, "filing-number.kind", "'\(raw)' is a \(number.kind.rawValue) number, not a subject number",
                    hint: "the subject number is the part before the dash: \(number.subjectNumber)",
                    ["value": raw, "subjectNumber": "\(number.subjectNumber)"])
            }
            return nil
        }
        return number
    }

    private mutating func domains(_ value: JSONValue?, at path: FieldPath, required: Bool) -> [String]? {
        guard let value, value != .null else {
            if required { missing(path, "the website's domains, e.g. [\"example.cn\"]") }
            return required ? nil : []
        }
        guard case .array(let items) = value else {
            wrongType(value, at: path, expected: "an array of domains")
            return nil
        }
        if required, items.isEmpty {
            log.error(path, "domains.empty", "the website has no domain", hint: "list the domains filed for it, e.g. [\"example.cn\"]", [:])
            return nil
        }
        guard items.count <= options.limits.domainsPerWebsite else {
            log.error(
                path, "limit.domains", "the website has \(items.count) domains; at most \(options.limits.domainsPerWebsite) are accepted",
                ["count": String(items.count), "limit": String(options.limits.domainsPerWebsite)])
            return nil
        }
        var domains: [String] = []
        var failed = false
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            guard case .string(let raw) = item else { wrongType(item, at: itemPath, expected: "a domain"); failed = true; continue }
            guard let cleaned = checkedText(raw, at: itemPath, kind: .identifier) else { failed = true; continue }
            do {
                let domain = try DomainName.validate(cleaned)
                if domain != cleaned {
                    log.note(
                        itemPath, "domain.normalised", "'\(cleaned)' is written as '\(domain)'",
                        ["value": cleaned, "domain": domain])
                }
                if domains.contains(domain) {
                    log.warning(itemPath, "domain.duplicate", "'\(domain)' is listed twice", hint: "remove the repetition", ["value": domain])
                } else {
                    domains.append(domain)
                }
            } catch {
                log.append(error.diagnostic(at: itemPath))
                failed = true
            }
        }
        return failed ? nil : domains
    }

    mutating func mobileNumber(_ raw: String, at path: FieldPath) -> MobileNumber? {
        do {
            let number = try MobileNumber(raw)
            if number.digits != raw {
                log.note(path, "mobile.normalised", "'\(raw)' is read as \(number.digits)", ["value": raw, "digits": number.digits])
            }
            return number
        } catch {
            log.append(error.diagnostic(at: path))
            return nil
        }
    }

    mutating func reviewStatus(_ raw: String, at path: FieldPath) -> ReviewStatus? {
        guard let status = ReviewStatus(name: raw) else {
            log.error(
                path, "status.unknown", "'\(raw)' is not a review status", hint: "use \(ReviewStatus.spellings)",
                ["value": raw, "options": ReviewStatus.spellings])
            return nil
        }
        return status
    }

    mutating func carrier(_ raw: String, at path: FieldPath) -> Carrier? {
        guard let carrier = Carrier(name: raw) else {
            log.error(
                path, "carrier.unknown", "'\(raw)' is not a carrier",
                hint: "use china-mobile (中国移动), china-unicom (中国联通), china-telecom (中国电信) or china-broadnet (中国广电)",
                ["value": raw])
            return nil
        }
        return carrier
    }

    private mutating func identifier(_ value: JSONValue?) -> String? {
        switch value {
        case nil, .null?:
            return nil
        case .string(let text)?:
            return checkedText(text, at: FieldPath.root / "id", kind: .freeText)
        case .number(let number)?:
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case let other?:
            wrongType(other, at: FieldPath.root / "id", expected: "text or a number (the record's identifier)")
            return nil
        }
    }
}

/// The rules of a filing that span several fields. Field-level checks (formats, check digits)
/// happen while reading; these run on the typed values, so a filing built in code meets them too.
enum FilingRules {
    /// Words a website name may only carry with special approval (DOMAIN.md, "Changing filings").
    static let restrictedNameWords = ["中国", "中华", "国家", "政府"]

    static func check(subject: Subject, websites: [Website], requests: DocumentRequests, options: ValidationOptions) -> [Diagnostic] {
        var log = DiagnosticLog()
        let subjectPath: FieldPath = "subject"
        checkSubject(subject, at: subjectPath, options: options, log: &log)

        checkNumbers(subject: subject.filingNumber, websites: websites.map(\.filingNumber).enumerated().map { ($0.offset, $0.element) }, log: &log)
        var seenDomains: [String: Int] = [:]
        for (index, website) in websites.enumerated() {
            let path = FieldPath.root.key("websites").index(index)
            for (domainIndex, domain) in website.domains.enumerated() {
                if let first = seenDomains[domain] {
                    log.error(
                        path.key("domains").index(domainIndex), "domain.duplicate-website",
                        "'\(domain)' is also listed under websites[\(first)]; a domain is filed under one website only",
                        hint: "keep it under the website it is filed for", ["value": domain, "index": String(first)])
                } else {
                    seenDomains[domain] = index
                }
            }
            // Each word is its own problem: renaming away one leaves the others.
            for word in restrictedNameWords where website.name.containsUTF8(word) {
                log.warning(
                    path / "name", "website.name-restricted",
                    "the website name contains '\(word)', which a website name may not carry without special approval",
                    hint: "keep it only with the special approval (特殊审批) the bureau will ask for; otherwise choose a name without '\(word)'",
                    ["word": word])
            }
            if let owner = website.owner {
                checkAdult(owner, at: path / "owner", options: options, severity: .error, log: &log)
            }
        }
        checkRequests(requests, subject: subject, websites: websites, log: &log)
        return log.entries
    }

    /// The rules between filing numbers: every website number extends the subject number, and
    /// none repeats. Also run on the numbers alone when other fields of the record fail, so these
    /// problems are reported with the rest.
    static func checkNumbers(subject: FilingNumber, websites: [(index: Int, number: FilingNumber)], log: inout DiagnosticLog) {
        // Keyed by bytes: hashing Chinese text as a `String` normalises it first.
        var seenNumbers: [[UInt8]: Int] = [:]
        for (index, number) in websites {
            let path = FieldPath.root.key("websites").index(index) / "filingNumber"
            // The same test as `number.subjectNumber != subject.text` (a subject number's text
            // is its canonical form), without building the string.
            if number.provinceMark != subject.provinceMark || number.serial != subject.serial {
                if number.province != subject.province {
                    log.error(
                        path, "filing-number.province-mismatch",
                        "'\(number)' is a \(number.province.name) number, but the subject \(subject) is filed in \(subject.province.name)",
                        hint: "every number of a filing belongs to the subject's province; copy the website number from the MIIT public query",
                        [
                            "value": number.text, "numberProvince": number.province.name, "subject": subject.text,
                            "province": subject.province.name,
                        ])
                } else {
                    log.error(
                        path, "filing-number.subject-mismatch",
                        "'\(number)' does not belong to the subject \(subject): a website number is the subject number plus -N",
                        hint: "check the digits; this website's number should start with \(subject.text)",
                        ["value": number.text, "subject": subject.text])
                }
            }
            let key = Array(number.text.utf8)
            if let first = seenNumbers[key] {
                log.error(
                    path, "filing-number.duplicate", "'\(number)' is also the number of websites[\(first)]",
                    hint: "each website has its own number; remove the repeated website or correct its number",
                    ["value": number.text, "index": String(first)])
            } else {
                seenNumbers[key] = index
            }
        }
    }

    private static func checkSubject(_ subject: Subject, at path: FieldPath, options: ValidationOptions, log: inout DiagnosticLog) {
        if let personal = subject.certificate.type.identifiesPerson {
            if subject.nature == .individual, !personal {
                log.error(
                    path / "certificate" / "type", "certificate.nature-mismatch",
                    "a person (individual) is identified by a personal document, not a \(subject.certificate.type.rawValue)",
                    hint: "use resident-id, passport or another personal document, or change the nature",
                    ["type": subject.certificate.type.rawValue])
            } else if subject.nature.isUnit, personal {
                log.error(
                    path / "certificate" / "type", "certificate.nature-mismatch",
                    "a unit (\(subject.nature.rawValue)) is identified by a unit document, not a \(subject.certificate.type.rawValue)",
                    hint: "use the unified-social-credit-code, or set nature to individual if a person holds the filing",
                    ["type": subject.certificate.type.rawValue, "variant": "unit"])
            }
        }
        if subject.nature == .individual, subject.name != subject.owner.name {
            log.warning(
                path / "owner" / "name", "subject.individual-owner",
                "for a person's filing the responsible person is the person: '\(subject.owner.name)' differs from '\(subject.name)'",
                hint: "check both names against the MIIT public query",
                ["owner": subject.owner.name, "name": subject.name])
        }
        let serial = subject.filingNumber.serial
        if serial.count == 10, let year = Int(serial.prefix(4)), !(2004...options.today.year).contains(year) {
            log.warning(
                path / "filingNumber", "filing-number.year",
                "'\(subject.filingNumber)' should start with the year of filing, but \(year) is not a plausible one",
                hint: "check the digits against the MIIT public query",
                ["value": subject.filingNumber.text, "year": String(year)])
        }
        checkAdult(subject.owner, at: path / "owner", options: options, severity: .error, log: &log)
        if let representative = subject.legalRepresentative, let id = representative.certificate {
            checkAge(of: id, at: path / "legalRepresentative" / "idNumber", options: options, severity: .warning, log: &log)
        }
    }

    private static func checkAdult(_ contact: Contact, at path: FieldPath, options: ValidationOptions, severity: Diagnostic.Severity, log: inout DiagnosticLog) {
        if let id = contact.certificate {
            checkAge(of: id, at: path / "idNumber", options: options, severity: severity, log: &log)
        }
    }

    private static func checkAge(of certificate: Certificate, at path: FieldPath, options: ValidationOptions, severity: Diagnostic.Severity, log: inout DiagnosticLog) {
        guard let id = try? ResidentIDNumber(certificate.number, today: options.today) else { return }
        let age = id.birthDate.years(until: options.today)
        if age < 18 {
            log.append(
                Diagnostic(
                    severity, path, code: "person.minor",
                    "the person born \(id.birthDate) is \(age); a responsible person must be at least 18",
                    hint: "name an adult as the responsible person",
                    arguments: ["birthDate": "\(id.birthDate)", "age": String(age)]))
        }
    }

    private static func checkRequests(_ requests: DocumentRequests, subject: Subject, websites: [Website], log: inout DiagnosticLog) {
        let numbers = Set(websites.map(\.filingNumber.text))
        let path: FieldPath = "requests"
        for (index, number) in requests.websites.enumerated() where !numbers.contains(number) {
            log.error(
                path.key("websites").index(index), "requests.unknown-website", "'\(number)' is not a website of this filing",
                hint: "use one of: " + websites.map(\.filingNumber.text).joined(separator: ", "),
                ["value": number, "options": websites.map(\.filingNumber.text).joined(separator: "、")])
        }
        for number in requests.websiteStatus.keys.sorted() where !numbers.contains(number) {
            log.error(
                path / "websiteStatus" / number, "requests.unknown-website", "'\(number)' is not a website of this filing",
                hint: "use one of: " + websites.map(\.filingNumber.text).joined(separator: ", "),
                ["value": number, "options": websites.map(\.filingNumber.text).joined(separator: "、")])
        }
        if let sender = requests.sender {
            let mobiles = [subject.owner.mobile.digits] + websites.compactMap { $0.owner?.mobile.digits }
            if !mobiles.contains(sender) {
                log.error(
                    path / "sender", "sms.sender-not-responsible",
                    "\(sender) is not the mobile of the subject's or a website's responsible person",
                    hint: "the review SMS must come from a responsible person's mobile: " + Set(mobiles).sorted().joined(separator: ", "),
                    ["sender": sender, "allowed": Set(mobiles).sorted().joined(separator: "、"), "variant": "record"])
            }
        }
    }

}

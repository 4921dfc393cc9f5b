/// How diagnostics name a request parameter: as a field of the record's `requests` object, or as
/// the command-line option it came from.
enum RequestLabels {
    case record
    case commandLine

    func path(_ key: String) -> FieldPath {
        switch self {
        case .record:
            return FieldPath.root / "requests" / key
        case .commandLine:
            return FieldPath(components: [.key(DocumentRequests.commandLineOption(for: key))])
        }
    }
}

extension FilingDecoder {
    /// Reads a `requests` object (or the command line's equivalent), checking every value.
    mutating func requests(_ value: JSONValue, labels: RequestLabels) -> DocumentRequests? {
        guard let fields = object(value, at: labels == .record ? "requests" : .root, what: "document parameters") else { return nil }
        if labels == .record { unknownKeys(fields, allowed: DocumentRequests.keys, at: "requests") }
        var requests = DocumentRequests()
        func string(_ key: String, _ kind: TextKind, _ what: String) -> String? {
            // Most keys are absent: nothing to read, and no path to build for a message.
            guard let value = fields[key] else { return nil }
            return text(value, at: labels.path(key), required: false, kind: kind, what: what)
        }
        func date(_ key: String) -> CalendarDate? {
            guard let raw = string(key, .identifier, "the date") else { return nil }
            guard let date = CalendarDate(iso: raw) else {
                log.error(
                    labels.path(key), "date.format", "'\(raw)' is not a date", hint: "write it as YYYY-MM-DD, e.g. 2026-11-22",
                    ["value": raw])
                return nil
            }
            return date
        }
        func flag(_ key: String) -> Bool? {
            switch fields[key] {
            case nil, .null?: return nil
            case .bool(let value)?: return value
            case let other?:
                wrongType(other, at: labels.path(key), expected: "true or false")
                return nil
            }
        }
        func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, _ type: Choice.Type) -> Choice? where Choice.RawValue == String {
            guard let raw = string(key, .identifier, key) else { return nil }
            guard let value = Choice(rawValue: raw) else {
                log.error(
                    labels.path(key), "requests.choice", "'\(raw)' is not a valid \(key)",
                    hint: "use " + Choice.allCases.map(\.rawValue).joined(separator: " or "),
                    ["value": raw, "key": key, "options": Choice.allCases.map(\.rawValue).joined(separator: "、")])
                return nil
            }
            return value
        }

        // Hubei review SMS.
        if let code = string("provider", .identifier, "the provider code") {
            do { requests.provider = try AccessProvider(code: code).code } catch { log.append(error.diagnostic(at: labels.path("provider"))) }
        }
        if let raw = string("status", .identifier, "the review status") {
            requests.status = reviewStatus(raw, at: labels.path("status"))
        }
        if let raw = string("sender", .identifier, "the sender's mobile") {
            requests.sender = mobileNumber(raw, at: labels.path("sender"))?.digits
        }
        switch fields["carrier"] {
        case nil, .null?: break
        case .string(let raw)?:
            carrierChoice(raw, at: labels.path("carrier"), into: &requests)
        case .array(let items)?:
            // The command line's repeated --carrier: each NAME or MOBILE=NAME.
            for (index, item) in items.enumerated() {
                guard case .string(let raw) = item else { wrongType(item, at: labels.path("carrier").index(index), expected: "NAME or MOBILE=NAME"); continue }
                carrierChoice(raw, at: labels.path("carrier").index(index), into: &requests)
            }
        case .object(let map)?:
            for (mobile, value) in map.sorted(by: { $0.key < $1.key }) {
                let entryPath = labels.path("carrier") / mobile
                guard case .string(let raw) = value else { wrongType(value, at: entryPath, expected: "a carrier name"); continue }
                guard let mobile = checkedText(mobile, at: entryPath, kind: .identifier),
                    let name = checkedText(raw, at: entryPath, kind: .identifier)
                else { continue }
                if let number = mobileNumber(mobile, at: entryPath), let carrier = carrier(name, at: entryPath) {
                    requests.carriersByMobile[number.digits] = carrier
                }
            }
        case let other?:
            wrongType(other, at: labels.path("carrier"), expected: "a carrier name, MOBILE=NAME, a list of those, or an object of mobile → carrier")
        }
        switch fields["websiteStatus"] {
        case nil, .null?: break
        case .object(let map)?:
            for (number, value) in map.sorted(by: { $0.key < $1.key }) {
                let entryPath = labels.path("websiteStatus") / number
                guard case .string(let raw) = value else { wrongType(value, at: entryPath, expected: "a review status"); continue }
                guard let number = checkedText(number, at: entryPath, kind: .identifier),
                    let raw = checkedText(raw, at: entryPath, kind: .identifier)
                else { continue }
                if let status = reviewStatus(raw, at: entryPath) { requests.websiteStatus[number] = status }
            }
        case let other?:
            wrongType(other, at: labels.path("websiteStatus"), expected: "an object of website filing number → status")
        }

        // Shared.
        requests.date = date("date")
        switch fields["websites"] {
        case nil, .null?: break
        case .array(let items)?:
            for (index, item) in items.enumerated() {
                let itemPath = labels.path("websites").index(index)
                guard case .string(let raw) = item else { wrongType(item, at: itemPath, expected: "a website filing number"); continue }
                if let number = checkedText(raw, at: itemPath, kind: .identifier) { requests.websites.append(number) }
            }
        case let other?:
            wrongType(other, at: labels.path("websites"), expected: "an array of website filing numbers")
        }

        // Deregistration.
        requests.reason = string("reason", .freeText, "the reason")
        requests.category = choice("category", DeregistrationCategory.self)
        requests.basis = choice("basis", DeregistrationBasis.self)
        requests.onlineAttempted = flag("onlineAttempted")
        requests.shell = flag("shell")
        requests.providerUnknown = flag("providerUnknown")
        let applicantKeys = ["applicantName", "applicantCertificateType", "applicantCertificateNumber", "contactName", "contactMobile", "contactEmail"]
        if applicantKeys.contains(where: { fields[$0] != nil && fields[$0] != .null }) {
            requests.applicant = applicant(fields, labels: labels)
        }

        // Authorization letter.
        if ["agentName", "agentIdType", "agentId", "agentMobile"].contains(where: { fields[$0] != nil && fields[$0] != .null }) {
            requests.agent = agent(fields, labels: labels)
        }
        requests.scope = scope(fields, labels: labels)
        requests.validFrom = date("validFrom")
        requests.validUntil = date("validUntil")
        requests.noSeal = flag("noSeal")
        return requests
    }

    private mutating func applicant(_ fields: [String: JSONValue], labels: RequestLabels) -> Applicant? {
        let name = text(fields["applicantName"], at: labels.path("applicantName"), required: true, kind: .name, what: "the applicant's name")
        let type = certificateType(fields["applicantCertificateType"], at: labels.path("applicantCertificateType"), required: true)
        let number = text(fields["applicantCertificateNumber"], at: labels.path("applicantCertificateNumber"), required: true, kind: .identifier, what: "the applicant's certificate number")
        let contactName = text(fields["contactName"], at: labels.path("contactName"), required: true, kind: .name, what: "the contact person's name")
        let mobile = text(fields["contactMobile"], at: labels.path("contactMobile"), required: true, kind: .identifier, what: "the contact person's mobile")
            .flatMap { mobileNumber($0, at: labels.path("contactMobile")) }
        let email = text(fields["contactEmail"], at: labels.path("contactEmail"), required: false, kind: .identifier, what: "the contact e-mail")
        if let email, !EmailAddress.isPlausible(email) {
            log.error(
                labels.path("contactEmail"), "email.format", "'\(email)' is not an e-mail address", hint: "write it as name@example.cn",
                ["value": email])
        }
        guard let name, let type, let number, let contactName, let mobile else { return nil }
        do {
            let certificate = try Certificate.validated(type: type, number: number, today: options.today)
            return Applicant(name: name, certificate: certificate, contactName: contactName, mobile: mobile, email: email)
        } catch {
            log.append(error.diagnostic(at: labels.path("applicantCertificateNumber")))
            return nil
        }
    }

    private mutating func agent(_ fields: [String: JSONValue], labels: RequestLabels) -> Agent? {
        let name = text(fields["agentName"], at: labels.path("agentName"), required: true, kind: .name, what: "the agent's name")
        var type = CertificateType.residentID
        if fields["agentIdType"] != nil, fields["agentIdType"] != .null {
            guard let parsed = certificateType(fields["agentIdType"], at: labels.path("agentIdType"), required: true) else { return nil }
            type = parsed
        }
        let number = text(fields["agentId"], at: labels.path("agentId"), required: true, kind: .identifier, what: "the agent's ID number")
        let mobile = text(fields["agentMobile"], at: labels.path("agentMobile"), required: false, kind: .identifier, what: "the agent's mobile")
            .flatMap { mobileNumber($0, at: labels.path("agentMobile")) }
        if type.identifiesPerson == false {
            log.error(
                labels.path("agentIdType"), "agent.certificate", "the agent is a person; \(type.rawValue) identifies a unit",
                hint: "use resident-id, passport or another personal document", ["type": type.rawValue])
            return nil
        }
        guard let name, let number else { return nil }
        do {
            let certificate = try Certificate.validated(type: type, number: number, today: options.today)
            if let id = try? ResidentIDNumber(certificate.number, today: options.today), id.birthDate.years(until: options.today) < 18 {
                log.error(
                    labels.path("agentId"), "person.minor", "the agent born \(id.birthDate) is under 18 and cannot act for the unit",
                    hint: "authorize an adult", ["birthDate": "\(id.birthDate)"])
                return nil
            }
            return Agent(name: name, certificate: certificate, mobile: mobile)
        } catch {
            log.append(error.diagnostic(at: labels.path("agentId")))
            return nil
        }
    }

    private mutating func scope(_ fields: [String: JSONValue], labels: RequestLabels) -> AuthorizationScope? {
        let name = text(fields["scope"], at: labels.path("scope"), required: false, kind: .identifier, what: "the scope")
        let custom = text(fields["scopeText"], at: labels.path("scopeText"), required: false, kind: .freeText, what: "the scope's text")
        let from = text(fields["fromAccount"], at: labels.path("fromAccount"), required: false, kind: .identifier, what: "the account the filing leaves")
        let to = text(fields["toAccount"], at: labels.path("toAccount"), required: false, kind: .identifier, what: "the account the filing moves to")
        switch name {
        case nil:
            if let custom { return .custom(custom) }
            if from != nil || to != nil {
                log.error(labels.path("scope"), "scope.missing", "accounts are given but no scope", hint: "add scope transfer")
            }
            return nil
        case "transfer"?:
            guard let from, let to else {
                log.error(
                    labels.path(from == nil ? "fromAccount" : "toAccount"), "scope.transfer-accounts",
                    "a transfer names the account the filing leaves and the one it moves to",
                    hint: "give both account UIDs (fromAccount and toAccount)")
                return nil
            }
            if from == to {
                log.error(
                    labels.path("toAccount"), "scope.same-account", "the filing would move to the account it is already in",
                    hint: "check the target account's UID")
                return nil
            }
            return .transfer(fromAccount: from, toAccount: to)
        case "deregistration"?: return .deregistration
        case "change"?: return .change
        case "custom"?:
            guard let custom else {
                log.error(labels.path("scopeText"), "scope.text-missing", "a custom scope needs its text", hint: "describe the matter in scopeText")
                return nil
            }
            return .custom(custom)
        case let other?:
            log.error(
                labels.path("scope"), "requests.choice", "'\(other)' is not a scope", hint: "use transfer, deregistration, change or custom (with scopeText)",
                ["value": other, "options": "transfer、deregistration、change、custom（配合 scopeText）"])
            return nil
        }
    }

    /// `NAME` (every sender) or `MOBILE=NAME`, read as `CarrierChoice` reads it, each part
    /// checked with its own diagnostic.
    private mutating func carrierChoice(_ raw: String, at path: FieldPath, into requests: inout DocumentRequests) {
        guard let text = checkedText(raw, at: path, kind: .identifier) else { return }
        let parts = CarrierChoice.parts(of: text)
        guard let mobile = parts.mobile else {
            if let carrier = carrier(parts.name, at: path) { requests.carrier = carrier }
            return
        }
        let number = mobileNumber(mobile, at: path / mobile)
        if let carrier = carrier(parts.name, at: path / mobile), let number { requests.carriersByMobile[number.digits] = carrier }
    }
}

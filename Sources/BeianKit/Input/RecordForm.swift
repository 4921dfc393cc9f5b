/// Values written back in the shape a record's JSON has. A filing or request that a backend
/// builds in code is turned into that shape and read by the same reader as a JSON record, so both
/// paths apply one set of rules and report the same codes at the same field paths.
enum RecordForm {
    static func filing(id: String?, subject: Subject, websites: [Website], requests: DocumentRequests) -> JSONValue {
        var record: [String: JSONValue] = ["subject": self.subject(subject), "websites": .array(websites.map(website))]
        if let id { record["id"] = .string(id) }
        let fields = self.requests(requests)
        if !fields.isEmpty { record["requests"] = .object(fields) }
        return .object(record)
    }

    static func subject(_ subject: Subject) -> JSONValue {
        var fields: [String: JSONValue] = [
            "name": .string(subject.name),
            "nature": .string(subject.nature.rawValue),
            "certificate": certificate(subject.certificate),
            "filingNumber": .string(subject.filingNumber.text),
            "owner": contact(subject.owner),
        ]
        fields["address"] = subject.address.map(JSONValue.string)
        if let representative = subject.legalRepresentative {
            var person: [String: JSONValue] = ["name": .string(representative.name)]
            identity(representative.certificate, into: &person)
            fields["legalRepresentative"] = .object(person)
        }
        return .object(fields)
    }

    static func website(_ website: Website) -> JSONValue {
        var fields: [String: JSONValue] = [
            "name": .string(website.name),
            "filingNumber": .string(website.filingNumber.text),
            "domains": .array(website.domains.map(JSONValue.string)),
            "domainExpired": .bool(website.domainExpired),
        ]
        fields["owner"] = website.owner.map(contact)
        return .object(fields)
    }

    static func certificate(_ certificate: Certificate) -> JSONValue {
        .object(["type": .string(certificate.type.rawValue), "number": .string(certificate.number)])
    }

    static func contact(_ contact: Contact) -> JSONValue {
        var fields: [String: JSONValue] = ["name": .string(contact.name), "mobile": .string(contact.mobile.digits)]
        fields["email"] = contact.email.map(JSONValue.string)
        identity(contact.certificate, into: &fields)
        return .object(fields)
    }

    private static func identity(_ certificate: Certificate?, into fields: inout [String: JSONValue]) {
        guard let certificate else { return }
        fields["idType"] = .string(certificate.type.rawValue)
        fields["idNumber"] = .string(certificate.number)
    }

    /// The `requests` object of these parameters: only the keys that are set.
    static func requests(_ requests: DocumentRequests) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [:]
        func set(_ key: String, _ value: String?) { if let value { fields[key] = .string(value) } }
        set("provider", requests.provider)
        set("status", requests.status?.rawValue)
        if !requests.websiteStatus.isEmpty {
            fields["websiteStatus"] = .object(requests.websiteStatus.mapValues { .string($0.rawValue) })
        }
        set("sender", requests.sender)
        if !requests.carriersByMobile.isEmpty {
            fields["carrier"] = .object(requests.carriersByMobile.mapValues { .string($0.rawValue) })
        } else {
            set("carrier", requests.carrier?.rawValue)
        }
        set("date", requests.date?.description)
        if !requests.websites.isEmpty { fields["websites"] = .array(requests.websites.map(JSONValue.string)) }
        set("reason", requests.reason)
        set("category", requests.category?.rawValue)
        set("basis", requests.basis?.rawValue)
        if let applicant = requests.applicant {
            set("applicantName", applicant.name)
            set("applicantCertificateType", applicant.certificate.type.rawValue)
            set("applicantCertificateNumber", applicant.certificate.number)
            set("contactName", applicant.contactName)
            set("contactMobile", applicant.mobile.digits)
            set("contactEmail", applicant.email)
        }
        if let onlineAttempted = requests.onlineAttempted { fields["onlineAttempted"] = .bool(onlineAttempted) }
        if let shell = requests.shell { fields["shell"] = .bool(shell) }
        if let providerUnknown = requests.providerUnknown { fields["providerUnknown"] = .bool(providerUnknown) }
        if let agent = requests.agent {
            set("agentName", agent.name)
            set("agentIdType", agent.certificate.type.rawValue)
            set("agentId", agent.certificate.number)
            set("agentMobile", agent.mobile?.digits)
        }
        switch requests.scope {
        case nil: break
        case .transfer(let from, let to):
            set("scope", "transfer")
            set("fromAccount", from)
            set("toAccount", to)
        case .custom(let text):
            set("scope", "custom")
            set("scopeText", text)
        case let scope?: set("scope", scope.name)
        }
        set("validFrom", requests.validFrom?.description)
        set("validUntil", requests.validUntil?.description)
        if let noSeal = requests.noSeal { fields["noSeal"] = .bool(noSeal) }
        return fields
    }
}

/// Compares two records field by field: the subject as a whole, websites matched by filing
/// number. Says what differs, not whether it is allowed (``ChangeChecks`` judges).
struct ChangeComparison {
    let old: ChangeRecord
    let new: ChangeRecord

    typealias FieldChange = ChangePlan.FieldChange

    /// The subject's fields that differ, at record paths such as `subject.legalRepresentative.name`.
    var subjectFields: [FieldChange] {
        let before = old.filing.subject, after = new.filing.subject
        var fields: [FieldChange] = []
        // A value the new record leaves out is not given, not removed: records often omit
        // optional fields, and a change can only be said to clear one by the applicant.
        func compare(_ path: String, _ a: String?, _ b: String?) {
            if let b, a != b { fields.append(FieldChange(path: path, old: a, new: b)) }
        }
        compare("subject.name", before.name, after.name)
        compare("subject.nature", before.nature.rawValue, after.nature.rawValue)
        compare("subject.certificate.type", before.certificate.type.rawValue, after.certificate.type.rawValue)
        compare("subject.certificate.number", before.certificate.number, after.certificate.number)
        compare("subject.filingNumber", before.filingNumber.text, after.filingNumber.text)
        compare("subject.address", before.address, after.address)
        compare("subject.legalRepresentative.name", before.legalRepresentative?.name, after.legalRepresentative?.name)
        compare(
            "subject.legalRepresentative.idNumber", before.legalRepresentative?.certificate?.number,
            after.legalRepresentative?.certificate?.number)
        fields += Self.contactFields("subject.owner", before.owner, after.owner)
        return fields
    }

    /// A contact's fields that differ.
    static func contactFields(_ path: String, _ before: Contact?, _ after: Contact?) -> [FieldChange] {
        var fields: [FieldChange] = []
        func compare(_ key: String, _ a: String?, _ b: String?) {
            if let b, a != b { fields.append(FieldChange(path: path + "." + key, old: a, new: b)) }
        }
        compare("name", before?.name, after?.name)
        compare("mobile", before?.mobile.digits, after?.mobile.digits)
        compare("email", before?.email, after?.email)
        compare("idNumber", before?.certificate?.number, after?.certificate?.number)
        return fields
    }

    /// A website kept by the change, before and after, with its index in each record.
    struct Pair {
        let before: Website
        let after: Website
        let afterIndex: Int
    }

    /// Websites present on both sides.
    var keptWebsites: [Pair] {
        new.filing.websites.enumerated().compactMap { index, website in
            old.filing.websites.first { $0.filingNumber == website.filingNumber }
                .map { Pair(before: $0, after: website, afterIndex: index) }
        }
    }

    /// Websites of the old record that the new one no longer lists.
    var removedWebsites: [Website] {
        old.filing.websites.filter { website in !new.filing.websites.contains { $0.filingNumber == website.filingNumber } }
    }

    /// Websites the new record lists with a number the old one does not hold, with their index.
    var unknownWebsites: [(Website, Int)] {
        new.filing.websites.enumerated().filter { _, website in
            !old.filing.websites.contains { $0.filingNumber == website.filingNumber }
        }.map { ($0.element, $0.offset) }
    }

    /// A kept website's fields that differ. Domains are compared as sets: only additions and
    /// removals matter, never their order.
    static func websiteFields(_ pair: Pair) -> [FieldChange] {
        let path = "websites[\(pair.afterIndex)]"
        var fields: [FieldChange] = []
        if pair.before.name != pair.after.name {
            fields.append(FieldChange(path: path + ".name", old: pair.before.name, new: pair.after.name))
        }
        for domain in pair.before.domains where !pair.after.domains.contains(domain) {
            fields.append(FieldChange(path: path + ".domains", old: domain, new: nil))
        }
        for domain in pair.after.domains where !pair.before.domains.contains(domain) {
            fields.append(FieldChange(path: path + ".domains", old: nil, new: domain))
        }
        fields += contactFields(path + ".owner", pair.before.owner, pair.after.owner)
        return fields
    }
}

/// Finding which field of a record a printed value came from, for diagnostics about the printed
/// page (a domain the PDF had to cut) that the writers, which see only the document, cannot place.
extension Filing {
    /// The path of the field whose value is `text`, or else the first whose value contains it;
    /// `nil` when no field holds it (it is the template's own text, or a value made from several).
    func fieldPath(holding text: String) -> FieldPath? {
        guard !text.isEmpty else { return nil }
        let values = printedValues()
        return (values.first { $0.value == text } ?? values.first { $0.value.contains(text) })?.path
    }

    /// The record's printable text values with their paths, in the record's order.
    private func printedValues() -> [(path: FieldPath, value: String)] {
        var values: [(FieldPath, String)] = []
        let subjectPath = FieldPath.root.key("subject")
        values.append((subjectPath.key("name"), subject.name))
        values.append((subjectPath.key("filingNumber"), subject.filingNumber.text))
        values.append((subjectPath.key("certificate").key("number"), subject.certificate.number))
        if let address = subject.address { values.append((subjectPath.key("address"), address)) }
        if let representative = subject.legalRepresentative {
            values.append((subjectPath.key("legalRepresentative").key("name"), representative.name))
        }
        values += Self.contactValues(subject.owner, at: subjectPath.key("owner"))
        for (index, website) in websites.enumerated() {
            let path = FieldPath.root.key("websites").index(index)
            values.append((path.key("name"), website.name))
            values.append((path.key("filingNumber"), website.filingNumber.text))
            for (domainIndex, domain) in website.domains.enumerated() {
                values.append((path.key("domains").index(domainIndex), domain))
            }
            if let owner = website.owner { values += Self.contactValues(owner, at: path.key("owner")) }
        }
        if let reason = requests.reason { values.append((FieldPath.root.key("reason"), reason)) }
        return values
    }

    private static func contactValues(_ contact: Contact, at path: FieldPath) -> [(FieldPath, String)] {
        var values = [(path.key("name"), contact.name), (path.key("mobile"), contact.mobile.digits)]
        if let email = contact.email { values.append((path.key("email"), email)) }
        if let number = contact.certificate?.number { values.append((path.key("certificate").key("number"), number)) }
        return values
    }
}

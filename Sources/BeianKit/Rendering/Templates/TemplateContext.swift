/// The values templates see, built the same way for every document so that a template author
/// finds `subject.name` or `date` under the same name everywhere (Templates/README.md lists them).
enum TemplateContext {
    static func subject(_ subject: Subject) -> [String: Any] {
        var values: [String: Any] = [
            "name": subject.name,
            "nature": subject.nature.chineseName,
            "isUnit": subject.nature.isUnit,
            "isPerson": !subject.nature.isUnit,
            "certificateType": subject.certificate.type.chineseName,
            "certificateNumber": subject.certificate.number,
            "filingNumber": subject.filingNumber.text,
            "address": subject.address ?? "",
            "ownerName": subject.owner.name,
            "ownerMobile": subject.owner.mobile.digits,
            "ownerEmail": subject.owner.email ?? "",
        ]
        if let representative = subject.legalRepresentative {
            values["legalRepresentative"] = [
                "name": representative.name,
                "certificateType": representative.certificate?.type.chineseName ?? "",
                "certificateNumber": representative.certificate?.number ?? "",
            ]
        }
        return values
    }

    static func website(_ website: Website) -> [String: Any] {
        [
            "name": website.name,
            "filingNumber": website.filingNumber.text,
            "kind": website.filingNumber.kind.chineseName,
            "domains": website.domains.joined(separator: "、"),
            "domainExpired": website.domainExpired,
        ]
    }

    /// `text`, or nothing when it is empty: the Mustache engine counts an empty string as true, so
    /// `{{#key}}…{{/key}}` and `{{^key}}…{{/key}}` only see emptiness as a missing key.
    static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// `yes` or `no`, the values of the markup's boolean attributes.
    static func flag(_ value: Bool) -> String { value ? "yes" : "no" }

    /// Items numbered from 1 for templates, which cannot count.
    static func numbered(_ texts: [String]) -> [[String: Any]] {
        texts.enumerated().map { ["number": $0.offset + 1, "text": $0.element] }
    }
}

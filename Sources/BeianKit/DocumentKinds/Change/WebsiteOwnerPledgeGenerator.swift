extension DocumentKind {
    /// A 《网站负责人承诺书》 for each website whose responsible person changes.
    public static let websiteOwnerPledge = DocumentKind(registering: "website-owner-pledge")
}

/// The pledge a new website responsible person signs (change guide: 网站负责人变更). The seeds name
/// the document without its text: this one holds what the guide asks of the person, and says
/// that a provider's or bureau's own form comes first.
struct WebsiteOwnerPledgeGenerator: ChangeDocumentGenerator {
    var kind: DocumentKind { .websiteOwnerPledge }

    func generate(for plan: ChangePlan, in context: GenerationContext) throws -> GeneratedDocument {
        let pages: [[String: Any]] = plan.websitesWithNewOwner.enumerated().map { index, website in
            let owner = website.owner!
            return [
                "first": index == 0,
                "websiteName": website.name,
                "filingNumber": website.filingNumber.text,
                "domains": website.domains.joined(separator: "、"),
                "ownerName": owner.name,
                "certificateType": owner.certificate?.type.chineseName as Any,
                "certificateNumber": owner.certificate?.number as Any,
                "mobile": owner.mobile.digits,
                "email": owner.email as Any,
            ]
        }
        let values: [String: Any] = [
            "subject": ChangeDocumentContext.subject(plan.new.filing.subject),
            "pages": pages,
        ]
        let document = try context.renderer.render("change/website-owner-pledge", values)
        return GeneratedDocument(kind: kind, fileStem: stem(plan), content: document, diagnostics: [])
    }
}

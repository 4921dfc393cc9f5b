extension DocumentKind {
    /// A unit's authorization letter (单位授权委托书), with the transfer checklist for transfers.
    public static let authorizationLetter = DocumentKind(registering: "authorization-letter")
}

/// A unit's letter that empowers an agent; for a person's transfer, the checklist alone.
struct AuthorizationLetterGenerator: DocumentGenerator {
    var kind: DocumentKind { .authorizationLetter }

    func reasonNotApplicable(to filing: Filing, requests: DocumentRequests, in context: GenerationContext) -> String? {
        let scope = filing.requests.scope ?? requests.scope
        if !filing.subject.nature.isUnit, scope?.name != "transfer" {
            return "a person's filing needs no authorization letter"
        }
        return nil
    }

    func generate(for filing: Filing, requests: DocumentRequests, in context: GenerationContext) throws -> GeneratedDocument {
        let letter = AuthorizationLetter(filing: filing, today: context.today)
        let plan = try letter.plan(requests)
        let isUnit = filing.subject.nature.isUnit
        let template = isUnit ? "authorization/letter" : "authorization/transfer-checklist"
        let document = try context.renderer.render(template, letter.context(plan))
        // A person gets only the checklist, and the file is named after what it holds.
        let name = isUnit ? kind.rawValue : "transfer-checklist"
        return GeneratedDocument(
            kind: kind, fileStem: GeneratedDocument.stem(for: filing, websites: [], name: name),
            content: document, diagnostics: plan.diagnostics)
    }
}

extension DocumentKind {
    /// The Shandong mailing package: checklist, 注销申请书 and mailing sheet.
    public static let shandongMail = DocumentKind(registering: "shandong-mail")
}

/// The package Shandong's bureau takes by mail instead of a form.
struct ShandongMailGenerator: DocumentGenerator {
    var kind: DocumentKind { .shandongMail }

    func reasonNotApplicable(to filing: Filing, requests: DocumentRequests, in context: GenerationContext) -> String? {
        context.policy(for: filing.province).route == .mail
            ? nil : "the mailing package is for Shandong (鲁) filings; this one is \(filing.province.name)"
    }

    func generate(for filing: Filing, requests: DocumentRequests, in context: GenerationContext) throws -> GeneratedDocument {
        var plan = try DeregistrationPlanner(filing: filing, policies: context.policies, today: context.today)
            .plan(requests, serving: [.mail], document: "Shandong mailing package")
        if plan.request.reason == nil {
            throw InputError(
                plan.diagnostics.filter { !DeregistrationPlanner.outcomeCodes.contains($0.code) } + [
                    Diagnostic(
                        .error, "requests.reason", code: "shandong.reason-missing",
                        "the 注销申请书 must state the reason for deregistration",
                        hint: "give requests.reason, e.g. 网站不再运营")
                ])
        }
        plan.diagnostics.removeAll { $0.code == "deregistration.reason-missing" }
        let values = ShandongMailPackage.context(plan, filing: filing, address: context.shandongAddress)
        let document = try context.renderer.render("shandong/package", values)
        return GeneratedDocument(
            kind: kind, fileStem: GeneratedDocument.stem(for: filing, websites: plan.websites, name: kind.rawValue),
            content: document, diagnostics: plan.diagnostics)
    }
}

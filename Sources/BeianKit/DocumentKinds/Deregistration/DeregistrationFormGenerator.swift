extension DocumentKind {
    /// A province's deregistration application form (注销申请表).
    public static let deregistrationForm = DocumentKind(registering: "deregistration-form")
}

/// The province's deregistration form, in its own layout when one is bundled.
struct DeregistrationFormGenerator: DocumentGenerator {
    var kind: DocumentKind { .deregistrationForm }

    func reasonNotApplicable(to filing: Filing, requests: DocumentRequests, in context: GenerationContext) -> String? {
        let policy = context.policy(for: filing.province)
        return policy.route.producesForm ? nil : policy.advice
    }

    func generate(for filing: Filing, requests: DocumentRequests, in context: GenerationContext) throws -> GeneratedDocument {
        let plan = try DeregistrationPlanner(filing: filing, policies: context.policies, today: context.today)
            .plan(requests, serving: [.form, .onlineFirst, .unpublished], document: "deregistration form")
        let template = context.templates.source(of: plan.policy.template) != nil ? plan.policy.template : "deregistration/common"
        let document = try context.renderer.render(template, DeregistrationForm.context(plan, filing: filing))
        return GeneratedDocument(
            kind: kind, fileStem: GeneratedDocument.stem(for: filing, websites: plan.websites, name: kind.rawValue),
            content: document, diagnostics: plan.diagnostics)
    }
}

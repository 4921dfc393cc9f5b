extension DocumentKind {
    /// The one-page submission sheet (提交说明) beside a deregistration application.
    public static let submissionSheet = DocumentKind(registering: "submission-sheet")
}

/// What to attach, how to send the application and to whom, how long it takes and how to check
/// the result, for the filing's province; every line marked with its confidence.
struct SubmissionSheetGenerator: DocumentGenerator {
    var kind: DocumentKind { .submissionSheet }

    /// The routes an application goes on paper (the form, or Shandong's mailed package).
    static let routes: Set<DeregistrationPolicy.Route> = [.form, .onlineFirst, .unpublished, .mail]

    func reasonNotApplicable(to filing: Filing, requests: DocumentRequests, in context: GenerationContext) -> String? {
        let policy = context.policy(for: filing.province)
        return Self.routes.contains(policy.route) ? nil : policy.advice
    }

    func generate(for filing: Filing, requests: DocumentRequests, in context: GenerationContext) throws -> GeneratedDocument {
        let plan = try DeregistrationPlanner(filing: filing, policies: context.policies, today: context.today)
            .plan(requests, serving: Self.routes, document: "submission sheet")
        let document = try context.renderer.render("submission/sheet", SubmissionSheet.context(plan, filing: filing))
        return GeneratedDocument(
            kind: kind, fileStem: GeneratedDocument.stem(for: filing, websites: plan.websites, name: kind.rawValue),
            content: document, diagnostics: plan.diagnostics)
    }
}

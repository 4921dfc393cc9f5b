extension DocumentKind {
    /// The 《主体过户申请表》 both subjects sign for a transfer.
    public static let subjectTransferForm = DocumentKind(registering: "subject-transfer-form")
}

/// The transfer application: both parties side by side, the websites that move, and a seal and
/// signature for each (change guide: 主体过户). Written from what the guide requires; a provider's
/// own form comes first.
struct SubjectTransferFormGenerator: ChangeDocumentGenerator {
    var kind: DocumentKind { .subjectTransferForm }

    func generate(for plan: ChangePlan, in context: GenerationContext) throws -> GeneratedDocument {
        let kept = plan.new.filing.websites.filter { website in
            plan.old.filing.websites.contains { $0.filingNumber == website.filingNumber }
        }
        let values: [String: Any] = [
            "from": ChangeDocumentContext.subject(plan.old.filing.subject),
            "to": ChangeDocumentContext.subject(plan.new.filing.subject),
            "filingNumber": plan.old.filing.subject.filingNumber.text,
            "websites": kept.map { ["name": $0.name, "filingNumber": $0.filingNumber.text, "domains": $0.domains.joined(separator: "、")] },
        ]
        let document = try context.renderer.render("change/subject-transfer-form", values)
        return GeneratedDocument(kind: kind, fileStem: stem(plan), content: document, diagnostics: [])
    }
}

extension DocumentKind {
    /// The materials checklist of a change filing (变更备案材料清单).
    public static let changeChecklist = DocumentKind(registering: "change-checklist")
}

/// The checklist: what changes, field by field, and the materials of each kind of change.
struct ChangeChecklistGenerator: ChangeDocumentGenerator {
    var kind: DocumentKind { .changeChecklist }

    func generate(for plan: ChangePlan, in context: GenerationContext) throws -> GeneratedDocument {
        let rows: [[String: Any]] = plan.changes.flatMap { change in
            change.fields.map { field in
                [
                    "kind": change.kind.chineseName,
                    "website": change.website ?? "主体",
                    "label": ChangeDocumentContext.label(field.path),
                    "old": field.old ?? "（无）",
                    "new": field.new ?? "（删除）",
                ] as [String: Any]
            }
        }
        let groups: [[String: Any]] = plan.materials.enumerated().map { number, group in
            ["number": number + 1, "name": group.kind.chineseName, "items": group.items]
        }
        let values: [String: Any] = [
            "subject": ChangeDocumentContext.subject(plan.new.filing.subject),
            "filingNumber": plan.old.filing.subject.filingNumber.text,
            "kinds": plan.kinds.map(\.chineseName).joined(separator: "、"),
            "rows": rows,
            "groups": groups,
        ]
        let document = try context.renderer.render("change/checklist", values)
        return GeneratedDocument(kind: kind, fileStem: stem(plan), content: document, diagnostics: [])
    }
}

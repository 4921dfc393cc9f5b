extension BeianEngine {
    /// The rules of change filings, from `data/change-rules.json` (overridable like templates).
    public func changeRules() throws(BeianError) -> ChangeRules {
        do { return try ChangeRules.load(from: templates) } catch { throw .template(error) }
    }

    /// Compares a filing before and after a change, dated by the engine's clock: the kinds of
    /// change found, what the rules refuse (errors, each with the route to take instead), the
    /// steps with dates, and the materials. `changedOn` is the day the facts changed.
    public func changePlan(old: ChangeRecord, new: ChangeRecord, changedOn: CalendarDate? = nil) throws(BeianError) -> ChangePlan {
        ChangePlanner(rules: try changeRules(), date: clock.today, changedOn: changedOn).plan(old: old, new: new)
    }

    /// The documents a plan calls for (``ChangePlan/documentKinds``), or the `kinds` asked for
    /// among them. Throws ``BeianError/input(_:)`` for a plan with errors or a kind it does not
    /// call for.
    public func changeDocuments(for plan: ChangePlan, kinds: [DocumentKind]? = nil) throws(BeianError) -> [GeneratedDocument] {
        guard plan.isAllowed else { throw .input(InputError(plan.problems.errors)) }
        let wanted = kinds ?? plan.documentKinds
        let refused = wanted.filter { !plan.documentKinds.contains($0) }
        guard refused.isEmpty else {
            throw .input(
                InputError(
                    refused.map { kind in
                        Diagnostic(
                            .error, "documents", code: "change.document-not-called-for",
                            "this change does not call for \(kind.rawValue)",
                            hint: "choose among: " + (plan.documentKinds.isEmpty ? "(none)" : plan.documentKinds.map(\.rawValue).joined(separator: ", ")),
                            arguments: ["kind": kind.rawValue, "choices": plan.documentKinds.isEmpty ? "（无）" : plan.documentKinds.map(\.rawValue).joined(separator: ", ")])
                    }))
        }
        let context = generation
        return try BeianError.catching {
            try wanted.map { kind in
                guard let generator = DocumentGenerators.generator(for: kind) as? any ChangeDocumentGenerator else {
                    preconditionFailure("change documents come from change generators")
                }
                return try generator.generate(for: plan, in: context)
            }
        }
    }
}

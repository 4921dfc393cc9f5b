import Foundation

extension ChangePlan {
    /// The plan as one JSON object: `allowed`, `date`, `filingNumber`, `changes`, `problems`
    /// (as `validate` reports them), `steps`, `materials` and `documents`. Keys sorted, so the
    /// bytes are the same on every run.
    public func json() -> RenderedFile {
        struct Output: Encodable {
            var allowed: Bool
            var date: CalendarDate
            var filingNumber: String
            var changes: [Change]
            var problems: [Diagnostic]
            var steps: [Step]
            var materials: [Materials]
            var documents: [String]
        }
        let output = Output(
            allowed: isAllowed, date: date, filingNumber: old.filing.subject.filingNumber.text, changes: changes,
            problems: problems, steps: steps, materials: materials, documents: documentKinds.map(\.rawValue))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and dates cannot fail.
        let data = (try? encoder.encode(output)) ?? Data()
        return RenderedFile(data: data + Data("\n".utf8), mediaType: "application/json", fileName: fileStem + "-change-plan.json")
    }

    /// The plan for people to read.
    public func text() -> RenderedFile {
        var lines: [String] = []
        let before = old.filing.subject, after = new.filing.subject
        let subject = before.name == after.name ? before.name : "\(before.name) → \(after.name)"
        lines.append("Change of \(before.filingNumber.text) (\(subject)), planned for \(date)")
        lines.append(isAllowed ? "Allowed as a change: yes" : "Allowed as a change: no (see the errors)")
        lines.append("")
        lines.append("Changes:")
        if changes.isEmpty { lines.append("  none") }
        for change in changes {
            lines.append("  \(change.kind.rawValue) (\(change.kind.chineseName))" + (change.website.map { " " + $0 } ?? ""))
            for field in change.fields {
                lines.append("    \(field.path): \(field.old ?? "(none)") → \(field.new ?? "(none)")")
            }
        }
        if !problems.isEmpty {
            lines.append("")
            lines.append("Problems:")
            for problem in problems {
                lines.append("  \(problem.severity.rawValue): " + (problem.path.isEmpty ? "" : problem.path + ": ") + problem.message + " [\(problem.code)]")
                if let hint = problem.hint { lines.append("    hint: \(hint)") }
            }
        }
        if !steps.isEmpty {
            lines.append("")
            lines.append("Steps:")
            for (number, step) in steps.enumerated() {
                lines.append("  \(number + 1). " + (step.date.map { "[from \($0)] " } ?? "") + step.text)
            }
        }
        if !materials.isEmpty {
            lines.append("")
            lines.append("Materials:")
            for group in materials {
                lines.append("  \(group.kind.chineseName):")
                lines += group.items.map { "    - \($0)" }
            }
        }
        if !documentKinds.isEmpty {
            lines.append("")
            lines.append("Documents beian writes (-o DIR): " + documentKinds.map(\.rawValue).joined(separator: ", "))
            lines.append("The provider's or the bureau's own forms take precedence over these drafts.")
        }
        let text = lines.joined(separator: "\n") + "\n"
        return RenderedFile(data: Data(text.utf8), mediaType: "text/plain; charset=utf-8", fileName: fileStem + "-change-plan.txt")
    }

    /// The documents this plan calls for: the checklist whenever something is to be submitted,
    /// a pledge when a website's responsible person changes, the transfer form for a transfer.
    public var documentKinds: [DocumentKind] {
        guard isAllowed, !changes.isEmpty else { return [] }
        var kinds: [DocumentKind] = [.changeChecklist]
        if !websitesWithNewOwner.isEmpty { kinds.append(.websiteOwnerPledge) }
        if self.kinds.contains(.subjectTransfer) { kinds.append(.subjectTransferForm) }
        return kinds
    }

    /// Kept websites whose responsible person is someone else after the change.
    var websitesWithNewOwner: [Website] {
        new.filing.websites.filter { website in
            guard let owner = website.owner,
                let before = old.filing.websites.first(where: { $0.filingNumber == website.filingNumber })
            else { return false }
            return before.owner?.name != owner.name || before.owner?.certificate != owner.certificate
        }
    }

    /// `hubei-2019012345`: province and serial of the filing, safe in any file name.
    var fileStem: String { "\(old.filing.province.id)-\(old.filing.subject.filingNumber.serial)" }
}

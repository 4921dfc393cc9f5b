/// The ordered steps and the materials of a classified change.
struct ChangeSteps {
    let rules: ChangeRules
    let plan: ChangePlan

    /// Manual §3: when the subject's name, certificate type or number, or legal representative
    /// changes, the domain holder is transferred first, or the real-name data the bureau checks
    /// against is stale and the change is refused.
    static let holderFields: Set<String> = [
        "subject.name", "subject.certificate.type", "subject.certificate.number",
        "subject.legalRepresentative.name", "subject.legalRepresentative.idNumber",
    ]

    var needsHolderTransfer: Bool {
        plan.changes.contains { change in change.website == nil && change.fields.contains { Self.holderFields.contains($0.path) } }
    }

    /// The changes that go into the change order (a new website is an order of its own).
    private var changeOrderKinds: [ChangeKind] { plan.kinds.filter { $0 != .newWebsite } }

    var steps: [ChangePlan.Step] {
        guard plan.isAllowed else {
            return [.init(text: "Nothing can be submitted as the records stand: follow each error's hint first.", date: nil)]
        }
        guard !plan.changes.isEmpty else { return [] }
        var steps: [ChangePlan.Step] = []
        var submitOn = plan.date
        if needsHolderTransfer {
            let name = plan.new.filing.subject.name
            steps.append(.init(text: "Transfer the holder of every domain (域名持有者过户) to \(name) at its registrar.", date: plan.date))
            let wait = rules.domainHolderTransferWorkingDays
            submitOn = WorkingDays.adding(wait.earliest, to: plan.date)
            steps.append(
                .init(
                    text:
                        "Wait \(wait.earliest)–\(wait.latest) working days after the transfer completes, so the new holder reaches the MIIT system (dated for a transfer completed on \(plan.date); weekends skipped, public holidays not known to beian).",
                    date: nil))
        }
        let orderKinds = changeOrderKinds
        steps.append(
            .init(
                text: "Prepare the materials listed below"
                    + (plan.new.filing.subject.nature.isUnit
                        ? "; when an agent submits for the unit, an authorization letter too (beian authorization-letter --scope change)." : "."),
                date: nil))
        if !orderKinds.isEmpty {
            let names = orderKinds.map(\.chineseName).joined(separator: "、")
            steps.append(.init(text: "Submit one change order (\(names)) in the access provider's system; a subject has one order open at a time.", date: submitOn))
        }
        let newSites = plan.changes.filter { $0.kind == .newWebsite }
        if !newSites.isEmpty {
            let names = newSites.compactMap(\.website).joined(separator: "、")
            let when = orderKinds.isEmpty ? "" : "After the change order is approved, "
            steps.append(
                .init(
                    text: when + "file each new website (\(names)) as its own order under the subject (新增网站).",
                    date: orderKinds.isEmpty ? submitOn : nil))
        }
        steps.append(.init(text: "Wait for the bureau's review (1–20 working days) and check the filing afterwards.", date: nil))
        return steps
    }

    var materials: [ChangePlan.Materials] {
        // A refused change has nothing to prepare for until its errors are resolved.
        guard plan.isAllowed else { return [] }
        let isUnit = plan.new.filing.subject.nature.isUnit
        // The same item (the note on lost ID cards) is listed once, under the first kind asking for it.
        var listed: Set<String> = []
        return plan.kinds.map { kind in
            var items: [String] = []
            switch kind {
            case .subjectInfo:
                items = rules.materials(isUnit ? "subject-info-unit" : "subject-info-person") + rules.materials("identity-note")
            case .websiteInfo:
                let fields = plan.changes.filter { $0.kind == .websiteInfo }.flatMap(\.fields)
                items = rules.materials("website-info")
                if fields.contains(where: { $0.path.hasSuffix(".name") && !$0.path.contains(".owner.") }) { items += rules.materials("website-name") }
                if fields.contains(where: { $0.path.hasSuffix(".owner.name") || $0.path.hasSuffix(".owner.idNumber") }) {
                    items += rules.materials("website-owner") + rules.materials("identity-note")
                }
            case .newWebsite: items = rules.materials("new-website")
            case .websiteCancellation: items = rules.materials("website-cancellation")
            case .subjectTransfer: items = rules.materials("subject-transfer") + rules.materials("identity-note")
            }
            items = items.filter { listed.insert($0).inserted }
            return ChangePlan.Materials(kind: kind, items: items)
        }
    }
}

/// Counting working days: Monday to Friday. Public holidays and their make-up working days
/// change every year and are not known here, which the plan says.
enum WorkingDays {
    static func adding(_ count: Int, to date: CalendarDate) -> CalendarDate {
        var day = date
        var left = count
        while left > 0 {
            day = day.adding(days: 1)
            if !isWeekend(day) { left -= 1 }
        }
        return day
    }

    /// 1970-01-01, day 0, was a Thursday.
    static func isWeekend(_ date: CalendarDate) -> Bool {
        let weekday = ((date.daysSinceEpoch + 3) % 7 + 7) % 7  // 0 = Monday
        return weekday >= 5
    }
}

/// Classifies the change between two records and judges it by ``ChangeRules``: which kinds of
/// change filing it takes, what a change cannot do (with the route to take instead), and what
/// to watch. Steps and materials follow from the result (``ChangeSteps``).
struct ChangePlanner {
    let rules: ChangeRules
    /// The day the change is planned for.
    let date: CalendarDate
    /// The day the facts changed, when given (the 30-day rule counts from it).
    let changedOn: CalendarDate?

    func plan(old: ChangeRecord, new: ChangeRecord) -> ChangePlan {
        let comparison = ChangeComparison(old: old, new: new)
        var changes: [ChangePlan.Change] = []
        var log = DiagnosticLog()
        // A refused subject (another province, another nature, another filing) refuses the
        // whole change: listing its websites' differences would only bury the one error.
        if classifySubject(comparison, into: &changes, log: &log) {
            classifyWebsites(comparison, into: &changes, log: &log)
            if !changes.isEmpty { checkDomainValidity(new, log: &log) }
            checkTiming(changes.isEmpty, log: &log)
        }
        if changes.isEmpty, !log.entries.hasErrors {
            log.note(.root, "change.none", "the two records describe the same filing: there is nothing to change")
        }
        var plan = ChangePlan(
            old: old, new: new, date: date, changes: changes, problems: log.entries.inReportOrder(),
            steps: [], materials: [])
        let steps = ChangeSteps(rules: rules, plan: plan)
        plan.steps = steps.steps
        plan.materials = steps.materials
        return plan
    }

    // MARK: The subject

    /// Classifies the subject's change; false when the subject's change is refused outright.
    private func classifySubject(_ comparison: ChangeComparison, into changes: inout [ChangePlan.Change], log: inout DiagnosticLog) -> Bool {
        let before = comparison.old.filing.subject, after = comparison.new.filing.subject
        let fields = comparison.subjectFields
        guard !fields.isEmpty else { return true }
        // Manual §3 (可变更备案信息): a change never moves a filing to another province.
        if before.filingNumber.province != after.filingNumber.province {
            log.error(
                "subject.filingNumber", "change.province",
                "the filing is kept by \(before.filingNumber.province.name)'s bureau; a change cannot move it to \(after.filingNumber.province.name)",
                hint: "file again in \(after.filingNumber.province.name) as a new filing, then cancel the \(before.filingNumber.province.name) one",
                ["before": before.filingNumber.province.name, "after": after.filingNumber.province.name])
            return false
        }
        // The manual asks whether a person's filing can become a unit's (and back) and does not
        // answer; the forms hold the nature fixed, so beian infers that it cannot.
        if before.nature.isUnit != after.nature.isUnit {
            log.error(
                "subject.nature", "change.nature",
                "a filing cannot change between a person's and a unit's (\(before.nature.chineseName) → \(after.nature.chineseName)) (inferred: the manual lists this question without its answer)",
                hint: "cancel the filing (beian deregistration-form) and file again as the new subject; ask the provider if unsure",
                ["before": before.nature.chineseName, "after": after.nature.chineseName])
            return false
        }
        let transferred = before.certificate.number != after.certificate.number
        if transferred {
            if comparison.keptWebsites.isEmpty {
                log.error(
                    "subject.certificate.number", "change.unrelated",
                    "the subject's certificate differs and no website carries over: these are two filings, not one filing changed",
                    hint: "compare the same filing before and after; keep the websites' filing numbers in the new record")
                return false
            }
            changes.append(.init(kind: .subjectTransfer, website: nil, fields: fields))
        } else if before.filingNumber != after.filingNumber {
            log.error(
                "subject.filingNumber", "change.filing-number",
                "the subject filing number changed from \(before.filingNumber.text) though the subject did not: the bureau gives the number and a change keeps it",
                hint: "copy the subject filing number from the old record", ["number": before.filingNumber.text])
            return false
        } else {
            changes.append(.init(kind: .subjectInfo, website: nil, fields: fields))
        }
        checkAdult(after.owner, changedFrom: before.owner, at: "subject.owner", log: &log)
        return true
    }

    // MARK: Websites

    private func classifyWebsites(_ comparison: ChangeComparison, into changes: inout [ChangePlan.Change], log: inout DiagnosticLog) {
        for pair in comparison.keptWebsites {
            let fields = ChangeComparison.websiteFields(pair)
            guard !fields.isEmpty else { continue }
            let path = FieldPath.root / "websites"
            let here = path.index(pair.afterIndex)
            // Manual §3: since 2019-04-22 a change only removes domains.
            for field in fields where field.path.hasSuffix(".domains") && field.old == nil && date >= rules.domainsOnlyRemovableSince {
                log.error(
                    here / "domains", "change.domain-added",
                    "'\(field.new ?? "")' is added to \(pair.after.filingNumber.text); since \(rules.domainsOnlyRemovableSince.chinese) a change can only remove a website's domains",
                    hint: "take the domain out of this website and list it as a new website without filingNumber: it is filed on its own",
                    ["domain": field.new ?? "", "website": pair.after.filingNumber.text, "since": rules.domainsOnlyRemovableSince.chinese])
            }
            if pair.before.name != pair.after.name { checkName(pair.after.name, at: here / "name", log: &log) }
            if let owner = pair.after.owner { checkAdult(owner, changedFrom: pair.before.owner, at: here / "owner", log: &log) }
            changes.append(.init(kind: .websiteInfo, website: pair.after.filingNumber.text, fields: fields))
        }
        for (website, index) in comparison.unknownWebsites {
            log.error(
                (FieldPath.root / "websites").index(index) / "filingNumber", "change.unknown-website",
                "\(website.filingNumber.text) is not a website of the old record; a new website has no filing number until the bureau gives one",
                hint: "leave filingNumber out for a new website, or correct the number", ["number": website.filingNumber.text])
        }
        for website in comparison.removedWebsites {
            changes.append(
                .init(
                    kind: .websiteCancellation, website: website.filingNumber.text,
                    fields: [.init(path: "websites", old: website.filingNumber.text, new: nil)]))
        }
        if !comparison.old.filing.websites.isEmpty, comparison.keptWebsites.isEmpty, comparison.new.newWebsites.isEmpty,
            !comparison.removedWebsites.isEmpty
        {
            log.warning(
                "websites", "change.no-website-left",
                "every website is cancelled and none is added: the subject would be left without a website",
                hint: "cancel the whole filing instead (beian deregistration-form)")
        }
        for website in comparison.new.newWebsites {
            let here = (FieldPath.root / "websites").index(website.index)
            checkName(website.name, at: here / "name", log: &log)
            if let owner = website.owner { checkAdult(owner, changedFrom: nil, at: here / "owner", log: &log) }
            changes.append(
                .init(
                    kind: .newWebsite, website: website.name,
                    fields: website.domains.map { .init(path: "websites[\(website.index)].domains", old: nil, new: $0) }))
        }
    }

    /// Change guide (网站命名规范): no 中国, 中华, 国家 or 政府 without special approval.
    private func checkName(_ name: String, at path: FieldPath, log: inout DiagnosticLog) {
        let words = rules.forbiddenWebsiteNameWords.filter { name.contains($0) }
        guard !words.isEmpty else { return }
        log.warning(
            path, "change.website-name-word",
            "the website name '\(name)' contains \(words.joined(separator: "、")), which a website name may hold only with special approval",
            hint: "choose a name without \(words.joined(separator: "、")), or attach the approval", ["name": name, "words": words.joined(separator: "、")])
    }

    /// A responsible person new to the role must be of age (guide: 年满18周岁).
    private func checkAdult(_ person: Contact, changedFrom before: Contact?, at path: FieldPath, log: inout DiagnosticLog) {
        guard person.name != before?.name || person.certificate != before?.certificate,
            let certificate = person.certificate,
            let id = try? ResidentIDNumber(certificate.number, today: date)
        else { return }
        let age = id.birthDate.years(until: date)
        if age < rules.minimumAge {
            log.error(
                path / "idNumber", "change.owner-minor",
                "\(person.name) is \(age) on \(date); a responsible person must be at least \(rules.minimumAge)",
                hint: "name an adult as the responsible person", ["name": person.name, "age": String(age), "date": date.chinese, "minimum": String(rules.minimumAge)])
        }
    }

    // MARK: Domains and dates

    /// Manual §3: each domain valid for more than 3 months when the change is filed (45 days in
    /// some regions, which the manual does not name).
    private func checkDomainValidity(_ record: ChangeRecord, log: inout DiagnosticLog) {
        let kept = record.filing.websites.enumerated().map { ($0.offset, $0.element.domains) }
        let added = record.newWebsites.map { ($0.index, $0.domains) }
        var unknown = 0
        let validity = rules.domainValidity
        let shortRule = validity.shortDaysProvinces.contains(record.filing.province.id)
        let limit = shortRule ? date.adding(days: validity.shortDays) : date.adding(months: validity.months)
        let rule = shortRule ? "more than \(validity.shortDays) days" : "more than \(validity.months) months"
        let term = shortRule ? "\(validity.shortDays)天以上" : "\(validity.months)个月以上"
        for (index, domains) in kept + added {
            for (position, domain) in domains.enumerated() {
                guard let expiry = record.domainExpiry[domain.lowercased()] else { unknown += 1; continue }
                if expiry <= limit {
                    log.error(
                        ((FieldPath.root / "websites").index(index) / "domains").index(position), "change.domain-expiring",
                        "\(domain) expires on \(expiry); on \(date) a domain must stay valid for \(rule)",
                        hint: "renew the domain first, then file the change", ["domain": domain, "expiry": expiry.chinese, "date": date.chinese, "rule": rule, "term": term])
                }
            }
        }
        if unknown + record.domainExpiry.count > 0, !shortRule {
            log.note(
                "websites", "change.domain-validity-45-days",
                "domains are checked for \(rule) of validity: \(validity.shortDaysNote)",
                hint: "if your province's bureau asks only \(validity.shortDays) days, list it under domainValidity.shortDaysProvinces in data/change-rules.json (--templates)",
                ["rule": rule, "term": term, "shortDays": String(validity.shortDays), "note": validity.shortDaysNote])
        }
        if unknown > 0 {
            log.note(
                "websites", "change.domain-expiry-unknown",
                "\(unknown) domain(s) have no expiresOn: each must be valid for \(rule) on the day the change is filed",
                hint: "write a domain as {\"name\": \"example.cn\", \"expiresOn\": \"YYYY-MM-DD\"} to have it checked, or renew it first", ["count": String(unknown), "rule": rule, "term": term])
        }
    }

    /// Change guide (注意事项): file within 30 days of the change in fact.
    private func checkTiming(_ nothingChanged: Bool, log: inout DiagnosticLog) {
        guard let changedOn, !nothingChanged else { return }
        if changedOn > date {
            log.warning(
                "changedOn", "change.changed-on-future", "the change in fact (\(changedOn)) is after the planned day \(date)",
                hint: "check --changed-on and --date", ["changedOn": changedOn.chinese, "date": date.chinese])
        } else if date > changedOn.adding(days: rules.submitWithinDays) {
            log.warning(
                "changedOn", "change.late",
                "the facts changed on \(changedOn), more than \(rules.submitWithinDays) days before \(date): a change is due within \(rules.submitWithinDays) days",
                hint: "submit the change as soon as possible; a late change risks a fine or the filing's cancellation",
                ["changedOn": changedOn.chinese, "date": date.chinese, "days": String(rules.submitWithinDays)])
        }
    }
}

/// The unit authorization letter (单位授权委托书) and, for transfers, the offline transfer
/// materials checklist.
struct AuthorizationLetter {
    let filing: Filing
    let today: CalendarDate

    struct Plan {
        var agent: Agent?
        var scope: AuthorizationScope
        var validFrom: CalendarDate
        var validUntil: CalendarDate
        var date: CalendarDate
        var hasSeal: Bool
        var diagnostics: [Diagnostic]
    }

    func plan(_ base: DocumentRequests) throws(InputError) -> Plan {
        var log = DiagnosticLog()
        log.append(contentsOf: filing.diagnostics)
        let (request, overrides) = base.overridden(by: filing.requests)
        log.append(contentsOf: overrides)
        let subject = filing.subject
        let isUnit = subject.nature.isUnit
        let hasSeal = !(request.noSeal ?? false)

        if isUnit, !hasSeal {
            SoleProprietorship.check(subject, log: &log)
        }
        if request.scope == nil {
            log.error(
                "requests.scope", "authorization.scope-missing", "the letter needs a scope: what the agent may do",
                hint: "give requests.scope transfer, deregistration or change (or requests.scopeText for other matters)")
        }
        if isUnit {
            if request.agent == nil {
                log.error(
                    "requests.agentName", "authorization.agent-missing", "the letter needs the agent (受托人): name and ID number",
                    hint: "give requests.agentName and requests.agentId")
            }
            if hasSeal, subject.legalRepresentative == nil {
                log.error(
                    "subject.legalRepresentative", "authorization.legal-representative-missing",
                    "the letter names the unit's legal representative, who signs it",
                    hint: "add subject.legalRepresentative with name (and idNumber) to the record")
            }
        } else if let scope = request.scope, scope.name != "transfer" {
            log.error(
                "subject.nature", "authorization.person",
                "an authorization letter is a unit's document; a person (individual) handles the filing in person",
                hint: "for a transfer, requests.scope transfer gives the person's transfer checklist")
        } else {
            log.note(
                "subject.nature", "authorization.person-transfer",
                "a person needs no authorization letter: only the transfer materials checklist is generated")
        }

        let date = request.date ?? today
        let validFrom = request.validFrom ?? date
        let validUntil = request.validUntil ?? validFrom.adding(months: 1)
        if validUntil < validFrom {
            log.error(
                "requests.validUntil", "authorization.validity", "the validity ends (\(validUntil)) before it starts (\(validFrom))",
                hint: "check requests.validFrom and requests.validUntil",
                ["from": "\(validFrom)", "until": "\(validUntil)"])
        }
        if validUntil < today {
            log.warning(
                "requests.validUntil", "authorization.expired", "the letter expired on \(validUntil)",
                hint: "date it anew with requests.date or requests.validUntil", ["date": "\(validUntil)"])
        }
        if date < today.adding(months: -1) {
            log.warning(
                "requests.date", "authorization.old", "the letter is dated \(date), more than a month ago; providers usually refuse such letters",
                hint: "date it within a month of submission", ["date": "\(date)"])
        }
        let diagnostics = log.entries.inReportOrder()
        if diagnostics.hasErrors { throw InputError(diagnostics) }
        return Plan(
            agent: request.agent, scope: request.scope!, validFrom: validFrom, validUntil: validUntil, date: date,
            hasSeal: hasSeal, diagnostics: diagnostics)
    }

    func context(_ plan: Plan) -> [String: Any] {
        let subject = filing.subject
        let number = subject.filingNumber.text
        var context: [String: Any] = [
            "subject": TemplateContext.subject(subject),
            "isUnit": subject.nature.isUnit,
            "hasSeal": plan.hasSeal,
            "noSeal": !plan.hasSeal,
            "validFrom": plan.validFrom.chinese,
            "validUntil": plan.validUntil.chinese,
            "date": plan.date.description,
            "dateChinese": plan.date.chinese,
            "scopeText": scopeText(plan.scope, number: number),
        ]
        if !plan.hasSeal {
            // A sole proprietorship's operator (经营者) is its responsible person in the filing.
            context["operator"] = [
                "name": subject.owner.name,
                "certificateNumber": subject.owner.certificate?.number ?? "",
            ]
        }
        if let agent = plan.agent {
            context["agent"] = [
                "name": agent.name,
                "certificateType": agent.certificate.type.chineseName,
                "certificateNumber": agent.certificate.number,
                "mobile": agent.mobile?.digits ?? "",
            ]
        }
        var attachments = ["受托人身份证件复印件"]
        if plan.hasSeal {
            attachments.insert("法定代表人身份证件复印件", at: 0)
        } else {
            attachments.insert("经营者身份证件复印件（按手印）", at: 0)
        }
        context["attachments"] = TemplateContext.numbered(attachments)
        if case .transfer(let from, let to) = plan.scope {
            context["transfer"] = ["fromAccount": from, "toAccount": to]
            context["transferChecklist"] = TemplateContext.numbered(transferChecklist(to: to))
        }
        return context
    }

    private func scopeText(_ scope: AuthorizationScope, number: String) -> String {
        switch scope {
        case .transfer(let from, let to):
            "办理本单位ICP备案（主体备案号：\(number)）的备案信息转移，将备案信息从云账号（UID：\(from)）转移至云账号（UID：\(to)）"
        case .deregistration:
            "办理本单位ICP备案（主体备案号：\(number)）的注销备案"
        case .change:
            "办理本单位ICP备案（主体备案号：\(number)）的备案信息变更"
        case .custom(let text):
            text.contains(number) ? text : "\(text)（主体备案号：\(number)）"
        }
    }

    /// The offline transfer materials (DOMAIN.md, "Transfer to another cloud account").
    private func transferChecklist(to account: String) -> [String] {
        if filing.subject.nature.isUnit {
            return [
                "单位证件（\(filing.subject.certificate.type.chineseName)）原件的照片或扫描件",
                "申请人手持单位证件原件的半身照片",
                "申请人身份证件正反面照片",
                "本授权委托书（加盖单位公章）",
                "接收备案的目标云账号UID：\(account)",
            ]
        }
        return [
            "主体负责人身份证件原件的电子版（照片或扫描件）",
            "主体负责人手持身份证件原件的半身照片",
            "接收备案的目标云账号UID：\(account)",
        ]
    }
}

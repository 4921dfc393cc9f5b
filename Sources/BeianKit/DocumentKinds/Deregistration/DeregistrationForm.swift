/// The deregistration application form (注销申请表) of a province.
enum DeregistrationForm {
    static func context(_ plan: DeregistrationPlanner.Plan, filing: Filing) -> [String: Any] {
        let applicant = plan.applicant
        let attachments = plan.attachments.map(\.text)
        var context: [String: Any] = [
            "title": plan.policy.formTitle,
            "bureau": filing.province.bureau,
            "provinceName": filing.province.fullName,
            "categoryOwn": TemplateContext.flag(plan.category == .own),
            "categoryOther": TemplateContext.flag(plan.category == .other),
            "basisSubject": TemplateContext.flag(plan.basis == .subject),
            "basisDomain": TemplateContext.flag(plan.basis == .domain),
            "subject": TemplateContext.subject(filing.subject),
            "websites": filing.websites.map(TemplateContext.website),
            "cancelsSubject": plan.cancelsSubject,
            "onlineAttempted": TemplateContext.flag(plan.onlineAttempted),
            "shell": ["subject": plan.shellSubject, "websites": plan.shellWebsites] as [String: Any],
            "numbers": numbers(plan, filing: filing),
            "reason": plan.request.reason ?? "",
            "applicant": [
                "name": applicant.name,
                "isUnit": applicant.isUnit,
                "isPerson": !applicant.isUnit,
                "certificateType": applicant.certificate.type.chineseName,
                "certificateNumber": applicant.certificate.number,
                "contactName": applicant.contactName,
                "mobile": applicant.mobile.digits,
                "email": applicant.email ?? "",
            ] as [String: Any],
            "date": plan.date.description,
            "dateChinese": plan.date.chinese,
            "attachments": TemplateContext.numbered(attachments),
        ]
        let domains = plan.cancelsSubject ? filing.websites.flatMap(\.domains) : plan.domains
        context["domains"] = TemplateContext.nonEmpty(domains.joined(separator: "、"))
        // One per line: word processors break a run of joined domains inside the names.
        context["domainList"] = domains
        return context
    }

    /// The numbers to cancel with what each cancels, as the form lists them.
    static func numbers(_ plan: DeregistrationPlanner.Plan, filing: Filing) -> [[String: Any]] {
        if plan.cancelsSubject {
            return [
                [
                    "number": filing.subject.filingNumber.text,
                    "what": filing.websites.isEmpty ? "注销主体" : "注销主体及其下全部\(filing.websites.count)个网站",
                ]
            ]
        }
        return plan.websites.map { website in
            [
                "number": website.filingNumber.text,
                "what": "注销\(website.filingNumber.kind == .website ? "网站" : website.filingNumber.kind.chineseName.replacingOccurrences(of: "备案号", with: ""))：\(website.name)",
            ]
        }
    }
}

/// The one-page submission sheet (提交说明) printed beside a deregistration form: what to attach
/// in this province, the application's category, basis and applicant, how to send it and to
/// whom, how long it takes and how to check the result, each line marked with how far it can
/// be trusted and numbered to its source.
enum SubmissionSheet {
    /// Where the result is checked: the ministry's own filing system, which anyone can query.
    static let publicQuery = SourcedFact(
        value: "在工业和信息化部ICP/IP地址/域名信息备案管理系统（https://beian.miit.gov.cn）的“ICP备案查询”中按备案号或域名查询注销结果",
        confidence: .published, source: "https://beian.miit.gov.cn")

    /// The manual's two warnings every deregistration carries.
    static let notices = SourcedFact(
        value: "注销申请一经提交不能撤回；未经工信部批复的域名后缀，注销后不能再次备案，提交前请对照工信部公布的中国互联网域名体系核对",
        confidence: .thirdParty, source: "seed: Alibaba Cloud ICP filing manual, section 5.2")

    /// A line of the sheet: its group label (printed on the group's first line), the text and
    /// the fact's mark.
    private struct Line {
        var label: String
        var text: String
        var fact: SourcedFact?
    }

    static func context(_ plan: DeregistrationPlanner.Plan, filing: Filing) -> [String: Any] {
        let policy = plan.policy
        let bureau = filing.province.bureau
        var lines: [Line] = []
        func add(_ label: String, _ text: String, _ fact: SourcedFact?) { lines.append(Line(label: label, text: text, fact: fact)) }

        if policy.route == .mail {
            add("申请材料", "注销申请书及邮寄材料（beian shandong-mail 生成）", SourcedFact(value: nil, confidence: .thirdParty, source: policy.source))
        } else if policy.title.value != nil {
            add("申请表", "《\(policy.formTitle)》", policy.title)
        } else {
            add("申请表", "未查到本省公布的申请表，本工具按通用格式生成《\(policy.formTitle)》，提交前请向\(bureau)核对", policy.title)
        }
        for condition in policy.conditions where condition.applies(to: plan.category) {
            let stated = condition.unless.map { $0.isStated(in: plan.request) } == true ? "（申请人已声明符合）" : ""
            add("使用条件", condition.ruleChinese + stated, condition.fact)
        }
        if policy.conditions.isEmpty {
            add("使用条件", "未查到本省对申请人的限制", .notFound(check: ""))
        }
        let category = plan.category == .own ? "注销本单位（本人）备案" : "注销他单位（他人）备案"
        let basis =
            switch plan.basis {
            case .subject?: "主体依据"
            case .domain?: "域名依据"
            case nil: "未填写（请勾选申请依据）"
            }
        add("申请类别", "\(category)；\(basis)；申请人为\(plan.applicant.isUnit ? "单位" : "个人")（\(plan.applicant.name)）", nil)
        let numbers = DeregistrationForm.numbers(plan, filing: filing).compactMap { $0["number"] as? String }
        add("备案号", numbers.joined(separator: "、"), nil)
        if policy.route != .mail {
            let signed = plan.applicant.isUnit ? "加盖单位公章" : "申请人本人签字"
            add("随附材料", "已填写的申请表（\(signed)）", policy.title.value == nil ? nil : policy.title)
        }
        for attachment in plan.attachments {
            add("随附材料", attachment.text, attachment.fact)
        }
        for rule in policy.formRules {
            add("填写要求", rule.value ?? "", rule)
        }
        let submission = policy.submission
        switch submission.channel {
        case .unknown:
            add("提交方式", "未查到，请向\(bureau)询问", submission.fact)
        default:
            let contact = submission.contact ?? "\(submission.channel.contactName)未查到，请向\(bureau)询问"
            add("提交方式", "\(submission.channel.chineseName)至\(bureau)：\(contact)", submission.fact)
        }
        add("办理时限", policy.processingTime.value ?? "未查到", policy.processingTime)
        add("结果查询", publicQuery.value!, publicQuery)
        add("注意事项", notices.value!, notices)

        var sources: [String] = []
        var rows: [[String: Any]] = []
        for (index, line) in lines.enumerated() {
            var mark = "申请人填写"
            if let fact = line.fact {
                mark = shortLabel(fact.confidence)
                if let source = fact.source {
                    let cited = citation(source, date: fact.date)
                    if !sources.contains(cited) { sources.append(cited) }
                    mark += "〔\(sources.firstIndex(of: cited)! + 1)〕"
                }
            }
            let first = index == 0 || lines[index - 1].label != line.label
            rows.append(["label": first ? line.label : "", "text": line.text, "mark": mark])
        }
        return [
            "title": "\(filing.province.fullName)ICP备案注销提交说明",
            "bureau": bureau,
            "subject": TemplateContext.subject(filing.subject),
            "rows": rows,
            "sources": TemplateContext.numbered(sources),
            "date": plan.date.description,
        ]
    }

    /// The mark in the sheet's narrow column; the legend below the table says the rest.
    static func shortLabel(_ confidence: FactConfidence) -> String {
        switch confidence {
        case .published: "官方公布"
        case .thirdParty: "第三方资料"
        case .notFound: "未查到"
        }
    }

    /// A source as the sheet lists it: the address alone when there is one, with its date.
    static func citation(_ source: String, date: String?) -> String {
        var text = source
        if source.hasPrefix("http"), let space = source.firstIndex(of: " ") { text = String(source[..<space]) }
        return text + "（" + (date ?? "日期不详") + "）"
    }
}

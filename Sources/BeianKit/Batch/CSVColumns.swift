/// The columns of CSV batch input: one row per website, the subject's columns repeated on every
/// row of that subject. Headers may be English or Chinese; unknown headers are refused so a typo
/// does not silently drop a column.
enum CSVColumns {
    /// Where a column's value goes in the record's JSON.
    enum Target: Hashable {
        case id
        case subject([String])
        case website([String])
        /// A list of domains separated by `;`, `、`, `,` or spaces.
        case websiteDomains
        /// `true`/`false`, `是`/`否`, `yes`/`no`, `1`/`0`.
        case websiteFlag(String)
        case request(String)
    }

    static let all: [(english: String, chinese: String, target: Target)] = [
        ("id", "记录编号", .id),
        ("subjectName", "主办单位名称", .subject(["name"])),
        ("subjectNature", "主办单位性质", .subject(["nature"])),
        ("certificateType", "证件类型", .subject(["certificate", "type"])),
        ("certificateNumber", "证件号码", .subject(["certificate", "number"])),
        ("subjectFilingNumber", "主体备案号", .subject(["filingNumber"])),
        ("address", "通讯地址", .subject(["address"])),
        ("legalRepresentativeName", "法定代表人", .subject(["legalRepresentative", "name"])),
        ("legalRepresentativeIdNumber", "法定代表人证件号码", .subject(["legalRepresentative", "idNumber"])),
        ("ownerName", "主体负责人", .subject(["owner", "name"])),
        ("ownerMobile", "主体负责人手机", .subject(["owner", "mobile"])),
        ("ownerEmail", "主体负责人邮箱", .subject(["owner", "email"])),
        ("websiteName", "网站名称", .website(["name"])),
        ("websiteFilingNumber", "网站备案号", .website(["filingNumber"])),
        ("domains", "域名", .websiteDomains),
        ("websiteOwnerName", "网站负责人", .website(["owner", "name"])),
        ("websiteOwnerMobile", "网站负责人手机", .website(["owner", "mobile"])),
        ("websiteOwnerEmail", "网站负责人邮箱", .website(["owner", "email"])),
        ("domainExpired", "域名已过期", .websiteFlag("domainExpired")),
        ("provider", "接入商编号", .request("provider")),
        ("status", "备案状态", .request("status")),
        ("sender", "发送号码", .request("sender")),
        ("date", "日期", .request("date")),
        ("reason", "注销原因", .request("reason")),
        ("agentName", "受托人", .request("agentName")),
        ("agentId", "受托人身份证号码", .request("agentId")),
        ("agentMobile", "受托人手机", .request("agentMobile")),
        ("scope", "委托事项", .request("scope")),
        ("scopeText", "委托事项说明", .request("scopeText")),
        ("fromAccount", "转出账号", .request("fromAccount")),
        ("toAccount", "转入账号", .request("toAccount")),
    ]

    static func target(forHeader header: String) -> Target? {
        let key = TextRules.trimmed(header)
        return all.first { $0.english.lowercased() == key.lowercased() || $0.chinese == key }?.target
    }
}

/// A document made from a change plan (two records), not from one filing. It is registered in
/// ``DocumentGenerators`` like every kind, so the CLI and manifests know its name; asked for one
/// filing (by batch or `document(_:for:requests:)`) it says that it needs the pair.
protocol ChangeDocumentGenerator: DocumentGenerator {
    func generate(for plan: ChangePlan, in context: GenerationContext) throws -> GeneratedDocument
}

extension ChangeDocumentGenerator {
    func reasonNotApplicable(to filing: Filing, requests: DocumentRequests, in context: GenerationContext) -> String? {
        "\(kind.rawValue) is made from the records before and after a change: run beian change OLD NEW"
    }

    func generate(for filing: Filing, requests: DocumentRequests, in context: GenerationContext) throws -> GeneratedDocument {
        throw InputError(
            Diagnostic(
                .error, "", code: "change.needs-two-records",
                "\(kind.rawValue) compares a filing before and after a change; one record is not enough",
                hint: "run beian change OLD.json NEW.json", arguments: ["kind": kind.rawValue]))
    }

    /// The file stem of a change document: the old filing's province and serial, then the kind.
    func stem(_ plan: ChangePlan) -> String { plan.fileStem + "-" + kind.rawValue }
}

/// Values the change documents share.
enum ChangeDocumentContext {
    /// A subject's rows as the forms print them; a value the record does not hold stays empty,
    /// for the applicant to write in by hand.
    static func subject(_ subject: Subject) -> [String: Any] {
        [
            "name": subject.name,
            "nature": subject.nature.chineseName,
            "certificateType": subject.certificate.type.chineseName,
            "certificateNumber": subject.certificate.number,
            "legalRepresentative": subject.legalRepresentative?.name as Any,
            "isUnit": subject.nature.isUnit,
            "owner": subject.owner.name,
            "mobile": subject.owner.mobile.digits,
            "address": subject.address as Any,
        ]
    }

    /// The Chinese label of a compared field's path.
    static func label(_ path: String) -> String {
        let tail = path.split(separator: ".", maxSplits: 1).dropFirst().first.map(String.init) ?? path
        let isWebsite = path.hasPrefix("websites")
        switch (isWebsite, tail) {
        case (false, "name"): return "主办单位名称"
        case (false, "nature"): return "主办单位性质"
        case (false, "certificate.type"): return "主办单位证件类型"
        case (false, "certificate.number"): return "主办单位证件号码"
        case (false, "filingNumber"): return "主体备案号"
        case (false, "address"): return "通讯地址"
        case (false, "legalRepresentative.name"): return "法定代表人"
        case (false, "legalRepresentative.idNumber"): return "法定代表人证件号码"
        case (false, "owner.name"): return "主体负责人"
        case (false, "owner.mobile"): return "主体负责人手机"
        case (false, "owner.email"): return "主体负责人电子邮箱"
        case (false, "owner.idNumber"): return "主体负责人证件号码"
        case (true, "name"): return "网站名称"
        case (true, "domains"): return "网站域名"
        case (true, "owner.name"): return "网站负责人"
        case (true, "owner.mobile"): return "网站负责人手机"
        case (true, "owner.email"): return "网站负责人电子邮箱"
        case (true, "owner.idNumber"): return "网站负责人证件号码"
        default: return path == "websites" ? "网站" : path
        }
    }
}

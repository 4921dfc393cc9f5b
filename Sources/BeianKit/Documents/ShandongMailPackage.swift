import Foundation

/// The Shandong mailing package: the materials checklist, the 注销申请书 and the mailing sheet,
/// one page each.
enum ShandongMailPackage {
    /// The bureau's mailing details, from the editable `data/shandong-mail.json`.
    struct Address: Decodable {
        var recipient: String
        var phone: String
        var address: String
        var bureau: String
        var resultAfterWorkingDays: Int
    }

    static func address(from templates: TemplateLibrary) throws(TemplateError) -> Address {
        let path = "data/shandong-mail.json"
        guard let text = templates.file(path) else { throw TemplateError(file: path, message: "the Shandong mailing address file is missing") }
        do {
            return try JSONDecoder().decode(Address.self, from: Data(text.utf8))
        } catch {
            throw TemplateError(file: path, message: "cannot read the Shandong mailing address: \(JSONSyntax.explain(error))")
        }
    }

    static func context(_ plan: DeregistrationPlanner.Plan, filing: Filing, address: Address) -> [String: Any] {
        var context = DeregistrationForm.context(plan, filing: filing)
        let websites = plan.cancelsSubject ? filing.websites : plan.websites
        let isUnit = filing.subject.nature.isUnit
        var checklist: [String] = []
        checklist.append(isUnit
            ? "单位证件复印件（\(filing.subject.certificate.type.chineseName)：\(filing.subject.certificate.number)），加盖单位公章"
            : "主体负责人（\(filing.subject.owner.name)）身份证复印件")
        checklist.append(isUnit ? "注销申请书（本包第2页），加盖单位公章" : "注销申请书（本包第2页），本人手写签字")
        let current = websites.filter { !$0.domainExpired && !$0.domains.isEmpty }
        for website in current {
            checklist.append("域名证书：\(website.domains.joined(separator: "、"))（\(website.name)，\(website.filingNumber.text)）")
        }
        context["checklist"] = TemplateContext.numbered(checklist)
        context["expiredDomains"] = TemplateContext.nonEmpty(websites.filter(\.domainExpired).flatMap(\.domains).joined(separator: "、"))
        context["mail"] = [
            "recipient": address.recipient,
            "phone": address.phone,
            "address": address.address,
            "bureau": address.bureau,
            "resultAfterWorkingDays": address.resultAfterWorkingDays,
        ] as [String: Any]
        context["numbersText"] = DeregistrationForm.numbers(plan, filing: filing).compactMap { $0["number"] as? String }.joined(separator: "、")
        return context
    }
}

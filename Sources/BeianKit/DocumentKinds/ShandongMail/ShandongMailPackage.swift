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
        checklist.append(
            isUnit
                ? "单位证件复印件（\(filing.subject.certificate.type.chineseName)：\(filing.subject.certificate.number)），加盖单位公章"
                : "主体负责人（\(filing.subject.owner.name)）身份证复印件")
        // Named, not numbered: a long checklist moves the letter to a later page.
        checklist.append(isUnit ? "注销申请书（本包所附），加盖单位公章" : "注销申请书（本包所附），本人手写签字")
        let current = websites.filter { !$0.domainExpired && !$0.domains.isEmpty }
        var checklistDomains: [[String]] = checklist.map { _ in [] }
        for website in current {
            // The domains go one per line under their website: word processors break a run of
            // joined domains inside the names.
            checklist.append("域名证书（\(website.name)，\(website.filingNumber.text)）")
            checklistDomains.append(website.domains)
        }
        context["checklist"] = zip(TemplateContext.numbered(checklist), checklistDomains).map { item, domains in
            item.merging(["domains": domains]) { current, _ in current }
        }
        context["expiredDomains"] = TemplateContext.nonEmpty(websites.filter(\.domainExpired).flatMap(\.domains).joined(separator: "、"))
        context["mail"] =
            [
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

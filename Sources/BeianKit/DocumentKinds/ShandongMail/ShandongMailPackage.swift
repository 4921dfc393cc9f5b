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
        // Each item is its name, what the sender must do to it, and, for the 注销申请书, that it
        // is in the package: the template turns that into a page reference (见本包第N页).
        // `text` keeps the whole item in words, for the mailing sheet's contents.
        var items: [(name: String, requirement: String?, inPackage: Bool, domains: [String])] = []
        items.append(
            isUnit
                ? ("单位证件复印件（\(filing.subject.certificate.type.chineseName)：\(filing.subject.certificate.number)）", "加盖单位公章", false, [])
                : ("主体负责人（\(filing.subject.owner.name)）身份证复印件", nil, false, []))
        // Named, not numbered: a long checklist moves the letter to a later page.
        items.append(("注销申请书", isUnit ? "加盖单位公章" : "本人手写签字", true, []))
        for website in websites where !website.domainExpired && !website.domains.isEmpty {
            // The domains go one per line under their website: word processors break a run of
            // joined domains inside the names.
            items.append(("域名证书（\(website.name)，\(website.filingNumber.text)）", nil, false, website.domains))
        }
        let texts = items.map { item in
            item.name + (item.inPackage ? "（本包所附）" : "") + (item.requirement.map { "，" + $0 } ?? "")
        }
        context["checklist"] = zip(TemplateContext.numbered(texts), items).map { numbered, item in
            var entry: [String: Any] = ["name": item.name, "domains": item.domains, "inPackage": item.inPackage]
            if let requirement = item.requirement { entry["requirement"] = requirement }
            return numbered.merging(entry) { current, _ in current }
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

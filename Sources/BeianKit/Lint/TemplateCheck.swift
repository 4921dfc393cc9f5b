import Foundation

/// The result of checking one template by rendering it with sample data.
public struct TemplateCheck: Sendable, Hashable {
    /// The template's name, such as `deregistration/common`.
    public var name: String
    /// Where it came from.
    public var origin: TemplateLibrary.Origin
    /// What was checked: `rendered` with sample data, or `syntax` only.
    public var coverage: Coverage
    /// The problem found, if any.
    public var problem: TemplateError?

    /// How far a template could be checked.
    public enum Coverage: String, Sendable, Hashable {
        /// Rendered with sample data and parsed as form markup (or checked as a message body).
        case rendered
        /// Partials are checked through the templates that include them.
        case partial
        /// No sample data fits this template's name: only its Mustache syntax was checked.
        case syntax
    }
}

extension BeianEngine {
    /// Checks every template by rendering it with sample filings, and every partial reference.
    public func checkTemplates() -> [TemplateCheck] {
        templates.names.map { name in
            let origin = templates.origins[name] ?? .bundled
            if let missing = templates.missingPartial(in: name) {
                return TemplateCheck(name: name, origin: origin, coverage: .rendered, problem: missing)
            }
            if name.split(separator: "/").last?.hasPrefix("_") == true {
                return TemplateCheck(name: name, origin: origin, coverage: .partial, problem: nil)
            }
            do {
                let covered = try renderSample(name)
                return TemplateCheck(name: name, origin: origin, coverage: covered ? .rendered : .syntax, problem: nil)
            } catch let error as TemplateError {
                return TemplateCheck(name: name, origin: origin, coverage: .rendered, problem: error)
            } catch {
                let message = (error as? InputError)?.diagnostics.errors.map(\.message).joined(separator: "; ") ?? "\(error)"
                return TemplateCheck(
                    name: name, origin: origin, coverage: .rendered,
                    problem: TemplateError(file: "\(origin)", message: "rendering with sample data failed: \(message)"))
            }
        }
    }

    /// Renders a template with fitting sample data; false when no sample fits its name.
    private func renderSample(_ name: String) throws -> Bool {
        let unit = SampleFilings.unit(today: today)
        let renderer = DocumentRenderer(templates: templates, parser: try FormMarkupParser())
        switch name {
        case HubeiSMSPlanner.bodyTemplate:
            _ = try hubeiAnnualReviewSMS(for: unit, provider: "001")
        case "sms/hubei-annual-review-text":
            _ = try render(try hubeiAnnualReviewSMS(for: unit, provider: "001"), as: .text)
        case _ where name.hasPrefix("deregistration/"):
            var request = DocumentRequests()
            request.reason = "网站不再运营"
            let plan = try DeregistrationPlanner(filing: unit, policies: policies, today: today)
                .plan(request, serving: Set(DeregistrationPolicy.Route.allCases), document: "form")
            _ = try renderer.render(name, DeregistrationForm.context(plan, filing: unit))
        case _ where name.hasPrefix("shandong/"):
            let shandong = SampleFilings.unit(province: "鲁", today: today)
            var request = DocumentRequests()
            request.reason = "公司已注销"
            let plan = try DeregistrationPlanner(filing: shandong, policies: policies, today: today)
                .plan(request, serving: [.mail], document: "package")
            let address = try ShandongMailPackage.address(from: templates)
            _ = try renderer.render(name, ShandongMailPackage.context(plan, filing: shandong, address: address))
        case _ where name.hasPrefix("submission/"):
            var request = DocumentRequests()
            request.reason = "网站不再运营"
            let plan = try DeregistrationPlanner(filing: unit, policies: policies, today: today)
                .plan(request, serving: Set(DeregistrationPolicy.Route.allCases), document: "submission sheet")
            _ = try renderer.render(name, SubmissionSheet.context(plan, filing: unit))
        case _ where name.hasPrefix("authorization/"):
            let filing = name == "authorization/transfer-checklist" ? SampleFilings.person(today: today) : unit
            var request = DocumentRequests()
            request.agent = Agent(name: "赵六", certificate: Certificate(type: .residentID, number: "11010519491231002X"))
            request.scope = .transfer(fromAccount: "1234567890", toAccount: "9876543210")
            let letter = AuthorizationLetter(filing: filing, today: today)
            _ = try renderer.render(name, letter.context(try letter.plan(request)))
        case _ where name.hasPrefix("change/"):
            let kinds: [String: DocumentKind] = [
                "change/checklist": .changeChecklist, "change/website-owner-pledge": .websiteOwnerPledge,
                "change/subject-transfer-form": .subjectTransferForm,
            ]
            guard let kind = kinds[name] else { return false }
            let pair = SampleFilings.changePair(today: today)
            do throws(BeianError) {
                _ = try changeDocuments(for: try changePlan(old: pair.old, new: pair.new), kinds: [kind])
            } catch {
                switch error {
                case .template(let error): throw error
                case .input(let error): throw error
                }
            }
        default:
            return false
        }
        return true
    }
}

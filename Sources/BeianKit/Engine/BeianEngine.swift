import Foundation

/// The entry point of the library: holds the parsed templates and generates every document and
/// message. One engine can serve many tasks at once: the only state it shares between them (and
/// between its copies) is a bounded cache of parsed document shapes behind a lock, which changes
/// how fast documents come, never what they hold (see `DocumentShapeCache`).
public struct BeianEngine: Sendable {
    /// The templates in use.
    public let templates: TemplateLibrary
    /// The offline deregistration policy of every province, from `data/provinces.json`.
    public let policies: [DeregistrationPolicy]
    /// The day used when a request names none; today in China unless set.
    public var today: CalendarDate
    private let renderer: DocumentRenderer
    private let shandongAddress: ShandongMailPackage.Address

    /// An engine with the bundled templates, overridden file by file by `templates` when given;
    /// every render is held to `templateLimits`.
    public init(templates directory: URL? = nil, today: CalendarDate = .today(), templateLimits: TemplateLimits = .init()) throws(TemplateError) {
        let templates = try TemplateLibrary(overrides: directory, limits: templateLimits)
        let parser: FormMarkupParser
        do { parser = try FormMarkupParser() } catch {
            throw TemplateError(file: "schema/form.dtd", line: error.line, column: error.column, message: error.message)
        }
        self.templates = templates
        self.policies = try DeregistrationPolicy.table(from: templates)
        self.shandongAddress = try ShandongMailPackage.address(from: templates)
        self.renderer = DocumentRenderer(templates: templates, parser: parser)
        self.today = today
    }

    /// The deregistration policy of a province.
    public func policy(for province: Province) -> DeregistrationPolicy {
        policies.first { $0.province == province }!
    }

    // MARK: Documents

    /// A province's deregistration application form.
    ///
    /// - Throws: ``InputError`` when the province takes no form (Fujian: contact the bureau;
    ///   Shandong: use ``shandongMailPackage(for:request:)``) or the request does not fit the
    ///   filing; ``TemplateError`` when a template is broken.
    public func deregistrationForm(for filing: Filing, request: DeregistrationRequest = .init()) throws -> GeneratedDocument {
        try document(.deregistrationForm, for: filing, requests: request.asDocumentRequests)
    }

    /// The Shandong mailing package: checklist, 注销申请书 and mailing sheet.
    public func shandongMailPackage(for filing: Filing, request: DeregistrationRequest = .init()) throws -> GeneratedDocument {
        try document(.shandongMail, for: filing, requests: request.asDocumentRequests)
    }

    /// A unit's authorization letter; for a transfer, with the offline transfer checklist.
    public func authorizationLetter(for filing: Filing, request: AuthorizationRequest) throws -> GeneratedDocument {
        try document(.authorizationLetter, for: filing, requests: request.asDocumentRequests)
    }

    /// Any document, with parameters in the shape of a record's `requests` (which override them).
    public func document(_ kind: DocumentKind, for filing: Filing, requests: DocumentRequests) throws -> GeneratedDocument {
        switch kind {
        case .deregistrationForm:
            let plan = try DeregistrationPlanner(filing: filing, policies: policies, today: today)
                .plan(requests, serving: [.form, .onlineFirst, .unpublished], document: "deregistration form")
            let template = templates.source(of: plan.policy.template) != nil ? plan.policy.template : "deregistration/common"
            let document = try renderer.render(template, DeregistrationForm.context(plan, filing: filing))
            return GeneratedDocument(kind: kind, fileStem: GeneratedDocument.stem(for: filing, websites: plan.websites, name: kind.rawValue),
                                     content: document, diagnostics: plan.diagnostics)
        case .shandongMail:
            var plan = try DeregistrationPlanner(filing: filing, policies: policies, today: today)
                .plan(requests, serving: [.mail], document: "Shandong mailing package")
            if plan.request.reason == nil {
                throw InputError(plan.diagnostics.filter { $0.code != "deregistration.reason-missing" } + [
                    Diagnostic(.error, "requests.reason", code: "shandong.reason-missing",
                               "the 注销申请书 must state the reason for deregistration",
                               hint: "pass --reason, e.g. --reason 网站不再运营"),
                ])
            }
            plan.diagnostics.removeAll { $0.code == "deregistration.reason-missing" }
            let context = ShandongMailPackage.context(plan, filing: filing, address: shandongAddress)
            let document = try renderer.render("shandong/package", context)
            return GeneratedDocument(kind: kind, fileStem: GeneratedDocument.stem(for: filing, websites: plan.websites, name: kind.rawValue),
                                     content: document, diagnostics: plan.diagnostics)
        case .authorizationLetter:
            let letter = AuthorizationLetter(filing: filing, today: today)
            let plan = try letter.plan(requests)
            let template = filing.subject.nature.isUnit ? "authorization/letter" : "authorization/transfer-checklist"
            let document = try renderer.render(template, letter.context(plan))
            return GeneratedDocument(kind: kind, fileStem: GeneratedDocument.stem(for: filing, websites: [], name: kind.rawValue),
                                     content: document, diagnostics: plan.diagnostics)
        }
    }

    // MARK: Hubei annual review

    /// The annual-review messages of a Hubei filing, one per website.
    ///
    /// - Throws: ``InputError`` with every problem (not a Hubei filing, no website, a sender
    ///   that is no responsible person, a number with no SMS route…); ``TemplateError`` when a
    ///   user's body template renders something that is not the review format.
    public func hubeiAnnualReviewSMS(for filing: Filing, request: HubeiSMSRequest) throws -> HubeiSMSPlan {
        try HubeiSMSPlanner(templates: templates, today: today).plan(for: filing, request: request)
    }

    /// The annual-review messages of a Hubei filing with one provider code and status.
    public func hubeiAnnualReviewSMS(for filing: Filing, provider: String, status: ReviewStatus = .unchanged) throws -> HubeiSMSPlan {
        try hubeiAnnualReviewSMS(for: filing, request: HubeiSMSRequest(provider: provider, status: status))
    }

    /// The messages in one of the output formats.
    public func render(_ plan: HubeiSMSPlan, as format: HubeiSMSFormat) throws(TemplateError) -> String {
        switch format {
        case .json: return String(decoding: plan.json(), as: UTF8.self) + "\n"
        case .csv: return plan.csv()
        case .uri: return plan.uris()
        case .text: return try templates.render("sms/hubei-annual-review-text", HubeiSMSTextContext.make(plan))
        }
    }

    /// Checks a log of sent messages (CSV: sender, destination, body, sentAt) row by row and,
    /// with a filing, finds the websites that no valid message reports yet.
    public func checkSentHubeiSMS(log: SentMessageLog, filing: Filing? = nil, carrier: Carrier? = nil,
                                  carriersByMobile: [String: Carrier] = [:]) -> SentMessageCheck {
        SentMessageChecker(filing: filing, carrier: carrier, carriersByMobile: carriersByMobile).check(log)
    }
}

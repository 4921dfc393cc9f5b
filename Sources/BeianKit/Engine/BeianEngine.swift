import Foundation

/// The entry point of the library: holds the parsed templates and generates every document and
/// message. One engine can serve many tasks at once: the only state it shares between them (and
/// between its copies) is a bounded cache of parsed document shapes behind a lock, which changes
/// how fast documents come, never what they hold (see `DocumentShapeCache`).
///
/// Every method that can fail throws ``BeianError``; values built in code are checked by the same
/// rules as JSON records before anything is generated.
///
/// ```swift
/// let engine = try BeianEngine()
/// let filing = try Filing(jsonData: data)
/// let form = try engine.deregistrationForm(for: filing, request: .init(reason: "网站不再运营"))
/// let file = form.docx()            // bytes, media type and file name
/// ```
public struct BeianEngine: Sendable {
    /// The templates in use.
    public let templates: TemplateLibrary
    /// The offline deregistration policy of every province, from `data/provinces.json`.
    public let policies: [DeregistrationPolicy]
    /// Tells which day it is, asked on every call; China's date by default.
    public var clock: CalendarClock
    private let renderer: DocumentRenderer
    private let shandongAddress: ShandongMailPackage.Address

    /// An engine with the bundled templates, overridden file by file by `templates` when given;
    /// every render is held to `templateLimits`.
    public init(
        templates directory: URL? = nil, clock: CalendarClock = .china,
        templateLimits: TemplateLimits = .init()
    ) throws(BeianError) {
        let templates: TemplateLibrary
        let parser: FormMarkupParser
        do {
            templates = try TemplateLibrary(overrides: directory, limits: templateLimits)
            self.policies = try DeregistrationPolicy.table(from: templates)
            self.shandongAddress = try ShandongMailPackage.address(from: templates)
        } catch {
            throw .template(error)
        }
        do { parser = try FormMarkupParser() } catch {
            throw .template(TemplateError(file: "schema/form.dtd", line: error.line, column: error.column, message: error.message))
        }
        self.templates = templates
        self.renderer = DocumentRenderer(templates: templates, parser: parser)
        self.clock = clock
    }

    /// An engine whose every call is dated `today`, as tests and reproducible runs want.
    public init(templates directory: URL? = nil, today: CalendarDate, templateLimits: TemplateLimits = .init()) throws(BeianError) {
        try self.init(templates: directory, clock: .fixed(today), templateLimits: templateLimits)
    }

    /// The day the clock says it is now.
    public var today: CalendarDate { clock.today }

    /// The deregistration policy of a province.
    public func policy(for province: Province) -> DeregistrationPolicy {
        policies.first { $0.province == province }!
    }

    /// What generators share for one call, dated by the clock at that moment.
    var generation: GenerationContext {
        GenerationContext(
            templates: templates, renderer: renderer, policies: policies,
            shandongAddress: shandongAddress, today: clock.today)
    }

    // MARK: Documents

    /// A province's deregistration application form.
    ///
    /// - Throws: ``BeianError/input(_:)`` when the province takes no form (Fujian: contact the
    ///   bureau; Shandong: use ``shandongMailPackage(for:request:)``) or the request does not fit
    ///   the filing; ``BeianError/template(_:)`` when a template is broken.
    public func deregistrationForm(for filing: Filing, request: DeregistrationRequest = .init()) throws(BeianError) -> GeneratedDocument {
        try document(.deregistrationForm, for: filing, requests: request.asDocumentRequests)
    }

    /// The Shandong mailing package: checklist, 注销申请书 and mailing sheet.
    public func shandongMailPackage(for filing: Filing, request: DeregistrationRequest = .init()) throws(BeianError) -> GeneratedDocument {
        try document(.shandongMail, for: filing, requests: request.asDocumentRequests)
    }

    /// The one-page submission sheet of a deregistration: what to attach in the filing's
    /// province, how to send it and to whom, how long it takes; each line with its confidence.
    ///
    /// - Throws: ``BeianError/input(_:)`` when the province takes no paper application (Fujian,
    ///   Sichuan, Hunan) or the request does not fit the filing.
    public func submissionSheet(for filing: Filing, request: DeregistrationRequest = .init()) throws(BeianError) -> GeneratedDocument {
        try document(.submissionSheet, for: filing, requests: request.asDocumentRequests)
    }

    /// A unit's authorization letter; for a transfer, with the offline transfer checklist.
    public func authorizationLetter(for filing: Filing, request: AuthorizationRequest) throws(BeianError) -> GeneratedDocument {
        try document(.authorizationLetter, for: filing, requests: request.asDocumentRequests)
    }

    /// Any document, with parameters in the shape of a record's `requests` (which override them).
    /// The parameters are checked as a record's are, with paths such as `requests.agentId`.
    public func document(_ kind: DocumentKind, for filing: Filing, requests: DocumentRequests) throws(BeianError) -> GeneratedDocument {
        let (checked, notes) = try checking(requests) { () throws(BeianError) in try generate(kind, for: filing, requests: requests) }
        var document = try generate(kind, for: filing, requests: checked)
        document.diagnostics += notes.filter { !document.diagnostics.contains($0) }
        return document
    }

    /// Checks parameters given in code as a record's are. When they fail, the rest of the call
    /// is still tried with them as given, so that every problem is reported at once.
    private func checking<Result>(_ requests: DocumentRequests, orReportAlso attempt: () throws(BeianError) -> Result)
        throws(BeianError) -> (DocumentRequests, [Diagnostic])
    {
        do throws(InputError) {
            return try requests.validated(options: ValidationOptions(today: clock.today))
        } catch {
            var problems = error.diagnostics
            do throws(BeianError) { _ = try attempt() } catch {
                guard case .input(let more) = error else { throw error }
                // The rest of the call reports in the record's order; the parameters' own
                // problems join it where it did not already find them.
                let found = more.diagnostics
                problems = found + problems.filter { problem in !found.contains { $0.path == problem.path && $0.code == problem.code } }
            }
            throw .input(InputError(problems.inReportOrder()))
        }
    }

    /// A document from parameters already checked (batch checks its job's once).
    func generate(_ kind: DocumentKind, for filing: Filing, requests: DocumentRequests) throws(BeianError) -> GeneratedDocument {
        let context = generation
        var document = try BeianError.catching {
            try DocumentGenerators.generator(for: kind).generate(for: filing, requests: requests, in: context)
        }
        // The parameters as used, since a call's may differ from the record's (`--reason`).
        var source = filing
        source.requests = requests
        document.source = source
        return document
    }

    /// Why a kind of document does not apply to a filing at all, or `nil` when it does.
    public func reasonNotApplicable(_ kind: DocumentKind, to filing: Filing, requests: DocumentRequests = .init()) -> String? {
        DocumentGenerators.generator(for: kind).reasonNotApplicable(to: filing, requests: requests, in: generation)
    }

    // MARK: Hubei annual review

    /// The annual-review messages of a Hubei filing, one per website.
    ///
    /// - Throws: ``BeianError/input(_:)`` with every problem (not a Hubei filing, no website, a
    ///   sender that is no responsible person, a number with no SMS route…);
    ///   ``BeianError/template(_:)`` when a user's body template renders something that is not the
    ///   review format.
    public func hubeiAnnualReviewSMS(for filing: Filing, request: HubeiSMSRequest) throws(BeianError) -> HubeiSMSPlan {
        let today = clock.today
        func plan(_ request: HubeiSMSRequest) throws(BeianError) -> HubeiSMSPlan {
            try BeianError.catching { try HubeiSMSPlanner(templates: templates, today: today).plan(for: filing, request: request) }
        }
        let (checked, _) = try checking(request.asDocumentRequests) { () throws(BeianError) in try plan(request) }
        return try plan(HubeiSMSRequest(requests: checked))
    }

    /// The annual-review messages of a Hubei filing with one provider code and status.
    public func hubeiAnnualReviewSMS(for filing: Filing, provider: String, status: ReviewStatus = .unchanged) throws(BeianError) -> HubeiSMSPlan {
        try hubeiAnnualReviewSMS(for: filing, request: HubeiSMSRequest(provider: provider, status: status))
    }

    /// The messages in one of the output formats.
    public func render(_ plan: HubeiSMSPlan, as format: HubeiSMSFormat) throws(BeianError) -> RenderedFile {
        switch format {
        case .json: return plan.json()
        case .csv: return plan.csv()
        case .uri: return plan.uris()
        case .text:
            let text = try BeianError.catching { try templates.render("sms/hubei-annual-review-text", HubeiSMSTextContext.make(plan)) }
            return plan.file(Data(text.utf8), extension: "txt", mediaType: "text/plain; charset=utf-8")
        }
    }

    /// Checks a log of sent messages (CSV: sender, destination, body, sentAt) row by row and,
    /// with a filing, finds the websites that no valid message reports yet. Rows without
    /// `sentAt` are planned messages (the plan's own CSV): they are checked as if sent on `day`
    /// (default: today) and report no website until sent.
    public func checkSentHubeiSMS(
        log: SentMessageLog, filing: Filing? = nil, carrier: Carrier? = nil,
        carriersByMobile: [String: Carrier] = [:], plannedFor day: CalendarDate? = nil
    ) -> SentMessageCheck {
        SentMessageChecker(filing: filing, carrier: carrier, carriersByMobile: carriersByMobile, today: day ?? clock.today).check(log)
    }
}

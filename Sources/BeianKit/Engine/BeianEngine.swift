import Foundation

/// The entry point of the library: holds the parsed templates and generates every document and
/// message. A value type with no shared mutable state, so one engine can serve many tasks at once.
public struct BeianEngine: Sendable {
    /// The templates in use.
    public let templates: TemplateLibrary
    /// The day used when a request names none; today in China unless set.
    public var today: CalendarDate

    /// An engine with the bundled templates, overridden file by file by `templates` when given.
    public init(templates directory: URL? = nil, today: CalendarDate = .today()) throws(TemplateError) {
        self.templates = try TemplateLibrary(overrides: directory)
        self.today = today
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

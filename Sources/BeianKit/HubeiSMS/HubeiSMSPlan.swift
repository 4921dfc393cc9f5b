import Foundation

/// The annual-review messages of one filing, with what a person should know before sending.
public struct HubeiSMSPlan: Sendable {
    /// The filing the messages are for.
    public var filing: Filing
    /// The access provider named in the messages.
    public var provider: AccessProvider
    /// The day the messages are meant to be sent, which decides China Unicom's code.
    public var sendDate: CalendarDate
    /// One message per website, in the record's order.
    public var messages: [HubeiSMSMessage]
    /// Warnings and notes: the record's own, and the planner's.
    public var diagnostics: [Diagnostic]

    /// The messages as a JSON array of objects with the keys `websiteFilingNumber`, `sender`,
    /// `carrier`, `destination` and `body`.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings cannot fail.
        return (try? encoder.encode(messages)) ?? Data("[]".utf8)
    }

    /// The messages as CSV with a header row, in the columns of ``json()``.
    public func csv() -> String {
        var text = CSV.line(["websiteFilingNumber", "sender", "carrier", "destination", "body"])
        for message in messages {
            text += CSV.line([message.websiteFilingNumber, message.sender, message.carrier.rawValue, message.destination, message.body])
        }
        return text
    }

    /// One `sms:` link per line.
    public func uris() -> String {
        messages.map { $0.uri + "\n" }.joined()
    }
}

/// The output formats of the review messages.
public enum HubeiSMSFormat: String, Sendable, CaseIterable {
    /// Instructions for a person, from the `sms/hubei-annual-review-text` template.
    case text
    /// See ``HubeiSMSPlan/json()``.
    case json
    /// See ``HubeiSMSPlan/csv()``.
    case csv
    /// See ``HubeiSMSPlan/uris()``.
    case uri
}

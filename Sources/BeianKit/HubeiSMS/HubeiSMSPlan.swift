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
    public func json() -> RenderedFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings cannot fail.
        var data = (try? encoder.encode(messages)) ?? Data("[]".utf8)
        data.append(0x0A)
        return file(data, extension: "json", mediaType: "application/json")
    }

    /// The messages as CSV with a header row, in the columns of ``json()`` and an empty `sentAt`
    /// column to fill in when sent: `hubei-sms check` reads the same file before and after.
    public func csv() -> RenderedFile {
        var text = BeianCSV.line(["websiteFilingNumber", "sender", "carrier", "destination", "body", "sentAt"])
        for message in messages {
            // sentAt is left for whoever sends to fill in; `hubei-sms check` reads this file either way.
            text += BeianCSV.line([message.websiteFilingNumber, message.sender, message.carrier.rawValue, message.destination, message.body, ""])
        }
        return file(Data(text.utf8), extension: "csv", mediaType: "text/csv; charset=utf-8")
    }

    /// One `sms:` link per line.
    public func uris() -> RenderedFile {
        file(Data(messages.map { $0.uri + "\n" }.joined().utf8), extension: "txt", mediaType: "text/plain; charset=utf-8")
    }

    /// A file of these messages, named after the filing (`hubei-2019012345-hubei-sms.csv`).
    func file(_ data: Data, extension fileExtension: String, mediaType: String) -> RenderedFile {
        let stem = GeneratedDocument.stem(for: filing, websites: [], name: "hubei-sms")
        return RenderedFile(data: data, mediaType: mediaType, fileName: stem + "." + fileExtension)
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

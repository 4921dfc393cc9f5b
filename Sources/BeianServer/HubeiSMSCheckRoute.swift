import BeianKit
import Foundation
import Hummingbird

extension Handlers {
    /// `POST /v1/hubei-sms/check`: a JSON body `{"log": CSV text, "filing": record?, "date": "YYYY-MM-DD"?}`,
    /// answered with the check as `hubei-sms check --format json` prints it (200 whether or not
    /// every row passed: `ok` says which).
    func checkHubeiSMS(_ request: Request) async throws -> Response {
        let data = try await BodyReader.read(request, limit: limit)
        let json: JSONValue
        do { json = try JSONValue(parsing: data) } catch {
            throw Problem.notJSON(Filing.read(jsonData: data).diagnostics)
        }
        guard case .object(let fields) = json else {
            throw Problem.invalidInput(
                [
                    Diagnostic(
                        .error, FieldPath.root, code: "check.shape", "the body is not a JSON object",
                        hint: #"send {"log": "sender,destination,body,sentAt\n…", "filing": {…}}"#)
                ],
                detail: "the body is not a check request")
        }
        var problems: [Diagnostic] = []
        var logText: String?
        switch fields["log"] {
        case .string(let text): logText = text
        case nil:
            problems.append(
                Diagnostic(
                    .error, "log", code: "check.log.missing", "the sent log is missing",
                    hint: "give the CSV text (sender, destination, body, sentAt) as the string \"log\""))
        default:
            problems.append(
                Diagnostic(
                    .error, "log", code: "check.log.type", "the sent log is not a string",
                    hint: "give the CSV text as one JSON string, lines separated by \\n"))
        }
        var day: CalendarDate?
        if let date = fields["date"] {
            if case .string(let text) = date, let parsed = CalendarDate(iso: text) {
                day = parsed
            } else {
                problems.append(Diagnostic(.error, "date", code: "check.date", "the date is not YYYY-MM-DD", hint: "write it like 2026-11-22"))
            }
        }
        var filing: Filing?
        if let record = fields["filing"], record != .null {
            let reading = Filing.read(json: record, options: ValidationOptions(today: engine.today))
            filing = reading.filing
            // Paths are the record's own, under `filing`, so each points into this body.
            problems += reading.diagnostics.errors.map { diagnostic in
                var moved = diagnostic
                moved.path = diagnostic.path.isEmpty ? "filing" : "filing." + diagnostic.path
                return moved
            }
        }
        var log: SentMessageLog?
        if let logText {
            do { log = try SentMessageLog(csv: logText) } catch {
                problems += error.diagnostics.map { diagnostic in
                    var moved = diagnostic
                    moved.path = diagnostic.path.isEmpty ? "log" : "log." + diagnostic.path
                    return moved
                }
            }
        }
        guard let log, !problems.hasErrors else {
            throw Problem.invalidInput(problems, detail: "the check request has errors; each diagnostic names its field")
        }
        let verdict = engine.checkSentHubeiSMS(log: log, filing: filing, plannedFor: day)
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(data: verdict.json().data)))
    }
}

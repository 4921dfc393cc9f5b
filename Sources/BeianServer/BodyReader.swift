import BeianKit
import Foundation
import Hummingbird

/// Reading a request's body within the server's limit, after checking its media type.
enum BodyReader {
    /// The body as bytes, when its `Content-Type` is one of `accepted` (JSON by default) and it is
    /// at most `limit` bytes. A declared length over the limit is refused before reading; a body
    /// that grows past it while streaming is cut off there.
    static func read(_ request: Request, limit: Int, accepting accepted: [String] = ["application/json"]) async throws -> Data {
        try checkMediaType(request, accepting: accepted, jsonFamily: true)
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw tooLarge(limit)
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Data(buffer: buffer)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            throw tooLarge(limit)
        } catch let error as HTTPResponseError {
            throw error
        } catch {
            // The client closed the connection or broke the framing mid-body (NIO's "stream
            // ended at an unexpected time"): its request, not a failure of this server.
            throw Problem(.badRequest, "incomplete-body", "the body could not be read to its end: \(error)")
        }
    }

    /// The body's media type, lowercased, without parameters such as `charset`.
    static func mediaType(of request: Request) -> String {
        let declared = request.headers[.contentType] ?? ""
        return declared.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }

    /// Refuses a body whose media type is not accepted (415); with `jsonFamily`,
    /// `application/*+json` counts as JSON.
    static func checkMediaType(_ request: Request, accepting accepted: [String], jsonFamily: Bool) throws {
        let declared = request.headers[.contentType] ?? ""
        let mediaType = mediaType(of: request)
        let isJSONFamily = jsonFamily && mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json")
        guard accepted.contains(mediaType) || isJSONFamily else {
            throw Problem(
                .unsupportedMediaType, "unsupported-media-type",
                "the body's Content-Type is '\(declared)'; this route takes \(accepted.joined(separator: " or "))",
                diagnostics: [
                    Diagnostic(
                        .error, FieldPath.root, code: "http.content-type", "Content-Type '\(declared)' is not accepted",
                        hint: "send the header Content-Type: \(accepted[0])",
                        arguments: ["declared": declared, "accepted": accepted[0]])
                ])
        }
    }

    static func tooLarge(_ limit: Int, option: String = "--max-body") -> Problem {
        Problem(.contentTooLarge, "body-too-large", "the body is larger than this server's limit of \(limit) bytes (\(option))")
    }

    /// A filing record from a JSON body: 400 when the body is not JSON, 422 when it breaks a rule.
    static func filing(_ request: Request, limit: Int, today: CalendarDate) async throws -> Filing {
        let reading = Filing.read(jsonData: try await read(request, limit: limit), options: ValidationOptions(today: today))
        if let filing = reading.filing { return filing }
        throw reading.isSyntaxError ? Problem.notJSON(reading.diagnostics) : Problem.invalidInput(reading.diagnostics)
    }
}

extension FilingReading {
    /// Whether the bytes were not JSON at all (bad UTF-8 or syntax), rather than a JSON record
    /// with wrong fields: the difference between a 400 and a 422.
    var isSyntaxError: Bool {
        filing == nil && diagnostics.contains { $0.code.hasPrefix("json.") }
    }
}

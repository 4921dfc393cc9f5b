import BeianKit
import Foundation
import Hummingbird

/// An error answered as `application/problem+json` (RFC 9457), carrying the same diagnostics
/// (code, field path, message, hint) the CLI prints, so a client shows each next to its field.
public struct Problem: Error, HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A short, stable name of the kind of problem, such as `invalid-filing`; the `type` URI ends with it.
    public var kind: String
    /// What went wrong, for a person.
    public var detail: String
    /// Every problem found in the input, when the input was read that far.
    public var diagnostics: [Diagnostic]
    /// Headers to add, such as `Allow` on a 405.
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ kind: String, _ detail: String, diagnostics: [Diagnostic] = [], headers: HTTPFields = [:]) {
        self.status = status
        self.kind = kind
        self.detail = detail
        self.diagnostics = diagnostics
        self.headers = headers
    }

    /// The media type of problem documents.
    public static let mediaType = "application/problem+json"

    /// The body: `type`, `title`, `status`, `detail` and, as an extension member, `diagnostics`.
    struct Body: Encodable {
        var type: String
        var title: String
        var status: Int
        var detail: String
        var diagnostics: [Diagnostic]
    }

    var body: Body {
        Body(type: "urn:beian:problem:\(kind)", title: status.reasonPhrase, status: status.code, detail: detail, diagnostics: diagnostics)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = self.headers
        headers[.contentType] = Self.mediaType
        var body = self.body
        body.diagnostics = diagnostics.told(for: request)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(data: JSONBody.encode(body))))
    }
}

extension Problem {
    /// A filing (or other body) that is JSON but breaks the rules: 422 with every diagnostic.
    static func invalidInput(_ diagnostics: [Diagnostic], detail: String = "the filing has errors; each diagnostic names its field, what is wrong and how to fix it") -> Problem {
        Problem(.unprocessableContent, "invalid-filing", detail, diagnostics: diagnostics)
    }

    /// A body that is not JSON at all: 400 with the syntax diagnostic (line and column).
    static func notJSON(_ diagnostics: [Diagnostic]) -> Problem {
        Problem(.badRequest, "not-json", "the body is not valid JSON", diagnostics: diagnostics)
    }

    /// A query parameter with a value the route does not take.
    static func badQuery(_ name: String, _ value: String, allowed: [String]) -> Problem {
        Problem(
            .badRequest, "bad-query", "query parameter '\(name)': '\(value)' is not one of \(allowed.joined(separator: ", "))",
            diagnostics: [
                Diagnostic(
                    .error, FieldPath(stringLiteral: name), code: "query.value", "'\(value)' is not accepted",
                    hint: "use one of \(allowed.joined(separator: ", "))",
                    arguments: ["value": value, "allowed": allowed.joined(separator: ", ")])
            ])
    }

    /// What an engine failure means for the client: input problems are the client's (422), a
    /// broken template is the operator's (500, with the template's message for the log).
    static func from(_ error: BeianError) -> Problem {
        switch error {
        case .input(let input):
            return invalidInput(input.diagnostics)
        case .template(let template):
            return Problem(.internalServerError, "template", "a template of this server is broken: \(template.description)")
        }
    }
}

/// JSON as the API writes it: sorted keys and unescaped slashes, the shape `--format json` prints.
enum JSONBody {
    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every type encoded here is a plain value tree; a failure would be a programming error.
        return (try? encoder.encode(value)) ?? Data("{}".utf8)
    }

    /// A 200 response with a JSON body.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(data: encode(value))))
    }
}

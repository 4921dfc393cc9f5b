import Hummingbird

/// One route of the API, written as the OpenAPI document writes its paths (`{kind}` for a
/// path parameter). The router is built from this table, so the table, the router and the
/// OpenAPI document can be checked against each other.
public struct APIRoute: Sendable, Hashable, CustomStringConvertible {
    public var method: HTTPRequest.Method
    public var path: String

    /// Every route `beian serve` answers.
    public static let all: [APIRoute] = [
        APIRoute(method: .get, path: "/"),
        APIRoute(method: .get, path: "/page/{file}"),
        APIRoute(method: .get, path: "/healthz"),
        APIRoute(method: .get, path: "/openapi.yaml"),
        APIRoute(method: .get, path: "/metrics"),
        APIRoute(method: .get, path: "/v1/provinces"),
        APIRoute(method: .post, path: "/v1/validate"),
        APIRoute(method: .post, path: "/v1/documents/{kind}"),
        APIRoute(method: .post, path: "/v1/hubei-sms"),
        APIRoute(method: .post, path: "/v1/hubei-sms/check"),
        APIRoute(method: .post, path: "/v1/batch"),
    ]

    /// Whether a request path falls on this route's path, whatever the method.
    func matches(_ requestPath: String) -> Bool {
        let pattern = path.split(separator: "/")
        let given = requestPath.split(separator: "/")
        guard pattern.count == given.count else { return false }
        return zip(pattern, given).allSatisfy { pattern, given in pattern.hasPrefix("{") || pattern == given }
    }

    public var description: String { "\(method.rawValue) \(path)" }
}

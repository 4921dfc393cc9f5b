import BeianKit
import BeianServer
import Foundation
import Logging
import ServiceLifecycle
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real server on a free loopback port, called over HTTP by URLSession (a real client, and
/// one the toolchain ships, so the tests add no HTTP client to the build).
struct LiveServer {
    let base: URL

    /// Runs `body` against a server started for it, and stops the server afterwards.
    static func with(
        _ configuration: ServerConfiguration = ServerConfiguration(port: 0, maxBody: 64 * 1024),
        _ body: @Sendable (LiveServer) async throws -> Void
    ) async throws {
        var configuration = configuration
        configuration.port = 0
        let engine = try BeianEngine()
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = BeianAPI.application(engine: engine, configuration: configuration) { port in continuation.yield(port) }
        // Stopped as SIGTERM stops `beian serve`, by a graceful shutdown, not by cancelling it.
        let services = ServiceGroup(services: [app], logger: Logger(label: "beian.serve.test"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw URLError(.cannotConnectToHost) }
            do {
                try await body(LiveServer(base: URL(string: "http://127.0.0.1:\(port)")!))
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
        }
    }

    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: Data

        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }

        var json: Any? { try? JSONSerialization.jsonObject(with: body) }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
        /// The `code`s of a problem's diagnostics.
        var diagnosticCodes: [String] { (object["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// One request; `bodyStream` sends its bytes as a stream, without a declared length (chunked).
    func call(
        _ method: String, _ path: String, body: Data? = nil, bodyStream: Data? = nil, contentType: String? = "application/json",
        headers: [String: String] = [:]
    ) async throws -> Reply {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = method
        request.httpBody = body
        if let bodyStream { request.httpBodyStream = InputStream(data: bodyStream) }
        if body != nil || bodyStream != nil, let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (key, value) in http.allHeaderFields { fields["\(key)"] = "\(value)" }
        return Reply(status: http.statusCode, headers: fields, body: data)
    }
}

/// Example records of the repository, with `requests` added where a route needs parameters.
enum Fixtures {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples").standardized

    static func record(_ name: String, requests: [String: Any] = [:]) throws -> Data {
        let data = try Data(contentsOf: examples.appendingPathComponent(name))
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        if !requests.isEmpty { object["requests"] = requests }
        return try JSONSerialization.data(withJSONObject: object)
    }

    static var hubei: Data { get throws { try record("hubei-filing.json", requests: ["reason": "网站不再运营", "provider": "001"]) } }
}

import BeianKit
import Foundation
import Hummingbird
import HummingbirdCore
import Logging

/// The HTTP API over one ``BeianEngine``: each route reads a filing record as the CLI does and
/// answers with what the matching command prints or writes.
public enum BeianAPI {
    /// The router of every route in ``APIRoute/all``, behind the problem and token middleware.
    public static func router(engine: BeianEngine, configuration: ServerConfiguration) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        let metrics = ServerMetrics()
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: MetricsMiddleware(metrics: metrics))
        router.add(middleware: ProblemMiddleware(routes: APIRoute.all))
        if let token = configuration.token {
            router.add(middleware: BearerTokenMiddleware(token: token))
        }
        let handlers = Handlers(engine: engine, limit: configuration.maxBody, batchLimit: configuration.maxBatchBody, jobs: configuration.jobs, metrics: metrics)
        for route in APIRoute.all {
            router.on(RouterPath(route.path), method: route.method) { request, context in
                try await handlers.respond(to: route, request: request, context: context)
            }
        }
        return router
    }

    /// The application: the router bound where the configuration says. `onListening` is told
    /// the port bound (the one chosen when the configuration asks for port 0).
    public static func application(
        engine: BeianEngine, configuration: ServerConfiguration,
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    )
        -> some ApplicationProtocol
    {
        var logger = Logger(label: "beian.serve")
        logger.logLevel = .info
        // A connection that sends nothing for this long, mid-body or between requests, is
        // closed, so slow clients cannot hold connections open.
        let http1 = HTTP1Channel.Configuration(idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds)))
        return Application(
            router: router(engine: engine, configuration: configuration), server: .http1(configuration: http1),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "beian"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }
}

/// The route handlers, sharing the engine and the body limits.
struct Handlers: Sendable {
    let engine: BeianEngine
    /// The largest body of a single record.
    let limit: Int
    /// The largest batch body.
    let batchLimit: Int
    /// Records of a batch in work at once; `nil` for the number of cores.
    let jobs: Int?
    /// Where requests, documents and batch records are counted for `GET /metrics`.
    let metrics: ServerMetrics

    func respond(to route: APIRoute, request: Request, context: BasicRequestContext) async throws -> Response {
        switch route.path {
        case "/healthz": return JSONBody.response(["status": "ok"])
        case "/": return PageRoute.response(PageFiles.indexHTML)
        case "/page/{file}":
            let name = context.parameters.get("file") ?? ""
            guard let file = PageRoute.file(named: name) else { throw Problem(.notFound, "not-found", "the page has no file '\(name)'") }
            return PageRoute.response(file)
        case "/openapi.yaml":
            return Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
        case "/metrics":
            // The Prometheus text exposition format, version 0.0.4, which every scraper reads.
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.text())))
        case "/v1/provinces": return JSONBody.response(engine.policies)
        case "/v1/validate": return try await validate(request)
        case "/v1/documents/{kind}": return try await document(request, kind: context.parameters.get("kind") ?? "")
        case "/v1/hubei-sms": return try await hubeiSMS(request)
        case "/v1/hubei-sms/check": return try await checkHubeiSMS(request)
        case "/v1/batch": return try await batch(request)
        default: throw Problem(.notFound, "not-found", "no route \(request.uri.path)")
        }
    }

    /// One record's check, in the shape `validate --format json` prints for each record. An
    /// invalid record is still a 200: the check itself succeeded and its findings are the answer.
    struct ValidationResult: Encodable {
        var valid: Bool
        var id: String?
        var diagnostics: [Diagnostic]
    }

    func validate(_ request: Request) async throws -> Response {
        let reading = Filing.read(jsonData: try await BodyReader.read(request, limit: limit), options: ValidationOptions(today: engine.today))
        if reading.isSyntaxError { throw Problem.notJSON(reading.diagnostics) }
        // JSON that is not an object at all (an array, a string) is no filing record to report
        // on: the request itself is wrong, as for every other route that takes a record.
        if reading.filing == nil, reading.diagnostics.contains(where: { $0.code == "field.type" && $0.path.isEmpty }) {
            throw Problem.invalidInput(reading.diagnostics, detail: "the body is not a filing record (a JSON object)")
        }
        return JSONBody.response(ValidationResult(valid: reading.filing != nil, id: reading.filing?.id, diagnostics: reading.diagnostics.told(for: request)))
    }

    func document(_ request: Request, kind name: String) async throws -> Response {
        guard let kind = DocumentKind(rawValue: name) else {
            throw Problem(.notFound, "unknown-document", "'\(name)' is not a document; use one of \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let formatName = request.uri.queryParameters.get("format") ?? DocumentFormat.docx.rawValue
        guard let format = DocumentFormat(rawValue: formatName) else {
            throw Problem.badQuery("format", formatName, allowed: DocumentFormat.allCases.map(\.rawValue))
        }
        let filing = try await BodyReader.filing(request, limit: limit, today: engine.today)
        let document: GeneratedDocument
        do {
            // The record's own `requests` carry the document's parameters, as in a batch.
            document = try engine.document(kind, for: filing, requests: DocumentRequests())
        } catch {
            throw Problem.from(error)
        }
        let file: RenderedFile
        do {
            file = try document.file(as: format)
        } catch {
            throw Problem.from(error)
        }
        metrics.documentMade(kind: kind.rawValue, format: format.rawValue)
        return FileResponse.make(file, warnings: document.diagnostics.told(for: request))
    }

    func hubeiSMS(_ request: Request) async throws -> Response {
        let allowed: [HubeiSMSFormat] = [.json, .csv, .text]
        let formatName = request.uri.queryParameters.get("format") ?? HubeiSMSFormat.json.rawValue
        guard let format = HubeiSMSFormat(rawValue: formatName), allowed.contains(format) else {
            throw Problem.badQuery("format", formatName, allowed: allowed.map(\.rawValue))
        }
        let filing = try await BodyReader.filing(request, limit: limit, today: engine.today)
        do {
            // Provider, status, sender and the rest come from the record's `requests`.
            let plan = try engine.hubeiAnnualReviewSMS(for: filing, request: HubeiSMSRequest())
            let file = try engine.render(plan, as: format)
            metrics.documentMade(kind: "hubei-sms", format: format.rawValue)
            return FileResponse.make(file, warnings: plan.diagnostics.told(for: request), attachment: false)
        } catch {
            throw Problem.from(error)
        }
    }
}

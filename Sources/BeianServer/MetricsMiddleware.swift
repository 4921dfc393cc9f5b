import Hummingbird

/// Counts and times every request into ``ServerMetrics``. The outcome is recorded once the
/// response body has been written, so a streamed batch counts its whole transfer, and the
/// in-flight gauge covers it until its last byte.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        metrics.inFlight.increment()
        let method = request.method.rawValue
        do {
            var response = try await next(request, context)
            let status = response.status.code
            let body = response.body
            let route = Self.route(context)
            response.body = ResponseBody(contentLength: body.contentLength) { [metrics] writer in
                // Recorded whether the body was written whole or the client went away.
                defer {
                    metrics.request(route: route, method: method, status: status, duration: ContinuousClock.now - start)
                    metrics.inFlight.decrement()
                }
                try await body.write(writer)
            }
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            metrics.request(route: Self.route(context), method: method, status: status, duration: ContinuousClock.now - start)
            metrics.inFlight.decrement()
            throw error
        }
    }

    /// The matched route's template, with the leading slash the OpenAPI document writes;
    /// `unmatched` for a path no route takes (Hummingbird's router names that `NotFound`).
    static func route(_ context: Context) -> String {
        guard let path = context.endpointPath, path != "NotFound" else { return "unmatched" }
        return path.hasPrefix("/") ? path : "/" + path
    }
}

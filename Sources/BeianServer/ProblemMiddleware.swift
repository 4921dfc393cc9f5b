import BeianKit
import Hummingbird

/// Turns every failure into `application/problem+json`: an unknown path is a 404, a known path
/// with another method a 405 with `Allow`, and anything unexpected a 500 that the server logs
/// and survives.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The API's routes, to tell a wrong method from a wrong path.
    let routes: [APIRoute]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            throw problem
        } catch let error as HTTPError where error.status == .notFound {
            let path = request.uri.path
            let methods = routes.filter { $0.matches(path) }.map(\.method.rawValue)
            if !methods.isEmpty {
                throw Problem(
                    .methodNotAllowed, "method-not-allowed", "\(request.method.rawValue) \(path) is not a route; this path takes \(methods.joined(separator: ", "))",
                    headers: [.allow: methods.joined(separator: ", ")])
            }
            throw Problem(.notFound, "not-found", "no route \(path); GET /openapi.yaml lists every route")
        } catch let error as HTTPResponseError {
            throw Problem(error.status, "http", "the request was refused: \(error.status.reasonPhrase)")
        } catch {
            context.logger.error("unexpected failure: \(error)")
            throw Problem(.internalServerError, "internal", "the server failed on this request; it is logged")
        }
    }
}

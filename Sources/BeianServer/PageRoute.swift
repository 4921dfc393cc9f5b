import HTTPTypes
import Hummingbird

/// The page for people at `GET /`: one HTML file with its script and style sheet, compiled in
/// from `Page/` (see `scripts/embed-page`).
///
/// The page loads nothing from other hosts and runs no inline script, so every file is sent
/// with a Content-Security-Policy that allows this server alone: a value pasted into the form
/// can never run as code, and the page cannot send a filing anywhere else.
enum PageRoute {
    /// The page's routes, answered without the bearer token: the page holds nothing of anyone's
    /// and a browser cannot send a token to open it; its calls to the API still need the token.
    static let paths: Set<String> = ["/", "/page/app.js", "/page/app.css"]

    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'"

    static func response(for path: String) -> Response? {
        let file: (text: String, mediaType: String)
        switch path {
        case "/": file = (PageFiles.html, "text/html; charset=utf-8")
        case "/page/app.js": file = (PageFiles.script, "text/javascript; charset=utf-8")
        case "/page/app.css": file = (PageFiles.style, "text/css; charset=utf-8")
        default: return nil
        }
        let headers: HTTPFields = [
            .contentType: file.mediaType,
            .contentSecurityPolicy: contentSecurityPolicy,
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
            // The files change only with the binary; a stale copy after an upgrade is worse than a refetch.
            .cacheControl: "no-cache",
        ]
        // The raw string literal drops each file's final newline; it is put back.
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: file.text + "\n")))
    }
}

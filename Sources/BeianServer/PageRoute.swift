import HTTPTypes
import Hummingbird

/// One file of the page, as `scripts/embed-page` compiles it in.
struct PageFile: Sendable {
    /// The file's name in `Page/`, and in its URL `/page/NAME`.
    var name: String
    /// The file's text (the raw string literal drops its final newline; ``body`` puts it back).
    var text: String

    var body: String { text + "\n" }

    var mediaType: String {
        switch name.split(separator: ".").last {
        case "html": "text/html; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "svg": "image/svg+xml"
        default: "application/octet-stream"
        }
    }
}

/// The page for people at `GET /`: an HTML file with its scripts (JavaScript modules) and style
/// sheet at `GET /page/{file}`, compiled in from `Page/`.
///
/// The page loads nothing from other hosts and runs no inline script, so every file is sent
/// with a Content-Security-Policy that allows this server alone: a value pasted into the form
/// can never run as code, and the page cannot send a filing anywhere else.
enum PageRoute {
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'"

    /// Whether a request is for the page, which opens without the bearer token: it holds
    /// nothing of anyone's and a browser cannot send a token to open a page; the page's own
    /// calls to the API still send it.
    static func isPage(_ request: Request) -> Bool {
        request.method == .get && (request.uri.path == "/" || request.uri.path.hasPrefix("/page/"))
    }

    /// The file `/page/NAME` asks for; the HTML page itself is `/`, not a file of `/page/`.
    static func file(named name: String) -> PageFile? {
        name == "index.html" ? nil : PageFiles.all.first { $0.name == name }
    }

    static func response(_ file: PageFile) -> Response {
        let headers: HTTPFields = [
            .contentType: file.mediaType,
            .contentSecurityPolicy: contentSecurityPolicy,
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
            // The files change only with the binary; a stale copy after an upgrade is worse than a refetch.
            .cacheControl: "no-cache",
        ]
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: file.body)))
    }
}

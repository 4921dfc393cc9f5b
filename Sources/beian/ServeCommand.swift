import ArgumentParser
import BeianKit
import BeianServer
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP API (OpenAPI document at /openapi.yaml) for backends in any language, and a page for people at /.",
        discussion: """
            Listens on 127.0.0.1 by default. Any other --host needs --token-file (every request but \
            /healthz and the page's files must then send Authorization: Bearer TOKEN) or, on purpose, \
            --insecure. Open http://127.0.0.1:8080/ in a browser to fill in a filing and download its \
            documents. SIGTERM or SIGINT stops accepting, lets requests in flight finish and exits 0.

            Examples:
              beian serve --port 8080
              curl -s -X POST -H 'Content-Type: application/json' \\
                --data-binary @Examples/hubei-filing.json \\
                'http://127.0.0.1:8080/v1/documents/deregistration-form?format=docx' -OJ
            """
    )

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(help: "A folder of templates and data files overriding the bundled ones, for every request.")
    var templates: String?

    @Option(help: "A file holding the bearer token requests must send (surrounding whitespace ignored).")
    var tokenFile: String?

    @Flag(help: "Allow a non-loopback --host without a token.")
    var insecure = false

    @Option(help: "The largest request body accepted, in bytes.")
    var maxBody: Int = 1 << 20

    @Option(help: "The largest POST /v1/batch body accepted, in bytes (it is streamed, never held whole).")
    var maxBatchBody: Int = 1 << 30

    @Option(help: "Records of a batch in work at once. Default: the number of cores.")
    var jobs: Int?

    func run() async throws {
        guard (0...65535).contains(port) else {
            Terminal.error("error: --port \(port) is not a port\n  hint: use 1 to 65535, or 0 for any free port")
            throw Failure.usage
        }
        guard maxBody > 0, maxBatchBody > 0 else {
            Terminal.error("error: --max-body and --max-batch-body must be at least 1 byte")
            throw Failure.usage
        }
        if let jobs, jobs < 1 {
            Terminal.error("error: --jobs must be at least 1")
            throw Failure.usage
        }
        var token: String?
        if let tokenFile {
            let text = String(decoding: try InputFile.read(tokenFile), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else {
                Terminal.error("error: --token-file \(tokenFile) is empty\n  hint: write a long random token into it, e.g. openssl rand -hex 32")
                throw Failure.usage
            }
            token = text
        }
        let configuration = ServerConfiguration(host: host, port: port, maxBody: maxBody, maxBatchBody: maxBatchBody, token: token, jobs: jobs)
        if let refusal = configuration.refusal(insecure: insecure) {
            Terminal.error("error: \(refusal)")
            throw Failure.usage
        }
        let engine = try BeianEngine(templates: try InputFile.templateFolder(templates))
        let app = BeianAPI.application(engine: engine, configuration: configuration) { [host] port in
            Terminal.error("beian serve: listening on http://\(host):\(port)")
        }
        try await app.runService()
    }
}

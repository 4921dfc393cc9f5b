import BeianKit
@testable import BeianServer
import Foundation
import Testing

/// The page at `/`: served from the binary as committed, under a policy that lets it load
/// nothing from other hosts, and used in a real headless Chromium the way a clerk uses it.
@Suite(.serialized) struct PageTests {
    static let pageFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/BeianServer/Page").standardized

    @Test func theServedPageIsTheCommittedFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.pageFolder.path).sorted()
        #expect(names == PageFiles.all.map(\.name).sorted(), "run scripts/embed-page after adding or removing a file of Page/")
        for file in PageFiles.all {
            let committed = try String(contentsOf: Self.pageFolder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(file.body == committed, "run scripts/embed-page after editing Page/\(file.name)")
        }
        // The OpenAPI document lists every file /page/{file} serves.
        let line = OpenAPIDocument.yaml.split(separator: "\n").first { $0.contains("enum: [api.js") } ?? ""
        let listed = line.split(separator: "[").last?.dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        #expect(Set(listed) == Set(PageFiles.all.map(\.name).filter { $0 != "index.html" }))
    }

    @Test func pageFilesAreServedUnderAPolicyOfThisServerOnly() async throws {
        try await LiveServer.with { server in
            let files = PageFiles.all.filter { $0.name != "index.html" }.map {
                ("/page/\($0.name)", $0.name.hasSuffix(".css") ? "text/css" : $0.name.hasSuffix(".svg") ? "image/svg+xml" : "text/javascript")
            }
            #expect(files.count >= 2)
            for (path, mediaType) in [("/", "text/html")] + files {
                let reply = try await server.call("GET", path)
                #expect(reply.status == 200, "\(path)")
                #expect(reply.header("Content-Type")?.hasPrefix(mediaType) == true, "\(path): \(reply.header("Content-Type") ?? "")")
                let policy = reply.header("Content-Security-Policy") ?? ""
                #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'") && policy.contains("connect-src 'self'"), "\(path): \(policy)")
                #expect(reply.header("X-Content-Type-Options") == "nosniff")
                // Nothing from another host: no scheme-qualified or protocol-relative references.
                // (An SVG's namespace name is an identifier, never fetched.)
                let text = reply.text.replacing(#"xmlns="http://www.w3.org/2000/svg""#, with: "")
                for pattern in ["http://", "https://", "src=\"//", "href=\"//", "url(", "@import"] {
                    #expect(!text.contains(pattern), "\(path) refers to another host or resource: \(pattern)")
                }
            }
            let missing = try await server.call("GET", "/page/secret.txt")
            #expect(missing.status == 404)
            let page = try await server.call("GET", "/")
            #expect(page.text.contains("<html lang=\"zh-CN\">"))
            #expect(!page.text.contains("<script>"), "inline scripts would be refused by the policy")
            #expect(!page.text.contains("style=\""), "inline styles would be refused by the policy")
        }
    }

    @Test func pageOpensWithoutTheTokenButTheAPIStillNeedsIt() async throws {
        let configuration = ServerConfiguration(port: 0, maxBody: 64 * 1024, token: "s3cret")
        try await LiveServer.with(configuration) { server in
            let page = try await server.call("GET", "/")
            let script = try await server.call("GET", "/page/app.js")
            let api = try await server.call("GET", "/v1/provinces")
            let postToPage = try await server.call("POST", "/", body: Data("{}".utf8))
            #expect(page.status == 200)
            #expect(script.status == 200)
            #expect(api.status == 401)
            #expect(postToPage.status == 401)
        }
    }

    @Test func diagnosticsComeInTheLanguageTheRequestAsksFor() async throws {
        try await LiveServer.with { server in
            let broken = try Fixtures.hubei.replacing(Data("91420100MA4K2X9Y9P".utf8), with: Data("91420100MA4K2X9Y9A".utf8))
            let chinese = try await server.call("POST", "/v1/documents/deregistration-form", body: broken, headers: ["Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"])
            let english = try await server.call("POST", "/v1/documents/deregistration-form", body: broken, headers: ["Accept-Language": "en-US"])
            #expect(chinese.status == 422 && english.status == 422)
            func message(_ reply: LiveServer.Reply) -> String {
                let diagnostics = reply.object["diagnostics"] as? [[String: Any]] ?? []
                return diagnostics.first { $0["path"] as? String == "subject.certificate.number" }?["message"] as? String ?? ""
            }
            #expect(message(chinese).unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(message(chinese))")
            #expect(message(english).contains("check"), "\(message(english))")

            let validated = try await server.call("POST", "/v1/validate", body: broken, headers: ["Accept-Language": "zh"])
            let diagnostics = validated.object["diagnostics"] as? [[String: Any]] ?? []
            #expect(diagnostics.contains { ($0["message"] as? String ?? "").unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
        }
    }

    /// Fills the form in Chromium with a wrong check digit, expects the problem next to that
    /// input, fixes it, downloads the DOCX and reads it with python-docx (all in the script).
    @Test(.timeLimit(.minutes(5))) func aClerkFillsInFixesAProblemAndDownloadsTheForm() async throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Browser/page_in_chromium.py")
        let downloads = FileManager.default.temporaryDirectory.appendingPathComponent("beian-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: downloads) }
        // BEIAN_PAGE_SCREENSHOTS=DIR keeps the script's screenshots of the page with a problem showing.
        let shots = ProcessInfo.processInfo.environment["BEIAN_PAGE_SCREENSHOTS"].map { [$0] } ?? []
        try await LiveServer.with { server in
            let arguments = [script.path, server.base.absoluteString, downloads.path] + shots
            let result = try await BrowserScript.run(arguments)
            #expect(result.status == 0, "the page test in Chromium failed:\n\(result.output)")
            #expect(result.output.contains("python-docx found"), "\(result.output)")
        }
        let file = downloads.appendingPathComponent("hubei-2019012345-deregistration-form.docx")
        let data = try Data(contentsOf: file)
        #expect(data.starts(with: Data("PK".utf8)))
    }
}

/// Runs `python3` without blocking a thread of the pool the in-process server also runs on.
enum BrowserScript {
    struct Result: Sendable {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String]) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        // The output goes to a file, read once the script has ended: no pipe to fill up.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("beian-page-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? FileManager.default.removeItem(at: log) }
        process.standardOutput = handle
        process.standardError = handle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { process in continuation.resume(returning: process.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try handle.close()
        let output = String(decoding: try Data(contentsOf: log), as: UTF8.self)
        if status == 127 { return Result(status: status, output: "python3 is not installed; the page test needs it\n" + output) }
        return Result(status: status, output: output)
    }
}

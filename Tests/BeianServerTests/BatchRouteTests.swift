import BeianKit
import BeianServer
import Foundation
import Testing

/// `POST /v1/batch` over real HTTP: JSON Lines in, a ZIP out that Python's zipfile reads whole.
@Suite(.serialized) struct BatchRouteTests {
    /// The archive's entries and the text of its JSON Lines files, read by Python's zipfile
    /// (an independent reader, which also checks every entry's CRC).
    static func readArchive(_ data: Data) throws -> (names: [String], manifest: [[String: Any]], errors: [[String: Any]]) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("beian-serve-\(UUID().uuidString).zip")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            lines = lambda n: [json.loads(l) for l in z.read(n).decode().splitlines() if l]
            print(json.dumps({"names": z.namelist(), "manifest": lines("manifest.jsonl"), "errors": lines("errors.jsonl")}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let object = try JSONSerialization.jsonObject(with: output) as? [String: Any] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return (object["names"] as? [String] ?? [], object["manifest"] as? [[String: Any]] ?? [], object["errors"] as? [[String: Any]] ?? [])
    }

    @Test func jsonLinesInZipOutWithManifestAndErrors() async throws {
        try await LiveServer.with { server in
            var body = try Data(contentsOf: Fixtures.examples.appendingPathComponent("filings.jsonl"))
            body += Data("{\"subject\": 1}\nnot json\n".utf8)
            let reply = try await server.call(
                "POST", "/v1/batch?documents=deregistration-form&format=text", body: body,
                contentType: "application/x-ndjson")
            #expect(reply.status == 200)
            #expect(reply.header("Content-Type") == "application/zip")
            let archive = try Self.readArchive(reply.body)
            #expect(archive.names.suffix(2) == ["manifest.jsonl", "errors.jsonl"])
            let listed = archive.manifest.flatMap { ($0["files"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String } }
            #expect(!listed.isEmpty)
            #expect(Set(listed).isSubset(of: Set(archive.names)))
            // The two bad lines at the end, reported with their line numbers.
            let lines = archive.errors.compactMap { $0["line"] as? Int }
            #expect(lines.suffix(2) == [7, 8])
        }
    }

    @Test func batchRefusesBadQueriesAndMediaTypes() async throws {
        try await LiveServer.with { server in
            let body = try Data(contentsOf: Fixtures.examples.appendingPathComponent("filings.jsonl"))
            let noDocuments = try await server.call("POST", "/v1/batch", body: body, contentType: "application/x-ndjson")
            #expect(noDocuments.status == 400)
            let unknown = try await server.call("POST", "/v1/batch?documents=tax-return", body: body, contentType: "application/x-ndjson")
            #expect(unknown.status == 400)
            let json = try await server.call("POST", "/v1/batch?documents=deregistration-form", body: body)
            #expect(json.status == 415)
            // A CSV without a usable header row holds no records: refused before any archive
            // (found by schemathesis, which sent `{}` as CSV).
            let noHeader = try await server.call("POST", "/v1/batch?documents=deregistration-form", body: Data("{}".utf8), contentType: "text/csv")
            #expect(noHeader.status == 422)
            #expect(noHeader.diagnosticCodes == ["csv.header"])
        }
    }

    @Test func aBatchBodyOverItsLimitIs413() async throws {
        try await LiveServer.with(ServerConfiguration(port: 0, maxBatchBody: 1000)) { server in
            let body = try Data(contentsOf: Fixtures.examples.appendingPathComponent("filings.jsonl"))
            let reply = try await server.call("POST", "/v1/batch?documents=deregistration-form", body: body, contentType: "application/x-ndjson")
            #expect(reply.status == 413)
        }
    }
}

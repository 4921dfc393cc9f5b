import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import Testing

/// `beian serve` as a process: it refuses an exposed address without a token, answers on the
/// port it prints, and exits 0 on SIGTERM.
struct ServeCommandTests {
    @Test func aNonLoopbackHostWithoutATokenIsRefused() throws {
        let result = try CLI.run(["serve", "--host", "0.0.0.0", "--port", "0"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--token-file"))
    }

    @Test func servesOnItsPortAndStopsCleanlyOnSIGTERM() async throws {
        try await Self.withServe { process, base in
            let (data, response) = try await URLSession.shared.data(from: base.appending(path: "healthz"))
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
            #expect(String(decoding: data, as: UTF8.self).contains("ok"))

            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == 0)
        }
    }

    /// A SIGTERM while a batch streams lets it finish: the client gets the whole archive (every
    /// record in the manifest), never a cut-off ZIP under a 200, and the server exits 0.
    @Test func sigtermDuringABatchFinishesTheArchive() async throws {
        let first = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appending(path: "../../Examples/filings.jsonl").standardized, encoding: .utf8
        )
        .split(separator: "\n")[0]
        let count = 600
        let body =
            (0..<count).map { index in
                first.replacingOccurrences(of: "2019012345", with: String(2_019_000_000 + index))
                    .replacingOccurrences(of: "\"hubei-company\"", with: "\"r\(index)\"")
            }.joined(separator: "\n") + "\n"
        try await Self.withServe { process, base in
            var request = URLRequest(
                url: base.appending(path: "v1/batch").appending(queryItems: [
                    URLQueryItem(name: "documents", value: "deregistration-form"), URLQueryItem(name: "format", value: "text"),
                ]))
            request.httpMethod = "POST"
            request.setValue("application/x-ndjson", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(body.utf8)
            let pid = process.processIdentifier
            let terminate = Task {
                try await Task.sleep(for: .milliseconds(300))
                kill(pid, SIGTERM)
            }
            let (data, response) = try await URLSession.shared.data(for: request)
            _ = try await terminate.value
            process.waitUntilExit()
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
            #expect(process.terminationReason == .exit && process.terminationStatus == 0)
            // The archive ends with its central directory, whose end record counts every file
            // (600 forms, the manifest, the error log).
            let end = try #require(data.count >= 22 ? data.suffix(22) : nil)
            #expect(Array(end.prefix(4)) == [0x50, 0x4B, 0x05, 0x06])
            let entries = Int(end[end.startIndex + 10]) | Int(end[end.startIndex + 11]) << 8
            #expect(entries == count + 2)
        }
    }

    /// Starts `beian serve --port 0`, reads the address it prints, and runs `body` with it.
    static func withServe(_ body: (Process, URL) async throws -> Void) async throws {
        let executable = try #require(CLI.executable)
        let scratch = FileManager.default.temporaryDirectory.appending(path: "beian-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let errURL = scratch.appending(path: "stderr")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["serve", "--port", "0"]
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // The port chosen for --port 0 is in the line "beian serve: listening on http://127.0.0.1:PORT".
        var base: URL?
        for _ in 0..<200 where base == nil {
            try await Task.sleep(for: .milliseconds(50))
            let text = try String(contentsOf: errURL, encoding: .utf8)
            if let range = text.range(of: "beian serve: listening on ") {
                base = URL(string: String(text[range.upperBound...].prefix { !$0.isNewline }))
            }
        }
        try await body(process, try #require(base, "the server printed no address"))
    }
}

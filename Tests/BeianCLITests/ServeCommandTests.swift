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
        let url = try #require(base, "the server printed no address").appending(path: "healthz")
        let (data, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("ok"))

        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }
}

import BeianServer
import Foundation
import Testing

/// schemathesis (PyPI) generates requests from the served OpenAPI document, good and bad, and
/// checks every answer against it: status codes, content types, headers and response schemas
/// as documented, no 500, bad input refused, `Allow` on 405. It runs against the real server on
/// a loopback port and must find nothing.
struct SchemathesisTests {
    /// Checks that do not apply to this API, each for a stated reason:
    /// - `positive_data_acceptance`: a body that fits the document's schema can still break a
    ///   filing rule (a check character, an ID number's birth date) that no JSON Schema states,
    ///   so a 422 for generated "valid" data is right, not a failure;
    /// - `use_after_free`, `ensure_resource_availability`: the API creates and deletes nothing.
    static let excludedChecks = ["positive_data_acceptance", "use_after_free", "ensure_resource_availability"]

    @Test(.timeLimit(.minutes(5))) func theServedDocumentHoldsUnderGeneratedRequests() async throws {
        try await LiveServer.with { server in
            let base = server.base.absoluteString
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "schemathesis", "run", "\(base)/openapi.yaml", "--url", base,
                "--checks", "all", "--exclude-checks", Self.excludedChecks.joined(separator: ","),
                "--phases", "examples,coverage,fuzzing",
                // A fixed seed, no example database carried between runs and a bounded number of
                // cases per operation: the same requests each time, about 20 s here.
                "--seed", "20261122", "--max-examples", "40", "--generation-database", "none",
                // One worker: with two, Hypothesis under Python 3.11 failed in its own code
                // ("AST constructor recursion depth mismatch"), which is no finding about us.
                "--workers", "1", "--request-timeout", "10", "--no-color",
            ]
            // Its caches (`.schemathesis/`) go to a scratch folder, not into the repository.
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("beian-schemathesis")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            process.currentDirectoryURL = scratch
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            do {
                try process.run()
            } catch {
                Issue.record("schemathesis could not start (\(error)); install it with scripts/install-dependencies --test")
                return
            }
            // Read on a thread of its own: the server answers on the cooperative pool, which a
            // blocking read would shrink by one of its (here two) threads.
            let text = await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    let data = output.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    continuation.resume(returning: String(decoding: data, as: UTF8.self))
                }
            }
            #expect(process.terminationStatus == 0, "schemathesis found problems:\n\(text)")
        }
    }

    /// The folder of this file, for the scripts and examples beside it.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// Generated clients type request bodies by the document's `FilingRecord` schema, so it must
    /// take every example record and refuse what the server refuses for its shape.
    @Test func theRecordSchemaTakesTheExamplesAndRefusesBadShapes() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let repository = Self.testsFolder.appendingPathComponent("../..").standardized
        process.arguments = [
            "python3", Self.testsFolder.appendingPathComponent("Schema/records_match_schema.py").path,
            repository.appendingPathComponent("Sources/BeianServer/OpenAPI/openapi.yaml").path,
            repository.appendingPathComponent("Examples").path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && text == "ok\n", "\(text)")
    }
}

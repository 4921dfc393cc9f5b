import BeianKit
import Foundation
import Testing

/// The batch writes its manifest lines by hand for speed; they must be the very bytes that
/// `JSONEncoder` with sorted keys writes, including ids that need escaping, warnings and skips.
@Suite("batch manifest encoding")
struct BatchManifestEncodingTests {
    struct ManifestLine: Codable, Equatable {
        struct File: Codable, Equatable {
            var document: String
            var path: String
            var sha256: String
            var bytes: Int
        }
        struct Skip: Codable, Equatable {
            var document: String
            var reason: String
        }
        var line: Int
        var id: String?
        var subjectFilingNumber: String?
        var files: [File]
        var skipped: [Skip]
        var warnings: [Diagnostic]
    }

    @Test func manifestLinesAreTheJSONEncodersBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "beian-manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A record with warnings, under ids that need escaping, next to the mixed fixture.
        let warned = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.directory.appending(path: "hubei-warnings.json")))
        var lines = try String(contentsOf: Fixtures.directory.appending(path: "batch-mixed.jsonl"), encoding: .utf8)
        for id in ["quote \" back\\slash / tab\t", "控制\u{01}字符", nil] as [String?] {
            var record = try #require(warned as? [String: Any])
            record["id"] = id
            lines += String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n"
        }
        let input = folder.appending(path: "input.jsonl")
        try lines.write(to: input, atomically: true, encoding: .utf8)
        let out = folder.appending(path: "out")
        _ = try CLI.run([
            "batch", input.path, "--documents", "deregistration-form,hubei-sms,shandong-mail",
            "--provider", "001", "--date", "2026-11-22", "--format", "text", "-o", out.path,
        ])

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let written = try String(contentsOf: out.appending(path: "manifest.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(written.count >= 10)
        var sawWarnings = false, sawSkips = false, sawEscapedID = false
        for line in written {
            let entry = try JSONDecoder().decode(ManifestLine.self, from: Data(line.utf8))
            #expect(String(decoding: try encoder.encode(entry), as: UTF8.self) == line)
            sawWarnings = sawWarnings || !entry.warnings.isEmpty
            sawSkips = sawSkips || !entry.skipped.isEmpty
            sawEscapedID = sawEscapedID || entry.id?.contains("\"") == true
        }
        #expect(sawWarnings && sawSkips && sawEscapedID, "the cases that take the encoder's path are present")
    }
}

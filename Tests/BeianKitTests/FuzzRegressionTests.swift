import Foundation
import Testing

/// Replays every input of the fuzz targets (Fuzz/, `scripts/fuzz`) without sanitizers: the
/// inputs that once broke something (Tests/Fuzz/regressions/<target>/) and the committed corpora
/// (Tests/Fuzz/corpus/<target>/), each through the target's own body (FuzzBodies.swift, a link to
/// the fuzz package's file). Each must answer with an error or an output, without a crash and
/// without contradicting itself.
@Suite("Fuzz regressions and corpora", .serialized)
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fuzz")

    /// The input files of a target, regressions first.
    static func inputs(_ target: String) -> [URL] {
        ["regressions", "corpus"].flatMap { kind -> [URL] in
            let directory = folder.appending(path: "\(kind)/\(target)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            return names.sorted().filter { !$0.hasPrefix(".") }.map { directory.appending(path: $0) }
        }
    }

    @Test("every input answers with an error or an output", arguments: FuzzBodies.targets.keys.sorted())
    func replay(target: String) throws {
        defer { FuzzBodies.removeScratch() }
        let body = try #require(FuzzBodies.targets[target])
        let files = Self.inputs(target)
        #expect(!files.isEmpty, "no corpus for \(target)")
        var outcomes: [FuzzOutcome: Int] = [:]
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: file))
            do {
                outcomes[try body(bytes), default: 0] += 1
            } catch {
                Issue.record("\(file.path): \(error)")
            }
        }
        // A corpus that only ever gets refused would fuzz nothing past the first check.
        #expect(outcomes[.output, default: 0] > 0, "no input of \(target) gets an output")
    }

    @Test("every input folder belongs to a target")
    func folders() {
        for kind in ["regressions", "corpus"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.appending(path: kind).path)) ?? []
            for name in names where !name.hasPrefix(".") {
                #expect(FuzzBodies.targets[name] != nil, "Tests/Fuzz/\(kind)/\(name) is no fuzz target")
            }
        }
    }
}

import BeianKit
import Foundation
import Testing

/// `beian batch` run as a process on real files: every record accounted for, resume after a
/// kill, shards, CSV with Chinese headers.
@Suite("batch command")
struct BatchCommandTests {
    struct ManifestLine: Decodable {
        struct File: Decodable {
            var document: String
            var path: String
            var sha256: String
            var bytes: Int
        }
        struct Skip: Decodable {
            var document: String
            var reason: String
        }
        var line: Int
        var id: String?
        var files: [File]
        var skipped: [Skip]
    }

    struct ErrorLine: Decodable {
        var line: Int
        var diagnostics: [Diagnostic]
    }

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "beian-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func manifest(_ folder: URL) throws -> [ManifestLine] {
        try jsonLines(folder.appending(path: "manifest.jsonl"))
    }

    static func errors(_ folder: URL) throws -> [ErrorLine] {
        try jsonLines(folder.appending(path: "errors.jsonl"))
    }

    static func jsonLines<T: Decodable>(_ url: URL) throws -> [T] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }

    /// Generates `count` synthetic records with the benchmark's generator.
    static func generated(_ count: Int, into folder: URL) throws -> URL {
        let script = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent().appending(path: "benchmarks/generate_filings.py")
        let output = folder.appending(path: "filings.jsonl")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, String(count)]
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 must be installed: the generator needs it")
        return output
    }

    /// Non-hidden files of a folder other than the two lists, with their bytes.
    static func outputs(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where !name.hasPrefix(".") && name != "manifest.jsonl" && name != "errors.jsonl" {
            files[name] = try Data(contentsOf: folder.appending(path: name))
        }
        return files
    }

    @Test func mixedInputAccountsForEveryRecord() throws {
        let out = try Self.scratch()
        let result = try CLI.run(["batch", "batch-mixed.jsonl", "--documents", "deregistration-form,hubei-sms",
                                  "--provider", "001", "--date", "2026-11-22", "-o", out.path])
        #expect(result.status == 1, "some records fail: exit 1")
        let input = try String(contentsOf: Fixtures.directory.appending(path: "batch-mixed.jsonl"), encoding: .utf8)
        let recordLines = input.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { !$0.element.trimmingCharacters(in: .whitespaces).isEmpty }.map { $0.offset + 1 }
        let manifest = try Self.manifest(out), errors = try Self.errors(out)
        #expect(Set(manifest.map(\.line)).union(errors.map(\.line)) == Set(recordLines))
        #expect(manifest.count + errors.count == recordLines.count, "each record exactly once")
        #expect(errors.count == 2)
        let syntax = try #require(errors.first { $0.line == 6 })
        #expect(syntax.diagnostics.first?.code == "json.syntax")
        #expect(syntax.diagnostics.first?.message.contains("line 1, column") == true)
        let invalid = try #require(errors.first { $0.line == 10 })
        let paths = Set(invalid.diagnostics.map(\.path))
        #expect(paths.isSuperset(of: ["subject.certificate.number", "subject.owner.mobile", "websites[0].filingNumber"]))
        // Documents that do not apply are skipped and said so, not failed.
        let skippedSMS = manifest.filter { $0.skipped.contains { $0.document == "hubei-sms" } }
        #expect(!skippedSMS.isEmpty)
        for line in manifest {
            for file in line.files {
                let data = try Data(contentsOf: out.appending(path: file.path))
                #expect(SHA256.hex(data) == file.sha256 && data.count == file.bytes, "\(file.path) matches its manifest line")
            }
        }
        #expect(result.stderr.contains("failed"))
    }

    @Test func resumeAfterKillCompletesTheBatchExactlyLikeACleanRun() throws {
        let folder = try Self.scratch()
        let input = try Self.generated(1200, into: folder)
        let clean = folder.appending(path: "clean"), killed = folder.appending(path: "killed")
        let arguments = ["--documents", "deregistration-form", "--date", "2026-11-22", "--jobs", "2"]
        #expect(try CLI.run(["batch", input.path, "-o", clean.path] + arguments).status == 0)

        let executable = try #require(CLI.executable)
        for attempt in 0..<3 {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["batch", input.path, "-o", killed.path] + arguments + (attempt > 0 ? ["--resume"] : [])
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // Let it write some records, then SIGKILL it mid-run.
            let deadline = Date().addingTimeInterval(20)
            let target = 100 * (attempt + 1)
            while Date() < deadline, process.isRunning,
                  ((try? String(contentsOf: killed.appending(path: "manifest.jsonl"), encoding: .utf8))?.split(separator: "\n").count ?? 0) < target {
                usleep(2_000)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let resumed = try CLI.run(["batch", input.path, "-o", killed.path, "--resume"] + arguments)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let manifest = try Self.manifest(killed)
        #expect(manifest.count == 1200 && Set(manifest.map(\.line)).count == 1200, "every record exactly once")
        #expect(try Self.errors(killed).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: killed.path).filter { $0.hasPrefix(".") }.isEmpty, "no temporary file left")
        let expected = try Self.outputs(clean), actual = try Self.outputs(killed)
        #expect(expected.keys.sorted() == actual.keys.sorted())
        #expect(expected == actual, "byte for byte the files of a clean run")
        let cleanManifest = try String(contentsOf: clean.appending(path: "manifest.jsonl"), encoding: .utf8)
        let resumedManifest = try String(contentsOf: killed.appending(path: "manifest.jsonl"), encoding: .utf8)
        #expect(cleanManifest == resumedManifest, "the same manifest, in input order")
    }

    @Test func shardsCoverTheInputExactlyOnce() throws {
        let folder = try Self.scratch()
        let input = try Self.generated(100, into: folder)
        var seen: [Int] = []
        for shard in 1...3 {
            let out = folder.appending(path: "shard-\(shard)")
            let result = try CLI.run(["batch", input.path, "--documents", "deregistration-form", "--shard", "\(shard)/3",
                                      "--format", "text", "-o", out.path])
            #expect(result.status == 0)
            let lines = try Self.manifest(out).map(\.line) + Self.errors(out).map(\.line)
            #expect(lines.count >= 33 && lines.count <= 34)
            seen += lines
        }
        #expect(seen.sorted() == Array(1...100))
        #expect(try CLI.run(["batch", input.path, "--documents", "deregistration-form", "--shard", "0/3", "-o", folder.path]).status == 2)
        #expect(try CLI.run(["batch", input.path, "--documents", "deregistration-form", "--shard", "4/3", "-o", folder.path]).status == 2)
    }

    @Test func csvWithChineseHeadersAndByteOrderMark() throws {
        let out = try Self.scratch()
        let result = try CLI.run(["batch", "batch-chinese-headers.csv", "--documents", "deregistration-form,shandong-mail,hubei-sms",
                                  "--provider", "001", "--date", "2026-11-22", "--format", "text", "-o", out.path])
        #expect(result.status == 1)
        let manifest = try Self.manifest(out), errors = try Self.errors(out)
        #expect(manifest.map(\.line) == [2, 4], "rows 2 and 3 are one subject with two websites")
        #expect(manifest.first?.id == "r1")
        let hubei = try #require(manifest.first)
        #expect(Set(hubei.files.map(\.document)) == ["deregistration-form", "hubei-sms"])
        let sms = try String(contentsOf: out.appending(path: try #require(hubei.files.first { $0.document == "hubei-sms" }).path), encoding: .utf8)
        #expect(sms.contains("#001#鄂ICP备2019012345号-2#无变化#"))
        let form = try String(contentsOf: out.appending(path: try #require(hubei.files.first { $0.document == "deregistration-form" }).path), encoding: .utf8)
        #expect(form.contains("shop-example.com.cn"), "domains split on ;")
        #expect(errors.map(\.line) == [5])
        #expect(Set(errors[0].diagnostics.map(\.path)) == ["subject.certificate.number", "subject.owner.mobile"])
    }

    @Test func unusableArgumentsExitTwo() throws {
        let out = try Self.scratch()
        #expect(try CLI.run(["batch", "batch-mixed.jsonl", "--documents", "tax-form", "-o", out.path]).status == 2)
        #expect(try CLI.run(["batch", "missing.jsonl", "--documents", "deregistration-form", "-o", out.path]).status == 2)
        #expect(try CLI.run(["batch", "batch-mixed.jsonl", "--documents", "deregistration-form", "--jobs", "0", "-o", out.path]).status == 2)
    }
}

@testable import BeianKit
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

    /// `--carrier MOBILE=NAME` reaches every record's messages, read as `requests.carrier` is.
    @Test func carrierOptionReachesTheMessages() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.directory.appending(path: "hubei-filing.json")))
        let input = out.appending(path: "input.jsonl")
        try (JSONSerialization.data(withJSONObject: record) + Data("\n".utf8)).write(to: input)
        let arguments = ["batch", input.path, "--documents", "hubei-sms", "--provider", "001", "--date", "2026-11-22", "-o", out.path]
        let result = try CLI.run(arguments + ["--carrier", "13812345678=中国电信"])
        #expect(result.status == 0, "\(result.stderr)")
        let file = try #require(Self.manifest(out).first?.files.first)
        let csv = try String(contentsOf: out.appending(path: file.path), encoding: .utf8)
        let rows = csv.split(separator: "\n").filter { $0.contains(",13812345678,") }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains(",china-telecom,10690738140694920,") }, "\(csv)")

        let refused = try CLI.run(arguments + ["--carrier", "12345=中国电信"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--carrier[0].12345"), "\(refused.stderr)")
    }

    @Test func mixedInputAccountsForEveryRecord() throws {
        let out = try Self.scratch()
        let result = try CLI.run([
            "batch", "batch-mixed.jsonl", "--documents", "deregistration-form,hubei-sms",
            "--provider", "001", "--date", "2026-11-22", "-o", out.path,
        ])
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
        #expect(syntax.diagnostics.first?.message.contains("line 6, column") == true, "positions count in the file")
        let invalid = try #require(errors.first { $0.line == 10 })
        let paths = Set(invalid.diagnostics.map(\.path))
        #expect(paths.isSuperset(of: ["subject.certificate.number", "subject.owner.mobile", "websites[0].filingNumber"]))
        // Documents that do not apply are skipped and said so, not failed.
        let skippedSMS = manifest.filter { $0.skipped.contains { $0.document == "hubei-sms" } }
        #expect(!skippedSMS.isEmpty)
        for line in manifest {
            for file in line.files {
                let data = try Data(contentsOf: out.appending(path: file.path))
                #expect(FileChecksum.sha256Hex(data) == file.sha256 && data.count == file.bytes, "\(file.path) matches its manifest line")
            }
        }
        #expect(result.stderr.contains("failed"))
    }

    /// The complete lines of a JSON Lines file (a last line cut off by a kill left out).
    static func completeLines(_ url: URL) -> [Substring] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast()  // after the last newline: empty, or a line cut off
        return lines
    }

    /// Polls `condition` every 2 ms until it holds or `seconds` pass; true when it held.
    static func poll(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(2_000)
        }
        return condition()
    }

    @Test(.timeLimit(.minutes(10))) func resumeAfterKillsAtSeveralPointsCompletesTheBatchExactlyLikeACleanRun() throws {
        let folder = try Self.scratch()
        let count = 1200
        let input = try Self.generated(count, into: folder)
        let clean = folder.appending(path: "clean"), killed = folder.appending(path: "killed")
        let arguments = ["--documents", "deregistration-form,hubei-sms", "--date", "2026-11-22", "--jobs", "2", "--provider", "001"]
        #expect(try CLI.run(["batch", input.path, "-o", clean.path] + arguments).status == 0)
        let cleanFiles = try Self.outputs(clean)
        let cleanLines = Set(Self.completeLines(clean.appending(path: "manifest.jsonl")))
        #expect(cleanLines.count == count)

        let executable = try #require(CLI.executable)
        let manifestURL = killed.appending(path: "manifest.jsonl")
        // Where each run is killed: as soon as it starts, halfway, and near the end (by the
        // manifest's line count, polled, so a loaded machine only makes the runs slower).
        let points: [(name: String, lines: Int?)] = [("at start", nil), ("mid-run", count / 2), ("near the end", count - 60)]
        for (attempt, point) in points.enumerated() {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["batch", input.path, "-o", killed.path] + arguments + (attempt > 0 ? ["--resume"] : [])
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            if let lines = point.lines {
                let reached = Self.poll(seconds: 300) { !process.isRunning || Self.completeLines(manifestURL).count >= lines }
                #expect(reached, "\(point.name): the run reached \(lines) records")
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let done = Self.completeLines(manifestURL)
            print(
                "batch killed \(point.name): \(done.count) of \(count) records in the manifest, "
                    + (process.terminationReason == .uncaughtSignal ? "killed by SIGKILL" : "had already finished"))
            if attempt < 2 {
                #expect(process.terminationReason == .uncaughtSignal, "\(point.name): the run was still going when killed")
                #expect(done.count < count)
            }
            if attempt == 0 { #expect(done.isEmpty, "killed before any record") }
            // What a kill leaves: manifest lines each identical to a clean run's, and every
            // visible document complete (a half-written one only under a hidden temporary name).
            #expect(done.allSatisfy { cleanLines.contains($0) }, "\(point.name): every complete manifest line is a clean run's")
            for (name, data) in (try? Self.outputs(killed)) ?? [:] {
                #expect(cleanFiles[name] == data, "\(point.name): \(name) is visible but not complete")
            }
        }
        let resumed = try CLI.run(["batch", input.path, "-o", killed.path, "--resume"] + arguments)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let manifest = try Self.manifest(killed)
        #expect(manifest.count == count && Set(manifest.map(\.line)).count == count, "every record exactly once")
        #expect(try Self.errors(killed).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: killed.path).filter { $0.hasPrefix(".") }.isEmpty, "no temporary file left")
        let actual = try Self.outputs(killed)
        #expect(cleanFiles.keys.sorted() == actual.keys.sorted())
        #expect(cleanFiles == actual, "byte for byte the files of a clean run")
        let cleanManifest = try String(contentsOf: clean.appending(path: "manifest.jsonl"), encoding: .utf8)
        let resumedManifest = try String(contentsOf: killed.appending(path: "manifest.jsonl"), encoding: .utf8)
        #expect(cleanManifest == resumedManifest, "the same manifest, in input order")
        #expect(
            try String(contentsOf: clean.appending(path: "errors.jsonl"), encoding: .utf8)
                == String(contentsOf: killed.appending(path: "errors.jsonl"), encoding: .utf8))
    }

    @Test func shardsCoverTheInputExactlyOnce() throws {
        let folder = try Self.scratch()
        let input = try Self.generated(100, into: folder)
        var seen: [Int] = []
        for shard in 1...3 {
            let out = folder.appending(path: "shard-\(shard)")
            let result = try CLI.run([
                "batch", input.path, "--documents", "deregistration-form", "--shard", "\(shard)/3",
                "--format", "text", "-o", out.path,
            ])
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
        let result = try CLI.run([
            "batch", "batch-chinese-headers.csv", "--documents", "deregistration-form,shandong-mail,hubei-sms",
            "--provider", "001", "--date", "2026-11-22", "--format", "text", "-o", out.path,
        ])
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

import BeianKit
import Foundation

/// The output folder of a batch: generated files, `manifest.jsonl` (one line per record that
/// succeeded, with each file's SHA-256) and `errors.jsonl` (one line per record that failed).
/// Files are written under a temporary name and renamed, and a record's manifest line is
/// written only after its files, so a killed run leaves no half file and no false manifest line.
final class BatchOutputFolder {
    struct ManifestLine: Codable {
        struct File: Codable {
            var document: String
            var path: String
            var sha256: String
            var bytes: Int
        }

        var line: Int
        var id: String?
        var subjectFilingNumber: String?
        var files: [File]
        var skipped: [BatchResult.Skip]
        var warnings: [Diagnostic]
    }

    struct ErrorLine: Codable {
        var line: Int
        var id: String?
        var websiteLines: [Int]?
        var diagnostics: [Diagnostic]
    }

    let url: URL
    private let path: String
    private var manifest: FileHandle
    private var errors: FileHandle
    private let encoder: JSONEncoder
    /// Hashes of the file names written, to catch two records producing the same file. Hashes
    /// keep memory small on large runs; a collision of 64-bit hashes is not a practical concern.
    private var written = Set<Int>()
    private(set) var succeeded = 0
    private(set) var failed = 0
    private(set) var filesWritten = 0

    /// Opens the folder. With `resume`, keeps the manifest lines whose files are all present
    /// with their recorded checksum, and the error lines, and returns the lines of those
    /// records as `completed`; without it, starts both lists afresh.
    init(_ path: String, resume: Bool) throws(Failure) {
        let url = URL(fileURLWithPath: path, isDirectory: true)
        self.url = url
        self.path = url.path
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let manifestURL = url.appendingPathComponent("manifest.jsonl")
        let errorsURL = url.appendingPathComponent("errors.jsonl")
        var keptManifest = Data()
        var keptErrors = Data()
        var completed = Set<Int>()
        var written = Set<Int>()
        var succeeded = 0
        var failed = 0
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            if resume {
                // Temporary files of a killed run were never renamed into place: drop them.
                for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
                where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                    try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
                }
                let decoder = JSONDecoder()
                for line in Self.lines(of: manifestURL) {
                    guard let entry = try? decoder.decode(ManifestLine.self, from: line),
                          entry.files.allSatisfy({ Self.verify($0, in: url) })
                    else { continue }
                    keptManifest += line + Data("\n".utf8)
                    completed.insert(entry.line)
                    entry.files.forEach { written.insert($0.path.hashValue) }
                    succeeded += 1
                }
                for line in Self.lines(of: errorsURL) {
                    guard let entry = try? decoder.decode(ErrorLine.self, from: line) else { continue }
                    keptErrors += line + Data("\n".utf8)
                    completed.insert(entry.line)
                    failed += 1
                }
            }
            try keptManifest.write(to: manifestURL, options: .atomic)
            try keptErrors.write(to: errorsURL, options: .atomic)
            manifest = try FileHandle(forWritingTo: manifestURL)
            errors = try FileHandle(forWritingTo: errorsURL)
            try manifest.seekToEnd()
            try errors.seekToEnd()
        } catch {
            Terminal.error("error: cannot prepare the output folder \(path): \(error.localizedDescription)")
            throw .usage
        }
        self.completed = completed
        self.written = written
        self.succeeded = succeeded
        self.failed = failed
    }

    /// The lines of records a resumed run does not redo.
    let completed: Set<Int>

    deinit {
        try? manifest.close()
        try? errors.close()
    }

    /// Records one result: its files and manifest line, or its error line.
    func record(_ result: BatchResult) throws(Failure) {
        var result = result
        if !result.failed, let duplicate = result.files.first(where: { written.contains($0.name.hashValue) }) {
            result.diagnostics.append(Diagnostic(.error, FieldPath.root, code: "batch.duplicate-file",
                "another record of this run already wrote \(duplicate.name): the input holds the same filing twice",
                hint: "remove the repeated record, or give each document request its own run",
                arguments: ["file": duplicate.name]))
        }
        do {
            if result.failed {
                let entry = ErrorLine(line: result.line, id: result.id, websiteLines: result.websiteLines.isEmpty ? nil : result.websiteLines,
                                      diagnostics: result.diagnostics.localized(in: Language.ofThisRun))
                try errors.write(contentsOf: try encoder.encode(entry) + Data("\n".utf8))
                failed += 1
                return
            }
            var files: [ManifestLine.File] = []
            for file in result.files {
                try write(file.data, named: file.name)
                written.insert(file.name.hashValue)
                files.append(.init(document: file.document, path: file.name, sha256: SHA256.hex(file.data), bytes: file.data.count))
            }
            let entry = ManifestLine(line: result.line, id: result.id, subjectFilingNumber: result.subjectFilingNumber, files: files,
                                     skipped: result.skipped, warnings: result.diagnostics.localized(in: Language.ofThisRun))
            try manifest.write(contentsOf: try entry.jsonLine(fallback: encoder))
            succeeded += 1
            filesWritten += files.count
        } catch {
            Terminal.error("error: cannot write into \(url.path): \(error.localizedDescription)")
            throw .usage
        }
    }

    private func write(_ data: Data, named name: String) throws {
        try AtomicFile.write(data, named: name, in: path)
    }

    private static func verify(_ file: ManifestLine.File, in folder: URL) -> Bool {
        guard !file.path.contains("/"), let data = try? Data(contentsOf: folder.appendingPathComponent(file.path)) else { return false }
        return data.count == file.bytes && SHA256.hex(data) == file.sha256
    }

    /// The complete lines of a JSON Lines file; a final line cut off by a kill is left out.
    private static func lines(of url: URL) -> [Data] {
        guard let data = try? Data(contentsOf: url) else { return [] }
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: true).map { Data($0) }
        if data.last != 0x0A, !lines.isEmpty { lines.removeLast() }
        return lines
    }
}

import Foundation

/// The output folder of a batch: generated files, `manifest.jsonl` (one line per record that
/// succeeded, with each file's SHA-256) and `errors.jsonl` (one line per record that failed).
/// Files are written under a temporary name and renamed, and a record's manifest line is
/// written only after its files, so a killed run leaves no half file and no false manifest line.
/// Used by one task at a time (the one running the batch).
final class BatchOutputFolder {
    let url: URL
    let manifestURL: URL
    let errorsURL: URL
    private let path: String
    private let manifest: FileHandle
    private let errors: FileHandle
    private let encoder: JSONEncoder
    /// Hashes of the file names written, to catch two records producing the same file. Hashes
    /// keep memory small on large runs; a collision of 64-bit hashes is not a practical concern.
    private var written = Set<Int>()
    /// The lines of records a resumed run does not redo.
    let completed: Set<Int>
    /// The language of the messages written into the lists.
    let language: Language
    private(set) var succeeded = 0
    private(set) var failed = 0
    private(set) var filesWritten = 0

    /// Opens the folder, creating it when missing. With `resume`, keeps the manifest lines whose
    /// files are all present with their recorded size and checksum, and the error lines, and
    /// lists those records' lines in `completed`; without it, starts both lists afresh.
    init(_ url: URL, resume: Bool, language: Language = .english) throws(BatchOutputError) {
        self.url = url
        self.language = language
        path = url.path
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        manifestURL = url.appendingPathComponent("manifest.jsonl")
        errorsURL = url.appendingPathComponent("errors.jsonl")
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
                for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where AtomicFile.isLeftover(name) {
                    try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
                }
                let decoder = JSONDecoder()
                for line in Self.lines(of: manifestURL) {
                    guard let entry = try? decoder.decode(BatchManifestLine.self, from: line),
                        entry.files.allSatisfy({ Self.verify($0, in: url) })
                    else { continue }
                    keptManifest += line + Data("\n".utf8)
                    completed.insert(entry.line)
                    entry.files.forEach { written.insert($0.path.hashValue) }
                    succeeded += 1
                }
                for line in Self.lines(of: errorsURL) {
                    guard let entry = try? decoder.decode(BatchErrorLine.self, from: line) else { continue }
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
            throw .cannotPrepare(folder: url.path, reason: error.localizedDescription)
        }
        self.completed = completed
        self.written = written
        self.succeeded = succeeded
        self.failed = failed
    }

    deinit {
        try? manifest.close()
        try? errors.close()
    }

    /// Records one result: its files and manifest line, or its error line.
    func record(_ result: BatchResult) throws(BatchOutputError) {
        var result = result
        if !result.failed, let duplicate = result.files.first(where: { written.contains($0.name.hashValue) }) {
            result.diagnostics.append(
                Diagnostic(
                    .error, FieldPath.root, code: "batch.duplicate-file",
                    "another record of this run already wrote \(duplicate.name): the input holds the same filing twice",
                    hint: "remove the repeated record, or give each document request its own run",
                    arguments: ["file": duplicate.name]))
        }
        do {
            if result.failed {
                var entry = result.errorLine
                entry.diagnostics = result.diagnostics.localized(in: language)
                try errors.write(contentsOf: try encoder.encode(entry) + Data("\n".utf8))
                failed += 1
                return
            }
            for file in result.files {
                try AtomicFile.write(file.data, named: file.name, in: path)
                written.insert(file.name.hashValue)
            }
            var entry = result.manifestLine
            entry.warnings = result.diagnostics.localized(in: language)
            try manifest.write(contentsOf: try entry.jsonLine(fallback: encoder))
            succeeded += 1
            filesWritten += result.files.count
        } catch {
            throw .cannotWrite(folder: url.path, reason: error.localizedDescription)
        }
    }

    private static func verify(_ file: BatchManifestLine.File, in folder: URL) -> Bool {
        guard !file.path.contains("/"), let data = try? Data(contentsOf: folder.appendingPathComponent(file.path)) else { return false }
        return data.count == file.bytes && FileChecksum.sha256Hex(data) == file.sha256
    }

    /// The complete lines of a JSON Lines file; a final line cut off by a kill is left out.
    private static func lines(of url: URL) -> [Data] {
        guard let data = try? Data(contentsOf: url) else { return [] }
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: true).map { Data($0) }
        if data.last != 0x0A, !lines.isEmpty { lines.removeLast() }
        return lines
    }
}

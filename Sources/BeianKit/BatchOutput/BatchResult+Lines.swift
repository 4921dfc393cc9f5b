import Foundation

extension BatchResult {
    /// The record's line in `manifest.jsonl`: its files by name with their SHA-256 and size, what
    /// was skipped and why, and its warnings. For a record that did not fail.
    public var manifestLine: BatchManifestLine {
        let files = self.files.map { file in
            BatchManifestLine.File(document: file.document, path: file.name, sha256: FileChecksum.sha256Hex(file.data), bytes: file.data.count)
        }
        return BatchManifestLine(line: line, id: id, subjectFilingNumber: subjectFilingNumber, files: files, skipped: skipped, warnings: diagnostics)
    }

    /// The record's line in `errors.jsonl`: every problem, for a record that failed.
    public var errorLine: BatchErrorLine {
        BatchErrorLine(line: line, id: id, websiteLines: websiteLines.isEmpty ? nil : websiteLines, diagnostics: diagnostics)
    }
}

/// The encoder of batch lines: sorted keys, unescaped slashes, as `batch` writes its folder.
enum BatchLineEncoder {
    static func make() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension BatchManifestLine {
    /// The line's bytes as `manifest.jsonl` holds them, newline included.
    public func jsonLine() throws -> Data {
        try jsonLine(fallback: BatchLineEncoder.make())
    }
}

extension BatchErrorLine {
    /// The line's bytes as `errors.jsonl` holds them, newline included.
    public func jsonLine() throws -> Data {
        try BatchLineEncoder.make().encode(self) + Data("\n".utf8)
    }
}

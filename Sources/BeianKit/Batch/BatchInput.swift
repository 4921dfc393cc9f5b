import Foundation

/// The records of a batch input file, read lazily: JSON Lines (one filing per line) or CSV (one
/// row per website, rows of a subject together).
public struct BatchInput: Sequence, Sendable {
    /// The input's format.
    public enum Format: String, Sendable {
        case jsonLines = "jsonl"
        case csv
    }

    /// The file.
    public var url: URL
    /// Its format.
    public var format: Format

    /// An input; the format follows the extension (`.csv` is CSV, anything else JSON Lines).
    public init(url: URL, format: Format? = nil) {
        self.url = url
        self.format = format ?? (url.pathExtension.lowercased() == "csv" ? .csv : .jsonLines)
    }

    public func makeIterator() -> AnyIterator<BatchRecord> {
        guard let reader = try? LineReader(url: url, crEndsLines: format == .csv) else {
            var done = false
            return AnyIterator {
                defer { done = true }
                return done ? nil : BatchRecord(line: 0, index: 0, json: nil, diagnostics: [
                    Diagnostic(.error, FieldPath.root, code: "batch.unreadable", "cannot read \(url.path)",
                               arguments: ["file": url.path]),
                ])
            }
        }
        switch format {
        case .jsonLines: return AnyIterator(JSONLinesRecords(reader: reader))
        case .csv: return AnyIterator(CSVRecords(reader: reader))
        }
    }
}

/// One record per non-blank line.
struct JSONLinesRecords: IteratorProtocol {
    let reader: LineReader
    var index = 0

    mutating func next() -> BatchRecord? {
        while let line = reader.next() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            defer { index += 1 }
            do {
                return BatchRecord(line: reader.lineNumber, index: index, json: try JSONValue(parsing: line))
            } catch {
                return BatchRecord(line: reader.lineNumber, index: index, json: nil,
                                   diagnostics: [JSONSyntax.diagnostic(for: error, data: line, firstLine: reader.lineNumber)])
            }
        }
        return nil
    }
}

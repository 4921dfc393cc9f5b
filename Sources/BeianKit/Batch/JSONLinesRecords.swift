import Foundation

/// A reader of records from lines, which a stream can retry once more lines are in.
protocol LineRecordParser {
    associatedtype Source: LineSource
    var source: Source { get set }
    mutating func next() -> BatchRecord?
}

/// One record per non-blank line.
struct JSONLinesRecords<Source: LineSource>: IteratorProtocol, LineRecordParser {
    var source: Source
    var index = 0

    mutating func next() -> BatchRecord? {
        while let (number, line) = source.nextLine() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            defer { index += 1 }
            do {
                return BatchRecord(line: number, index: index, json: try JSONValue(parsing: line))
            } catch {
                return BatchRecord(
                    line: number, index: index, json: nil,
                    diagnostics: [JSONSyntax.diagnostic(for: error, data: line, firstLine: number)])
            }
        }
        return nil
    }
}

extension CSVRecords: LineRecordParser {}

import Foundation

/// The records of a batch input, read lazily: JSON Lines (one filing per line) or CSV (one row
/// per website, rows of a subject together), from a file, from bytes in memory, or from an
/// asynchronous stream of byte chunks (a request body). Lines are counted in the whole input,
/// whichever way it arrives.
public struct BatchInput: AsyncSequence, Sendable {
    /// One record of the input, in file order.
    public typealias Element = BatchRecord

    /// The input's format.
    public enum Format: String, Sendable {
        /// One filing record (a JSON object) per line.
        case jsonLines = "jsonl"
        /// One row per website, the subject's columns repeated; English or Chinese headers.
        case csv
    }

    /// The file, when the input is one.
    public var url: URL? { file }
    /// Its format.
    public var format: Format
    private let file: URL?
    /// Opens the input for one reading.
    private let open: @Sendable (Format) -> RecordPull

    /// An input file; the format follows the extension (`.csv` is CSV, anything else JSON Lines).
    public init(url: URL, format: Format? = nil) {
        file = url
        self.format = format ?? (url.pathExtension.lowercased() == "csv" ? .csv : .jsonLines)
        open = { format in
            guard let reader = try? LineReader(url: url, crEndsLines: format == .csv) else {
                return RecordPull.single(
                    BatchRecord(
                        line: 0, index: 0, json: nil,
                        diagnostics: [
                            Diagnostic(
                                .error, FieldPath.root, code: "batch.unreadable", "cannot read \(url.path)",
                                arguments: ["file": url.path])
                        ]))
            }
            return RecordPull.reading(reader, as: format)
        }
    }

    /// The whole input in memory.
    public init(data: Data, format: Format) {
        file = nil
        self.format = format
        open = { format in RecordPull.reading(LineReader(data: data, crEndsLines: format == .csv), as: format) }
    }

    /// An input arriving in chunks of bytes, read as they come: a record is read once its last
    /// line is in, so memory holds about one record however long the stream. A stream can be
    /// read once: iterate such an input (or run a batch over it) once. A stream that throws ends
    /// the input with a record failed with `batch.unreadable`.
    public init<Chunks: AsyncSequence & Sendable>(chunks: Chunks, format: Format) where Chunks.Element == Data {
        file = nil
        self.format = format
        open = { format in
            switch format {
            case .jsonLines:
                let reader = StreamedRecords(chunks: chunks, crEndsLines: false, parser: JSONLinesRecords(source: BufferedLines()))
                return RecordPull { await reader.next() }
            case .csv:
                let reader = StreamedRecords(chunks: chunks, crEndsLines: true, parser: CSVRecords(source: BufferedLines()))
                return RecordPull { await reader.next() }
            }
        }
    }

    /// Opens the input for one reading.
    func records() -> RecordPull { open(format) }

    public func makeAsyncIterator() -> Iterator { Iterator(pull: records()) }

    /// Reads the records one by one.
    public struct Iterator: AsyncIteratorProtocol {
        let pull: RecordPull

        public mutating func next() async -> BatchRecord? { await pull.next() }
    }
}

/// Where a batch takes its next record from, however the input arrives.
struct RecordPull {
    let next: () async -> BatchRecord?

    /// Records of an input read synchronously (a file, bytes in memory).
    static func reading(_ reader: LineReader, as format: BatchInput.Format) -> RecordPull {
        let records: AnyIterator<BatchRecord> =
            switch format {
            case .jsonLines: AnyIterator(JSONLinesRecords(source: reader))
            case .csv: AnyIterator(CSVRecords(source: reader))
            }
        return RecordPull { records.next() }
    }

    /// A sequence's records.
    static func iterating(_ sequence: some Sequence<BatchRecord>) -> RecordPull {
        let records = AnyIterator(sequence.makeIterator())
        return RecordPull { records.next() }
    }

    /// One record alone.
    static func single(_ record: BatchRecord) -> RecordPull { iterating([record]) }
}

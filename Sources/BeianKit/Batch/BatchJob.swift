/// What a batch does with every record.
public struct BatchJob: Sendable {
    /// The documents to generate for each record; those that do not apply are skipped.
    public var documents: [BatchDocument]
    /// The file format of documents.
    public var format: DocumentFormat
    /// Parameters for every record (the command line's); each record's `requests` override them.
    public var requests: DocumentRequests
    /// How records are checked.
    public var validation: ValidationOptions
    /// The fonts PDF documents are set in; `nil` for the system's (``PDFFonts/system``).
    public var fonts: PDFFonts?

    /// Creates a job.
    public init(
        documents: [BatchDocument], format: DocumentFormat = .docx, requests: DocumentRequests = .init(),
        validation: ValidationOptions = .init(), fonts: PDFFonts? = nil
    ) {
        self.fonts = fonts
        self.documents = documents
        self.format = format
        self.requests = requests
        self.validation = validation
    }
}

/// A deterministic part of the input: record `index` (0-based, in input order) belongs to shard
/// `index % count + 1`. N machines given `1/N` … `N/N` together cover the input exactly once.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// This shard's number, from 1 to `count`.
    public var number: Int
    /// How many shards share the input.
    public var count: Int

    /// Reads `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let number = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(number) else { return nil }
        self.number = number
        self.count = count
    }

    /// Whether the record at `index` belongs to this shard.
    public func contains(_ index: Int) -> Bool { index % count == number - 1 }

    public var description: String { "\(number)/\(count)" }
}

/// One line of a batch folder's `manifest.jsonl`: a record that succeeded, with each file it
/// wrote, that file's size and SHA-256, and the documents that did not apply to it.
public struct BatchManifestLine: Codable, Sendable, Hashable {
    /// One file written for the record.
    public struct File: Codable, Sendable, Hashable {
        /// The document it holds (`deregistration-form`, `hubei-sms`…).
        public var document: String
        /// Its name inside the folder.
        public var path: String
        /// Its SHA-256, 64 lower-case hexadecimal digits.
        public var sha256: String
        /// Its size in bytes.
        public var bytes: Int
    }

    /// The input line the record starts on.
    public var line: Int
    /// The record's id, when it has one.
    public var id: String?
    /// The subject's filing number.
    public var subjectFilingNumber: String?
    /// The files written.
    public var files: [File]
    /// The documents that did not apply.
    public var skipped: [BatchResult.Skip]
    /// Warnings and notes about the record.
    public var warnings: [Diagnostic]
}

/// One line of a batch folder's `errors.jsonl`: a record that failed, with every problem.
public struct BatchErrorLine: Codable, Sendable, Hashable {
    /// The input line the record starts on.
    public var line: Int
    /// The record's id, when it has one.
    public var id: String?
    /// For CSV input, the line of each website's row.
    public var websiteLines: [Int]?
    /// Every diagnostic; at least one is an error.
    public var diagnostics: [Diagnostic]
}

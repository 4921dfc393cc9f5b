import Foundation

/// What a batch made of one record: its files (in memory), the documents that did not apply,
/// and its diagnostics. A record either succeeds whole or fails whole.
public struct BatchResult: Sendable {
    /// One generated file.
    public struct File: Sendable {
        /// The document it holds (`deregistration-form`, `hubei-sms`…).
        public var document: String
        /// Its file name, derived from the filing number.
        public var name: String
        /// Its bytes.
        public var data: Data
    }

    /// A requested document that does not apply to this record.
    public struct Skip: Sendable, Codable, Hashable {
        /// The document.
        public var document: String
        /// Why it does not apply.
        public var reason: String
    }

    /// The line the record starts on.
    public var line: Int
    /// Its position among the input's records (0-based).
    public var index: Int
    /// The record's id, when it has one.
    public var id: String?
    /// The subject number, when the record could be read.
    public var subjectFilingNumber: String?
    /// For CSV input, the line of each website's row.
    public var websiteLines: [Int]
    /// The files, empty when the record failed.
    public var files: [File]
    /// The documents skipped because they do not apply.
    public var skipped: [Skip]
    /// Every diagnostic; errors mean the record failed.
    public var diagnostics: [Diagnostic]

    /// Whether the record failed.
    public var failed: Bool { diagnostics.hasErrors }
}

import Foundation

/// How a batch runs into a folder (`BeianEngine.runBatch(_:job:into:options:progress:)`).
public struct BatchRunOptions: Sendable, Hashable {
    /// Chunks of records in work at once; `nil` means one per core.
    public var jobs: Int?
    /// Only this deterministic part of the records, when set.
    public var shard: Shard?
    /// Keep what an earlier run into the same folder completed (files present with their
    /// recorded size and checksum, and failed records) and do only the rest.
    public var resume: Bool
    /// The language of the messages and hints in `errors.jsonl` and the manifest's warnings;
    /// codes and paths are the same in every language.
    public var language: Language

    /// Creates options; by default every core, every record, a fresh folder, English messages.
    public init(jobs: Int? = nil, shard: Shard? = nil, resume: Bool = false, language: Language = .english) {
        self.jobs = jobs
        self.shard = shard
        self.resume = resume
        self.language = language
    }
}

/// Where a batch run stands, reported after each record.
public struct BatchProgress: Sendable, Hashable {
    /// Records processed by this run.
    public var processed: Int
    /// Records an earlier run had completed, which this run leaves alone.
    public var alreadyComplete: Int
    /// Records in the manifest, earlier runs' included.
    public var succeeded: Int
    /// Records in the error list, earlier runs' included.
    public var failed: Int
    /// Files this run wrote.
    public var filesWritten: Int
}

/// What a finished batch run did, and where its lists are.
public struct BatchRunSummary: Sendable, Hashable {
    /// The counts at the end.
    public var progress: BatchProgress
    /// `manifest.jsonl`: one line per record that succeeded.
    public var manifest: URL
    /// `errors.jsonl`: one line per record that failed.
    public var errors: URL
}

/// Why a batch run into a folder stopped. A bad record is no such reason: it goes to
/// `errors.jsonl` and the run goes on.
public enum BatchOutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The folder could not be created, or its lists opened.
    case cannotPrepare(folder: String, reason: String)
    /// A file or a list line could not be written.
    case cannotWrite(folder: String, reason: String)
    /// The task running the batch was cancelled. Everything recorded so far is complete and
    /// consistent: a run with `resume` goes on from there.
    case cancelled(BatchProgress)

    public var description: String {
        switch self {
        case .cannotPrepare(let folder, let reason): "cannot prepare the output folder \(folder): \(reason)"
        case .cannotWrite(let folder, let reason): "cannot write into \(folder): \(reason)"
        case .cancelled(let progress): "the batch was cancelled after \(progress.processed) record(s); resume to finish it"
        }
    }
}

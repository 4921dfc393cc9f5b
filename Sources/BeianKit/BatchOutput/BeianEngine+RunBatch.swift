import Foundation

extension BeianEngine {
    /// Runs a batch job into a folder: each record's files (written atomically), a line per
    /// record in `manifest.jsonl` (files with size and SHA-256) or `errors.jsonl` (every problem),
    /// in input order. `progress` is called after each record, on the calling task.
    ///
    /// Cancelling the calling task stops the run after the record in hand and throws
    /// `.cancelled`; the folder is then as a killed run leaves it, and a run with
    /// `options.resume` finishes it with the same bytes a single run would have written.
    @discardableResult
    public func runBatch(
        _ input: BatchInput, job: BatchJob, into folder: URL, options: BatchRunOptions = .init(),
        progress: (BatchProgress) -> Void = { _ in }
    ) async throws(BatchOutputError) -> BatchRunSummary {
        let output = try BatchOutputFolder(folder, resume: options.resume, language: options.language)
        var processed = 0
        func current() -> BatchProgress {
            BatchProgress(
                processed: processed, alreadyComplete: output.completed.count, succeeded: output.succeeded,
                failed: output.failed, filesWritten: output.filesWritten)
        }
        for await result in batch(input, job: job, jobs: options.jobs, shard: options.shard, skipping: output.completed) {
            // A result that arrives after cancellation was computed, but recording it would only
            // make the cancelled run's extent depend on timing.
            if Task.isCancelled { break }
            try output.record(result)
            processed += 1
            progress(current())
        }
        if Task.isCancelled { throw .cancelled(current()) }
        return BatchRunSummary(progress: current(), manifest: output.manifestURL, errors: output.errorsURL)
    }
}

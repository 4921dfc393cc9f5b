import Foundation

/// The results of a batch as an async sequence, in input order, with at most `jobs` chunks of
/// records in work at once: records are read only as results are consumed, so memory stays flat
/// however long the input, and a slow consumer slows the batch instead of piling up results.
public struct BatchResults: AsyncSequence, Sendable {
    /// One record's result, in input order.
    public typealias Element = BatchResult

    /// How many records one task processes. A task per record spent a fifth of a batch's time
    /// creating tasks and waking threads; a few dozen records per task make that negligible while
    /// keeping the window (and so memory) small.
    static let chunkSize = 32

    let records: @Sendable () -> RecordPull
    let processor: BatchProcessor
    let jobs: Int
    let shard: Shard?
    let skipping: Set<Int>

    public func makeAsyncIterator() -> Iterator {
        Iterator(records: records(), processor: processor, jobs: Swift.max(1, jobs), shard: shard, skipping: skipping)
    }

    /// Pulls records, keeps a window of running tasks over chunks of them, and hands results out
    /// in order.
    public struct Iterator: AsyncIteratorProtocol {
        let records: RecordPull
        let processor: BatchProcessor
        let jobs: Int
        let shard: Shard?
        let skipping: Set<Int>
        var running: [Task<[BatchResult], Never>] = []
        var ready: [BatchResult] = []
        var readyIndex = 0
        var exhausted = false

        init(records: RecordPull, processor: BatchProcessor, jobs: Int, shard: Shard?, skipping: Set<Int>) {
            self.records = records
            self.processor = processor
            self.jobs = jobs
            self.shard = shard
            self.skipping = skipping
        }

        public mutating func next() async -> BatchResult? {
            if readyIndex == ready.count {
                await refill()
                guard !running.isEmpty else { return nil }
                let first = running.removeFirst()
                if Task.isCancelled {
                    running.forEach { $0.cancel() }
                    running.removeAll()
                    exhausted = true
                }
                ready = await first.value
                readyIndex = 0
                // Start the next chunk now, so it runs while the consumer takes these results.
                await refill()
                guard !ready.isEmpty else { return nil }
            }
            defer { readyIndex += 1 }
            return ready[readyIndex]
        }

        /// Starts chunks until `jobs` are running or the records run out.
        private mutating func refill() async {
            while !exhausted, running.count < jobs {
                let chunk = await nextChunk()
                if chunk.isEmpty { break }
                let processor = self.processor
                running.append(Task { chunk.map(processor.process) })
            }
        }

        /// Up to `chunkSize` records of this shard that a resumed run has not completed yet.
        private mutating func nextChunk() async -> [BatchRecord] {
            var chunk: [BatchRecord] = []
            while chunk.count < BatchResults.chunkSize {
                guard let record = await records.next() else {
                    exhausted = true
                    break
                }
                if let shard, !shard.contains(record.index) { continue }
                if skipping.contains(record.line) { continue }
                chunk.append(record)
            }
            return chunk
        }
    }
}

extension BeianEngine {
    /// Runs a batch job over records, `jobs` at a time (default: every core), optionally over
    /// one shard of them and leaving out the records starting on the lines in `skipping` (those a
    /// resumed run already completed). Results come in input order; nothing is written to disk.
    public func batch(
        _ input: some Sequence<BatchRecord> & Sendable, job: BatchJob, jobs: Int? = nil, shard: Shard? = nil,
        skipping: Set<Int> = []
    ) -> BatchResults {
        BatchResults(
            records: { RecordPull.iterating(input) }, processor: BatchProcessor(engine: self, job: job),
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, shard: shard, skipping: skipping)
    }

    /// Runs a batch job over an input's records (a file, bytes, or a stream of chunks): as
    /// `batch(_:job:jobs:shard:skipping:)` over records, with lines counted in the whole input.
    public func batch(
        _ input: BatchInput, job: BatchJob, jobs: Int? = nil, shard: Shard? = nil,
        skipping: Set<Int> = []
    ) -> BatchResults {
        BatchResults(
            records: { input.records() }, processor: BatchProcessor(engine: self, job: job),
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, shard: shard, skipping: skipping)
    }
}

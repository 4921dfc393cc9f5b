import BeianKit
import Foundation
import Hummingbird

extension Handlers {
    /// The media types a batch body may have, and how each is read.
    static let batchMediaTypes: [String: BatchInput.Format] = [
        "application/jsonl": .jsonLines, "application/x-ndjson": .jsonLines, "application/x-jsonlines": .jsonLines,
        "text/csv": .csv,
    ]

    /// `POST /v1/batch?documents=…&format=…`: records streamed in (JSON Lines, or CSV as `batch`
    /// reads it), a ZIP streamed out with the files, `manifest.jsonl` and `errors.jsonl`, laid out
    /// as `batch -o DIR` lays out its folder. Records are read as they arrive and each file is
    /// sent as soon as it is made, so memory holds a window of records, not the body; the
    /// manifest and error lines are spooled to temporary files (``SpooledEntry``).
    ///
    /// Once the 200 is sent, a bad record is reported in `errors.jsonl`, never by the status. A
    /// body that fails or passes `--max-batch-body` midway ends the input with a failed record
    /// `batch.unreadable`, and the archive is still closed properly. Should the archive itself
    /// fail, the connection is dropped without the final chunk, so no client takes a cut-off ZIP
    /// for a whole one.
    func batch(_ request: Request) async throws -> Response {
        let accepted = Self.batchMediaTypes.keys.sorted()
        try BodyReader.checkMediaType(request, accepting: accepted, jsonFamily: false)
        let mediaType = BodyReader.mediaType(of: request)
        let inputFormat = Self.batchMediaTypes[mediaType] ?? .jsonLines

        let names = (request.uri.queryParameters.get("documents") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var documents: [BatchDocument] = []
        for name in names {
            guard let document = BatchDocument(name: name) else { throw Problem.badQuery("documents", name, allowed: BatchDocument.names) }
            if !documents.contains(document) { documents.append(document) }
        }
        guard !documents.isEmpty else { throw Problem.badQuery("documents", "", allowed: BatchDocument.names) }
        let formatName = request.uri.queryParameters.get("format") ?? DocumentFormat.docx.rawValue
        guard let format = DocumentFormat(rawValue: formatName) else {
            throw Problem.badQuery("format", formatName, allowed: DocumentFormat.allCases.map(\.rawValue))
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > batchLimit {
            throw BodyReader.tooLarge(batchLimit, option: "--max-batch-body")
        }

        let chunks = LimitedChunks(body: request.body, limit: batchLimit)
        let results = engine.batch(BatchInput(chunks: chunks, format: inputFormat), job: BatchJob(documents: documents, format: format), jobs: jobs)
        // The first result is awaited before the 200: a CSV whose header row is missing or names
        // no column of a record makes no record at all, so that is the request's error (422),
        // not an archive holding one line of errors.jsonl.
        let pending = PendingResults(results.makeAsyncIterator())
        if let first = await pending.peek(), first.failed, first.diagnostics.contains(where: { $0.code == "csv.header" }) {
            throw Problem.invalidInput(first.diagnostics, detail: "the CSV body has no usable header row, so it holds no records")
        }
        let headers: HTTPFields = [.contentType: "application/zip", .contentDisposition: #"attachment; filename="batch.zip""#]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                var archive = ZIPStream()
                let manifest = try SpooledEntry(), errors = try SpooledEntry(), directory = try SpooledEntry()
                // 128-bit keys of the names rather than the names: 16 bytes a file instead of
                // a heap string each. The hasher's seed is random per process, so no input can
                // be made to collide; by chance, two of a million names collide with odds
                // around 10⁻²⁷.
                var names: Set<FileNameKey> = [FileNameKey("manifest.jsonl"), FileNameKey("errors.jsonl")]
                while var result = await pending.next() {
                    if !result.failed, let duplicate = result.files.first(where: { names.contains(FileNameKey($0.name)) }) {
                        result.diagnostics.append(
                            Diagnostic(
                                .error, FieldPath.root, code: "batch.duplicate-file",
                                "another record of this batch already made \(duplicate.name): the input holds the same filing twice",
                                hint: "remove the repeated record"))
                    }
                    metrics.batchRecord(failed: result.failed)
                    if result.failed {
                        try errors.append(try result.errorLine.jsonLine())
                        continue
                    }
                    for file in result.files {
                        names.insert(FileNameKey(file.name))
                        try await writer.write(ByteBuffer(data: try archive.add(file.name, contents: file.data)))
                        if archive.pendingCentralDirectorySize >= 1 << 16 { try directory.append(archive.takeCentralDirectory()) }
                        metrics.documentMade(kind: file.document, format: Self.formatLabel(of: file, batchFormat: format))
                    }
                    try manifest.append(try result.manifestLine.jsonLine())
                }
                try await manifest.send(as: "manifest.jsonl", in: &archive, to: &writer)
                try await errors.send(as: "errors.jsonl", in: &archive, to: &writer)
                // The directory's spooled entries, then the rest of it and the end records.
                try await directory.sendContents(to: &writer)
                try await writer.write(ByteBuffer(data: archive.finish()))
                try await writer.finish(nil)
            })
    }
}

/// A file name of a batch archive as a 128-bit key, for the duplicate check: two hashes of the
/// name with different salts, from the standard library's per-process seeded hasher.
struct FileNameKey: Hashable {
    let low: Int
    let high: Int

    init(_ name: String) {
        var first = Hasher()
        first.combine(0)
        first.combine(name)
        var second = Hasher()
        second.combine(1)
        second.combine(name)
        low = first.finalize()
        high = second.finalize()
    }
}

/// A batch's results, whose first can be looked at before the response is sent and is then
/// handed out again. One request uses it, in order: the check, then the body writer.
final class PendingResults: @unchecked Sendable {
    private var iterator: BatchResults.Iterator
    private var peeked: BatchResult??

    init(_ iterator: BatchResults.Iterator) { self.iterator = iterator }

    /// The next result, left in place for ``next()``.
    func peek() async -> BatchResult? {
        if let peeked { return peeked }
        let result = await iterator.next()
        peeked = .some(result)
        return result
    }

    func next() async -> BatchResult? {
        if let peeked {
            self.peeked = nil
            return peeked
        }
        return await iterator.next()
    }
}

extension Handlers {
    /// The format a batch file is counted under: the batch's format for a document kind, the
    /// file's own extension for the Hubei messages (CSV) and a change plan (JSON).
    static func formatLabel(of file: BatchResult.File, batchFormat: DocumentFormat) -> String {
        DocumentKind(rawValue: file.document) != nil ? batchFormat.rawValue : URL(fileURLWithPath: file.name).pathExtension
    }
}

/// A request body as chunks of `Data`, failing once more than `limit` bytes have come: the batch
/// reader then ends the input with a failed record saying why.
struct LimitedChunks: AsyncSequence, Sendable {
    typealias Element = Data
    let body: RequestBody
    let limit: Int

    struct Overflow: Error, CustomStringConvertible {
        let limit: Int
        var description: String { "the body is larger than this server's limit of \(limit) bytes (--max-batch-body)" }
    }

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: RequestBody.AsyncIterator
        let limit: Int
        var received = 0

        mutating func next() async throws -> Data? {
            guard let buffer = try await base.next() else { return nil }
            received += buffer.readableBytes
            if received > limit { throw Overflow(limit: limit) }
            return Data(buffer: buffer)
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: body.makeAsyncIterator(), limit: limit) }
}

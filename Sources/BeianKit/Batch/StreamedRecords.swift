import Foundation

/// The complete lines of a stream received so far.
struct BufferedLines: LineSource {
    var lines: [(number: Int, data: Data)] = []
    var position = 0
    /// No line follows those in `lines`.
    var finished = false
    /// A reader asked past the lines received while more may come.
    private(set) var needsMore = false

    mutating func nextLine() -> (number: Int, data: Data)? {
        if position < lines.count {
            defer { position += 1 }
            return lines[position]
        }
        if !finished { needsMore = true }
        return nil
    }

    /// Forgets the lines read, once the record they made is final.
    mutating func dropRead() {
        lines.removeFirst(position)
        position = 0
        needsMore = false
    }
}

/// Records of a stream of byte chunks, read with the same readers as a file. A record is read
/// from the lines received so far; when its reader runs out of lines (a CSV subject's rows may
/// continue in the next chunk), the attempt is dropped, more chunks are awaited and the record
/// is read again from where it started. Readers keep large state out of what an attempt
/// changes (`CSVRecords` remembers subjects only once a record is final), so retrying costs
/// only the record's own lines.
final class StreamedRecords<Chunks: AsyncSequence, Parser: LineRecordParser> where Chunks.Element == Data, Parser.Source == BufferedLines {
    private var chunks: Chunks.AsyncIterator
    private let splitter: LineReader
    private var parser: Parser
    /// Why the stream stopped early, reported once as a failed record after the last one.
    private var failure: String?

    init(chunks: Chunks, crEndsLines: Bool, parser: Parser) {
        self.chunks = chunks.makeAsyncIterator()
        splitter = LineReader(crEndsLines: crEndsLines, pull: nil)
        self.parser = parser
    }

    func next() async -> BatchRecord? {
        while true {
            var attempt = parser
            let record = attempt.next()
            if attempt.source.needsMore {
                await receive()
                continue
            }
            parser = attempt
            parser.source.dropRead()
            if record == nil, let failure {
                self.failure = nil
                return BatchRecord(
                    line: splitter.lineNumber + 1, index: 0, json: nil,
                    diagnostics: [
                        Diagnostic(
                            .error, FieldPath.root, code: "batch.unreadable", "the input stream failed after line \(splitter.lineNumber): \(failure)",
                            hint: "the records before it were read; send the input again from there",
                            arguments: ["line": String(splitter.lineNumber), "detail": "\(failure)", "variant": "stream"])
                    ])
            }
            return record
        }
    }

    /// Takes the next chunk (or the stream's end) and moves its complete lines to the parser.
    private func receive() async {
        do {
            if let chunk = try await chunks.next() { splitter.feed(chunk) } else { splitter.finish() }
        } catch {
            failure = "\(error)"
            splitter.finish()
        }
        while let line = splitter.nextLine() { parser.source.lines.append(line) }
        if splitter.finished { parser.source.finished = true }
    }
}

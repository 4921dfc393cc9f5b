import Foundation

/// Where readers of line-based input (JSON Lines, CSV) take their lines from: each line's bytes
/// without its ending, and its number (1-based) in the whole input.
protocol LineSource {
    mutating func nextLine() -> (number: Int, data: Data)?
    /// Whether the last `nil` from `nextLine()` meant "not yet" rather than "no more": a
    /// reader must then not draw conclusions from the end it saw.
    var needsMore: Bool { get }
}

extension LineSource {
    var needsMore: Bool { false }
}

/// Splits bytes into lines, chunk by chunk, so memory stays flat whatever the input's size.
/// Lines end at LF; a CR before it is dropped; with `crEndsLines` (CSV, where old spreadsheet
/// programs end rows with a lone CR) a CR alone ends a line too. A UTF-8 byte-order mark at the
/// start is skipped.
///
/// It pulls chunks itself (a file, bytes in memory), or is fed them (`feed`, `finish`) by a
/// reader of an asynchronous stream; fed, `next()` returns `nil` when it needs more.
final class LineReader: LineSource {
    private let pull: (() -> Data?)?
    private let crEndsLines: Bool
    private var buffer = Data()
    private var position = 0
    /// Where the search for the next line end resumes: bytes before it hold none.
    private var searched = 0
    private(set) var finished = false
    private var first = true
    /// The number of the line `next()` returned last (1-based).
    private(set) var lineNumber = 0

    static let chunkSize = 1 << 16

    /// A reader that pulls chunks from `pull` until it returns `nil`.
    init(crEndsLines: Bool = false, pull: (() -> Data?)?) {
        self.crEndsLines = crEndsLines
        self.pull = pull
    }

    /// A file's lines, read a chunk at a time.
    convenience init(url: URL, crEndsLines: Bool = false) throws {
        let handle = try FileHandle(forReadingFrom: url)
        self.init(crEndsLines: crEndsLines) {
            let chunk = (try? handle.read(upToCount: Self.chunkSize)) ?? nil
            if chunk?.isEmpty ?? true { try? handle.close() }
            return chunk?.isEmpty == false ? chunk : nil
        }
    }

    /// The lines of bytes in memory.
    convenience init(data: Data, crEndsLines: Bool = false) {
        var remaining: Data? = data
        self.init(crEndsLines: crEndsLines) {
            defer { remaining = nil }
            return remaining
        }
    }

    /// Adds a chunk (fed mode).
    func feed(_ chunk: Data) {
        guard !chunk.isEmpty else { return }
        searched -= position
        buffer = Data(buffer[position...]) + chunk
        position = 0
    }

    /// Says no chunk follows (fed mode): the bytes after the last line ending are a last line.
    func finish() { finished = true }

    func nextLine() -> (number: Int, data: Data)? {
        next().map { (lineNumber, $0) }
    }

    /// The next line's bytes, without its line ending.
    func next() -> Data? {
        while true {
            if let end = lineEnd(from: max(position, searched)) {
                if buffer[end] == 0x0A {
                    var line = buffer[position..<end]
                    position = end + 1
                    if line.last == 0x0D { line = line.dropLast() }
                    return emit(Data(line))
                }
                // A CR: with LF after it one line end, alone a line end of its own; at the end
                // of the buffer, the next chunk decides.
                if end + 1 < buffer.count || finished {
                    let line = buffer[position..<end]
                    position = end + 1 < buffer.count && buffer[end + 1] == 0x0A ? end + 2 : end + 1
                    return emit(Data(line))
                }
                searched = end
            } else {
                searched = buffer.count
            }
            if finished {
                guard position < buffer.count else { return nil }
                var line = buffer[position...]
                position = buffer.count
                if line.last == 0x0D { line = line.dropLast() }
                return emit(Data(line))
            }
            guard let pull else { return nil }
            if let chunk = pull(), !chunk.isEmpty {
                feed(chunk)
            } else {
                finished = true
            }
        }
    }

    /// The offset of the first line-ending byte at or after `start`, if the buffer holds one.
    /// `buffer` always starts at index 0, so offsets are indices.
    private func lineEnd(from start: Int) -> Int? {
        let crEndsLines = crEndsLines
        return buffer.withUnsafeBytes { bytes -> Int? in
            guard start < bytes.count, let base = bytes.baseAddress else { return nil }
            if !crEndsLines {
                // Byte by byte through `Data` cost as much as parsing the line.
                guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
                return base.distance(to: UnsafeRawPointer(found))
            }
            for index in start..<bytes.count where bytes[index] == 0x0A || bytes[index] == 0x0D {
                return index
            }
            return nil
        }
    }

    private func emit(_ line: Data) -> Data {
        lineNumber += 1
        if first {
            first = false
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { return line.dropFirst(3) }
        }
        return line
    }
}

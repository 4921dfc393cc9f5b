import Foundation

/// Reads a file line by line in fixed-size chunks, so memory stays flat whatever the file's
/// size. Lines end at LF; a CR before it is dropped; a UTF-8 byte-order mark at the start is
/// skipped.
final class LineReader: IteratorProtocol {
    private let handle: FileHandle
    private var buffer = Data()
    private var position = 0
    private var finished = false
    private var first = true
    /// The number of the line `next()` returned last (1-based).
    private(set) var lineNumber = 0

    static let chunkSize = 1 << 16

    init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
    }

    deinit { try? handle.close() }

    /// The next line's bytes, without its line ending.
    func next() -> Data? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                var line = buffer[position..<newline]
                position = newline + 1
                if line.last == 0x0D { line = line.dropLast() }
                return emit(Data(line))
            }
            if finished {
                guard position < buffer.count else { return nil }
                var line = buffer[position...]
                position = buffer.count
                if line.last == 0x0D { line = line.dropLast() }
                return emit(Data(line))
            }
            let chunk = (try? handle.read(upToCount: Self.chunkSize)) ?? nil
            if let chunk, !chunk.isEmpty {
                buffer = Data(buffer[position...]) + chunk
                position = 0
            } else {
                finished = true
            }
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

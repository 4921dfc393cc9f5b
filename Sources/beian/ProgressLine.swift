import Foundation

/// A one-line progress report on a terminal (records done, records/s, ETA, failures); silent
/// when stderr is not a terminal, so logs and pipes stay clean.
struct ProgressLine {
    let enabled = isatty(STDERR_FILENO) == 1
    let total: Int?
    private let start = Date()
    private var lastDraw = Date.distantPast

    init(total: Int?) {
        self.total = total
    }

    mutating func update(done: Int, failed: Int, force: Bool = false) {
        guard enabled else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        var text = "\r\(done)"
        if let total { text += "/\(total)" }
        text += " records, \(String(format: "%.0f", rate)) records/s"
        if let total, rate > 0, done < total {
            text += ", ETA \(Int((Double(total - done) / rate).rounded()))s"
        }
        text += ", \(failed) failed   "
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }

    /// Counts the non-blank lines of a file cheaply, for the ETA of JSON Lines input.
    static func countRecords(in url: URL) -> Int? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        var count = 0
        var lineHasContent = false
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            for byte in chunk {
                if byte == 0x0A {
                    if lineHasContent { count += 1 }
                    lineHasContent = false
                } else if byte != 0x20, byte != 0x0D, byte != 0x09 {
                    lineHasContent = true
                }
            }
        }
        return count + (lineHasContent ? 1 : 0)
    }
}

import BeianKit
import Foundation
import Hummingbird

/// A file of the archive that grows with every record (`manifest.jsonl`, `errors.jsonl`), or
/// the archive's central directory, kept in a temporary file instead of memory so that a batch of any length holds a few chunks at a
/// time. Its size and CRC are counted as lines are added, so it is read once, when sent.
final class SpooledEntry {
    private let url: URL
    private let handle: FileHandle
    private var size = 0
    private var crc: UInt32 = 0

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("beian-serve-\(UUID().uuidString).jsonl")
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        handle = try FileHandle(forUpdating: url)
    }

    func append(_ data: Data) throws {
        try handle.write(contentsOf: data)
        size += data.count
        crc = ZIPStream.crc32(data, continuing: crc)
    }

    /// Sends the entry, stored uncompressed, as `path` in the archive.
    func send(as path: String, in archive: inout ZIPStream, to writer: inout any ResponseBodyWriter) async throws {
        try await writer.write(ByteBuffer(data: try archive.addStored(path, size: size, crc: crc)))
        try await sendContents(to: &writer)
    }

    /// Sends the bytes as they are, with no entry header: for the archive's central directory.
    func sendContents(to writer: inout any ResponseBodyWriter) async throws {
        try handle.seek(toOffset: 0)
        var sent = 0
        while sent < size, let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            try await writer.write(ByteBuffer(data: chunk))
            sent += chunk.count
        }
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }
}

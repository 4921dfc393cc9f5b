import Foundation

/// A ZIP archive written as it goes, for a response streamed to a client: each entry's bytes are
/// handed out as soon as it is added, and only the central directory (about 50 bytes an entry)
/// is kept until ``finish()``. Entries are compressed and stamped exactly as DOCX parts are
/// (``ZIPArchive``), so the same entries always give the same bytes.
public struct ZIPStream: Sendable {
    /// Why an archive cannot take another entry: plain ZIP (no ZIP64) holds at most 65,535
    /// entries and 4 GiB.
    public struct LimitExceeded: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    private var centralDirectory: [UInt8] = []
    private var offset = 0
    private var count = 0

    public init() {}

    /// The bytes of one entry (local header and compressed contents) to send now. `path` is
    /// `/`-separated ASCII.
    public mutating func add(_ path: String, contents: Data) throws(LimitExceeded) -> Data {
        let entry = ZIPArchive.Entry(path: path, contents: Array(contents))
        let size = 30 + entry.path.count + entry.data.count
        // The end record needs the central directory's offset and size in 32 bits too.
        guard count + 1 < Int(UInt16.max), entry.size < Int(UInt32.max),
              offset + size + centralDirectory.count + 46 + entry.path.count + 22 < Int(UInt32.max) else {
            throw LimitExceeded(description: "the archive would pass the ZIP limits of 65,535 entries and 4 GiB")
        }
        var local: [UInt8] = []
        local.reserveCapacity(size)
        local.append32(0x0403_4B50)  // local file header
        local.append16(entry.versionNeeded)
        ZIPArchive.appendCommonFields(of: entry, to: &local)
        local.append(contentsOf: entry.path)
        local.append(contentsOf: entry.data)

        centralDirectory.append32(0x0201_4B50)  // central directory header
        centralDirectory.append16(20)  // made by: MS-DOS attributes, version 2.0
        centralDirectory.append16(entry.versionNeeded)
        ZIPArchive.appendCommonFields(of: entry, to: &centralDirectory)
        centralDirectory.append16(0)  // comment length
        centralDirectory.append16(0)  // disk number
        centralDirectory.append16(0)  // internal attributes
        centralDirectory.append32(0)  // external attributes
        centralDirectory.append32(UInt32(offset))
        centralDirectory.append(contentsOf: entry.path)

        offset += local.count
        count += 1
        return Data(local)
    }

    /// The central directory and end record, which close the archive; add nothing after.
    public func finish() -> Data {
        var out = centralDirectory
        out.append32(0x0605_4B50)  // end of central directory
        out.append16(0)  // this disk
        out.append16(0)  // disk with the central directory
        out.append16(UInt16(count))
        out.append16(UInt16(count))
        out.append32(UInt32(centralDirectory.count))
        out.append32(UInt32(offset))
        out.append16(0)  // comment length
        return Data(out)
    }
}

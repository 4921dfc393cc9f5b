import CLibDeflate
import Foundation

/// A ZIP archive written as it goes, for a response streamed to a client: each entry's bytes are
/// handed out as soon as it is added, and only the central directory (about 50 bytes an entry)
/// is kept until ``finish()``. Entries are compressed and stamped exactly as DOCX parts are
/// (`ZIPArchive`), so the same entries always give the same bytes.
public struct ZIPStream: Sendable {
    /// Why an archive cannot take another entry: past 4 GiB its offsets would need ZIP64 extra
    /// fields, which this writer does not write. (More than 65,535 entries is fine: the end
    /// records then carry the count in ZIP64 form.)
    public struct LimitExceeded: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Central directory entries not yet taken by ``takeCentralDirectory()``.
    private var centralDirectory: [UInt8] = []
    /// Every central directory byte recorded so far, taken or not.
    private var centralDirectorySize = 0
    private var offset = 0
    private var count = 0

    public init() {}

    /// The bytes of one entry (local header and compressed contents) to send now. `path` is
    /// `/`-separated ASCII.
    public mutating func add(_ path: String, contents: Data) throws(LimitExceeded) -> Data {
        let entry = ZIPArchive.Entry(path: path, contents: Array(contents))
        var local = try header(path: entry.path, method: entry.method, crc: entry.crc, compressedSize: entry.data.count, size: entry.size)
        local.append(contentsOf: entry.data)
        return Data(local)
    }

    /// The local header of an entry stored uncompressed, whose `size` bytes with checksum `crc`
    /// (``crc32(_:continuing:)``) the caller sends right after it: for contents too large to
    /// hold, such as a long manifest spooled to a file and read twice.
    public mutating func addStored(_ path: String, size: Int, crc: UInt32) throws(LimitExceeded) -> Data {
        Data(try header(path: Array(path.utf8), method: 0, crc: crc, compressedSize: size, size: size))
    }

    /// The CRC-32 of `data` continuing from the checksum of the bytes before it (0 to start).
    public static func crc32(_ data: Data, continuing crc: UInt32 = 0) -> UInt32 {
        data.withUnsafeBytes { UInt32(libdeflate_crc32(crc, $0.baseAddress, $0.count)) }
    }

    /// Records the entry in the central directory and returns its local header.
    private mutating func header(path: [UInt8], method: UInt16, crc: UInt32, compressedSize: Int, size: Int) throws(LimitExceeded) -> [UInt8] {
        let localSize = 30 + path.count + compressedSize
        // The end record needs the central directory's offset and size in 32 bits too.
        guard size < Int(UInt32.max),
            offset + localSize + centralDirectorySize + 46 + path.count + Self.endRecordsSize < Int(UInt32.max)
        else {
            throw LimitExceeded(description: "the archive would pass the ZIP limit of 4 GiB")
        }
        let versionNeeded: UInt16 = method == 8 ? 20 : 10
        var local: [UInt8] = []
        local.reserveCapacity(localSize)
        local.append32(0x0403_4B50)  // local file header
        local.append16(versionNeeded)
        ZIPArchive.appendCommonFields(method: method, crc: crc, compressedSize: compressedSize, size: size, pathLength: path.count, to: &local)
        local.append(contentsOf: path)

        let pendingBefore = centralDirectory.count
        centralDirectory.append32(0x0201_4B50)  // central directory header
        centralDirectory.append16(20)  // made by: MS-DOS attributes, version 2.0
        centralDirectory.append16(versionNeeded)
        ZIPArchive.appendCommonFields(
            method: method, crc: crc, compressedSize: compressedSize, size: size, pathLength: path.count,
            to: &centralDirectory)
        centralDirectory.append16(0)  // comment length
        centralDirectory.append16(0)  // disk number
        centralDirectory.append16(0)  // internal attributes
        centralDirectory.append32(0)  // external attributes
        centralDirectory.append32(UInt32(offset))
        centralDirectory.append(contentsOf: path)
        centralDirectorySize += centralDirectory.count - pendingBefore

        offset += localSize
        count += 1
        return local
    }

    /// The bytes of central directory entries recorded but not yet taken.
    public var pendingCentralDirectorySize: Int { centralDirectory.count }

    /// Hands over the central directory entries recorded since the last call, so that a long
    /// archive's directory (about 100 bytes a file) can wait in a temporary file instead of
    /// memory. The caller sends everything it took, in order, right before ``finish()``'s bytes.
    public mutating func takeCentralDirectory() -> Data {
        defer { centralDirectory.removeAll(keepingCapacity: true) }
        return Data(centralDirectory)
    }

    /// The ZIP64 end record and locator (56 + 20 bytes) and the classic end record (22).
    private static let endRecordsSize = 56 + 20 + 22

    /// The central directory entries not taken yet and the end records, which close the
    /// archive; add nothing after.
    ///
    /// A batch of more than 65,534 files (a 100 MB body makes about 120,000) has more entries
    /// than the classic end record's 16-bit count can say: the count then goes into a ZIP64 end
    /// record and its locator (APPNOTE 4.3.14–15), and the classic record says 0xFFFF, which
    /// tells readers to look there. Offsets stay 32-bit (the 4 GiB limit above).
    public func finish() -> Data {
        var out = centralDirectory
        let needsZIP64 = count >= Int(UInt16.max)
        if needsZIP64 {
            let recordOffset = offset + centralDirectorySize
            out.append32(0x0606_4B50)  // ZIP64 end of central directory record
            out.append64(44)  // size of the rest of this record
            out.append16(45)  // made by: version 4.5 (ZIP64)
            out.append16(45)  // needed to extract
            out.append32(0)  // this disk
            out.append32(0)  // disk with the central directory
            out.append64(UInt64(count))
            out.append64(UInt64(count))
            out.append64(UInt64(centralDirectorySize))
            out.append64(UInt64(offset))
            out.append32(0x0706_4B50)  // ZIP64 end of central directory locator
            out.append32(0)  // disk with the ZIP64 end record
            out.append64(UInt64(recordOffset))
            out.append32(1)  // number of disks
        }
        out.append32(0x0605_4B50)  // end of central directory
        out.append16(0)  // this disk
        out.append16(0)  // disk with the central directory
        out.append16(needsZIP64 ? UInt16.max : UInt16(count))
        out.append16(needsZIP64 ? UInt16.max : UInt16(count))
        out.append32(UInt32(centralDirectorySize))
        out.append32(UInt32(offset))
        out.append16(0)  // comment length
        return Data(out)
    }
}

extension [UInt8] {
    /// Appends a little-endian 64-bit value, as ZIP64 records store their counts and sizes.
    fileprivate mutating func append64(_ value: UInt64) {
        append32(UInt32(truncatingIfNeeded: value))
        append32(UInt32(truncatingIfNeeded: value >> 32))
    }
}

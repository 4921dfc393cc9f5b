/// A minimal ZIP writer for Office packages: DEFLATE-compressed entries (as Word writes them;
/// stored when compressing would not save anything) in the given order, every timestamp
/// 1980-01-01 00:00, no extra fields, no comment.
///
/// Everything that could vary between runs is fixed, so the same entries always give the same
/// bytes. An entry is compressed when it is made: parts every document shares are made (and so
/// compressed) once.
struct ZIPArchive {
    /// One file of the archive.
    struct Entry: Sendable {
        /// The path inside the archive, `/`-separated, ASCII.
        let path: [UInt8]
        /// The bytes as the archive holds them: compressed, or the contents themselves.
        let data: [UInt8]
        /// The contents' size.
        let size: Int
        /// 8 (DEFLATE) or 0 (stored).
        let method: UInt16
        /// CRC-32 of the contents.
        let crc: UInt32

        /// An entry whose checksum and compression are computed now; for parts made once, keep
        /// the entry so neither is computed again per archive.
        init(path: String, contents: [UInt8], level: Deflate.Level = .fast) {
            self.path = Array(path.utf8)
            size = contents.count
            crc = CRC32.checksum(contents)
            if let compressed = Deflate.compress(contents, level: level) {
                data = compressed
                method = 8
            } else {
                data = contents
                method = 0
            }
        }
    }

    /// The entries, in archive order.
    var entries: [Entry]

    /// The archive's bytes.
    func bytes() -> [UInt8] {
        // No ZIP64: an Office part of 4 GiB is not a document anyone prints.
        var size = endRecordSize
        for entry in entries {
            precondition(entry.size < Int(UInt32.max), "ZIP entry too large")
            size += localHeaderSize + centralHeaderSize + 2 * entry.path.count + entry.data.count
        }
        precondition(size < Int(UInt32.max) && entries.count < Int(UInt16.max), "ZIP archive too large")

        var out: [UInt8] = []
        out.reserveCapacity(size)
        var offsets: [UInt32] = []
        offsets.reserveCapacity(entries.count)
        for entry in entries {
            offsets.append(UInt32(out.count))
            out.append32(0x0403_4B50)  // local file header
            out.append16(entry.versionNeeded)
            Self.appendCommonFields(of: entry, to: &out)
            out.append(contentsOf: entry.path)
            out.append(contentsOf: entry.data)
        }
        let centralStart = out.count
        for (entry, offset) in zip(entries, offsets) {
            out.append32(0x0201_4B50)  // central directory header
            out.append16(20)  // made by: MS-DOS attributes, version 2.0
            out.append16(entry.versionNeeded)
            Self.appendCommonFields(of: entry, to: &out)
            out.append16(0)  // comment length
            out.append16(0)  // disk number
            out.append16(0)  // internal attributes
            out.append32(0)  // external attributes
            out.append32(offset)
            out.append(contentsOf: entry.path)
        }
        let centralSize = out.count - centralStart
        out.append32(0x0605_4B50)  // end of central directory
        out.append16(0)  // this disk
        out.append16(0)  // disk with the central directory
        out.append16(UInt16(entries.count))
        out.append16(UInt16(entries.count))
        out.append32(UInt32(centralSize))
        out.append32(UInt32(centralStart))
        out.append16(0)  // comment length
        return out
    }

    /// The fields local and central headers share, from "flags" to "extra field length".
    static func appendCommonFields(of entry: Entry, to out: inout [UInt8]) {
        appendCommonFields(
            method: entry.method, crc: entry.crc, compressedSize: entry.data.count, size: entry.size,
            pathLength: entry.path.count, to: &out)
    }

    /// The same fields from their values, for an entry whose bytes are not held (``ZIPStream``).
    static func appendCommonFields(method: UInt16, crc: UInt32, compressedSize: Int, size: Int, pathLength: Int, to out: inout [UInt8]) {
        out.append16(0)  // flags: none (ASCII names, sizes known up front)
        out.append16(method)
        out.append16(0)  // time 00:00:00
        out.append16(ZIPArchive.dosDate1980)
        out.append32(crc)
        out.append32(UInt32(compressedSize))
        out.append32(UInt32(size))  // uncompressed size
        out.append16(UInt16(pathLength))
        out.append16(0)  // extra field length
    }

    /// 1980-01-01 in MS-DOS date format: year since 1980 << 9 | month << 5 | day; the earliest
    /// date ZIP can express, so no build ever stamps a real time.
    private static let dosDate1980: UInt16 = (0 << 9) | (1 << 5) | 1

    private let localHeaderSize = 30
    private let centralHeaderSize = 46
    private let endRecordSize = 22
}

extension ZIPArchive.Entry {
    /// The ZIP version a reader needs: 2.0 for DEFLATE, 1.0 for stored entries.
    var versionNeeded: UInt16 { method == 8 ? 20 : 10 }
}

extension [UInt8] {
    /// Appends a little-endian 16-bit value, as ZIP stores numbers.
    mutating func append16(_ value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    /// Appends a little-endian 32-bit value.
    mutating func append32(_ value: UInt32) {
        append16(UInt16(truncatingIfNeeded: value))
        append16(UInt16(truncatingIfNeeded: value >> 16))
    }
}

@testable import BeianKit
import Foundation

/// Reads the entries of a ZIP archive, stored or DEFLATE-compressed, through its central
/// directory, as unzip tools do; enough to look inside the packages the writers make.
struct ZIPReader {
    struct Entry {
        var name: String
        var contents: [UInt8]
    }

    enum Problem: Error, CustomStringConvertible {
        case malformed(String)
        var description: String {
            switch self {
            case .malformed(let what): "not a ZIP beian reads: \(what)"
            }
        }
    }

    let entries: [Entry]

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        func u16(_ at: Int) throws -> Int {
            guard at + 2 <= bytes.count else { throw Problem.malformed("truncated at \(at)") }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func u32(_ at: Int) throws -> Int { try u16(at) | u16(at + 2) << 16 }

        let end = bytes.count - 22
        guard end >= 0, try u32(end) == 0x0605_4B50 else { throw Problem.malformed("no end record") }
        let count = try u16(end + 10)
        var at = try u32(end + 16)
        var entries: [Entry] = []
        for _ in 0..<count {
            guard try u32(at) == 0x0201_4B50 else { throw Problem.malformed("bad central header at \(at)") }
            let method = try u16(at + 10)
            guard method == 0 || method == 8 else { throw Problem.malformed("compression method \(method)") }
            let size = try u32(at + 20)
            let unpackedSize = try u32(at + 24)
            let nameLength = try u16(at + 28)
            let extraLength = try u16(at + 30)
            let commentLength = try u16(at + 32)
            let local = try u32(at + 42)
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            guard try u32(local) == 0x0403_4B50 else { throw Problem.malformed("bad local header for \(name)") }
            let start = try local + 30 + u16(local + 26) + u16(local + 28)
            guard start + size <= bytes.count else { throw Problem.malformed("\(name) runs past the end") }
            let data = Array(bytes[start..<(start + size)])
            if method == 0 {
                guard size == unpackedSize else { throw Problem.malformed("\(name): a stored entry with two sizes") }
                entries.append(Entry(name: name, contents: data))
            } else {
                guard let contents = Deflate.decompress(data, size: unpackedSize) else { throw Problem.malformed("\(name) does not inflate") }
                guard CRC32.checksum(contents) == UInt32(try u32(at + 16)) else { throw Problem.malformed("\(name): CRC mismatch") }
                entries.append(Entry(name: name, contents: contents))
            }
            at += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The contents of the entry named `name`.
    subscript(name: String) -> [UInt8]? {
        entries.first { $0.name == name }?.contents
    }
}

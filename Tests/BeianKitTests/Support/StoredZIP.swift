import Foundation

/// Reads the entries of a ZIP archive whose entries are stored (uncompressed), through its
/// central directory, as unzip tools do; enough to look inside the packages the writers make.
struct StoredZIP {
    struct Entry {
        var name: String
        var contents: [UInt8]
    }

    enum Problem: Error, CustomStringConvertible {
        case malformed(String)
        var description: String {
            switch self {
            case .malformed(let what): "not a stored ZIP: \(what)"
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
            guard try u16(at + 10) == 0 else { throw Problem.malformed("compressed entry") }
            let size = try u32(at + 20)
            let nameLength = try u16(at + 28)
            let extraLength = try u16(at + 30)
            let commentLength = try u16(at + 32)
            let local = try u32(at + 42)
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            guard try u32(local) == 0x0403_4B50 else { throw Problem.malformed("bad local header for \(name)") }
            let start = try local + 30 + u16(local + 26) + u16(local + 28)
            guard start + size <= bytes.count else { throw Problem.malformed("\(name) runs past the end") }
            entries.append(Entry(name: name, contents: Array(bytes[start..<(start + size)])))
            at += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The contents of the entry named `name`.
    subscript(name: String) -> [UInt8]? {
        entries.first { $0.name == name }?.contents
    }
}

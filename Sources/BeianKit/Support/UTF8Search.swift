import Foundation

extension String {
    /// Whether `needle`'s bytes occur in this string's UTF-8. UTF-8 is self-synchronising, so a
    /// byte match is a match of whole characters; unlike Foundation's `contains`, this neither
    /// routes through `NSString` on Linux nor compares grapheme by grapheme.
    func containsUTF8(_ needle: String) -> Bool {
        var haystack = self, needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty else { return true }
                guard let base = text.baseAddress, let first = pattern.first, text.count >= pattern.count else { return false }
                // memchr to each candidate first byte, memcmp for the rest.
                let last = text.count - pattern.count
                var start = 0
                while start <= last, let found = memchr(base + start, Int32(first), last - start + 1) {
                    let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(found, pattern.baseAddress!, pattern.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }

    /// Whether this string's UTF-8 holds `byte`.
    func containsUTF8Byte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }
}

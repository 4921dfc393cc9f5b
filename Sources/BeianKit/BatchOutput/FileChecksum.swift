import CLibCrypto
import Foundation

/// SHA-256 checksums for the batch manifest, computed by OpenSSL's libcrypto (which uses the
/// processor's SHA extensions where present: checksumming costs less than writing the file).
/// Internal, and not named `SHA256`, so a backend that links swift-crypto sees one `SHA256`.
enum FileChecksum {
    /// The SHA-256 digest of `data` as 64 lower-case hexadecimal digits.
    static func sha256Hex(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in sha256(data) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The 32-byte SHA-256 digest of `data`.
    static func sha256(_ data: Data) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        data.withUnsafeBytes { bytes in
            _ = CLibCrypto.SHA256(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, &digest)
        }
        return digest
    }
}

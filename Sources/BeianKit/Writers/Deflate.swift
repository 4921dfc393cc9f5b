import CLibDeflate

/// DEFLATE (RFC 1951), the compression of ZIP entries, through libdeflate. Chosen by
/// measurement over zlib: at the level used for each document's own parts it was about 1.5
/// times as fast for the same size, and it compresses a whole buffer in one call.
enum Deflate {
    /// How hard to try.
    enum Level: Int32 {
        /// For parts written per document: nearly the size of zlib's default, several times
        /// its speed.
        case fast = 1
        /// libdeflate's default: about zlib's default size, in less time (the PDF's streams).
        case standard = 6
        /// For parts made once and reused by every document: the smallest libdeflate makes.
        case smallest = 12
    }

    /// How compressed bytes are wrapped.
    enum Container {
        /// Bare DEFLATE data, as ZIP entries hold it.
        case raw
        /// The zlib format (RFC 1950): a header and a checksum around it, as PDF's
        /// `/FlateDecode` streams hold it.
        case zlib
    }

    /// The compressed bytes, or `nil` when compressing would not make them smaller.
    static func compress(_ bytes: [UInt8], level: Level, container: Container = .raw) -> [UInt8]? {
        guard !bytes.isEmpty, let compressor = libdeflate_alloc_compressor(level.rawValue) else { return nil }
        defer { libdeflate_free_compressor(compressor) }
        let capacity = bytes.count - 1
        guard capacity > 0 else { return nil }
        let compressed = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = bytes.withUnsafeBytes { input in
                switch container {
                case .raw: libdeflate_deflate_compress(compressor, input.baseAddress, input.count, buffer.baseAddress, capacity)
                case .zlib: libdeflate_zlib_compress(compressor, input.baseAddress, input.count, buffer.baseAddress, capacity)
                }
            }
        }
        // libdeflate answers 0 when the result would not fit, that is, would not be smaller.
        return compressed.isEmpty ? nil : compressed
    }

    /// The bytes `compressed` holds, which are `size` bytes long; `nil` when they are not
    /// DEFLATE data of that size. For reading packages back (tests, checks).
    static func decompress(_ compressed: [UInt8], size: Int) -> [UInt8]? {
        guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
        defer { libdeflate_free_decompressor(decompressor) }
        var ok = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var actual = 0
            let result = compressed.withUnsafeBytes { input in
                libdeflate_deflate_decompress(decompressor, input.baseAddress, input.count, buffer.baseAddress, size, &actual)
            }
            ok = result == LIBDEFLATE_SUCCESS && actual == size
            count = ok ? size : 0
        }
        return ok ? bytes : nil
    }
}

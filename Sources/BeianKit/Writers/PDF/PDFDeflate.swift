import CLibDeflate

/// The zlib format (RFC 1950) of every stream of a PDF (`/FlateDecode`), made by libdeflate.
/// Chosen by measurement over zlib's `compress2`: in a PDF batch zlib took a sixth of the CPU,
/// mostly deflating each record's font subset; libdeflate at the same level does it in a
/// fraction of the time, in files of about the same size.
enum PDFDeflate {
    /// libdeflate's level 6: its default, a little smaller than zlib's 6.
    static let level: Int32 = 6

    static func compress(_ input: [UInt8]) -> [UInt8] {
        guard let compressor = libdeflate_alloc_compressor(level) else {
            preconditionFailure("libdeflate could not allocate a compressor")
        }
        defer { libdeflate_free_compressor(compressor) }
        let capacity = libdeflate_zlib_compress_bound(compressor, input.count)
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = input.withUnsafeBytes { source in
                libdeflate_zlib_compress(compressor, source.baseAddress, source.count, buffer.baseAddress, capacity)
            }
        }
        // The bound holds any input, so 0 (no room) cannot happen.
        precondition(!output.isEmpty, "libdeflate_zlib_compress found no room within its own bound")
        return output
    }
}

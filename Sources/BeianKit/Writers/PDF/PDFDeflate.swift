import CZlib

/// zlib's deflate, for every stream of a PDF (`/FlateDecode`).
enum PDFDeflate {
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                compress2(target.baseAddress, &length, source.baseAddress, uLong(input.count), 6)
            }
        }
        precondition(status == Z_OK, "zlib compress2 failed with \(status)")
        output.removeSubrange(Int(length)...)
        return output
    }
}

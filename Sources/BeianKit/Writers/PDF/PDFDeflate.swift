/// The PDF's streams, deflated (`/FlateDecode`) through libdeflate, the compressor the DOCX
/// writer uses: at the default level it makes zlib's sizes in less time.
enum PDFDeflate {
    /// Bytes as a stream holds them: deflated, or as they are when deflating would not make
    /// them smaller (a stream that short has no filter).
    struct Stream: Sendable {
        var bytes: [UInt8]
        var deflated: Bool
    }

    /// `bytes` deflated at `level`: the default for a document's own streams, `.smallest` for
    /// those made once and reused (the template's font subset).
    static func stream(_ bytes: [UInt8], level: Deflate.Level = .standard) -> Stream {
        if let compressed = Deflate.compress(bytes, level: level, container: .zlib) { return Stream(bytes: compressed, deflated: true) }
        return Stream(bytes: bytes, deflated: false)
    }
}

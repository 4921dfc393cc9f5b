import Foundation

/// Writes a PDF file object by object and finishes it with the cross-reference table and a
/// trailer whose ID is a digest of the content: the same document gives the same bytes.
struct PDFObjectWriter {
    private(set) var buffer = PDFBuffer(capacity: 64 * 1024)
    private var offsets: [Int: Int] = [:]

    init() {
        // The comment of bytes above 127 tells transfer tools the file is binary.
        buffer.append("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n")
    }

    mutating func object(_ number: Int, _ body: (inout PDFBuffer) -> Void) {
        offsets[number] = buffer.count
        buffer.append("\(number) 0 obj\n")
        body(&buffer)
        buffer.append("\nendobj\n")
    }

    /// A stream object, deflated; `dictionary` holds any entries besides the length and filter.
    mutating func stream(_ number: Int, dictionary: String, bytes: [UInt8]) {
        stream(number, dictionary: dictionary, PDFDeflate.stream(bytes))
    }

    /// A stream object of bytes already prepared.
    mutating func stream(_ number: Int, dictionary: String, _ stream: PDFDeflate.Stream) {
        object(number) {
            $0.append("<< \(dictionary)\(dictionary.isEmpty ? "" : " ")/Length \(stream.bytes.count)")
            $0.append(stream.deflated ? " /Filter /FlateDecode >>\nstream\n" : " >>\nstream\n")
            $0.append(stream.bytes)
            $0.append("\nendstream")
        }
    }

    /// The finished file, with objects 1…`count` (1 being the catalog, `info` the info dictionary).
    mutating func finish(count: Int, info: Int) -> Data {
        let digest = FileChecksum.sha256(Data(buffer.bytes)).prefix(16)
        let id = digest.map { byte in String(byte, radix: 16, uppercase: true).leftPadded(2) }.joined()
        let xref = buffer.count
        buffer.append("xref\n0 \(count + 1)\n0000000000 65535 f \n")
        for number in 1...count {
            buffer.append(String(offsets[number] ?? 0).leftPadded(10) + " 00000 n \n")
        }
        buffer.append("trailer\n<< /Size \(count + 1) /Root 1 0 R /Info \(info) 0 R /ID [<\(id)> <\(id)>] >>\n")
        buffer.append("startxref\n\(xref)\n%%EOF\n")
        return Data(buffer.bytes)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(width - count, 0)) + self
    }
}

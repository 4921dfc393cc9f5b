import Foundation

/// A document parsed from markup with stand-ins for its values (see ``DocumentShapeCache``),
/// with its `word/document.xml` written once, cut where the values go.
struct DocumentShape: Sendable {
    /// The document, with stand-ins in its text.
    let document: Document
    /// `word/document.xml` around the stand-ins, or `nil` when a stand-in did not come out of
    /// the writer whole and once (then the DOCX is written from the filled document).
    let documentXML: StandInBytes?

    /// The shape of `document`, which holds the stand-ins 0..<`count` once each, in text.
    init(document: Document, count: Int) {
        self.document = document
        documentXML = StandInBytes(cutting: WordDocumentXML.bytes(of: document), count: count)
    }

    /// The document with `values` filled in.
    func document(filling values: [String]) -> Document {
        document.fillingStandIns(with: values)
    }

    /// The Word file with `values` filled in.
    func docx(filling values: [String]) -> Data {
        guard let documentXML else { return document(filling: values).docx() }
        return Document.docxPackage(title: document.title, font: document.font, documentXML: documentXML.filling(values))
    }
}

/// Bytes of a written part cut at the stand-ins in it: `segments[0]`, value `indexes[0]`,
/// `segments[1]`, … `segments.last`.
struct StandInBytes: Sendable {
    let segments: [[UInt8]]
    let indexes: [Int]

    /// `bytes` cut at its stand-ins; `nil` unless the stand-ins 0..<`count` each appear exactly
    /// once and no stand-in character appears elsewhere.
    init?(cutting bytes: [UInt8], count: Int) {
        // U+E000 is EE 80 80, U+E001 is EE 80 81; the writer copies text bytes through, and
        // escaping leaves these alone.
        var segments: [[UInt8]] = []
        var indexes: [Int] = []
        var seen = Array(repeating: false, count: count)
        var start = 0
        var position = 0
        while position < bytes.count {
            guard bytes[position] == 0xEE, position + 2 < bytes.count, bytes[position + 1] == 0x80,
                  bytes[position + 2] == 0x80 || bytes[position + 2] == 0x81
            else {
                position += 1
                continue
            }
            guard bytes[position + 2] == 0x80 else { return nil }
            var index = 0
            var digits = 0
            var cursor = position + 3
            while cursor < bytes.count, digits < 9, (0x30...0x39).contains(bytes[cursor]) {
                index = index * 10 + Int(bytes[cursor] - 0x30)
                digits += 1
                cursor += 1
            }
            guard digits > 0, cursor + 2 < bytes.count, bytes[cursor] == 0xEE, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0x81,
                  index < count, !seen[index]
            else { return nil }
            seen[index] = true
            segments.append(Array(bytes[start..<position]))
            indexes.append(index)
            position = cursor + 3
            start = position
        }
        guard !seen.contains(false) else { return nil }
        segments.append(Array(bytes[start...]))
        self.segments = segments
        self.indexes = indexes
    }

    /// The bytes with each stand-in replaced by its value, escaped as the writer escapes text.
    func filling(_ values: [String]) -> [UInt8] {
        var xml = XMLBuffer(capacity: segments.reduce(0) { $0 + $1.count } + values.reduce(0) { $0 + $1.utf8.count } * 2)
        for (segment, index) in zip(segments, indexes) {
            xml.append(markup: segment)
            xml.append(escaping: values[index])
        }
        xml.append(markup: segments[segments.count - 1])
        return xml.bytes
    }
}

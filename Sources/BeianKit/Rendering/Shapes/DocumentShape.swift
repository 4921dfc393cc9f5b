import Foundation

/// A document parsed from markup with stand-ins for its values (see ``DocumentShapeCache``),
/// with its `word/document.xml` written once, cut where the values go.
struct DocumentShape: Sendable {
    /// The document, with stand-ins in its text.
    let document: FormDocument
    /// `word/document.xml` around the stand-ins, or `nil` when a stand-in did not come out of
    /// the writer whole and once (then the DOCX is written from the filled document).
    let documentXML: StandInBytes?
    /// `docProps/core.xml`, compressed once (as the full path compresses it, so both give the
    /// same bytes): it holds only the title, which is no value (values in attributes are never
    /// stood in for).
    let coreProperties: ZIPArchive.Entry

    /// The shape of `document`, which holds the stand-ins 0..<`count` once each, in text.
    init(document: FormDocument, count: Int) {
        self.document = document
        documentXML = StandInBytes(cutting: WordDocumentXML.bytes(of: document), count: count)
        coreProperties = DOCXParts.coreProperties(title: document.title)
    }

    /// The document with `values` filled in.
    func document(filling values: [String]) -> FormDocument {
        document.fillingStandIns(with: values)
    }

    /// The Word file with `values` filled in.
    func docx(filling values: [String]) -> Data {
        guard let documentXML else { return document(filling: values).docx() }
        return FormDocument.docxPackage(
            title: document.title, font: document.font, documentXML: documentXML.filling(values),
            core: coreProperties)
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
        guard let pieces = bytes.withUnsafeBufferPointer({ MarkupPlaceholder.pieces(of: $0) }) else { return nil }
        var segments: [[UInt8]] = []
        var indexes: [Int] = []
        var seen = Array(repeating: false, count: count)
        var segment: [UInt8] = []
        for piece in pieces {
            switch piece {
            case .bytes(let range):
                segment = Array(bytes[range])
            case .standIn(let index):
                guard index < count, !seen[index] else { return nil }
                seen[index] = true
                segments.append(segment)
                indexes.append(index)
                segment = []
            }
        }
        guard !seen.contains(false) else { return nil }
        segments.append(segment)
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

/// The glyphs a document uses, by face, each with the character it stands for: what the
/// font subsets hold and what their `ToUnicode` maps say, so copied text and `pdftotext` give
/// the document's characters back.
struct PDFGlyphUse: Sendable {
    private(set) var glyphs: [[UInt32: Unicode.Scalar]] = Array(repeating: [:], count: PDFFonts.Role.allCases.count)

    mutating func add(_ glyph: UInt32, _ scalar: Unicode.Scalar, role: PDFFonts.Role) {
        if glyphs[role.rawValue][glyph] == nil { glyphs[role.rawValue][glyph] = scalar }
    }

    mutating func merge(_ other: PDFGlyphUse) {
        for role in glyphs.indices {
            glyphs[role].merge(other.glyphs[role]) { first, _ in first }
        }
    }
}

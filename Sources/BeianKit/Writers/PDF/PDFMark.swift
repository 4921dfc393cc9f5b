/// The smallest thing the PDF layout places on a line: one glyph, a tick box or a blank.
enum PDFMark: Sendable {
    /// A glyph of a face, with the text it stands for (for `ToUnicode`) and its advance in points.
    case glyph(PDFFonts.Role, size: Double, glyph: UInt32, text: Unicode.Scalar, advance: Double, underline: Bool)
    /// A tick box one character wide, drawn with rules rather than a glyph.
    case box(checked: Bool, size: Double)
    /// An underlined space for handwriting.
    case blank(width: Double)
    /// A space between words: it may stretch, and vanishes where a line wraps.
    case space(width: Double, underline: Bool)

    /// The width the mark takes on its line, in points.
    var width: Double {
        switch self {
        case .glyph(_, _, _, _, let advance, _): advance
        case .box(_, let size): size
        case .blank(let width): width
        case .space(let width, _): width
        }
    }
}

/// The look of a run of text: face, size and underline.
struct PDFRunStyle: Sendable {
    var role: PDFFonts.Role
    var size: Double
    var underline = false
}

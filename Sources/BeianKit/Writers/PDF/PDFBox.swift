/// Something drawn on a page, in points from the page's top-left corner (y grows downwards;
/// the file writer turns it the PDF's way up).
enum PDFDrawing: Sendable {
    /// A run of glyphs of one face and size starting at `x` on the baseline `y`; `spacing` is
    /// added after every glyph (a justified line's stretch).
    case text(x: Double, y: Double, role: PDFFonts.Role, size: Double, glyphs: [UInt32], spacing: Double)
    /// A straight rule.
    case rule(x1: Double, y1: Double, x2: Double, y2: Double, width: Double)
    /// A rectangle, stroked, or filled with a grey level.
    case rect(x: Double, y: Double, width: Double, height: Double, fill: Double?)
    /// A tick mark in a `size`-point box whose top-left corner is `x`, `y`.
    case tick(x: Double, y: Double, size: Double)

    /// The drawing moved by `dx`, `dy`.
    func offset(_ dx: Double, _ dy: Double) -> PDFDrawing {
        switch self {
        case .text(let x, let y, let role, let size, let glyphs, let spacing):
            .text(x: x + dx, y: y + dy, role: role, size: size, glyphs: glyphs, spacing: spacing)
        case .rule(let x1, let y1, let x2, let y2, let width):
            .rule(x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy, width: width)
        case .rect(let x, let y, let width, let height, let fill):
            .rect(x: x + dx, y: y + dy, width: width, height: height, fill: fill)
        case .tick(let x, let y, let size):
            .tick(x: x + dx, y: y + dy, size: size)
        }
    }
}

/// A piece of the page flow that is never split: a line of text, a table row, a seal space.
/// Its drawings are relative to its own top-left corner.
struct PDFBox: Sendable {
    var height: Double
    var drawings: [PDFDrawing] = []
    /// Stays on the page of the box after it (headings, header rows, a caption above its space).
    var keepWithNext = false
    /// The heading rows of the table this row belongs to, repeated at the top of a new page.
    var repeatedHeader: [PDFBox] = []
    /// Starts a new page.
    var pageBreakBefore = false
    /// The cells of a table row taller than a page, which the paginator splits where pages end.
    var tallRow: [PDFTableLayout.PlacedCell]?
    /// The anchors (paragraph ids) whose paragraph starts in this box, for page references.
    var anchors: [String] = []
}

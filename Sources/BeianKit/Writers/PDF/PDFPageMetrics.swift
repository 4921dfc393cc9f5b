/// The page and type of a PDF, in points: A4 with the DOCX's margins, and the sizes and line
/// heights of ``DOCXTypography`` so both formats set a document alike.
struct PDFPageMetrics: Sendable {
    static let pageWidth = 595.28
    static let pageHeight = 841.89
    static let verticalMargin = Double(DOCXPageLayout.verticalMargin) / 20
    static let horizontalMargin = Double(DOCXPageLayout.horizontalMargin) / 20
    static let textWidth = pageWidth - 2 * horizontalMargin
    static let textHeight = pageHeight - 2 * verticalMargin
    /// From the page's bottom edge to the footer's baseline.
    static let footerBaseline = 42.0
    static let cellPadding = Double(DOCXPageLayout.cellPadding) / 20
    /// Top and bottom padding in cells: Word's is zero; a little air reads better in print.
    static let cellVerticalPadding = 2.0
    /// One line of single spacing, in ems: Noto CJK's ascender plus descender.
    static let singleLine = 1.3

    let bodySize: Double
    let bodyLineHeight: Double
    let titleSize: Double
    let titleRole: PDFFonts.Role
    let headingSize: Double
    let headingRole: PDFFonts.Role
    let noteSize: Double
    let tableSize: Double

    init(_ typeface: Typeface) {
        let typography = DOCXTypography(typeface)
        let bodyRole: PDFFonts.Role = typeface == .hei ? .sans : .serif
        bodySize = Double(typography.bodySize) / 2
        bodyLineHeight =
            typography.bodyLineIsExact
            ? Double(typography.bodyLine) / 20
            : bodySize * PDFPageMetrics.singleLine * Double(typography.bodyLine) / 240
        titleSize = Double(typography.titleSize) / 2
        titleRole = .sansBold
        headingSize = Double(typography.headingSize) / 2
        headingRole =
            typography.headingFont.description == "黑体"
            ? (typography.headingBold ? .sansBold : .sans)
            : (typography.headingBold ? bodyRole.bold : bodyRole)
        noteSize = Double(typography.noteSize) / 2
        tableSize = Double(typography.tableSize) / 2
        self.bodyRole = bodyRole
    }

    /// The face of running text.
    let bodyRole: PDFFonts.Role
}

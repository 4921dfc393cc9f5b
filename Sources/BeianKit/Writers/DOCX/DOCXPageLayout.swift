/// The page of every Word document: A4 portrait with the margins of Chinese official paper.
/// Lengths are in twips (1/1440 inch), WordprocessingML's unit.
enum DOCXPageLayout {
    /// A4 width, 210 mm.
    static let pageWidth = 11906
    /// A4 height, 297 mm.
    static let pageHeight = 16838
    /// Top and bottom margins, 2.54 cm.
    static let verticalMargin = 1440
    /// Left and right margins, 2.8 cm: close to the 28 mm binding edge of GB/T 9704 paper.
    static let horizontalMargin = 1587
    /// The width text and full-width tables fill.
    static let textWidth = pageWidth - 2 * horizontalMargin
    /// Left and right padding inside table cells (Word's default, 0.19 cm).
    static let cellPadding = 108

    /// `millimetres` in twips, rounded.
    static func twips(millimetres: Int) -> Int {
        (millimetres * 14_400 + 127) / 254
    }
}

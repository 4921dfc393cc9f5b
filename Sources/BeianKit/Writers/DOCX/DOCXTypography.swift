/// Typefaces, sizes and line spacing of a Word document, chosen from the document's typeface the
/// way Chinese paperwork is set.
///
/// Sizes are in half-points, as WordprocessingML counts them: 二号 22 pt = 44, 三号 16 pt = 32,
/// 四号 14 pt = 28, 小四 12 pt = 24, 五号 10.5 pt = 21.
struct DOCXTypography: Sendable {
    /// East Asian font of running text.
    let bodyFont: StaticString
    /// Size of running text.
    let bodySize: Int
    /// Line spacing of running text: in 240ths of a line, or in twips when `bodyLineIsExact`.
    let bodyLine: Int
    /// Whether `bodyLine` is an exact height rather than a multiple of the font's line.
    let bodyLineIsExact: Bool
    /// East Asian font of headings.
    let headingFont: StaticString
    /// Whether headings are bold (黑体 headings are heavy enough without).
    let headingBold: Bool
    /// Size of headings.
    let headingSize: Int
    /// East Asian font of the title.
    let titleFont: StaticString
    /// Size of the title.
    let titleSize: Int
    /// Size of notes (filling instructions).
    let noteSize: Int
    /// Size of text in table cells.
    let tableSize: Int

    /// The settings for `typeface`.
    init(_ typeface: Typeface) {
        switch typeface {
        case .song:
            // Forms: 宋体 小四, bold 四号 headings, 黑体 二号 title, 五号 notes.
            self.init(
                bodyFont: "宋体", bodySize: 24, bodyLine: 288, bodyLineIsExact: false,
                headingFont: "宋体", headingBold: true, headingSize: 28,
                titleFont: "黑体", titleSize: 44, noteSize: 21, tableSize: 24)
        case .fangsong:
            // Letters after GB/T 9704: 仿宋 三号 on a fixed 28 pt line, 黑体 三号 headings. FormTable
            // text drops to 四号 so a form-like table still fits the width.
            self.init(
                bodyFont: "仿宋", bodySize: 32, bodyLine: 560, bodyLineIsExact: true,
                headingFont: "黑体", headingBold: false, headingSize: 32,
                titleFont: "黑体", titleSize: 44, noteSize: 24, tableSize: 28)
        case .hei:
            self.init(
                bodyFont: "黑体", bodySize: 24, bodyLine: 288, bodyLineIsExact: false,
                headingFont: "黑体", headingBold: true, headingSize: 28,
                titleFont: "黑体", titleSize: 44, noteSize: 21, tableSize: 24)
        }
    }

    private init(
        bodyFont: StaticString, bodySize: Int, bodyLine: Int, bodyLineIsExact: Bool,
        headingFont: StaticString, headingBold: Bool, headingSize: Int,
        titleFont: StaticString, titleSize: Int, noteSize: Int, tableSize: Int
    ) {
        self.bodyFont = bodyFont
        self.bodySize = bodySize
        self.bodyLine = bodyLine
        self.bodyLineIsExact = bodyLineIsExact
        self.headingFont = headingFont
        self.headingBold = headingBold
        self.headingSize = headingSize
        self.titleFont = titleFont
        self.titleSize = titleSize
        self.noteSize = noteSize
        self.tableSize = tableSize
    }
}

/// A document ready to be written: what every writer (DOCX, HTML, text) consumes.
///
/// Templates produce form markup, the markup parser turns it into this tree, and writers turn the
/// tree into files. Writers never see templates; templates never see formats.
public struct FormDocument: Sendable, Hashable {
    /// The document's title, used for file metadata and the HTML `<title>`.
    public var title: String
    /// The body typeface.
    public var font: Typeface
    /// The content, top to bottom.
    public var blocks: [FormBlock]

    /// Creates a document.
    public init(title: String, font: Typeface = .song, blocks: [FormBlock]) {
        self.title = title
        self.font = font
        self.blocks = blocks
    }
}

/// The Chinese typefaces official paperwork uses.
public enum Typeface: String, Sendable, Hashable, CaseIterable {
    /// 宋体, the default of forms and tables.
    case song
    /// 仿宋, the typeface of letters and official correspondence.
    case fangsong
    /// 黑体, for titles.
    case hei

    /// The font name Chinese word processors know (`宋体`, `仿宋`, `黑体`).
    public var chineseName: String {
        switch self {
        case .song: "宋体"
        case .fangsong: "仿宋"
        case .hei: "黑体"
        }
    }
}

/// Horizontal alignment of a paragraph or cell.
public enum FormAlignment: String, Sendable, Hashable, CaseIterable {
    /// Where lines sit between the margins.
    case left, center, right, justify
}

/// Vertical alignment of a table cell's content.
public enum FormVerticalAlignment: String, Sendable, Hashable, CaseIterable {
    /// Where text sits in a taller cell.
    case top, center, bottom
}

/// One block of a document: something that starts on a new line.
public enum FormBlock: Sendable, Hashable {
    /// The document title: large, bold, centred.
    case title(FormParagraph)
    /// A section heading: bold.
    case heading(FormParagraph)
    /// A paragraph of running text.
    case paragraph(FormParagraph)
    /// A small-print note, such as filling instructions.
    case note(FormParagraph)
    /// A numbered, bulleted or tick-box list.
    case list(FormItemList)
    /// A bordered table, such as the body of a form.
    case table(FormTable)
    /// Space for a seal, a signature or a fingerprint.
    case signature(SignatureBox)
    /// A date line, printed or left blank for handwriting (`    年  月  日`).
    case dateLine(DateLine)
    /// Empty lines.
    case spacer(lines: Int)
    /// The rest of the page is left empty.
    case pageBreak
}

/// A run of inline content with its paragraph settings.
public struct FormParagraph: Sendable, Hashable {
    /// The content.
    public var content: [FormInline]
    /// Horizontal alignment.
    public var alignment: FormAlignment
    /// First-line indent in characters (Chinese paragraphs indent by 2).
    public var firstLineIndent: Int
    /// The name a ``FormInline/pageReference(to:fallback:)`` uses for this paragraph's page
    /// (markup `id="…"`), or `nil`.
    public var anchor: String?

    /// Creates a paragraph.
    public init(
        _ content: [FormInline], alignment: FormAlignment = .justify, firstLineIndent: Int = 0, anchor: String? = nil
    ) {
        self.content = content
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.anchor = anchor
    }
}

/// FormInline content: text and the small form elements that sit inside a line.
public enum FormInline: Sendable, Hashable {
    /// Text with its emphasis.
    case text(String, FormTextStyle)
    /// A tick box with its label; checked boxes print ☑, empty ones ☐.
    case checkbox(checked: Bool, label: [FormInline])
    /// A label–value pair, `label：value`, the value underlined; an empty value leaves an
    /// underlined blank of `width` characters for handwriting.
    case field(label: String, value: [FormInline], width: Int)
    /// An underlined blank of `width` characters for handwriting.
    case blank(width: Int)
    /// A line break inside the paragraph.
    case lineBreak
    /// The page the paragraph anchored `to` starts on, as `第N页`, in the formats that have
    /// pages (PDF, DOCX); `fallback` in those that do not (HTML, text), or when no paragraph
    /// carries that anchor. Computed from the real pagination, never written in a template.
    case pageReference(to: String, fallback: [FormInline])
}

/// Emphasis of inline text.
public struct FormTextStyle: Sendable, Hashable {
    /// Bold.
    public var bold: Bool
    /// Underlined.
    public var underline: Bool

    /// Plain text.
    public static let plain = FormTextStyle(bold: false, underline: false)

    /// Creates a style.
    public init(bold: Bool = false, underline: Bool = false) {
        self.bold = bold
        self.underline = underline
    }
}

/// A list of items.
public struct FormItemList: Sendable, Hashable {
    /// How items are marked.
    public enum Style: String, Sendable, Hashable, CaseIterable {
        /// 1. 2. 3.
        case number
        /// A bullet.
        case bullet
        /// An empty tick box per item, for checklists a person ticks by hand.
        case checkbox
    }

    /// How items are marked.
    public var style: Style
    /// The items, each one paragraph of inline content.
    public var items: [[FormInline]]

    /// Creates a list.
    public init(style: Style, items: [[FormInline]]) {
        self.style = style
        self.items = items
    }
}

/// A bordered table.
public struct FormTable: Sendable, Hashable {
    /// Relative column widths; the table fills the text width in these proportions.
    public var columnWidths: [Int]
    /// The rows. A cell spanning rows is present only in its first row; later rows omit it.
    public var rows: [FormTableRow]

    /// Creates a table.
    public init(columnWidths: [Int], rows: [FormTableRow]) {
        self.columnWidths = columnWidths
        self.rows = rows
    }
}

/// A table row.
public struct FormTableRow: Sendable, Hashable {
    /// The cells of this row, left to right, omitting those covered by a cell spanning from above.
    public var cells: [FormTableCell]
    /// Minimum height in millimetres, for rows people write in by hand.
    public var minimumHeight: Int?

    /// Creates a row.
    public init(cells: [FormTableCell], minimumHeight: Int? = nil) {
        self.cells = cells
        self.minimumHeight = minimumHeight
    }
}

/// A table cell.
public struct FormTableCell: Sendable, Hashable {
    /// The content: paragraphs, lists, signature boxes and date lines.
    public var blocks: [FormBlock]
    /// Columns this cell covers.
    public var columnSpan: Int
    /// Rows this cell covers.
    public var rowSpan: Int
    /// Horizontal alignment of its paragraphs.
    public var alignment: FormAlignment
    /// Vertical alignment.
    public var verticalAlignment: FormVerticalAlignment
    /// Whether it is a label cell: bold and lightly shaded.
    public var isHeader: Bool

    /// Creates a cell.
    public init(
        blocks: [FormBlock], columnSpan: Int = 1, rowSpan: Int = 1, alignment: FormAlignment = .left,
        verticalAlignment: FormVerticalAlignment = .center, isHeader: Bool = false
    ) {
        self.blocks = blocks
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.alignment = alignment
        self.verticalAlignment = verticalAlignment
        self.isHeader = isHeader
    }
}

/// Space where a unit stamps its seal, or a person signs or presses a fingerprint.
public struct SignatureBox: Sendable, Hashable {
    /// What goes in the space.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A unit's official seal (公章): a square space of about 45 mm.
        case seal
        /// A handwritten signature: a line.
        case signature
        /// A fingerprint (指印): a small square.
        case fingerprint
    }

    /// What goes in the space.
    public var kind: Kind
    /// The caption, such as `单位（盖章）` or `法定代表人（签字）`.
    public var label: String

    /// Creates a signature box.
    public init(kind: Kind, label: String) {
        self.kind = kind
        self.label = label
    }
}

/// A date line, right-aligned: printed (`2026年11月22日`) or blank for handwriting.
public struct DateLine: Sendable, Hashable {
    /// Text before the date, such as `日期：`; empty for none.
    public var label: String
    /// The date to print, or `nil` for a blank `    年  月  日`.
    public var date: CalendarDate?

    /// Creates a date line.
    public init(label: String = "", date: CalendarDate? = nil) {
        self.label = label
        self.date = date
    }
}

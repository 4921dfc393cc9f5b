import Foundation

/// A piece of text wider than its box, which the PDF cut at a character, and where it stands,
/// so the warning can send the reader to the spot on the printed page.
struct PDFOverflow: Sendable {
    /// Where in the document the layout is: kept as the tree's own content and described only
    /// when something overflows, since almost nothing does.
    enum Place: Sendable {
        /// A paragraph, heading, list item or caption of the page body.
        case block([FormInline])
        /// A table row: its cells, the first label cell of which names it.
        case row([FormTableCell])
    }

    /// The piece that was cut.
    var text: String
    var place: Place

    /// The words that identify the place, quoted from the document: a row's label cell (网站域名),
    /// or the first characters of the paragraph.
    var placeText: String {
        switch place {
        case .block(let content):
            return Self.beginning(of: Self.plainText(content))
        case .row(let cells):
            let label = cells.first(where: \.isHeader) ?? cells.first
            let text = label.map { Self.plainText($0.blocks) } ?? ""
            return Self.beginning(of: text)
        }
    }

    /// Whether the place is a table row (the warning then says "in the row").
    var isRow: Bool {
        if case .row = place { return true }
        return false
    }

    /// At most 16 characters, with an ellipsis when cut.
    private static func beginning(of text: String) -> String {
        text.count > 16 ? String(text.prefix(16)) + "…" : text
    }

    private static func plainText(_ blocks: [FormBlock]) -> String {
        blocks.map { block -> String in
            switch block {
            case .title(let paragraph), .heading(let paragraph), .paragraph(let paragraph), .note(let paragraph):
                plainText(paragraph.content)
            case .list(let list): list.items.first.map(plainText) ?? ""
            case .signature(let box): box.label
            case .dateLine(let line): line.label
            case .table, .spacer, .pageBreak: ""
            }
        }.joined()
    }

    private static func plainText(_ content: [FormInline]) -> String {
        content.map { inline -> String in
            switch inline {
            case .text(let text, _): text
            case .checkbox(_, let label): plainText(label)
            case .field(let label, let value, _): label + "：" + plainText(value)
            case .pageReference(_, let fallback): plainText(fallback)
            case .blank, .lineBreak: " "
            }
        }.joined().trimmingCharacters(in: .whitespaces)
    }
}

extension FormDocument {
    /// The document as plain UTF-8 text, for terminals and e-mail.
    ///
    /// Lines are at most 72 columns wide, a Chinese character counting two, so a form reads in a
    /// standard terminal and survives mail clients. Tick boxes print `[x]`/`[ ]`, blanks for
    /// handwriting `____`, tables a grid of `+ - |` aligned for Chinese text, page breaks a line
    /// of `=`. Control characters in the data print as U+FFFD. The text ends with a newline, and
    /// the same document always gives the same text.
    public func text() -> String {
        var lines = TextWriter.lines(for: blocks, width: TextWriter.pageWidth, cellAlignment: nil)
        // Blank lines at the end say nothing; the final newline is added below.
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Lays out `FormDocument` blocks as lines of plain text; `FormDocument.text()` is its public face.
enum TextWriter {
    /// The page width in columns: a 36-character Chinese line, close to a printed form's.
    static let pageWidth = 72

    /// Lines for `blocks` at most `width` columns wide. `cellAlignment` is set inside table cells,
    /// whose alignment justified paragraphs follow.
    static func lines(for blocks: [FormBlock], width: Int, cellAlignment: FormAlignment?) -> [String] {
        let isPage = cellAlignment == nil
        var lines: [String] = []
        for block in blocks {
            // On the page a heading gets a blank line above it, as a title gets one below; inside
            // a table cell every line counts.
            if isPage, case .heading = block, let last = lines.last, !last.isEmpty {
                lines.append("")
            }
            lines += self.lines(for: block, width: width, cellAlignment: cellAlignment)
            if isPage, case .title = block {
                lines.append("")
            }
        }
        return lines
    }

    private static func lines(for block: FormBlock, width: Int, cellAlignment: FormAlignment?) -> [String] {
        switch block {
        case .title(let paragraph):
            return TextLineBreaker.lines(paragraph.content, width: width, alignment: .center)
        case .heading(let paragraph), .paragraph(let paragraph), .note(let paragraph):
            return lines(for: paragraph, width: width, cellAlignment: cellAlignment)
        case .list(let list):
            return lines(for: list, width: width)
        case .table(let table):
            return TextGrid.lines(for: table, width: width) { cell, cellWidth in
                lines(for: cell.blocks, width: cellWidth, cellAlignment: cell.alignment)
            }
        case .signature(let box):
            // Seal, signature and fingerprint all become a caption and a blank: text cannot hold
            // a stamp, only show where it goes.
            let blankWidth = box.kind == .fingerprint ? 4 : 8
            return TextLineBreaker.lines(
                [.text(box.captionWithColon, .plain), .blank(width: blankWidth)],
                width: width, alignment: .right)
        case .dateLine(let line):
            return TextLineBreaker.lines([.text(line.printedText, .plain)], width: width, alignment: .right)
        case .spacer(let count):
            return Array(repeating: "", count: max(count, 0))
        case .pageBreak:
            return [String(repeating: "=", count: width)]
        }
    }

    private static func lines(for paragraph: FormParagraph, width: Int, cellAlignment: FormAlignment?) -> [String] {
        // An empty paragraph is an empty line, not an indent left hanging.
        guard !paragraph.content.isEmpty else { return [""] }
        // The first-line indent is in characters: ideographic spaces, one per character.
        let indent = String(repeating: "　", count: max(paragraph.firstLineIndent, 0))
        return TextLineBreaker.lines(
            paragraph.content, width: width,
            alignment: paragraph.alignment(inCellAligned: cellAlignment),
            firstPrefix: indent)
    }

    private static func lines(for list: FormItemList, width: Int) -> [String] {
        let markers: [String] = list.items.indices.map { index in
            switch list.style {
            case .number: "\(index + 1). "
            case .bullet: "- "
            case .checkbox: "[ ] "
            }
        }
        // Numbers are right-aligned so the items' text starts in one column past item 9.
        let markerWidth = markers.map(\.count).max() ?? 0
        var lines: [String] = []
        for (item, marker) in zip(list.items, markers) {
            let padded = String(repeating: " ", count: markerWidth - marker.count) + marker
            lines += TextLineBreaker.lines(
                item, width: width, firstPrefix: padded,
                continuationPrefix: String(repeating: " ", count: markerWidth))
        }
        return lines
    }
}

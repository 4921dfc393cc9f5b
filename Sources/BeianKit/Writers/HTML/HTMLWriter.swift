extension FormDocument {
    /// The document as one self-contained, printable HTML page.
    ///
    /// The page has no external resources: the style sheet is embedded and sets A4 paper, the
    /// document's typeface and a 170 mm text column, so the screen shows what the printer will.
    /// The markup is also well-formed XML (every element closed, void elements written `<br/>`,
    /// attributes quoted), so XML tools can check it, and all document text is escaped: data such
    /// as `<script>` prints as those characters. The same document always gives the same bytes.
    public func html() -> String {
        var writer = HTMLWriter()
        writer.write(self)
        return writer.output
    }
}

/// Serializes a `FormDocument` as HTML; `FormDocument.html()` is its public face.
struct HTMLWriter {
    /// The page written so far.
    private(set) var output = ""

    /// Writes the whole page for `document`.
    mutating func write(_ document: FormDocument) {
        output.reserveCapacity(8_192 + document.blocks.count * 256)
        output += "<!DOCTYPE html>\n"
        output += "<html lang=\"zh-CN\" xmlns=\"http://www.w3.org/1999/xhtml\">\n"
        output += "<head>\n"
        output += "<meta charset=\"utf-8\"/>\n"
        output += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        output += "<title>"
        HTMLEscaping.append(document.title, to: &output)
        output += "</title>\n"
        output += "<style>\n"
        output += HTMLStyleSheet.css(for: document.font)
        output += "\n</style>\n"
        output += "</head>\n"
        output += "<body>\n"
        output += "<div class=\"sheet\">\n"
        blocks(document.blocks, cellAlignment: nil)
        output += "</div>\n"
        output += "</body>\n"
        output += "</html>\n"
    }

    // MARK: Blocks

    /// Writes blocks, one per line. `cellAlignment` is set inside table cells, whose alignment
    /// justified paragraphs follow.
    private mutating func blocks(_ blocks: [FormBlock], cellAlignment: FormAlignment?) {
        for block in blocks {
            self.block(block, cellAlignment: cellAlignment)
        }
    }

    private mutating func block(_ block: FormBlock, cellAlignment: FormAlignment?) {
        switch block {
        case .title(let paragraph):
            // A title is centred whatever the paragraph says: that is what makes it a title.
            output += "<h1 class=\"title\">"
            inlines(paragraph.content)
            output += "</h1>\n"
        case .heading(let paragraph):
            paragraphElement("h2", baseClass: "heading", paragraph, cellAlignment: cellAlignment)
        case .paragraph(let paragraph):
            paragraphElement("p", baseClass: nil, paragraph, cellAlignment: cellAlignment)
        case .note(let paragraph):
            paragraphElement("p", baseClass: "note", paragraph, cellAlignment: cellAlignment)
        case .list(let list):
            self.list(list)
        case .table(let table):
            self.table(table)
        case .signature(let box):
            signature(box)
        case .dateLine(let line):
            output += "<p class=\"date-line\">"
            HTMLEscaping.append(line.printedText, to: &output)
            output += "</p>\n"
        case .spacer(let lines):
            guard lines > 0 else { return }
            // One line is the body's 1.6 line height; tenths of an em keep the figure exact.
            output += "<div class=\"spacer\" style=\"height: \(Self.decimal(lines * 16, scale: 10))em\"></div>\n"
        case .pageBreak:
            output += "<div class=\"page-break\"></div>\n"
        }
    }

    private mutating func paragraphElement(
        _ tag: String, baseClass: String?, _ paragraph: FormParagraph,
        cellAlignment: FormAlignment?
    ) {
        let alignment = paragraph.alignment(inCellAligned: cellAlignment)
        let classes = [baseClass, "align-\(alignment.rawValue)"].compactMap { $0 }.joined(separator: " ")
        output += "<\(tag) class=\"\(classes)\""
        if paragraph.firstLineIndent > 0 {
            output += " style=\"text-indent: \(paragraph.firstLineIndent)em\""
        }
        output += ">"
        inlines(paragraph.content)
        output += "</\(tag)>\n"
    }

    private mutating func list(_ list: FormItemList) {
        let tag = list.style == .number ? "ol" : "ul"
        output += "<\(tag) class=\"list list-\(list.style.rawValue)\">\n"
        for item in list.items {
            output += "<li>"
            if list.style == .checkbox {
                output += "<span class=\"box\">☐</span>"
            }
            inlines(item)
            output += "</li>\n"
        }
        output += "</\(tag)>\n"
    }

    private mutating func table(_ table: FormTable) {
        output += "<table class=\"grid\">\n"
        let total = table.columnWidths.reduce(0) { $0 + max($1, 0) }
        if total > 0 {
            output += "<colgroup>"
            for width in table.columnWidths {
                // Hundredths of a percent, rounded, written without floating point so the
                // figures never depend on the platform's formatting.
                let basisPoints = (max(width, 0) * 10_000 + total / 2) / total
                output += "<col style=\"width: \(Self.decimal(basisPoints, scale: 100))%\"/>"
            }
            output += "</colgroup>\n"
        }
        output += "<tbody>\n"
        for row in table.rows {
            if let height = row.minimumHeight, height > 0 {
                // A table row's height is its minimum: content taller than this still fits.
                output += "<tr style=\"height: \(height)mm\">\n"
            } else {
                output += "<tr>\n"
            }
            for cell in row.cells {
                self.cell(cell)
            }
            output += "</tr>\n"
        }
        output += "</tbody>\n"
        output += "</table>\n"
    }

    private mutating func cell(_ cell: FormTableCell) {
        let tag = cell.isHeader ? "th" : "td"
        output += "<\(tag) class=\"align-\(cell.alignment.rawValue) valign-\(cell.verticalAlignment.rawValue)\""
        if cell.columnSpan > 1 { output += " colspan=\"\(cell.columnSpan)\"" }
        if cell.rowSpan > 1 { output += " rowspan=\"\(cell.rowSpan)\"" }
        output += ">"
        if !cell.blocks.isEmpty {
            output += "\n"
            blocks(cell.blocks, cellAlignment: cell.alignment)
        }
        output += "</\(tag)>\n"
    }

    private mutating func signature(_ box: SignatureBox) {
        output += "<div class=\"signature signature-\(box.kind.rawValue)\">"
        switch box.kind {
        case .seal:
            // The seal is stamped over the caption, as on paper forms, so the caption sits in the
            // middle of the space left for it.
            output += "<span class=\"seal-area\"><span class=\"caption\">"
            HTMLEscaping.append(box.label, to: &output)
            output += "</span></span>"
        case .signature:
            output += "<span class=\"caption\">"
            HTMLEscaping.append(box.captionWithColon, to: &output)
            output += "</span><span class=\"sign-line\"></span>"
        case .fingerprint:
            output += "<span class=\"caption\">"
            HTMLEscaping.append(box.captionWithColon, to: &output)
            output += "</span><span class=\"print-area\"></span>"
        }
        output += "</div>\n"
    }

    // MARK: FormInline content

    // FormInline content is written without added whitespace: a line break in the markup would show
    // as a space between Chinese characters.
    private mutating func inlines(_ content: [FormInline]) {
        for inline in content {
            self.inline(inline)
        }
    }

    private mutating func inline(_ inline: FormInline) {
        switch inline {
        case .text(let text, let style):
            if style.bold { output += "<b>" }
            if style.underline { output += "<u>" }
            HTMLEscaping.append(text, to: &output)
            if style.underline { output += "</u>" }
            if style.bold { output += "</b>" }
        case .checkbox(let checked, let label):
            output += "<span class=\"checkbox\"><span class=\"box\">\(checked ? "☑" : "☐")</span>"
            inlines(label)
            output += "</span>"
        case .field(let label, let value, let width):
            output += "<span class=\"field\">"
            if !label.isEmpty {
                output += "<span class=\"field-label\">"
                HTMLEscaping.append(label, to: &output)
                output += "：</span>"
            }
            if FormInline.isBlank(value) {
                blank(width: width)
            } else {
                output += "<span class=\"field-value\">"
                inlines(value)
                output += "</span>"
            }
            output += "</span>"
        case .blank(let width):
            blank(width: width)
        case .lineBreak:
            output += "<br/>"
        case .pageReference(_, let fallback):
            // A web page has no page numbers: the words the template gives instead.
            inlines(fallback)
        }
    }

    private mutating func blank(width: Int) {
        // Written open-and-closed, not `<span/>`: HTML parsers ignore the slash on non-void
        // elements and would swallow the text that follows into the span.
        output += "<span class=\"blank\" style=\"width: \(max(width, 1))em\"></span>"
    }

    /// `value / scale` as a decimal without trailing zeros: `decimal(2500, scale: 100)` is `25`,
    /// `decimal(3333, scale: 100)` is `33.33`.
    static func decimal(_ value: Int, scale: Int) -> String {
        let whole = value / scale
        var fraction = value % scale
        guard fraction != 0 else { return String(whole) }
        var digits = String(scale).count - 1
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return "\(whole)." + String(repeating: "0", count: digits - text.count) + text
    }
}

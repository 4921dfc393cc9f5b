/// word/document.xml: a document's blocks as WordprocessingML, written in one pass into one
/// pre-sized buffer.
///
/// Fonts and sizes come from the styles part (see ``DOCXStyles``); paragraphs only name their
/// style and say what differs. Forms elements (tick boxes, blanks, seal spaces) are plain text
/// and spacing, so every consumer shows them, and nothing needs numbering or drawing parts.
struct WordDocumentXML {
    /// Where blocks are being written: the page body or a table cell.
    struct BlockContext {
        /// The paragraph style of running text here; `nil` for `Normal`.
        var paragraphStyle: StaticString?
        /// The size of running text here, in half-points, for indents measured in characters.
        var fontSize: Int
        /// In a cell, the cell's alignment, which paragraphs left at the default `.justify` take.
        var cellAlignment: FormAlignment?
        /// Whether all text is bold (header cells).
        var bold: Bool
        /// The width available to a nested table, in twips.
        var width: Int
    }

    /// The properties of one paragraph that differ from its style.
    struct ParagraphProperties {
        var style: StaticString?
        var tabStop: Int?
        var exactLineHeight: Int?
        var leftIndent = 0
        var hangingIndent = 0
        var rightIndent = 0
        var firstLineChars = 0
        var firstLineTwips = 0
        var alignment: FormAlignment?
        /// A single rule on all four sides: the box a fingerprint is pressed into.
        var boxed = false
    }

    var xml: XMLBuffer
    let typography: DOCXTypography
    /// Whether the last element written is a paragraph: Word wants the body and every cell to
    /// end with one.
    var endsWithParagraph = false
    /// A page break waiting for the next body paragraph, which then starts the new page. A break
    /// written as a paragraph of its own lands on an empty page whenever the page before is full.
    var pendingPageBreak = false
    /// The anchors and page references, when the document has references: anchors become
    /// bookmarks and references `PAGEREF` fields.
    var pageAnchors: PageAnchors?

    /// The document part of `document`.
    static func bytes(of document: FormDocument) -> [UInt8] {
        let typography = DOCXTypography(document.font)
        var writer = WordDocumentXML(
            xml: XMLBuffer(capacity: 1536 + estimatedSize(of: document.blocks)),
            typography: typography)
        let anchors = PageAnchors(document)
        if !anchors.isEmpty { writer.pageAnchors = anchors }
        writer.xml.append(DOCXParts.declaration)
        writer.xml.append("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" ")
        writer.xml.append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        writer.xml.append("<w:body>\n")
        let body = BlockContext(
            paragraphStyle: nil, fontSize: typography.bodySize, cellAlignment: nil, bold: false,
            width: DOCXPageLayout.textWidth)
        writer.blocks(document.blocks, in: body)
        writer.flushPageBreak()
        if !writer.endsWithParagraph { writer.emptyParagraph(in: body) }
        writer.sectionProperties()
        writer.xml.append("</w:body></w:document>")
        return writer.xml.bytes
    }

    /// Writes `blocks`.
    mutating func blocks(_ blocks: [FormBlock], in context: BlockContext) {
        for block in blocks {
            switch block {
            case .title(let paragraph):
                // The title style centres; only an explicit other alignment is written.
                let alignment = paragraph.alignment == .justify ? nil : paragraph.alignment
                self.paragraph(paragraph, ParagraphProperties(style: "Title", alignment: alignment), in: context)
            case .heading(let paragraph):
                let alignment = paragraph.alignment == .justify ? context.cellAlignment : paragraph.alignment
                self.paragraph(paragraph, ParagraphProperties(style: "Heading1", alignment: alignment), in: context)
            case .paragraph(let paragraph):
                let alignment = resolved(paragraph.alignment, in: context)
                self.paragraph(
                    paragraph, ParagraphProperties(style: context.paragraphStyle, alignment: alignment),
                    in: context)
            case .note(let paragraph):
                let alignment = resolved(paragraph.alignment, in: context)
                self.paragraph(paragraph, ParagraphProperties(style: "Note", alignment: alignment), in: context)
            case .list(let list):
                self.list(list, in: context)
            case .table(let table):
                self.table(table, width: context.width)
            case .signature(let box):
                signature(box, in: context)
            case .dateLine(let line):
                dateLine(line, in: context)
            case .spacer(let lines):
                for _ in 0..<min(max(lines, 0), WordDocumentXML.maximumSpacerLines) { emptyParagraph(in: context) }
            case .pageBreak:
                // A page break cannot fall inside a table row; there it is left out.
                guard context.cellAlignment == nil else { continue }
                pendingPageBreak = true
            }
        }
    }

    /// The most empty lines one spacer writes: enough for any page, and a bound on output size.
    static let maximumSpacerLines = 100

    /// The most characters a first-line indent takes.
    static let maximumIndent = 20

    // MARK: - Paragraphs

    private mutating func paragraph(_ paragraph: FormParagraph, _ base: ParagraphProperties, in context: BlockContext) {
        var properties = base
        let indent = min(max(paragraph.firstLineIndent, 0), WordDocumentXML.maximumIndent)
        if indent > 0 {
            // Characters for Word, twips for consumers that ignore `firstLineChars`.
            properties.firstLineChars = indent * 100
            properties.firstLineTwips = indent * characterWidth(in: context)
        }
        open(properties)
        // A bookmark around the paragraph's text is what a PAGEREF field finds the page of.
        let bookmark = paragraph.anchor.flatMap { pageAnchors?.bookmarkIndex(for: $0) }
        if let bookmark { bookmarkStart(bookmark) }
        inlines(paragraph.content, RunStyle(bold: context.bold))
        if let bookmark { bookmarkEnd(bookmark) }
        close()
    }

    private mutating func list(_ list: FormItemList, in context: BlockContext) {
        // Marks are text followed by a tab to a stop at the hanging indent: no numbering part,
        // and the list reads the same in every consumer.
        let hang = 2 * characterWidth(in: context)
        let style = RunStyle(bold: context.bold)
        for (index, item) in list.items.enumerated() {
            open(
                ParagraphProperties(
                    style: context.paragraphStyle, tabStop: hang, leftIndent: hang, hangingIndent: hang,
                    alignment: resolved(.justify, in: context)))
            runStart(style)
            xml.append("<w:t xml:space=\"preserve\">")
            switch list.style {
            case .number:
                xml.append(number: index + 1)
                xml.append(".")
            case .bullet:
                xml.append("•")
            case .checkbox:
                xml.append("☐")
            }
            xml.append("</w:t><w:tab/></w:r>")
            inlines(item, style)
            close()
        }
    }

    private mutating func signature(_ box: SignatureBox, in context: BlockContext) {
        let style = RunStyle(bold: context.bold)
        switch box.kind {
        case .seal:
            // An empty 45 mm line above the caption: room for a 42 mm round seal, which is
            // stamped over the caption as Chinese paperwork expects.
            space(millimetres: 45, in: context)
            open(ParagraphProperties(style: context.paragraphStyle, alignment: .right))
            run(box.label, style)
        case .signature:
            open(ParagraphProperties(style: context.paragraphStyle, alignment: .right))
            label(box.label, style)
            blank(width: WordDocumentXML.signatureWidth, style)
        case .fingerprint:
            // A ruled box about 22 × 18 mm at the right, above its caption: a paragraph narrowed
            // by its indent, with borders, prints the same in Word, WPS and LibreOffice.
            // The side rules sit 4 pt outside the text, so the box is indented that much (and a
            // little) from the right margin to stay within it.
            let boxWidth = DOCXPageLayout.twips(millimetres: 22), inset = 120
            open(
                ParagraphProperties(
                    style: context.paragraphStyle, exactLineHeight: DOCXPageLayout.twips(millimetres: 18),
                    leftIndent: max(context.width - boxWidth - inset, 0), rightIndent: inset, boxed: true))
            close()
            open(ParagraphProperties(style: context.paragraphStyle, alignment: .right))
            run(box.label, style)
        }
        close()
    }

    /// The length of a signature line, in characters.
    static let signatureWidth = 8

    private mutating func dateLine(_ line: DateLine, in context: BlockContext) {
        let style = RunStyle(bold: context.bold)
        open(ParagraphProperties(style: context.paragraphStyle, alignment: .right))
        if !line.label.isEmpty { run(line.label, style) }
        if let date = line.date {
            run(date.chinese, style)
        } else {
            runStart(style)
            xml.append("<w:t xml:space=\"preserve\">　　　　年　　月　　日</w:t></w:r>")
        }
        close()
    }

    /// An empty line exactly `millimetres` high.
    private mutating func space(millimetres: Int, in context: BlockContext) {
        open(
            ParagraphProperties(
                style: context.paragraphStyle,
                exactLineHeight: DOCXPageLayout.twips(millimetres: millimetres)))
        close()
    }

    mutating func emptyParagraph(in context: BlockContext) {
        open(ParagraphProperties(style: context.paragraphStyle))
        close()
    }

    /// The width of one Chinese character of running text here, in twips.
    private func characterWidth(in context: BlockContext) -> Int {
        context.fontSize * 10
    }

    private func resolved(_ alignment: FormAlignment, in context: BlockContext) -> FormAlignment {
        alignment == .justify ? context.cellAlignment ?? .justify : alignment
    }

    /// Writes a waiting page break as a paragraph of its own, for when no paragraph follows that
    /// could carry it (a table, or the end of the document).
    mutating func flushPageBreak() {
        guard pendingPageBreak else { return }
        pendingPageBreak = false
        xml.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n")
        endsWithParagraph = true
    }

    mutating func open(_ properties: ParagraphProperties) {
        xml.append("<w:p>")
        let breaksPage = pendingPageBreak
        pendingPageBreak = false
        let hasIndent = properties.leftIndent > 0 || properties.rightIndent > 0 || properties.firstLineChars > 0
        guard
            properties.style != nil || properties.tabStop != nil || properties.exactLineHeight != nil || hasIndent
                || properties.alignment != nil || breaksPage || properties.boxed
        else { return }
        // Children in the schema's order: Word rejects a pPr whose elements are out of sequence.
        xml.append("<w:pPr>")
        if let style = properties.style {
            xml.append("<w:pStyle w:val=\"")
            xml.append(style)
            xml.append("\"/>")
        }
        if breaksPage { xml.append("<w:pageBreakBefore/>") }
        if properties.boxed {
            xml.append("<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/>")
            xml.append("<w:left w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"000000\"/>")
            xml.append("<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/>")
            xml.append("<w:right w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"000000\"/></w:pBdr>")
        }
        if let tabStop = properties.tabStop {
            xml.append("<w:tabs><w:tab w:val=\"left\" w:pos=\"")
            xml.append(number: tabStop)
            xml.append("\"/></w:tabs>")
        }
        if let height = properties.exactLineHeight {
            xml.append("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"")
            xml.append(number: height)
            xml.append("\" w:lineRule=\"exact\"/>")
        }
        if hasIndent {
            xml.append("<w:ind")
            if properties.leftIndent > 0 {
                xml.append(" w:left=\"")
                xml.append(number: properties.leftIndent)
                xml.append("\"")
            }
            if properties.rightIndent > 0 {
                xml.append(" w:right=\"")
                xml.append(number: properties.rightIndent)
                xml.append("\"")
            }
            if properties.hangingIndent > 0 {
                xml.append(" w:hanging=\"")
                xml.append(number: properties.hangingIndent)
                xml.append("\"")
            }
            if properties.firstLineChars > 0 {
                xml.append(" w:firstLineChars=\"")
                xml.append(number: properties.firstLineChars)
                xml.append("\" w:firstLine=\"")
                xml.append(number: properties.firstLineTwips)
                xml.append("\"")
            }
            xml.append("/>")
        }
        if let alignment = properties.alignment {
            switch alignment {
            case .left: xml.append("<w:jc w:val=\"left\"/>")
            case .center: xml.append("<w:jc w:val=\"center\"/>")
            case .right: xml.append("<w:jc w:val=\"right\"/>")
            case .justify: xml.append("<w:jc w:val=\"both\"/>")
            }
        }
        xml.append("</w:pPr>")
    }

    mutating func close() {
        xml.append("</w:p>\n")
        endsWithParagraph = true
    }

    private mutating func sectionProperties() {
        // Every document gets the page-numbered footer: any of them can run past a page with
        // enough websites or domains, and a reader must know when a page is missing.
        xml.append("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"")
        xml.append(DOCXParts.footerRelationship)
        xml.append("\"/><w:pgSz w:w=\"")
        xml.append(number: DOCXPageLayout.pageWidth)
        xml.append("\" w:h=\"")
        xml.append(number: DOCXPageLayout.pageHeight)
        xml.append("\"/><w:pgMar w:top=\"")
        xml.append(number: DOCXPageLayout.verticalMargin)
        xml.append("\" w:right=\"")
        xml.append(number: DOCXPageLayout.horizontalMargin)
        xml.append("\" w:bottom=\"")
        xml.append(number: DOCXPageLayout.verticalMargin)
        xml.append("\" w:left=\"")
        xml.append(number: DOCXPageLayout.horizontalMargin)
        xml.append("\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/><w:cols w:space=\"425\"/>")
        xml.append("<w:docGrid w:linePitch=\"312\"/></w:sectPr>")
    }

    /// A generous guess at the part's size, so the buffer is allocated once.
    private static func estimatedSize(of blocks: [FormBlock]) -> Int {
        var size = 0
        for block in blocks {
            switch block {
            case .title(let paragraph), .heading(let paragraph), .paragraph(let paragraph), .note(let paragraph):
                size += 160 + estimatedSize(of: paragraph.content)
            case .list(let list):
                size += list.items.reduce(0) { $0 + 220 + estimatedSize(of: $1) }
            case .table(let table):
                size += 600 + table.columnWidths.count * 32
                for row in table.rows {
                    size += 80 + row.cells.reduce(0) { $0 + 220 + estimatedSize(of: $1.blocks) }
                }
            case .signature(let box):
                size += 320 + box.label.utf8.count
            case .dateLine(let line):
                size += 200 + line.label.utf8.count
            case .spacer(let lines):
                size += 48 * min(max(lines, 0), maximumSpacerLines)
            case .pageBreak:
                size += 48
            }
        }
        return size
    }

    private static func estimatedSize(of inlines: [FormInline]) -> Int {
        var size = 0
        for inline in inlines {
            switch inline {
            case .text(let text, _): size += 64 + text.utf8.count
            case .checkbox(_, let label): size += 64 + estimatedSize(of: label)
            case .field(let label, let value, let width): size += 160 + label.utf8.count + 3 * width + estimatedSize(of: value)
            case .blank(let width): size += 80 + 3 * width
            case .lineBreak: size += 20
            case .pageReference(_, let fallback): size += 400 + estimatedSize(of: fallback)
            }
        }
        return size
    }
}

/// Lays out a document's blocks as unsplittable boxes for the paginator: one box per line of
/// text, per table row (or group of rows joined by a cell spanning them), per seal space.
struct PDFBlockLayout {
    /// Where blocks are being laid out: the page body or a table cell.
    struct Context {
        var width: Double
        var size: Double
        var lineHeight: Double
        var cellAlignment: FormAlignment?
        var bold: Bool
        var inCell: Bool
    }

    let fonts: PDFFonts
    let metrics: PDFPageMetrics
    /// Characters the faces lack, for the error that names them.
    var missing: [PDFMissingCharacter] = []
    /// The pieces cut because they were wider than their box, with where they stand.
    var overflows: [PDFOverflow] = []
    /// Where the layout is, for ``overflows``: the body block or the table row being laid out.
    var place = PDFOverflow.Place.block([])
    /// Every glyph set.
    var used = PDFGlyphUse()
    /// The page each anchor starts on, as the last layout found it: what page references print.
    var pageNumbers: [String: Int] = [:]

    init(fonts: PDFFonts, metrics: PDFPageMetrics) {
        self.fonts = fonts
        self.metrics = metrics
    }

    var bodyContext: Context {
        Context(
            width: PDFPageMetrics.textWidth, size: metrics.bodySize, lineHeight: metrics.bodyLineHeight,
            cellAlignment: nil, bold: false, inCell: false)
    }

    mutating func boxes(_ blocks: [FormBlock], in context: Context) -> [PDFBox] {
        var boxes: [PDFBox] = []
        var breakPending = false
        for block in blocks {
            var laid: [PDFBox]
            if !context.inCell { place = Self.place(of: block) }
            switch block {
            case .title(let paragraph):
                var title = context
                title.size = metrics.titleSize
                title.lineHeight = metrics.titleSize * PDFPageMetrics.singleLine
                let alignment = paragraph.alignment == .justify ? .center : paragraph.alignment
                laid = lines(paragraph.content, alignment: alignment, indent: 0, role: metrics.titleRole, in: title)
                if !laid.isEmpty { laid[laid.count - 1].height += 15.6 }
                Self.anchor(&laid, paragraph)
                laid = laid.map {
                    var box = $0; box.keepWithNext = true; return box
                }
            case .heading(let paragraph):
                var heading = context
                heading.size = metrics.headingSize
                heading.lineHeight = metrics.headingSize * PDFPageMetrics.singleLine * 1.2
                let alignment = paragraph.alignment == .justify ? context.cellAlignment ?? .left : paragraph.alignment
                laid = lines(paragraph.content, alignment: alignment, indent: 0, role: metrics.headingRole, in: heading)
                Self.anchor(&laid, paragraph)
                laid = laid.map {
                    var box = $0; box.keepWithNext = true; return box
                }
                if !laid.isEmpty && !context.inCell { laid.insert(PDFBox(height: 7.8, keepWithNext: true), at: 0) }
            case .paragraph(let paragraph):
                let indent = Double(min(max(paragraph.firstLineIndent, 0), WordDocumentXML.maximumIndent)) * context.size
                laid = lines(
                    paragraph.content, alignment: resolved(paragraph.alignment, context), indent: indent,
                    role: metrics.bodyRole, in: context)
                Self.anchor(&laid, paragraph)
            case .note(let paragraph):
                var note = context
                note.size = metrics.noteSize
                note.lineHeight = metrics.noteSize * PDFPageMetrics.singleLine
                laid = lines(
                    paragraph.content, alignment: resolved(paragraph.alignment, context), indent: 0,
                    role: metrics.bodyRole, in: note)
            case .list(let list):
                laid = self.list(list, in: context)
            case .table(let table):
                var tables = PDFTableLayout(layout: self)
                laid = tables.boxes(table, width: context.width)
                missing += tables.layout.missing
                overflows = tables.layout.overflows
                used = tables.layout.used
            case .signature(let box):
                laid = signature(box, in: context)
            case .dateLine(let line):
                let text = line.label + (line.date?.chinese ?? DateLine.handwrittenDate)
                laid = lines([.text(text, .plain)], alignment: .right, indent: 0, role: metrics.bodyRole, in: context)
            case .spacer(let count):
                laid = Array(
                    repeating: PDFBox(height: context.lineHeight),
                    count: min(max(count, 0), WordDocumentXML.maximumSpacerLines))
            case .pageBreak:
                if !context.inCell { breakPending = true }
                continue
            }
            if breakPending, !laid.isEmpty {
                laid[0].pageBreakBefore = true
                breakPending = false
            }
            boxes += laid
        }
        return boxes
    }

    /// The place a body block gives its overflows; a table's rows give their own.
    private static func place(of block: FormBlock) -> PDFOverflow.Place {
        switch block {
        case .title(let paragraph), .heading(let paragraph), .paragraph(let paragraph), .note(let paragraph):
            .block(paragraph.content)
        case .list(let list): .block(list.items.first ?? [])
        case .signature(let box): .block([.text(box.label, .plain)])
        case .dateLine(let line): .block([.text(line.label, .plain)])
        case .table, .spacer, .pageBreak: .block([])
        }
    }

    /// Marks the paragraph's first line as where its anchor is.
    private static func anchor(_ laid: inout [PDFBox], _ paragraph: FormParagraph) {
        guard let anchor = paragraph.anchor, !laid.isEmpty else { return }
        laid[0].anchors.append(anchor)
    }

    private func resolved(_ alignment: FormAlignment, _ context: Context) -> FormAlignment {
        alignment == .justify ? context.cellAlignment ?? .justify : alignment
    }

    /// The lines of a paragraph, one box each.
    mutating func lines(
        _ content: [FormInline], alignment: FormAlignment, indent: Double, hang: Double = 0,
        marker: [FormInline]? = nil, role: PDFFonts.Role, in context: Context
    ) -> [PDFBox] {
        let style = PDFRunStyle(role: context.bold ? role.bold : role, size: context.size)
        var breaker = PDFLineBreaker(fonts: fonts, pageNumbers: pageNumbers)
        breaker.add(content, style: style)
        let lines = breaker.lines(width: context.width - hang, firstIndent: indent)
        missing += breaker.missing
        overflows += breaker.overflows.map { PDFOverflow(text: $0, place: place) }
        used.merge(breaker.used)
        var boxes: [PDFBox] = []
        for (index, line) in lines.enumerated() {
            let left = hang + (index == 0 ? indent : 0)
            var drawings = PDFTextSetter.draw(
                line, left: left, top: 0, width: context.width - left,
                lineHeight: context.lineHeight, alignment: alignment)
            if index == 0, let marker {
                var markerBreaker = PDFLineBreaker(fonts: fonts)
                markerBreaker.add(marker, style: style)
                missing += markerBreaker.missing
                used.merge(markerBreaker.used)
                for markerLine in markerBreaker.lines(width: hang + 1000) {
                    drawings += PDFTextSetter.draw(
                        markerLine, left: 0, top: 0, width: hang,
                        lineHeight: context.lineHeight, alignment: .left)
                }
            }
            boxes.append(PDFBox(height: context.lineHeight, drawings: drawings))
        }
        return boxes
    }

    private mutating func list(_ list: FormItemList, in context: Context) -> [PDFBox] {
        let hang = 2 * context.size
        var boxes: [PDFBox] = []
        for (index, item) in list.items.enumerated() {
            let marker: [FormInline]
            switch list.style {
            case .number: marker = [.text("\(index + 1).", .plain)]
            case .bullet: marker = [.text("•", .plain)]
            case .checkbox: marker = [.checkbox(checked: false, label: [])]
            }
            if !context.inCell { place = .block(item) }
            boxes += lines(
                item, alignment: resolved(.justify, context), indent: 0, hang: hang, marker: marker,
                role: metrics.bodyRole, in: context)
        }
        return boxes
    }

    private mutating func signature(_ box: SignatureBox, in context: Context) -> [PDFBox] {
        switch box.kind {
        case .seal:
            // 45 mm for a 42 mm round seal, stamped over the caption below it.
            var space = PDFBox(height: 45 * 72 / 25.4)
            space.keepWithNext = true
            return [space] + lines([.text(box.label, .plain)], alignment: .right, indent: 0, role: metrics.bodyRole, in: context)
        case .signature:
            return lines(
                [.text(box.captionWithColon, .plain), .blank(width: WordDocumentXML.signatureWidth)],
                alignment: .right, indent: 0, role: metrics.bodyRole, in: context)
        case .fingerprint:
            let width = 22 * 72 / 25.4, height = 18 * 72 / 25.4
            let frame = PDFBox(
                height: height + 4,
                drawings: [
                    .rect(
                        x: context.width - width - 6, y: 2, width: width,
                        height: height, fill: nil)
                ], keepWithNext: true)
            return [frame] + lines([.text(box.label, .plain)], alignment: .right, indent: 0, role: metrics.bodyRole, in: context)
        }
    }
}

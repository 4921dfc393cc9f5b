/// Places boxes on A4 pages: a box that does not fit starts a new page, together with the
/// boxes it keeps with (a heading and its first line, header rows and the row below); a table
/// continued on a new page gets its heading rows again. Then every page of a document longer
/// than one gets "第 N 页 共 M 页" at its foot.
struct PDFPaginator {
    /// Each page's drawings, in points from the page's top-left corner.
    private(set) var pages: [[PDFDrawing]] = [[]]
    /// The page (from 1) each anchor's paragraph starts on.
    private(set) var anchorPages: [String: Int] = [:]
    private var y = 0.0
    private var pageHasContent = false

    mutating func place(_ boxes: [PDFBox]) {
        let available = PDFPageMetrics.textHeight
        for (index, box) in boxes.enumerated() {
            if box.pageBreakBefore, pageHasContent { newPage() }
            if let cells = box.tallRow {
                placeSplitting(cells, header: box.repeatedHeader)
                continue
            }
            // The height that must land on this page: the box and those it keeps with.
            var needed = box.height
            var next = index
            while boxes[next].keepWithNext, next + 1 < boxes.count, needed < available {
                next += 1
                needed += boxes[next].height
            }
            if needed > available { needed = box.height }
            if y + needed > available + 0.01, pageHasContent {
                newPage()
                for header in box.repeatedHeader { put(header) }
            }
            put(box)
        }
    }

    /// A row taller than a page: its first slice fills what is left of this page (unless that is
    /// less than a few lines), the others whole pages under the repeated heading rows.
    private mutating func placeSplitting(_ cells: [PDFTableLayout.PlacedCell], header: [PDFBox]) {
        let available = PDFPageMetrics.textHeight
        let headerHeight = header.reduce(0) { $0 + $1.height }
        if available - y < 72, pageHasContent {
            newPage()
            for box in header { put(box) }
        }
        let slices = PDFTableLayout.split(cells, first: available - y, rest: available - headerHeight)
        for (index, slice) in slices.enumerated() {
            if index > 0 {
                newPage()
                for box in header { put(box) }
            }
            put(slice)
        }
    }

    private mutating func put(_ box: PDFBox) {
        let left = PDFPageMetrics.horizontalMargin, top = PDFPageMetrics.verticalMargin + y
        pages[pages.count - 1] += box.drawings.map { $0.offset(left, top) }
        for anchor in box.anchors where anchorPages[anchor] == nil { anchorPages[anchor] = pages.count }
        y += box.height
        pageHasContent = true
    }

    private mutating func newPage() {
        pages.append([])
        y = 0
        pageHasContent = false
    }

    /// Adds the page numbers, laid out by `layout` in note size, when there is more than one page.
    mutating func numberPages(with layout: inout PDFBlockLayout) {
        guard pages.count > 1 else { return }
        let total = pages.count
        var context = layout.bodyContext
        context.size = layout.metrics.noteSize
        context.lineHeight = layout.metrics.noteSize * PDFPageMetrics.singleLine
        for page in pages.indices {
            let boxes = layout.lines(
                [.text("第 \(page + 1) 页 共 \(total) 页", .plain)], alignment: .center, indent: 0,
                role: layout.metrics.bodyRole, in: context)
            let top = PDFPageMetrics.pageHeight - PDFPageMetrics.footerBaseline - context.lineHeight
            for box in boxes {
                pages[page] += box.drawings.map { $0.offset(PDFPageMetrics.horizontalMargin, top) }
            }
        }
    }
}

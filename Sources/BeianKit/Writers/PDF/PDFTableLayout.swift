/// Tables for the PDF: the grid of ``DOCXTableLayout`` (the markup's column proportions),
/// cells wrapped in their width, every row as tall as its tallest cell (and at least its minimum
/// height), 0.5 pt rules, header cells shaded. Rows joined by a cell spanning them form one
/// box, so the paginator never splits them; leading rows of column headings repeat at the top
/// of every page the table runs onto.
struct PDFTableLayout {
    var layout: PDFBlockLayout

    init(layout: PDFBlockLayout) {
        self.layout = layout
        self.layout.missing = []
    }

    /// A cell's content laid out, waiting for its row's height.
    struct PlacedCell: Sendable {
        var row: Int
        var lastRow: Int
        var x: Double
        var width: Double
        var content: [PDFBox]
        var contentHeight: Double
        var cell: FormTableCell?
    }

    mutating func boxes(_ table: FormTable, width: Double) -> [PDFBox] {
        guard !table.rows.isEmpty else { return [] }
        // DOCXTableLayout works in integers: hundredths of a point keep the widths exact enough.
        let grid = DOCXTableLayout(table, width: Int(width * 100))
        let padding = PDFPageMetrics.cellPadding, vertical = PDFPageMetrics.cellVerticalPadding
        var heights = table.rows.map { row in Double(min(max(row.minimumHeight ?? 0, 0), WordDocumentXML.maximumRowHeight)) * 72 / 25.4 }
        var placed: [PlacedCell] = []
        for (rowIndex, (row, slots)) in zip(table.rows, grid.rows).enumerated() {
            var x = 0.0
            for slot in slots {
                let slotWidth = Double(slot.width) / 100
                defer { x += slotWidth }
                switch slot.content {
                case .continuation:
                    continue
                case .filler:
                    placed.append(
                        PlacedCell(
                            row: rowIndex, lastRow: rowIndex, x: x, width: slotWidth, content: [],
                            contentHeight: 0, cell: nil))
                case .cell(let index):
                    let cell = row.cells[index]
                    let context = PDFBlockLayout.Context(
                        width: max(slotWidth - 2 * padding, 12), size: layout.metrics.tableSize,
                        lineHeight: layout.metrics.tableSize * PDFPageMetrics.singleLine,
                        cellAlignment: cell.alignment, bold: cell.isHeader, inCell: true)
                    layout.place = .row(row.cells)
                    let content = layout.boxes(cell.blocks, in: context)
                    let height = content.reduce(0) { $0 + $1.height } + 2 * vertical
                    let lastRow = min(rowIndex + max(cell.rowSpan, 1) - 1, table.rows.count - 1)
                    placed.append(
                        PlacedCell(
                            row: rowIndex, lastRow: lastRow, x: x, width: slotWidth, content: content,
                            contentHeight: height, cell: cell))
                    if lastRow == rowIndex { heights[rowIndex] = max(heights[rowIndex], height) }
                }
            }
        }
        // A cell spanning rows that needs more than they give stretches the last of them.
        for cell in placed where cell.lastRow > cell.row {
            let available = heights[cell.row...cell.lastRow].reduce(0, +)
            if available < cell.contentHeight { heights[cell.lastRow] += cell.contentHeight - available }
        }
        // Bands: runs of rows no spanning cell crosses the boundary of.
        var bandEnd = Array(0..<table.rows.count)
        for cell in placed where cell.lastRow > cell.row {
            for row in cell.row...cell.lastRow { bandEnd[row] = max(bandEnd[row], cell.lastRow) }
        }
        var tops = [0.0]
        for height in heights { tops.append(tops[tops.count - 1] + height) }

        var boxes: [PDFBox] = []
        var headerCount = 0
        var leading = true
        var row = 0
        while row < table.rows.count {
            var end = bandEnd[row]
            var scan = row
            while scan <= end {
                end = max(end, bandEnd[scan])
                scan += 1
            }
            let bandCells = placed.filter { $0.row >= row && $0.row <= end }
            if row == end, tops[end + 1] - tops[row] > PDFTableLayout.tallestRow {
                // Taller than a page: the one case a row is split, between lines of its cells,
                // which the paginator does where the page ends.
                boxes.append(PDFBox(height: tops[end + 1] - tops[row], tallRow: bandCells))
                row = end + 1
                continue
            }
            var box = PDFBox(height: tops[end + 1] - tops[row])
            for cell in bandCells {
                let top = tops[cell.row] - tops[row]
                let height = tops[cell.lastRow + 1] - tops[cell.row]
                if cell.cell?.isHeader == true {
                    box.drawings.append(.rect(x: cell.x, y: top, width: cell.width, height: height, fill: 0.95))
                }
                box.drawings.append(.rect(x: cell.x, y: top, width: cell.width, height: height, fill: nil))
                let slack = height - cell.contentHeight
                var y = top + vertical
                switch cell.cell?.verticalAlignment ?? .center {
                case .top: break
                case .center: y += slack / 2
                case .bottom: y += slack
                }
                for content in cell.content {
                    box.drawings += content.drawings.map { $0.offset(cell.x + padding, y) }
                    box.anchors += content.anchors
                    y += content.height
                }
            }
            // Rows of column headings (two cells or more, all header cells) at the top repeat.
            let rowCells = table.rows[row].cells
            leading = leading && row == end && rowCells.count > 1 && rowCells.allSatisfy(\.isHeader)
            if leading { headerCount += 1 }
            // Any row of header cells introduces the rows after it.
            if !rowCells.isEmpty && rowCells.allSatisfy(\.isHeader) { box.keepWithNext = true }
            boxes.append(box)
            row = end + 1
        }
        let header = Array(boxes.prefix(headerCount)).map { box -> PDFBox in
            var box = box
            box.keepWithNext = false
            return box
        }
        for index in boxes.indices.dropFirst(headerCount) { boxes[index].repeatedHeader = header }
        if let last = boxes.indices.last { boxes[last].keepWithNext = false }
        return boxes
    }

    /// The tallest row kept whole: a page's text height, less room for repeated heading rows.
    static let tallestRow = PDFPageMetrics.textHeight - 80

    /// A row taller than a page as slices, the first at most `first` high and the rest at most
    /// `rest`: each cell's lines taken in order while they fit, set from the top, its rules drawn
    /// on every slice.
    static func split(_ cells: [PlacedCell], first: Double, rest: Double) -> [PDFBox] {
        let padding = PDFPageMetrics.cellPadding, vertical = PDFPageMetrics.cellVerticalPadding
        var next = Array(repeating: 0, count: cells.count)
        var slices: [PDFBox] = []
        while cells.indices.contains(where: { next[$0] < cells[$0].content.count }) || slices.isEmpty {
            var taken: [[PDFBox]] = []
            var height = 0.0
            for (index, cell) in cells.enumerated() {
                var used = 2 * vertical
                var lines: [PDFBox] = []
                while next[index] < cell.content.count {
                    let line = cell.content[next[index]]
                    // A line taller than a slice still goes somewhere: alone on its slice.
                    let limit = slices.isEmpty ? first : rest
                    guard used + line.height <= limit || lines.isEmpty && slices.count > 0 else { break }
                    lines.append(line)
                    used += line.height
                    next[index] += 1
                }
                taken.append(lines)
                height = max(height, used)
            }
            var box = PDFBox(height: height)
            for (index, cell) in cells.enumerated() {
                if cell.cell?.isHeader == true {
                    box.drawings.append(.rect(x: cell.x, y: 0, width: cell.width, height: height, fill: 0.95))
                }
                box.drawings.append(.rect(x: cell.x, y: 0, width: cell.width, height: height, fill: nil))
                var y = vertical
                for line in taken[index] {
                    box.drawings += line.drawings.map { $0.offset(cell.x + padding, y) }
                    box.anchors += line.anchors
                    y += line.height
                }
            }
            slices.append(box)
        }
        return slices
    }
}

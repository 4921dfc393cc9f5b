/// Draws a table as a character grid for the text writer:
///
///     +----------+------------------+
///     | 单位名称 | 示例科技有限公司 |
///     +----------+------------------+
///
/// Borders are ASCII `+ - |` rather than box-drawing characters, which Chinese terminals and
/// fonts often draw two columns wide and so would break the grid. Column widths follow the
/// table's proportions and count Chinese characters as two columns; merged cells span their
/// columns and rows, and every line of a grid has the same display width.
struct TextGrid {
    /// Where a cell sits in the grid, in columns and rows.
    private struct Placement {
        var cell: FormTableCell?
        var row: Int
        var column: Int
        var rowSpan: Int
        var columnSpan: Int
    }

    /// One position of the character canvas; a wide character's second column is `nil`.
    private typealias Slot = Character?

    /// Lines for one row of handwriting space per this many millimetres of minimum row height:
    /// the text stays readable while a tall row still looks like room to write.
    private static let millimetresPerLine = 10

    /// The grid lines of `table` at most `width` columns wide (wider only when its columns
    /// cannot be narrower). `content` lays out a cell's blocks within a given width.
    static func lines(
        for table: FormTable, width: Int,
        content: (FormTableCell, Int) -> [String]
    ) -> [String] {
        guard !table.rows.isEmpty else { return [] }
        let (placements, columnCount) = place(table)
        let widths = columnWidths(table.columnWidths, count: columnCount, total: width)

        // x of each vertical border; content starts two columns right of it.
        var xs = [0]
        for columnWidth in widths { xs.append(xs[xs.count - 1] + columnWidth + 3) }

        var cellLines: [[String]] = []
        for placement in placements {
            let innerWidth = xs[placement.column + placement.columnSpan] - xs[placement.column] - 3
            cellLines.append(placement.cell.map { content($0, innerWidth) } ?? [])
        }

        var heights = table.rows.map { row in
            max(1, (row.minimumHeight ?? 0) / millimetresPerLine)
        }
        for (index, placement) in placements.enumerated() where placement.rowSpan == 1 {
            heights[placement.row] = max(heights[placement.row], cellLines[index].count)
        }
        // Merged rows share their height; the last one grows if the cell needs more.
        for (index, placement) in placements.enumerated() where placement.rowSpan > 1 {
            let spanned = placement.row..<(placement.row + placement.rowSpan)
            let available = spanned.reduce(0) { $0 + heights[$1] } + placement.rowSpan - 1
            if cellLines[index].count > available {
                heights[spanned.upperBound - 1] += cellLines[index].count - available
            }
        }
        var ys = [0]
        for height in heights { ys.append(ys[ys.count - 1] + height + 1) }

        var canvas = Array(
            repeating: Array(repeating: Slot(" "), count: xs[xs.count - 1] + 1),
            count: ys[ys.count - 1] + 1)
        for placement in placements {
            drawBorder(placement, xs: xs, ys: ys, on: &canvas)
        }
        for (index, placement) in placements.enumerated() {
            let left = xs[placement.column] + 2
            let right = xs[placement.column + placement.columnSpan] - 1
            let top = ys[placement.row] + 1
            let height = ys[placement.row + placement.rowSpan] - top
            let lines = cellLines[index]
            let offset: Int
            switch placement.cell?.verticalAlignment ?? .top {
            case .top: offset = 0
            case .center: offset = max(height - lines.count, 0) / 2
            case .bottom: offset = max(height - lines.count, 0)
            }
            for (lineIndex, line) in lines.prefix(height).enumerated() {
                write(line, row: top + offset + lineIndex, from: left, before: right, on: &canvas)
            }
        }
        return canvas.map { slots in String(slots.compactMap { $0 }) }
    }

    // MARK: Placing cells

    /// Each cell's row and column, and the grid's column count. Cells spanning past the table or
    /// onto an occupied position are shortened; positions no cell covers get an empty cell, so
    /// the grid has no holes.
    private static func place(_ table: FormTable) -> ([Placement], Int) {
        let rowCount = table.rows.count
        var occupied = Array(repeating: [Bool](), count: rowCount)
        func isOccupied(_ row: Int, _ column: Int) -> Bool {
            column < occupied[row].count && occupied[row][column]
        }
        var placements: [Placement] = []
        for (rowIndex, row) in table.rows.enumerated() {
            var column = 0
            for cell in row.cells {
                while isOccupied(rowIndex, column) { column += 1 }
                var rowSpan = min(max(cell.rowSpan, 1), rowCount - rowIndex)
                var columnSpan = max(cell.columnSpan, 1)
                // A span past the declared columns is a mistake in the markup, not a request for
                // more columns.
                let declared = table.columnWidths.count
                if column < declared { columnSpan = min(columnSpan, declared - column) }
                while columnSpan > 1, (0..<rowSpan).contains(where: { isOccupied(rowIndex + $0, column + columnSpan - 1) }) {
                    columnSpan -= 1
                }
                while rowSpan > 1, (0..<columnSpan).contains(where: { isOccupied(rowIndex + rowSpan - 1, column + $0) }) {
                    rowSpan -= 1
                }
                for r in rowIndex..<(rowIndex + rowSpan) {
                    if occupied[r].count < column + columnSpan {
                        occupied[r] += Array(repeating: false, count: column + columnSpan - occupied[r].count)
                    }
                    for c in column..<(column + columnSpan) { occupied[r][c] = true }
                }
                placements.append(
                    Placement(
                        cell: cell, row: rowIndex, column: column,
                        rowSpan: rowSpan, columnSpan: columnSpan))
                column += columnSpan
            }
        }
        let columnCount = max(table.columnWidths.count, occupied.map(\.count).max() ?? 0, 1)
        for row in 0..<rowCount {
            for column in 0..<columnCount where !isOccupied(row, column) {
                placements.append(Placement(cell: nil, row: row, column: column, rowSpan: 1, columnSpan: 1))
            }
        }
        return (placements, columnCount)
    }

    // MARK: Column widths

    /// Content widths of `count` columns in the proportions of `weights`, filling `total`
    /// columns with borders and padding. Each column holds at least one Chinese character;
    /// the spare columns are shared by largest remainder, so the widths always add up.
    private static func columnWidths(_ weights: [Int], count: Int, total: Int) -> [Int] {
        var weights = weights.prefix(count).map { max($0, 0) }
        let known = weights.reduce(0, +)
        // Columns the table declares no width for take an average share.
        let fallback = weights.isEmpty || known == 0 ? 1 : max(known / weights.count, 1)
        if known == 0 { weights = weights.map { _ in 1 } }
        weights += Array(repeating: fallback, count: count - weights.count)
        let weightSum = weights.reduce(0, +)

        let minimum = 2
        let spare = max(total - (3 * count + 1) - minimum * count, 0)
        var widths = weights.map { minimum + spare * $0 / weightSum }
        let remainders = weights.enumerated()
            .map { (index: $0.offset, remainder: spare * $0.element % weightSum) }
            .sorted { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        var left = spare - weights.reduce(0) { $0 + spare * $1 / weightSum }
        for entry in remainders where left > 0 {
            widths[entry.index] += 1
            left -= 1
        }
        return widths
    }

    // MARK: Drawing

    private static func drawBorder(_ placement: Placement, xs: [Int], ys: [Int], on canvas: inout [[Slot]]) {
        let left = xs[placement.column], right = xs[placement.column + placement.columnSpan]
        let top = ys[placement.row], bottom = ys[placement.row + placement.rowSpan]
        for x in left...right {
            let mark: Character = x == left || x == right ? "+" : "-"
            merge(mark, at: x, top, on: &canvas)
            merge(mark, at: x, bottom, on: &canvas)
        }
        for y in (top + 1)..<bottom {
            merge("|", at: left, y, on: &canvas)
            merge("|", at: right, y, on: &canvas)
        }
    }

    /// Neighbouring cells share borders: where a line meets a crossing line or a corner, the
    /// position becomes a `+`.
    private static func merge(_ mark: Character, at x: Int, _ y: Int, on canvas: inout [[Slot]]) {
        switch canvas[y][x] {
        case " ": canvas[y][x] = mark
        case mark: break
        default: canvas[y][x] = "+"
        }
    }

    /// Writes `line` into row `row` from column `start`, stopping before column `limit` so a
    /// line that is too long is cut instead of breaking the border.
    private static func write(_ line: String, row: Int, from start: Int, before limit: Int, on canvas: inout [[Slot]]) {
        var x = start
        for character in line {
            let width = DisplayWidth.of(character)
            guard x + width <= limit else { break }
            // A lone zero-width character (a zero-width space) has no column of its own and
            // nothing to show.
            if width == 0 { continue }
            canvas[row][x] = character
            if width == 2 { canvas[row][x + 1] = nil }
            x += width
        }
    }
}

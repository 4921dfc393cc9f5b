/// A table placed on Word's grid: column widths in twips, and for every row the cells Word needs,
/// in order.
///
/// The document model writes tables the way HTML does: a cell spanning rows appears only in its
/// first row and later rows leave it out. Word instead wants a cell in every row it covers, the
/// first marked `vMerge restart` and the rest `vMerge` continuations, so the layout puts the
/// continuations back. Rows that end short are filled out with an empty cell, and cells that run
/// past the last column widen the grid, so odd input still gives a rectangular table that loses
/// no text.
struct DOCXTableLayout {
    /// One cell of Word's table.
    struct Slot {
        /// What fills the slot.
        enum Content {
            /// A cell of the model, by its index in the row.
            case cell(Int)
            /// The continuation, in a later row, of a cell spanning rows.
            case continuation(of: FormTableCell)
            /// An empty cell padding a short row.
            case filler
        }

        /// What fills the slot.
        var content: Content
        /// Whether the cell continues downwards (`vMerge restart`).
        var startsMerge: Bool
        /// The number of grid columns covered.
        var span: Int
        /// The width in twips.
        var width: Int
    }

    /// Grid column widths in twips, summing to the table width.
    let columnWidths: [Int]
    /// The slots of each row, left to right.
    let rows: [[Slot]]

    /// Lays out `table` to fill `width` twips.
    init(_ table: FormTable, width: Int) {
        // A cell spanning rows, still to be continued in `remaining` later rows.
        struct Merge {
            var column: Int
            var span: Int
            var remaining: Int
            var cell: FormTableCell
        }
        var merges: [Merge] = []
        var placed: [[(content: Slot.Content, column: Int, span: Int, startsMerge: Bool)]] = []
        placed.reserveCapacity(table.rows.count)
        var columnCount = max(table.columnWidths.count, 1)

        for row in table.rows {
            var slots: [(content: Slot.Content, column: Int, span: Int, startsMerge: Bool)] = []
            slots.reserveCapacity(row.cells.count + merges.count + 1)
            var column = 0
            var cellIndex = 0
            var started: [Merge] = []
            while true {
                if let index = merges.firstIndex(where: { $0.column == column && $0.remaining > 0 }) {
                    slots.append((.continuation(of: merges[index].cell), column, merges[index].span, false))
                    merges[index].remaining -= 1
                    column += merges[index].span
                    continue
                }
                // The next column a continuation holds, which a new cell must not run into.
                let blocked = merges.lazy.filter { $0.remaining > 0 && $0.column > column }.map(\.column).min()
                if cellIndex < row.cells.count {
                    let cell = row.cells[cellIndex]
                    var span = max(cell.columnSpan, 1)
                    if let blocked { span = min(span, blocked - column) }
                    let spansRows = cell.rowSpan > 1
                    slots.append((.cell(cellIndex), column, span, spansRows))
                    if spansRows {
                        started.append(Merge(column: column, span: span, remaining: cell.rowSpan - 1, cell: cell))
                    }
                    cellIndex += 1
                    column += span
                } else if let blocked {
                    slots.append((.filler, column, blocked - column, false))
                    column = blocked
                } else {
                    break
                }
            }
            merges.removeAll { $0.remaining == 0 }
            merges.append(contentsOf: started)
            columnCount = max(columnCount, column)
            placed.append(slots)
        }

        let widths = DOCXTableLayout.columnWidths(table.columnWidths, count: columnCount, total: width)
        var offsets = [0]
        offsets.reserveCapacity(widths.count + 1)
        for width in widths { offsets.append(offsets[offsets.count - 1] + width) }

        columnWidths = widths
        rows = placed.map { slots in
            var row = slots.map { slot in
                Slot(
                    content: slot.content, startsMerge: slot.startsMerge, span: slot.span,
                    width: offsets[slot.column + slot.span] - offsets[slot.column])
            }
            let end = slots.last.map { $0.column + $0.span } ?? 0
            if end < columnCount {
                row.append(
                    Slot(
                        content: .filler, startsMerge: false, span: columnCount - end,
                        width: offsets[columnCount] - offsets[end]))
            }
            return row
        }
    }

    /// `count` widths in twips in the proportions of `relative`, summing exactly to `total`.
    /// Columns past the given proportions get their average; nonsense (negative, all zero) gives
    /// equal columns.
    static func columnWidths(_ relative: [Int], count: Int, total: Int) -> [Int] {
        // Capped so the arithmetic below cannot overflow, whatever the proportions.
        var weights = relative.prefix(count).map { min(max($0, 0), 1_000_000) }
        let given = weights.reduce(0, +)
        let filler = weights.isEmpty || given == 0 ? 1 : max(given / weights.count, 1)
        if given == 0 { weights = weights.map { _ in 1 } }
        weights += repeatElement(filler, count: count - weights.count)
        let sum = weights.reduce(0, +)
        // Rounding cumulative positions rather than each width keeps the sum exact.
        var widths: [Int] = []
        widths.reserveCapacity(count)
        var cumulative = 0
        var previous = 0
        for weight in weights {
            cumulative += weight
            let position = (cumulative * total + sum / 2) / sum
            widths.append(position - previous)
            previous = position
        }
        return widths
    }
}

/// Maps `<table>`, `<row>` and `<cell>` to a `FormTable`, checking that the rows and spans form a grid.
struct TableBuilder {
    /// The builder of the document the table is in.
    let document: DocumentBuilder

    private var markup: RenderedMarkup { document.markup }
    private var attributes: AttributeReader { document.attributes }

    /// The elements a cell may hold besides inline content.
    private static let cellBlocks: Set<String> = ["paragraph", "list", "signature", "date-line"]

    /// A `<table>`.
    func table(_ element: MarkupNode) throws(MarkupError) -> FormTable {
        let widths = try attributes.numbers("widths", of: element)
        var rows: [(element: MarkupNode, row: FormTableRow)] = []
        for child in try document.elementChildren(of: element) {
            guard child.name == "row" else {
                throw markup.error("<\(child.name)> cannot stand inside a <table>; use <row>", at: child)
            }
            rows.append((child, try row(child)))
        }
        guard let first = rows.first else {
            throw markup.error("<table> has no rows", at: element)
        }
        let columns = first.row.cells.reduce(0) { $0 + $1.columnSpan }
        guard widths.count == columns else {
            throw markup.error(
                "<table> widths=\"\(element.attribute("widths") ?? "")\" gives \(widths.count) column widths, "
                    + "but its first row has \(columns) columns", at: element)
        }
        try checkGrid(rows, columns: columns)
        return FormTable(columnWidths: widths, rows: rows.map(\.row))
    }

    /// A `<row>`.
    private func row(_ element: MarkupNode) throws(MarkupError) -> FormTableRow {
        var cells: [FormTableCell] = []
        for child in try document.elementChildren(of: element) {
            guard child.name == "cell" else {
                throw markup.error("<\(child.name)> cannot stand inside a <row>; use <cell>", at: child)
            }
            cells.append(try cell(child))
        }
        return FormTableRow(cells: cells, minimumHeight: try attributes.optionalNumber("height", of: element))
    }

    /// A `<cell>`: inline content between its blocks becomes paragraphs aligned like the cell.
    private func cell(_ element: MarkupNode) throws(MarkupError) -> FormTableCell {
        let alignment = try attributes.choice("align", of: element, default: FormAlignment.left)
        var blocks: [FormBlock] = []
        var pending: [MarkupNode] = []
        func flush() throws(MarkupError) {
            defer { pending.removeAll() }
            let content = try document.inlines(of: pending, style: .plain)
            if !MarkupText.isBlank(content) {
                blocks.append(.paragraph(FormParagraph(content, alignment: alignment)))
            }
        }
        for child in element.children {
            guard child.kind == .element, Self.cellBlocks.contains(child.name) else {
                pending.append(child)
                continue
            }
            try flush()
            // A paragraph without its own align follows the cell's, like the implicit ones.
            blocks.append(
                child.name == "paragraph"
                    ? .paragraph(try document.paragraph(child, inheritedAlignment: alignment))
                    : try document.block(child))
        }
        try flush()
        return FormTableCell(
            blocks: blocks,
            columnSpan: try attributes.number("colspan", of: element, default: 1),
            rowSpan: try attributes.number("rowspan", of: element, default: 1),
            alignment: alignment,
            verticalAlignment: try attributes.choice("valign", of: element, default: FormVerticalAlignment.center),
            isHeader: try attributes.flag("header", of: element, default: false))
    }

    /// Checks every row fills exactly `columns` columns, counting cells that span down into it,
    /// and no cell spans below the last row: writers lay tables out on this grid.
    private func checkGrid(_ rows: [(element: MarkupNode, row: FormTableRow)], columns: Int) throws(MarkupError) {
        // How many more rows each column is still covered by a cell from above.
        var coveredFor = Array(repeating: 0, count: columns)
        for (index, (element, row)) in rows.enumerated() {
            var column = 0
            for cell in row.cells {
                while column < columns, coveredFor[column] > 0 { column += 1 }
                guard column + cell.columnSpan <= columns else {
                    throw markup.error("<row> has cells for more than the table's \(columns) columns", at: element)
                }
                guard coveredFor[column..<column + cell.columnSpan].allSatisfy({ $0 == 0 }) else {
                    throw markup.error("a cell of this <row> overlaps a cell spanning down from a row above", at: element)
                }
                guard index + cell.rowSpan <= rows.count else {
                    throw markup.error("a cell of this <row> spans \(cell.rowSpan) rows, past the end of the table", at: element)
                }
                for spanned in column..<column + cell.columnSpan { coveredFor[spanned] = cell.rowSpan }
                column += cell.columnSpan
            }
            let filled = coveredFor.filter { $0 > 0 }.count
            guard filled == columns else {
                throw markup.error("<row> fills \(filled) of the table's \(columns) columns", at: element)
            }
            coveredFor = coveredFor.map { max($0 - 1, 0) }
        }
    }
}

/// Tables as WordprocessingML: fixed layout on a grid that fills the given width, single 0.5 pt
/// rules everywhere, merged cells through `gridSpan` and `vMerge`.
extension WordDocumentXML {
    /// The tallest row height written, in millimetres: about the text height of an A4 page.
    static let maximumRowHeight = 240

    /// Blocks in one cell beyond which its row may break across pages: a row kept whole that is
    /// taller than a page is cut off at the page's foot (LibreOffice), losing lines.
    static let unsplittableBlocks = 16

    /// Writes `table` `width` twips wide. A table without rows is left out: Word rejects one.
    mutating func table(_ table: FormTable, width: Int) {
        flushPageBreak()
        guard !table.rows.isEmpty else { return }
        let layout = DOCXTableLayout(table, width: width)
        xml.append("<w:tbl><w:tblPr><w:tblW w:w=\"")
        xml.append(number: width)
        // w:sz is in eighths of a point: 4 is the 0.5 pt rule of printed forms.
        xml.append("\" w:type=\"dxa\"/><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblBorders>")
        xml.append("<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
        xml.append("<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
        xml.append("<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
        xml.append("<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
        xml.append("<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
        xml.append("<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
        // Fixed layout: the proportions the template asked for, not widths guessed from content.
        xml.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>\n<w:tblGrid>")
        for column in layout.columnWidths {
            xml.append("<w:gridCol w:w=\"")
            xml.append(number: column)
            xml.append("\"/>")
        }
        xml.append("</w:tblGrid>\n")

        var leadingHeaders = true
        for (row, slots) in zip(table.rows, layout.rows) {
            // A row of header cells only heads what follows: it stays with the next row. At the
            // top of the table, a row of column headings (two cells or more) repeats on every
            // page the table runs onto; a single full-width section label would head rows it
            // does not describe.
            let headsRows = !row.cells.isEmpty && row.cells.allSatisfy(\.isHeader)
            leadingHeaders = leadingHeaders && headsRows && row.cells.count > 1
            // Rows do not break across pages, a form row cut in two being hard to fill in,
            // unless one is long enough to outgrow a page.
            let long = row.cells.contains { $0.blocks.count > WordDocumentXML.unsplittableBlocks }
            xml.append(long ? "<w:tr><w:trPr>" : "<w:tr><w:trPr><w:cantSplit/>")
            if leadingHeaders { xml.append("<w:tblHeader/>") }
            if let height = row.minimumHeight, height > 0 {
                xml.append("<w:trHeight w:val=\"")
                xml.append(number: DOCXPageLayout.twips(millimetres: min(height, WordDocumentXML.maximumRowHeight)))
                xml.append("\" w:hRule=\"atLeast\"/>")
            }
            xml.append("</w:trPr>")
            for slot in slots {
                switch slot.content {
                case .cell(let index):
                    let cell = row.cells[index]
                    cellProperties(slot, merge: slot.startsMerge ? .restart : nil, of: cell)
                    let context = BlockContext(
                        paragraphStyle: headsRows ? "TableHeading" : "TableText", fontSize: typography.tableSize,
                        cellAlignment: cell.alignment, bold: cell.isHeader,
                        width: max(slot.width - 2 * DOCXPageLayout.cellPadding, 240))
                    endsWithParagraph = false
                    blocks(cell.blocks, in: context)
                    if !endsWithParagraph { emptyParagraph(in: context) }
                case .continuation(let cell):
                    cellProperties(slot, merge: .continuation, of: cell)
                    xml.append("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>")
                case .filler:
                    cellProperties(slot, merge: nil, of: nil)
                    xml.append("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>")
                }
                xml.append("</w:tc>")
            }
            xml.append("</w:tr>\n")
        }
        xml.append("</w:tbl>\n")
        endsWithParagraph = false
    }

    /// A cell's part in a vertical merge.
    enum VerticalMerge {
        case restart, continuation
    }

    /// Opens a cell and writes its properties; a continuation repeats the shading and alignment
    /// of the cell it continues, as Word itself does.
    private mutating func cellProperties(_ slot: DOCXTableLayout.Slot, merge: VerticalMerge?, of cell: FormTableCell?) {
        xml.append("<w:tc><w:tcPr><w:tcW w:w=\"")
        xml.append(number: slot.width)
        xml.append("\" w:type=\"dxa\"/>")
        if slot.span > 1 {
            xml.append("<w:gridSpan w:val=\"")
            xml.append(number: slot.span)
            xml.append("\"/>")
        }
        switch merge {
        case .restart: xml.append("<w:vMerge w:val=\"restart\"/>")
        case .continuation: xml.append("<w:vMerge/>")
        case nil: break
        }
        if cell?.isHeader == true { xml.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/>") }
        switch cell?.verticalAlignment ?? .center {
        case .top: xml.append("<w:vAlign w:val=\"top\"/>")
        case .center: xml.append("<w:vAlign w:val=\"center\"/>")
        case .bottom: xml.append("<w:vAlign w:val=\"bottom\"/>")
        }
        xml.append("</w:tcPr>")
    }
}

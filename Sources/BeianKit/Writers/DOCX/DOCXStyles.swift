/// word/styles.xml: the fonts and sizes of a document live in its styles, so a person editing the
/// file in Word changes a style rather than every paragraph.
///
/// Style IDs the document part refers to: `Title`, `Heading1`, `Note`, `TableText`; running
/// text uses the default `Normal`.
enum DOCXStyles {
    /// The styles part for `typography`.
    static func xml(_ typography: DOCXTypography) -> [UInt8] {
        var xml = XMLBuffer(capacity: 4096)
        xml.append(DOCXParts.declaration)
        xml.append("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")

        // Defaults: Latin text in Times New Roman, Chinese in the body face; the language pair
        // makes Word and LibreOffice pick Chinese punctuation and line-breaking rules.
        xml.append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"")
        xml.append(typography.bodyFont)
        xml.append("\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>")
        size(typography.bodySize, into: &xml)
        xml.append("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
        xml.append("<w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"")
        xml.append(number: typography.bodyLine)
        xml.append(typography.bodyLineIsExact ? "\" w:lineRule=\"exact\"/>" : "\" w:lineRule=\"auto\"/>")
        xml.append("<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>")

        xml.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>")
        xml.append("<w:qFormat/></w:style>")
        xml.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
        xml.append("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>")
        xml.append("<w:unhideWhenUsed/></w:style>")
        // Spelled out rather than left to the application's defaults, so cell padding and the
        // table's left edge are the same everywhere.
        xml.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
        xml.append("<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>")
        xml.append("<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"")
        xml.append(number: DOCXPageLayout.cellPadding)
        xml.append("\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"")
        xml.append(number: DOCXPageLayout.cellPadding)
        xml.append("\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>")

        xml.append("<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>")
        xml.append("<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"312\" ")
        xml.append("w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr>")
        fonts(typography.titleFont, into: &xml)
        size(typography.titleSize, into: &xml)
        xml.append("</w:rPr></w:style>")

        // "heading 1" is the built-in name, so Word's navigation pane and python-docx know it.
        xml.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>")
        xml.append("<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>")
        xml.append("<w:spacing w:before=\"156\" w:after=\"78\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr>")
        fonts(typography.headingFont, into: &xml)
        if typography.headingBold { xml.append("<w:b/><w:bCs/>") }
        size(typography.headingSize, into: &xml)
        xml.append("</w:rPr></w:style>")

        xml.append("<w:style w:type=\"paragraph\" w:styleId=\"Note\"><w:name w:val=\"Note\"/><w:basedOn w:val=\"Normal\"/>")
        xml.append("<w:qFormat/><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr>")
        size(typography.noteSize, into: &xml)
        xml.append("</w:rPr></w:style>")

        // Cells are set solid (single spacing) so form rows stay as short as their content.
        xml.append("<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/>")
        xml.append("<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>")
        xml.append("<w:jc w:val=\"left\"/></w:pPr><w:rPr>")
        size(typography.tableSize, into: &xml)
        xml.append("</w:rPr></w:style>")

        // Text of a row of header cells, kept with the row below it.
        xml.append("<w:style w:type=\"paragraph\" w:styleId=\"TableHeading\"><w:name w:val=\"Table Heading\"/>")
        xml.append("<w:basedOn w:val=\"TableText\"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr></w:style>")

        // The page footer: 第 n 页 共 m 页, centred, in note size.
        xml.append("<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/>")
        xml.append("<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr>")
        size(typography.noteSize, into: &xml)
        xml.append("</w:rPr></w:style>")

        xml.append("</w:styles>")
        return xml.bytes
    }

    private static func fonts(_ eastAsia: StaticString, into xml: inout XMLBuffer) {
        xml.append("<w:rFonts w:eastAsia=\"")
        xml.append(eastAsia)
        xml.append("\"/>")
    }

    private static func size(_ halfPoints: Int, into xml: inout XMLBuffer) {
        xml.append("<w:sz w:val=\"")
        xml.append(number: halfPoints)
        xml.append("\"/><w:szCs w:val=\"")
        xml.append(number: halfPoints)
        xml.append("\"/>")
    }
}

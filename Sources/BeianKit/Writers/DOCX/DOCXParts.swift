/// The parts of a Word package that do not depend on the document's content, made once (with
/// their checksums) and shared by every file written; and the one small part that carries the
/// title.
enum DOCXParts {
    /// The XML declaration every part starts with.
    static let declaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Path of the main document part.
    static let documentPath = "word/document.xml"

    /// [Content_Types].xml: the media type of every part.
    static let contentTypes = entry(
        "[Content_Types].xml",
        """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/fontTable.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>\
        <Override PartName="/word/footer1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" \
        ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
        </Types>
        """)

    /// _rels/.rels: where the main document and the properties are.
    static let packageRelationships = entry(
        "_rels/.rels",
        """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/>\
        <Relationship Id="rId2" \
        Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
        Target="docProps/core.xml"/>\
        <Relationship Id="rId3" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" \
        Target="docProps/app.xml"/>\
        </Relationships>
        """)

    /// word/_rels/document.xml.rels: the document's styles, settings and font table.
    static let documentRelationships = entry(
        "word/_rels/document.xml.rels",
        """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
        Target="styles.xml"/>\
        <Relationship Id="rId2" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" \
        Target="settings.xml"/>\
        <Relationship Id="rId3" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" \
        Target="fontTable.xml"/>\
        <Relationship Id="rId4" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" \
        Target="footer1.xml"/>\
        </Relationships>
        """)

    /// The relationship id of the footer in word/_rels/document.xml.rels.
    static let footerRelationship: StaticString = "rId4"

    /// word/footer1.xml: the page number and page count as fields Word, WPS and LibreOffice
    /// compute when they lay the pages out, so the numbers are right for any length. The text
    /// between the fields is what they show before computing.
    static let footer = entry(
        "word/footer1.xml",
        """
        <w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">第 </w:t></w:r>\
        <w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>\
        <w:r><w:t xml:space="preserve"> 页 共 </w:t></w:r>\
        <w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>\
        <w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p></w:ftr>
        """)

    /// docProps/app.xml: the application that wrote the file.
    static let appProperties = entry(
        "docProps/app.xml",
        """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
        xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
        <Application>BeianKit</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>\
        <LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>\
        <HyperlinksChanged>false</HyperlinksChanged></Properties>
        """)

    /// word/settings.xml.
    ///
    /// The compatibility flags are those Word itself writes for Chinese documents; `ulTrailSpace`
    /// matters most: without it Word does not underline the blanks at the end of a line, which
    /// are exactly the spaces people write in.
    static let settings = entry(
        "word/settings.xml",
        """
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>\
        <w:characterSpacingControl w:val="compressPunctuation"/>\
        <w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>\
        <w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>\
        <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>\
        </w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>\
        <w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>
        """)

    /// word/fontTable.xml: the four faces the styles name, with the Latin names Word and font
    /// matchers also look for.
    static let fontTable = entry(
        "word/fontTable.xml",
        """
        <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>\
        <w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>\
        <w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/>\
        <w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>\
        <w:font w:name="仿宋"><w:altName w:val="FangSong"/><w:panose1 w:val="02010609060101010101"/>\
        <w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>\
        <w:font w:name="黑体"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/>\
        <w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>\
        </w:fonts>
        """)

    /// word/styles.xml for `typeface`; three variants, each made once.
    static func styles(for typeface: Typeface) -> ZIPArchive.Entry {
        switch typeface {
        case .song: songStyles
        case .fangsong: fangsongStyles
        case .hei: heiStyles
        }
    }

    private static let songStyles = stylesEntry(.song)
    private static let fangsongStyles = stylesEntry(.fangsong)
    private static let heiStyles = stylesEntry(.hei)

    /// docProps/core.xml: the title, and fixed dates (the ZIP's own 1980-01-01) so the same
    /// document always gives the same bytes.
    static func coreProperties(title: String) -> ZIPArchive.Entry {
        var xml = XMLBuffer(capacity: 768 + title.utf8.count)
        xml.append(declaration)
        xml.append("<cp:coreProperties ")
        xml.append("xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" ")
        xml.append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" ")
        xml.append("xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        xml.append("<dc:title>")
        xml.append(escaping: title)
        xml.append("</dc:title><dc:language>zh-CN</dc:language>")
        xml.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">1980-01-01T00:00:00Z</dcterms:created>")
        xml.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">1980-01-01T00:00:00Z</dcterms:modified>")
        xml.append("</cp:coreProperties>")
        return ZIPArchive.Entry(path: "docProps/core.xml", contents: xml.bytes)
    }

    private static func stylesEntry(_ typeface: Typeface) -> ZIPArchive.Entry {
        ZIPArchive.Entry(path: "word/styles.xml", contents: DOCXStyles.xml(DOCXTypography(typeface)), level: .smallest)
    }

    private static func entry(_ path: String, _ body: String) -> ZIPArchive.Entry {
        var xml = XMLBuffer(capacity: 2048)
        xml.append(declaration)
        var bytes = xml.bytes
        bytes.append(contentsOf: body.utf8)
        return ZIPArchive.Entry(path: path, contents: bytes, level: .smallest)
    }
}

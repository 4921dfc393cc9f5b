/// Runs: text and the inline form elements, as WordprocessingML `w:r` elements.
extension WordDocumentXML {
    /// Emphasis of a run: the text's own, plus what its place adds (header cells are bold,
    /// field values underlined).
    struct RunStyle {
        var bold = false
        var underline = false

        func adding(_ style: FormTextStyle) -> RunStyle {
            RunStyle(bold: bold || style.bold, underline: underline || style.underline)
        }
    }

    /// The most characters one blank takes: a full line and more, and a bound on output size.
    static let maximumBlankWidth = 200

    /// Writes `inlines` as runs.
    mutating func inlines(_ inlines: [FormInline], _ style: RunStyle) {
        for inline in inlines {
            switch inline {
            case .text(let text, let textStyle):
                if !text.isEmpty { run(text, style.adding(textStyle)) }
            case .checkbox(let checked, let label):
                runStart(style)
                xml.append(checked ? "<w:t>☑</w:t></w:r>" : "<w:t>☐</w:t></w:r>")
                self.inlines(label, style)
            case .field(let label, let value, let width):
                if !label.isEmpty { self.label(label, style) }
                var underlined = style
                underlined.underline = true
                if WordDocumentXML.isBlank(value) {
                    blank(width: width, style)
                } else {
                    self.inlines(value, underlined)
                }
            case .blank(let width):
                blank(width: width, style)
            case .lineBreak:
                xml.append("<w:r><w:br/></w:r>")
            case .pageReference(let anchor, let fallback):
                if let index = pageAnchors?.bookmarkIndex(for: anchor), let page = pageAnchors?.breakPages[anchor] {
                    pageReference(bookmark: index, cachedPage: page, style)
                } else {
                    self.inlines(fallback, style)
                }
            }
        }
    }

    /// `第N页` with N a `PAGEREF` field on the anchor's bookmark (`\h`: a link to it). The
    /// result stored in the file is the page counted by explicit page breaks, right whenever no
    /// page before the anchor overflows; the field is marked dirty (ECMA-376 §17.16.19: its
    /// result is stale and to be updated before it is shown), so Word recomputes it from its
    /// own pagination, and LibreOffice recomputes every page reference as it lays out.
    mutating func pageReference(bookmark: Int, cachedPage: Int, _ style: RunStyle) {
        run("第", style)
        xml.append("<w:fldSimple w:instr=\" PAGEREF ")
        xml.append(markup: Array(PageAnchors.bookmarkName(bookmark).utf8))
        xml.append(" \\h \" w:dirty=\"true\">")
        runStart(style)
        xml.append("<w:t>")
        xml.append(number: cachedPage)
        xml.append("</w:t></w:r></w:fldSimple>")
        run("页", style)
    }

    /// Opens bookmark number `index` (ids and names from ``PageAnchors``).
    mutating func bookmarkStart(_ index: Int) {
        xml.append("<w:bookmarkStart w:id=\"")
        xml.append(number: index)
        xml.append("\" w:name=\"")
        xml.append(markup: Array(PageAnchors.bookmarkName(index).utf8))
        xml.append("\"/>")
    }

    /// Closes bookmark number `index`.
    mutating func bookmarkEnd(_ index: Int) {
        xml.append("<w:bookmarkEnd w:id=\"")
        xml.append(number: index)
        xml.append("\"/>")
    }

    /// A run of `text`.
    mutating func run(_ text: String, _ style: RunStyle) {
        runStart(style)
        self.text(text)
        xml.append("</w:r>")
    }

    /// A caption followed by a full-width colon, unless it already ends with one.
    mutating func label(_ label: String, _ style: RunStyle) {
        runStart(style)
        text(label)
        if !(label.hasSuffix("：") || label.hasSuffix(":")) { xml.append("<w:t>：</w:t>") }
        xml.append("</w:r>")
    }

    /// An underlined run of `width` ideographic spaces, for handwriting.
    ///
    /// The spaces end with U+200D (Word's "no-width non break"): spaces ending a line are
    /// trailing white space, which right-aligned and centred paragraphs hang past the margin,
    /// underline and all, so a signature line would vanish. The invisible character after them
    /// keeps them ordinary text.
    mutating func blank(width: Int, _ style: RunStyle) {
        let width = min(width, WordDocumentXML.maximumBlankWidth)
        guard width > 0 else { return }
        var underlined = style
        underlined.underline = true
        runStart(underlined)
        xml.append("<w:t xml:space=\"preserve\">")
        for _ in 0..<width { xml.append("\u{3000}") }
        xml.append("\u{200D}</w:t></w:r>")
    }

    /// Opens a run with its properties.
    mutating func runStart(_ style: RunStyle) {
        switch (style.bold, style.underline) {
        case (false, false): xml.append("<w:r>")
        case (true, false): xml.append("<w:r><w:rPr><w:b/><w:bCs/></w:rPr>")
        case (false, true): xml.append("<w:r><w:rPr><w:u w:val=\"single\"/></w:rPr>")
        case (true, true): xml.append("<w:r><w:rPr><w:b/><w:bCs/><w:u w:val=\"single\"/></w:rPr>")
        }
    }

    /// The `w:t` elements of `text`: escaped, spaces kept; a tab becomes `w:tab` and a line
    /// break (LF, CR or CRLF) `w:br`, since Word would fold them into spaces inside `w:t`.
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x09 || byte == 0x0A || byte == 0x0D else {
                    index += 1
                    continue
                }
                textElement(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                xml.append(byte == 0x09 ? "<w:tab/>" : "<w:br/>")
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                start = index
            }
            textElement(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
    }

    private mutating func textElement(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        xml.append("<w:t xml:space=\"preserve\">")
        xml.append(escaping: bytes)
        xml.append("</w:t>")
    }

    /// Whether a field's value has nothing to print, so the field shows its blank instead.
    static func isBlank(_ value: [FormInline]) -> Bool {
        value.allSatisfy { inline in
            if case .text(let text, _) = inline { text.allSatisfy(\.isWhitespace) } else { false }
        }
    }
}

import Foundation

extension FormDocument {
    /// The document as a PDF whose every page beian laid out: A4, set in `fonts`, the fonts
    /// embedded as subsets. Throws when a character is in no face (naming it), never writing a
    /// PDF with missing glyphs. The body text's glyphs of `shared` characters (the template's
    /// own) go into a subset of their own, which is the same for every document of the template.
    func pdf(fonts: PDFFonts, shared: TemplateCharacters? = nil) throws(InputError) -> Data {
        try PDFWriter(fonts: fonts, document: self, shared: shared).data().data
    }

    /// The PDF with its warnings: words or identifiers wider than their box, cut at a character.
    func pdfWithWarnings(fonts: PDFFonts, shared: TemplateCharacters? = nil) throws(InputError) -> (data: Data, warnings: [Diagnostic]) {
        try PDFWriter(fonts: fonts, document: self, shared: shared).data()
    }
}

/// A character no face holds, with the text it is in.
struct PDFMissingCharacter: Sendable {
    var scalar: Unicode.Scalar
    var text: String
}

/// Lays out a document and writes it as PDF 1.7: catalog, pages, one deflated content stream
/// per page, the fonts used, and an info dictionary with the title and no dates, so the bytes
/// depend on the document alone.
struct PDFWriter {
    let fonts: PDFFonts
    let document: FormDocument
    /// The template's characters, whose body-text glyphs form a subset of their own.
    var shared: TemplateCharacters?

    func data() throws(InputError) -> (data: Data, warnings: [Diagnostic]) {
        let (layout, paginator) = laidOut()
        let missing = layout.missing
        if !missing.isEmpty { throw PDFWriter.missingCharacters(missing) }

        let pages = paginator.pages
        let fontSet = try PDFWriter.fontSet(fonts: fonts, used: layout.used, shared: shared)
        // Objects: 1 catalog, 2 page tree, 3 info, then a page and its content per page, then
        // five per font.
        let firstPage = 4, firstFont = 4 + 2 * pages.count
        var file = PDFObjectWriter()
        // Chinese as the language, for screen readers and text extraction; printed at 100 %, as
        // a form shrunk to fit a printer's margins is no longer the A4 form the bureau expects.
        file.object(1) {
            $0.append("<< /Type /Catalog /Pages 2 0 R /Lang (zh-CN) ")
            $0.append("/ViewerPreferences << /DisplayDocTitle true /PrintScaling /None >> >>")
        }
        file.object(2) {
            $0.append("<< /Type /Pages /Kids [")
            for page in pages.indices { $0.append("\(firstPage + 2 * page) 0 R ") }
            $0.append("] /Count \(pages.count) >>")
        }
        file.object(3) {
            $0.append("<< /Producer (beian) /Title <FEFF")
            for unit in document.title.utf16 { $0.appendHex(UInt32(unit), digits: 4) }
            $0.append("> >>")
        }
        var fontResources = "<<"
        for (index, font) in fontSet.fonts.enumerated() { fontResources += " /\(font.resource) \(firstFont + 5 * index) 0 R" }
        fontResources += " >>"
        for (index, drawings) in pages.enumerated() {
            let number = firstPage + 2 * index
            file.object(number) {
                $0.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ")
                $0.append(number: PDFPageMetrics.pageWidth)
                $0.append(" ")
                $0.append(number: PDFPageMetrics.pageHeight)
                $0.append("] /Resources << /Font \(fontResources) >> /Contents \(number + 1) 0 R >>")
            }
            file.stream(number + 1, dictionary: "", bytes: PDFWriter.content(drawings, fonts: fontSet))
        }
        for (index, font) in fontSet.fonts.enumerated() {
            font.embedding.write(into: &file, first: firstFont + 5 * index)
        }
        let warnings = PDFWriter.warnings(layout.overflows)
        return (file.finish(count: firstFont + 5 * fontSet.fonts.count - 1, info: 3), warnings)
    }

    /// One warning per piece cut and place, quoting both: the label of the table row (网站域名)
    /// or the beginning of the paragraph it is in. The field path is left for the caller who
    /// knows the record (``GeneratedDocument``).
    static func warnings(_ overflows: [PDFOverflow]) -> [Diagnostic] {
        var seen = Set<String>()
        return overflows.compactMap { overflow in
            let place = overflow.placeText
            guard seen.insert(overflow.text + "\u{0}" + place).inserted else { return nil }
            let hint = "check the printed page; a shorter value, or the DOCX, avoids the cut"
            if overflow.isRow {
                return Diagnostic(
                    .warning, "", code: "pdf.word-cut",
                    "“\(overflow.text)” in the table row “\(place)” is wider than its cell in the PDF and is cut across lines at a character",
                    hint: hint, arguments: ["text": overflow.text, "row": place])
            }
            return Diagnostic(
                .warning, "", code: "pdf.word-cut-text",
                "“\(overflow.text)” in the text “\(place)” is wider than the page in the PDF and is cut across lines at a character",
                hint: hint, arguments: ["text": overflow.text, "where": place])
        }
    }

    /// The document laid out and paginated. Page references print the pages their anchors
    /// start on, which only the pagination tells, and a number's width can move a line and so
    /// the pagination: the first layout takes each anchor's page from the explicit page breaks,
    /// and the document is laid out again with the pages found until they no longer change.
    /// Should they never settle, the references print their fallback words, which are true.
    private func laidOut() -> (PDFBlockLayout, PDFPaginator) {
        let metrics = PDFPageMetrics(document.font)
        func pass(_ pageNumbers: [String: Int]) -> (PDFBlockLayout, PDFPaginator) {
            var layout = PDFBlockLayout(fonts: fonts, metrics: metrics)
            layout.pageNumbers = pageNumbers
            let boxes = layout.boxes(document.blocks, in: layout.bodyContext)
            var paginator = PDFPaginator()
            paginator.place(boxes)
            paginator.numberPages(with: &layout)
            return (layout, paginator)
        }
        let anchors = PageAnchors(document)
        guard !anchors.isEmpty else { return pass([:]) }
        var pageNumbers = anchors.breakPages
        for _ in 0..<PDFWriter.maximumLayoutPasses {
            let result = pass(pageNumbers)
            if result.1.anchorPages == pageNumbers { return result }
            pageNumbers = result.1.anchorPages
        }
        return pass([:])
    }

    /// Layouts tried before page references give up their numbers: two settle every document
    /// seen; more only guard against a reference whose width keeps moving its own anchor.
    static let maximumLayoutPasses = 4

    /// The error naming every character no face holds, each with the text it is in, so the
    /// reader can find the field.
    private static func missingCharacters(_ missing: [PDFMissingCharacter]) -> InputError {
        var seen = Set<Unicode.Scalar>()
        let unique = missing.filter { seen.insert($0.scalar).inserted }
        return InputError(
            unique.prefix(10).map { character in
                let text = character.text.count > 40 ? String(character.text.prefix(40)) + "…" : character.text
                return Diagnostic(
                    .error, "", code: "pdf.missing-glyph",
                    "the PDF fonts have no glyph for “\(character.scalar)” (U+\(String(character.scalar.value, radix: 16, uppercase: true))) in “\(text)”",
                    hint: "replace the character in the input, or write the document as DOCX",
                    arguments: ["character": String(character.scalar), "code": String(character.scalar.value, radix: 16, uppercase: true), "text": text])
            })
    }

    /// A page's content stream.
    static func content(_ drawings: [PDFDrawing], fonts: PDFFontSet) -> [UInt8] {
        var out = PDFBuffer(capacity: 8192)
        let height = PDFPageMetrics.pageHeight
        out.append("0 G 0 g\n")
        for drawing in drawings {
            switch drawing {
            case .text(let x, let y, let role, let size, let glyphs, let spacing):
                out.append("BT ")
                out.op([spacing], "Tc")
                out.op([x, height - y], "Td")
                // One string per run of glyphs from the same subset; each string moves the text
                // position on by its glyphs' advances, so the next continues where it ends.
                var current: Bool?
                for glyph in glyphs {
                    let shared = fonts.isShared(glyph, role: role)
                    if shared != current {
                        if current != nil { out.append("> Tj ") }
                        out.append("/" + PDFFontSet.resource(role: role, shared: shared) + " ")
                        out.op([size], "Tf")
                        out.append("<")
                        current = shared
                    }
                    // Glyph codes in hexadecimal: no byte of the text can close the string or
                    // reach the operators, whatever the filing data holds.
                    out.appendHex(glyph, digits: 4)
                }
                out.append(current == nil ? "ET\n" : "> Tj ET\n")
            case .rule(let x1, let y1, let x2, let y2, let width):
                out.op([width], "w")
                out.op([x1, height - y1], "m")
                out.op([x2, height - y2], "l")
                out.append("S\n")
            case .rect(let x, let y, let width, let rectHeight, let fill):
                if let fill {
                    out.op([fill], "g")
                    out.op([x, height - y - rectHeight, width, rectHeight], "re")
                    out.append("f 0 g\n")
                } else {
                    out.op([0.5], "w")
                    out.op([x, height - y - rectHeight, width, rectHeight], "re")
                    out.append("S\n")
                }
            case .tick(let x, let y, let size):
                out.op([size * 0.12], "w")
                out.op([x + size * 0.18, height - y - size * 0.5], "m")
                out.op([x + size * 0.42, height - y - size * 0.78], "l")
                out.op([x + size * 0.85, height - y - size * 0.2], "l")
                out.append("S\n")
            }
        }
        return out.bytes
    }
}

import CLibXML2

/// Turns rendered markup into a well-formed, DTD-valid libxml2 tree, lends its root element out,
/// and frees the tree.
///
/// Rendered markup mixes template text with filing data, so the reader makes sure data can only
/// ever be text: no DOCTYPE (a template cannot declare entities or its own DTD), no entity
/// expansion, no network, and the encoding is always UTF-8 whatever an XML declaration claims.
enum MarkupReader {
    /// Parses and validates `markup`, then runs `body` on the root element while the tree lives.
    static func withValidatedRoot<Result>(
        of markup: RenderedMarkup, dtd: FormDTD, _ body: (MarkupNode) throws(MarkupError) -> Result
    ) throws(MarkupError) -> Result {
        let document = try XMLErrorCapture.capturing { capture throws(MarkupError) in
            let document = try parse(markup, capture: capture)
            do throws(MarkupError) {
                try validate(document, of: markup, dtd: dtd, capture: capture)
            } catch {
                xmlFreeDoc(document)
                throw error
            }
            return document
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw markup.error("the markup has no root element", line: nil)
        }
        return try body(MarkupNode(pointer: root))
    }

    /// libxml2 options: never touch the network, ignore encoding declarations (Swift strings are
    /// UTF-8), keep line numbers past 65,535. Deliberately absent: `XML_PARSE_NOENT` (entity
    /// substitution) and `XML_PARSE_DTDLOAD`/`DTDATTR`/`DTDVALID` (loading a DTD the markup names).
    private static let options = Int32(
        bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue
            | XML_PARSE_BIG_LINES.rawValue)

    /// A well-formed tree, or the first error.
    private static func parse(_ markup: RenderedMarkup, capture: XMLErrorCapture) throws(MarkupError) -> xmlDocPtr {
        var text = markup.text
        let document = text.withUTF8 { bytes -> xmlDocPtr? in
            guard let base = bytes.baseAddress, let size = Int32(exactly: bytes.count),
                let context = xmlCreateMemoryParserCtxt(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), size)
            else { return nil }
            defer { xmlFreeParserCtxt(context) }
            _ = xmlCtxtUseOptions(context, options)
            context.pointee._private = Unmanaged.passUnretained(capture).toOpaque()
            // Called at `<!DOCTYPE …` before its internal subset is read, so no declaration in it
            // is ever processed.
            context.pointee.sax.pointee.internalSubset = { userData, _, _, _ in
                guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
                    let owner = context.pointee._private
                else { return }
                let line = context.pointee.input.map { Int($0.pointee.line) }
                Unmanaged<XMLErrorCapture>.fromOpaque(owner).takeUnretainedValue().add(
                    .init(
                        message: "a DOCTYPE is not allowed in form markup: templates cannot declare entities or their own DTD",
                        line: line, column: nil, elementName: nil))
                xmlStopParser(context)
            }
            let status = xmlParseDocument(context)
            let document = context.pointee.myDoc
            context.pointee.myDoc = nil
            guard status == 0, context.pointee.wellFormed == 1, capture.reports.isEmpty else {
                if let document { xmlFreeDoc(document) }
                return nil
            }
            return document
        }
        guard let document else {
            if markup.text.isEmpty { throw markup.error("the rendered markup is empty", line: nil) }
            throw error(capture.reports.first, in: markup, otherwise: "the markup is too large to parse")
        }
        // The internalSubset hook cannot be bypassed, but a tree with a DTD must never get further.
        if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            xmlFreeDoc(document)
            throw markup.error("a DOCTYPE is not allowed in form markup", line: nil)
        }
        return document
    }

    /// Checks the root element and validates against the DTD, throwing the first problem.
    private static func validate(
        _ document: xmlDocPtr, of markup: RenderedMarkup, dtd: FormDTD,
        capture: XMLErrorCapture
    ) throws(MarkupError) {
        // xmlValidateDtd does not check the root's name against the DTD's, so check it here.
        guard let root = xmlDocGetRootElement(document) else {
            throw markup.error("the markup has no root element", line: nil)
        }
        let node = MarkupNode(pointer: root)
        guard node.name == FormDTD.rootElement else {
            throw markup.error("the root element must be <\(FormDTD.rootElement)>, not <\(node.name)>", at: node)
        }
        guard dtd.validate(document), capture.reports.isEmpty else {
            throw error(.mostPrecise(of: capture.reports), in: markup, otherwise: "the markup does not follow the form DTD")
        }
    }

    /// The error for a libxml2 report, locating an element's tag when libxml2 gave no column.
    private static func error(_ report: XMLErrorCapture.Report?, in markup: RenderedMarkup, otherwise: String) -> MarkupError {
        guard let report else { return markup.error(otherwise, line: nil) }
        var column = report.column
        if column == nil, let line = report.line, let name = report.elementName, let text = markup.line(line) {
            column = RenderedMarkup.column(ofTag: name, in: text)
        }
        return markup.error(report.message, line: report.line, column: column)
    }
}

import CLibXML2

/// The form DTD, parsed once and shared by every parse one `FormMarkupParser` makes.
///
/// `@unchecked Sendable` because libxml2 only reads a DTD while validating against it. The one
/// exception, the content-model automaton libxml2 compiles into an element declaration on first
/// use, is compiled here up front, so after `init` nothing writes to the DTD until `deinit`.
final class FormDTD: @unchecked Sendable {
    /// The element every document must have as its root.
    static let rootElement = "document"

    private let dtd: xmlDtdPtr

    /// Parses DTD text. `source` names it in errors.
    ///
    /// The DTD is configuration, not data: external entities it declares are loaded like any
    /// DTD's. Rendered markup can never bring one (see `MarkupReader`).
    init(text: String, source: String) throws(MarkupError) {
        let file = RenderedMarkup(source: source, text: text)
        dtd = try XMLErrorCapture.capturing { capture throws(MarkupError) in
            var text = text
            let parsed = text.withUTF8 { bytes -> xmlDtdPtr? in
                guard let base = bytes.baseAddress, let size = Int32(exactly: bytes.count),
                    let input = xmlParserInputBufferCreateMem(
                        UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), size, XML_CHAR_ENCODING_UTF8)
                else { return nil }
                // xmlIOParseDTD frees `input` whatever happens.
                return xmlIOParseDTD(nil, input, XML_CHAR_ENCODING_UTF8)
            }
            if let report = capture.reports.first {
                if let parsed { xmlFreeDtd(parsed) }
                throw file.error("the DTD is invalid: \(report.message)", line: report.line, column: report.column)
            }
            guard let parsed else { throw file.error("the DTD is empty or cannot be read", line: nil) }
            guard xmlGetDtdElementDesc(parsed, Self.rootElement) != nil else {
                xmlFreeDtd(parsed)
                throw file.error("the DTD does not declare the root element <\(Self.rootElement)>", line: nil)
            }
            guard Self.compileContentModels(of: parsed), capture.reports.isEmpty else {
                xmlFreeDtd(parsed)
                let report = capture.reports.first
                throw file.error(
                    "the DTD is invalid: \(report?.message ?? "cannot compile its content models")",
                    line: report?.line, column: report?.column)
            }
            return parsed
        }
    }

    deinit {
        xmlFreeDtd(dtd)
    }

    /// Validates a parsed document against the DTD. Errors go to the caller's `XMLErrorCapture`.
    func validate(_ document: xmlDocPtr) -> Bool {
        guard let context = xmlNewValidCtxt() else { return false }
        defer { xmlFreeValidCtxt(context) }
        // No generic-error callbacks: the thread's structured handler (the capture) gets them all.
        context.pointee.error = nil
        context.pointee.warning = nil
        context.pointee.userData = nil
        return xmlValidateDtd(context, document, dtd) == 1
    }

    /// The default the DTD declares for an attribute, or `nil` when it declares none
    /// (`#IMPLIED`, `#REQUIRED`, or no declaration).
    func defaultValue(of attribute: String, on element: String) -> String? {
        xmlGetDtdAttrDesc(dtd, element, attribute)?.pointee.defaultValue.map { String(cString: $0) }
    }

    /// Compiles every element declaration's content model now, while the DTD is not yet shared:
    /// libxml2 would otherwise compile and store it during the first validation, a write that
    /// concurrent validations would race on.
    private static func compileContentModels(of dtd: xmlDtdPtr) -> Bool {
        guard let context = xmlNewValidCtxt() else { return false }
        defer { xmlFreeValidCtxt(context) }
        var node = dtd.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_DECL {
                let declaration = UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlElement.self)
                // Returns 1 at once for declarations without an element-only content model.
                guard xmlValidBuildContentModel(context, declaration) == 1 else { return false }
            }
            node = current.pointee.next
        }
        return true
    }
}

import CLibXML2

/// The errors libxml2 raises during one synchronous call, collected instead of printed to stderr.
///
/// libxml2 2.9 has no per-call structured error handler for validation, only a per-thread one
/// (`xmlSetStructuredErrorFunc`). `capturing` points that at a fresh capture, runs its body, and
/// restores the previous handler, all on one thread with no suspension point in between, so
/// concurrent parses on other threads never see each other's errors.
final class XMLErrorCapture {
    /// One error libxml2 reported.
    struct Report {
        /// libxml2's message, without its trailing line break.
        var message: String
        /// The 1-based line, when libxml2 knew it.
        var line: Int?
        /// The 1-based column, when libxml2 knew it (parse errors only).
        var column: Int?
        /// The element a validity error is about, when there is one.
        var elementName: String? = nil
        /// Whether it says an element's children do not match its content model, an error
        /// libxml2 raises on the parent before the more precise one on the offending child.
        var isContentModel = false
        /// The identities of the element and its ancestors, to tell a child's error from an
        /// unrelated one; meaningless once the tree is freed.
        var elementPath: [UInt] = []

        /// The most useful of a call's reports: the first, unless it is a content-model error
        /// with a more precise error about one of that element's descendants after it.
        static func mostPrecise(of reports: [Report]) -> Report? {
            guard let first = reports.first, first.isContentModel, let element = first.elementPath.first else { return reports.first }
            return reports.dropFirst().first { !$0.isContentModel && $0.elementPath.dropFirst().contains(element) } ?? first
        }
    }

    /// The errors, first first; warnings are left out.
    private(set) var reports: [Report] = []

    /// Garbage input can raise an error per element; the first few are all anyone reads.
    private static let limit = 20

    private init() {}

    /// Runs `body` with libxml2's errors on this thread going to a fresh capture.
    ///
    /// `body` must not suspend or hop threads; it is synchronous, so it cannot.
    static func capturing<Result, Failure: Error>(
        _ body: (XMLErrorCapture) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        _ = LibXML2.initialized
        let capture = XMLErrorCapture()
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(capture).toOpaque()) { context, error in
            guard let context, let error else { return }
            Unmanaged<XMLErrorCapture>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
        // `capture` stays alive for the whole call: it is the argument.
        return try body(capture)
    }

    /// Records an error found by our own code during the call, such as a refused DOCTYPE.
    func add(_ report: Report) {
        guard reports.count < Self.limit else { return }
        reports.append(report)
    }

    private func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)"
        while message.last?.isNewline == true || message.last == " " { message.removeLast() }
        var report = Report(
            message: message,
            line: error.line > 0 ? Int(error.line) : nil,
            column: error.int2 > 0 ? Int(error.int2) : nil)
        // Validity errors point at the element; its line is more reliable than the error's,
        // which libxml2 truncates at 65,535.
        if error.domain == Int32(XML_FROM_VALID.rawValue), let raw = error.node {
            let node = raw.assumingMemoryBound(to: xmlNode.self)
            if node.pointee.type == XML_ELEMENT_NODE {
                let line = xmlGetLineNo(node)
                if line > 0 { report.line = Int(line) }
                report.elementName = node.pointee.name.map { String(cString: $0) }
                report.isContentModel = error.code == Int32(XML_DTD_CONTENT_MODEL.rawValue)
                var ancestor: xmlNodePtr? = node
                while let current = ancestor, current.pointee.type == XML_ELEMENT_NODE {
                    report.elementPath.append(UInt(bitPattern: current))
                    ancestor = current.pointee.parent
                }
            }
        }
        add(report)
    }
}

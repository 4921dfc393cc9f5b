import Foundation

/// Renders parsed templates over a context of dictionaries (`[String: Any]`), arrays, strings,
/// numbers and booleans — the values ``TemplateContext`` builds.
///
/// Names are looked up from the innermost section outwards, as Mustache specifies; a dotted
/// name (`subject.name`) finds its first key that way and the rest inside it. Sections repeat
/// for each element of a non-empty array, show once for `true` or any other present value
/// (entering it), and are skipped for `false`, empty arrays and missing keys; inverted
/// sections do the opposite.
///
/// Rendering stops with an error, rather than exhausting memory or the stack, when the output
/// grows past the limit's bytes or its sections repeat more often than allowed (a section
/// nested in itself multiplies both), or sections and partials nest too deep.
///
/// With stand-ins on (``renderWithStandIns(_:context:)``), escaped values in element content are
/// replaced by ``MarkupPlaceholder`` tokens and collected, so markup that differs only in its
/// values renders to the same text; the limits still count the values' own bytes.
struct MustacheRenderer {
    /// Why rendering stopped.
    enum Failure: Error {
        case outputLimit(Int)
        case repeatLimit(Int)
        case depthLimit(Int)
        /// A value printed as is holds a stand-in's characters: render without stand-ins.
        case standInsUnusable
    }

    let templates: [String: MustacheTemplate]
    let limits: TemplateLimits

    /// The output's UTF-8 bytes: appending bytes costs less than appending to a `String`.
    private var output: [UInt8] = []
    private var stack: [Frame] = []
    private var depth = 0
    private var repeats = 0
    /// The indentation of the standalone partials being rendered, joined; printed at the start
    /// of each of their lines.
    private var indentation: [UInt8] = []
    /// Whether the output stands at the start of a line of an indented partial.
    private var atLineStart = false
    /// The values stood in for so far, by index; `nil` when rendering values in place.
    private var standIns: [String]?
    /// Whether the output stands inside a markup tag, where values go in as they are.
    private var insideTag = false
    /// How many more bytes the output would have with the stood-in values in it.
    private var standInSurplus = 0

    init(templates: [String: MustacheTemplate], limits: TemplateLimits) {
        self.templates = templates
        self.limits = limits
    }

    /// Renders `template` over `context`.
    mutating func render(_ template: MustacheTemplate, context: Any) throws(Failure) -> String {
        standIns = nil
        return String(decoding: try start(template, context: context), as: UTF8.self)
    }

    /// Renders `template` over `context` with stand-ins for the escaped values in element
    /// content, returning the markup and the values in the order of their indexes.
    mutating func renderWithStandIns(_ template: MustacheTemplate, context: Any) throws(Failure) -> (markup: [UInt8], values: [String]) {
        standIns = []
        let markup = try start(template, context: context)
        return (markup, standIns ?? [])
    }

    private mutating func start(_ template: MustacheTemplate, context: Any) throws(Failure) -> [UInt8] {
        output = []
        output.reserveCapacity(16_384)
        stack = [Frame(context)]
        depth = 0
        repeats = 0
        indentation = []
        insideTag = false
        standInSurplus = 0
        var escaping = true
        try render(template.nodes, escaping: &escaping)
        return output
    }

    private mutating func render(_ nodes: [MustacheTemplate.Node], escaping: inout Bool) throws(Failure) {
        depth += 1
        defer { depth -= 1 }
        guard depth <= limits.nesting else { throw .depthLimit(limits.nesting) }
        for node in nodes {
            switch node {
            case .text(let text, let endsInsideTag):
                emit(text)
                if let endsInsideTag { insideTag = endsInsideTag }
            case .variable(let name, let escaped):
                guard let value = lookUp(name) else { continue }
                let text = Self.text(of: value)
                if standIns != nil, escaped, escaping, !insideTag, MarkupPlaceholder.canStandIn(for: text) {
                    standIn(text)
                } else {
                    if standIns != nil, MarkupPlaceholder.containsSentinel(text) { throw .standInsUnusable }
                    // The markup is XML: values go through the same escaping as the HTML writer's.
                    emit(escaped && escaping ? HTMLEscaping.escaped(text) : text)
                }
            case .section(let name, let children, let inverted):
                let value = lookUp(name)
                if inverted {
                    if !Self.isTruthy(value) {
                        var inner = escaping
                        try render(children, escaping: &inner)
                    }
                } else if let value {
                    try renderSection(children, for: value, escaping: escaping)
                }
            case .partial(let reference, let indentation):
                // Missing partials are refused when the library is made; a name that is
                // still unknown here renders nothing, as Mustache specifies.
                guard let partial = templates[reference.name] else { continue }
                let outer = self.indentation
                if !indentation.isEmpty {
                    self.indentation += indentation.utf8
                    atLineStart = true
                }
                defer { self.indentation = outer }
                var inner = escaping
                try render(partial.nodes, escaping: &inner)
            case .escaping(let value):
                escaping = value
            }
            if output.count + standInSurplus > limits.renderedBytes { throw .outputLimit(limits.renderedBytes) }
        }
    }

    /// Prints the stand-in for `value` and keeps the value, counting the bytes it would have
    /// printed escaped.
    private mutating func standIn(_ value: String) {
        let token = MarkupPlaceholder.token(standIns?.count ?? 0)
        standIns?.append(value)
        emit(token)
        standInSurplus += HTMLEscaping.escapedByteCount(value) - token.utf8.count
    }

    private mutating func renderSection(_ children: [MustacheTemplate.Node], for value: Any, escaping: Bool) throws(Failure) {
        if let flag = value as? Bool {
            guard flag else { return }
            var inner = escaping
            try render(children, escaping: &inner)
        } else if let elements = value as? [Any] {
            repeats += elements.count
            guard repeats <= limits.sectionRepeats else { throw .repeatLimit(limits.sectionRepeats) }
            for element in elements {
                stack.append(Frame(element))
                var inner = escaping
                defer { stack.removeLast() }
                try render(children, escaping: &inner)
            }
        } else {
            stack.append(Frame(value))
            defer { stack.removeLast() }
            var inner = escaping
            try render(children, escaping: &inner)
        }
    }

    /// Appends text, indenting each line inside an indented partial; other text is appended
    /// in one piece.
    private mutating func emit(_ text: String) {
        guard !indentation.isEmpty else {
            output.append(contentsOf: text.utf8)
            return
        }
        // Cut at the byte: the lines of a template are not graphemes.
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var lineStart = 0
            while lineStart <= bytes.count {
                let lineEnd =
                    memchr(base + lineStart, 0x0A, bytes.count - lineStart)
                    .map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) } ?? bytes.count
                if lineStart > 0 {
                    output.append(0x0A)
                    atLineStart = true
                }
                if lineEnd > lineStart {
                    if atLineStart { output.append(contentsOf: indentation) }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
                    atLineStart = false
                }
                lineStart = lineEnd + 1
            }
        }
    }

    private func lookUp(_ name: MustacheName) -> Any? {
        guard let first = name.keys.first else { return stack.last.flatMap { Self.unwrapped($0.value) } }
        var found: Any?
        for frame in stack.reversed() {
            if let value = frame.object?[first].flatMap(Self.unwrapped) {
                found = value
                break
            }
        }
        for key in name.keys.dropFirst() {
            guard let object = found else { return nil }
            found = Self.child(key, of: object)
        }
        return found
    }

    private static func child(_ key: String, of object: Any) -> Any? {
        guard let dictionary = object as? [String: Any], let value = dictionary[key] else { return nil }
        return unwrapped(value)
    }

    /// The value inside an optional stored in `Any`, or `nil` for an empty one.
    private static func unwrapped(_ value: Any) -> Any? {
        // Casts to concrete types are cheap; the protocol cast below looks conformances up.
        if value is String || value is Bool || value is [String: Any] { return value }
        if let optional = value as? any OptionalValue { return optional.wrappedValue }
        return value
    }

    private static func isTruthy(_ value: Any?) -> Bool {
        guard let value else { return false }
        if let flag = value as? Bool { return flag }
        if let elements = value as? [Any] { return !elements.isEmpty }
        return true
    }

    private static func text(of value: Any) -> String {
        if let text = value as? String { return text }
        return String(describing: value)
    }
}

/// A value sections entered, with its dictionary cast once on entry rather than on every
/// lookup that passes through it.
private struct Frame {
    let value: Any
    let object: [String: Any]?

    init(_ value: Any) {
        self.value = value
        object = value as? [String: Any]
    }
}

/// Lets the renderer see through an optional that was stored in an `Any`.
private protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedValue: Any? {
        switch self {
        case .some(let value): value
        case .none: nil
        }
    }
}

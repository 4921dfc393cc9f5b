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
struct MustacheRenderer {
    /// Why rendering stopped.
    enum Failure: Error {
        case outputLimit(Int)
        case repeatLimit(Int)
        case depthLimit(Int)
    }

    let templates: [String: MustacheTemplate]
    let limits: TemplateLimits

    private var output: String = ""
    private var stack: [Any] = []
    private var depth = 0
    private var repeats = 0
    /// The indentation of the standalone partials being rendered, joined; printed at the start
    /// of each of their lines.
    private var indentation = ""
    /// Whether the output stands at the start of a line of an indented partial.
    private var atLineStart = false

    init(templates: [String: MustacheTemplate], limits: TemplateLimits) {
        self.templates = templates
        self.limits = limits
    }

    /// Renders `template` over `context`.
    mutating func render(_ template: MustacheTemplate, context: Any) throws(Failure) -> String {
        output = ""
        output.reserveCapacity(16_384)
        stack = [context]
        depth = 0
        repeats = 0
        indentation = ""
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
            case .text(let text):
                emit(text)
            case .variable(let name, let escaped):
                guard let value = lookUp(name) else { continue }
                let text = Self.text(of: value)
                // The markup is XML: values go through the same escaping as the HTML writer's.
                emit(escaped && escaping ? HTMLEscaping.escaped(text) : text)
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
                    self.indentation += indentation
                    atLineStart = true
                }
                defer { self.indentation = outer }
                var inner = escaping
                try render(partial.nodes, escaping: &inner)
            case .escaping(let value):
                escaping = value
            }
            if output.utf8.count > limits.renderedBytes { throw .outputLimit(limits.renderedBytes) }
        }
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
                stack.append(element)
                var inner = escaping
                defer { stack.removeLast() }
                try render(children, escaping: &inner)
            }
        } else {
            stack.append(value)
            defer { stack.removeLast() }
            var inner = escaping
            try render(children, escaping: &inner)
        }
    }

    /// Appends text, indenting each line inside an indented partial; other text is appended
    /// in one piece.
    private mutating func emit(_ text: String) {
        guard !indentation.isEmpty else {
            output += text
            return
        }
        // Split on the byte: the lines of a template are not graphemes, and splitting by
        // Character costs more than the rest of rendering.
        for (offset, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if offset > 0 {
                output += "\n"
                atLineStart = true
            }
            guard !line.isEmpty else { continue }
            if atLineStart { output += indentation }
            output += Substring(line)
            atLineStart = false
        }
    }

    private func lookUp(_ name: MustacheName) -> Any? {
        guard let first = name.keys.first else { return stack.last.flatMap(Self.unwrapped) }
        var found: Any?
        for object in stack.reversed() {
            if let value = Self.child(first, of: object) {
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

import Foundation

/// The shape of a Mustache template as far as beian needs to know it without rendering: which
/// partials it includes (with their positions), and how its sections nest, with the size of the
/// text between tags. Read with the same delimiter rules as swift-mustache (`{{=<% %>=}}`
/// changes them), from a source that swift-mustache has already parsed without error.
struct TemplateStructure: Sendable {
    /// A position in the template's source: 1-based line and column (in characters).
    struct Position: Sendable, Hashable {
        var line: Int
        var column: Int
    }

    indirect enum Node: Sendable {
        /// Text printed as written: its size in UTF-8 bytes and its line breaks.
        case text(bytes: Int, newlines: Int)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}`; `transformed` when the name has
        /// a transform such as `uppercased(name)`.
        case variable(name: String, escaped: Bool, transformed: Bool)
        /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`; `transformed` as for variables.
        case section(name: String, inverted: Bool, transformed: Bool, body: [Node], at: Position)
        /// `{{> name}}`, with the indentation of a standalone tag.
        case partial(name: String, indentation: Int, at: Position)
    }

    /// What swift-mustache accepts but beian refuses, with where it stands.
    struct Refusal: Error, Sendable {
        var position: Position
        var message: String
    }

    /// The template's top-level nodes.
    var nodes: [Node]
    /// The innermost section still open at the end of the source, if any (swift-mustache
    /// reports an unclosed section at the end of the file; this says where it opens).
    var unclosed: (name: String, inverted: Bool, at: Position)?

    /// Every `{{> name}}` with its position, in source order, at any depth of sections.
    var partials: [(name: String, at: Position)] {
        var found: [(name: String, at: Position)] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .partial(let name, _, let at): found.append((name, at))
                case .section(_, _, _, let body, _): walk(body)
                case .text, .variable: break
                }
            }
        }
        walk(nodes)
        return found
    }

    /// Reads a template's tags. Throws for the constructs beian does not allow in templates: a
    /// partial chosen by data (`{{>*name}}`) and template inheritance (`{{< parent}}`,
    /// `{{$ block}}`), whose output cannot be known, or bounded, before rendering.
    init(source: String) throws(Refusal) {
        let bytes = Array(source.utf8)
        var scanner = Scanner(bytes: bytes)
        var stack: [(name: String, inverted: Bool, transformed: Bool, nodes: [Node], at: Position)] = []
        var nodes: [Node] = []
        var open = Array("{{".utf8), close = Array("}}".utf8)
        while true {
            let textStart = scanner.index
            let tag = scanner.find(open)
            let textEnd = tag ?? bytes.count
            if textEnd > textStart {
                let newlines: Int = bytes[textStart..<textEnd].reduce(0) { (count: Int, byte: UInt8) in count + (byte == 0x0A ? 1 : 0) }
                nodes.append(.text(bytes: textEnd - textStart, newlines: newlines))
            }
            guard let tag else { break }
            let position = scanner.position(of: tag)
            scanner.index = tag + open.count
            let sigil = scanner.peek()
            if sigil == UInt8(ascii: "=") {
                // {{=<% %>=}}: the new delimiters end at the closing '=' before the old closer.
                scanner.index += 1
                guard let end = scanner.find(Array("=".utf8) + close) else { break }
                let words = bytes[scanner.index..<end].split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
                scanner.index = end + 1 + close.count
                if words.count == 2 {
                    open = Array(words[0])
                    close = Array(words[1])
                }
                continue
            }
            guard let end = scanner.find(close) else { break }
            var content = String(decoding: bytes[scanner.index..<end], as: UTF8.self)
            scanner.index = end + close.count
            switch sigil {
            case UInt8(ascii: "!"), UInt8(ascii: "%"):
                continue
            case UInt8(ascii: "{"):
                // {{{name}}}: one more brace after the closing delimiter.
                if scanner.peek() == UInt8(ascii: "}") { scanner.index += 1 }
                content.removeFirst()
                nodes.append(Self.variable(content, escaped: false))
            case UInt8(ascii: "&"):
                content.removeFirst()
                nodes.append(Self.variable(content, escaped: false))
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                content.removeFirst()
                let (name, transformed) = Self.name(content)
                stack.append((name, sigil == UInt8(ascii: "^"), transformed, nodes, position))
                nodes = []
            case UInt8(ascii: "/"):
                guard let section = stack.popLast() else { continue }
                let body = nodes
                nodes = section.nodes
                nodes.append(.section(name: section.name, inverted: section.inverted, transformed: section.transformed, body: body, at: section.at))
            case UInt8(ascii: ">"):
                content.removeFirst()
                let name = content.trimmingCharacters(in: .whitespacesAndNewlines)
                if name.hasPrefix("*") {
                    throw Refusal(position: position, message: "a partial chosen by data ({{>*\(name.dropFirst())}}) is not allowed: name the partial")
                }
                nodes.append(.partial(name: name, indentation: scanner.standaloneIndentation(tag: tag, end: scanner.index), at: position))
            case UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw Refusal(position: position, message: "template inheritance ({{< parent}}, {{$ block}}) is not allowed: use partials ({{> name}})")
            default:
                nodes.append(Self.variable(content, escaped: true))
            }
        }
        // Unclosed sections cannot occur in a source swift-mustache parsed; close them anyway.
        unclosed = stack.last.map { ($0.name, $0.inverted, $0.at) }
        while let section = stack.popLast() {
            let body = nodes
            nodes = section.nodes
            nodes.append(.section(name: section.name, inverted: section.inverted, transformed: section.transformed, body: body, at: section.at))
        }
        self.nodes = nodes
    }

    private static func variable(_ content: String, escaped: Bool) -> Node {
        let (name, transformed) = name(content)
        return .variable(name: name, escaped: escaped, transformed: transformed)
    }

    /// The name a tag looks up: `reversed(websites)` looks up `websites`.
    private static func name(_ content: String) -> (name: String, transformed: Bool) {
        let trimmed = content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let open = trimmed.lastIndex(of: "(") else { return (trimmed, false) }
        let inner = trimmed[trimmed.index(after: open)...].prefix { $0 != ")" }
        return (String(inner), true)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        /// The index of the next occurrence of `needle` from `index`.
        func find(_ needle: [UInt8]) -> Int? {
            guard let first = needle.first, !needle.isEmpty else { return nil }
            var at = index
            while at + needle.count <= bytes.count {
                guard let candidate = bytes[at...].firstIndex(of: first), candidate + needle.count <= bytes.count else { return nil }
                if bytes[candidate..<candidate + needle.count].elementsEqual(needle) { return candidate }
                at = candidate + 1
            }
            return nil
        }

        /// Where the last position was asked for, so that finding positions in order costs one
        /// pass over the source.
        var counted = 0, line = 1, lineStart = 0

        /// The position of `offset`, which is never before the last one asked for.
        mutating func position(of offset: Int) -> Position {
            for at in counted..<offset where bytes[at] == 0x0A {
                line += 1
                lineStart = at + 1
            }
            counted = offset
            return Position(line: line, column: String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
        }

        /// The indentation before a tag that stands alone on its line (which Mustache applies to
        /// every line of a partial), else 0.
        func standaloneIndentation(tag: Int, end: Int) -> Int {
            var start = tag
            while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
            guard start == 0 || bytes[start - 1] == 0x0A else { return 0 }
            var after = end
            while after < bytes.count, bytes[after] == 0x20 || bytes[after] == 0x09 { after += 1 }
            guard after == bytes.count || bytes[after] == 0x0A || bytes[after] == 0x0D else { return 0 }
            return tag - start
        }
    }
}

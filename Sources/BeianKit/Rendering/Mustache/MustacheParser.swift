/// Reads Mustache source into a ``MustacheTemplate``, following the Mustache specification's
/// rules for tags that stand alone on a line (the line disappears from the output).
///
/// Refused with a located error: unclosed tags and sections, mismatched closing tags, malformed
/// delimiters, unknown pragmas, and the features beian's templates do not offer (template
/// inheritance, dynamic partials, functions in tags).
struct MustacheParser {
    private enum Kind: Equatable {
        case variable, unescaped, section, invertedSection, close, comment, partial, delimiters, pragma

        /// Whether a tag of this kind disappears with its line when it stands alone there.
        var canStandAlone: Bool {
            switch self {
            case .variable, .unescaped: false
            default: true
            }
        }
    }

    private struct Tag {
        let kind: Kind
        /// The tag's content without sigil and surrounding white space.
        let content: String
        /// Byte offset of the opening delimiter.
        let start: Int
    }

    private enum Token {
        case text(Range<Int>)
        case tag(Tag)
    }

    /// The character after the opening delimiter that makes a tag more than a variable.
    private static let sigils: [UInt8: Kind] = [
        UInt8(ascii: "#"): .section, UInt8(ascii: "^"): .invertedSection, UInt8(ascii: "/"): .close,
        UInt8(ascii: "!"): .comment, UInt8(ascii: ">"): .partial, UInt8(ascii: "&"): .unescaped,
        UInt8(ascii: "="): .delimiters, UInt8(ascii: "%"): .pragma,
    ]

    private let bytes: [UInt8]

    private init(_ source: String) {
        bytes = Array(source.utf8)
    }

    /// Parses a template's source.
    static func parse(_ source: String) throws(MustacheSyntaxError) -> MustacheTemplate {
        let parser = MustacheParser(source)
        let tokens = try parser.tokenize()
        return try parser.build(parser.removingStandaloneLines(tokens))
    }

    // MARK: Tokens

    private func tokenize() throws(MustacheSyntaxError) -> [Token] {
        var open = Array("{{".utf8), close = Array("}}".utf8)
        var tokens: [Token] = []
        var position = 0
        while let start = find(open, from: position) {
            if start > position { tokens.append(.text(position..<start)) }
            var inner = start + open.count
            let kind: Kind
            let contentRange: Range<Int>
            var end: Int
            if open == Array("{{".utf8), close == Array("}}".utf8), inner < bytes.count, bytes[inner] == UInt8(ascii: "{") {
                guard let closing = find(Array("}}}".utf8), from: inner + 1) else {
                    throw error(at: start, "the tag {{{… is not closed with }}}")
                }
                kind = .unescaped
                contentRange = (inner + 1)..<closing
                end = closing + 3
            } else {
                guard let closing = find(close, from: inner) else {
                    throw error(at: start, "the tag is not closed with \(String(decoding: close, as: UTF8.self))")
                }
                end = closing + close.count
                if inner < closing, let sigil = Self.sigils[bytes[inner]] {
                    kind = sigil
                    inner += 1
                } else if inner < closing, bytes[inner] == UInt8(ascii: "<") || bytes[inner] == UInt8(ascii: "$") {
                    throw error(at: start, "template inheritance ({{<…}} and {{$…}}) is not supported; use partials ({{> name}})")
                } else {
                    kind = .variable
                }
                contentRange = inner..<closing
            }
            let content = trimmed(contentRange)
            let tag = Tag(kind: kind, content: content, start: start)
            try check(tag)
            if kind == .delimiters {
                (open, close) = try delimiters(tag)
            }
            tokens.append(.tag(tag))
            position = end
        }
        if position < bytes.count { tokens.append(.text(position..<bytes.count)) }
        return tokens
    }

    private func check(_ tag: Tag) throws(MustacheSyntaxError) {
        switch tag.kind {
        case .comment, .delimiters, .pragma:
            return
        case .partial:
            if tag.content.hasPrefix("*") {
                throw error(at: tag.start, "a partial chosen by data ({{>*…}}) is not supported; name the partial")
            }
            if let bad = tag.content.unicodeScalars.first(where: { !Self.isPartialNameScalar($0) }) {
                let hex = String(bad.value, radix: 16, uppercase: true)
                let invisible = bad.properties.generalCategory == .control || (bad.properties.isWhitespace && bad != " ")
                let shown = invisible ? "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex : "'\(bad)'"
                throw error(at: tag.start, "a partial name holds \(shown): partials are named by their path inside the template folder, with letters, digits, '.', '-', '_' and '/' only")
            }
        case .variable, .unescaped, .section, .invertedSection, .close:
            break
        }
        guard !tag.content.isEmpty else { throw error(at: tag.start, "the tag has no name") }
        if tag.content.contains(where: { $0 == "(" || $0 == ")" }) {
            throw error(at: tag.start, "'\(tag.content)' applies a function; templates only insert values by name")
        }
        if tag.content.contains(where: \.isWhitespace) {
            throw error(at: tag.start, "'\(tag.content)' is not a name: names have no spaces")
        }
    }

    /// Letters, digits, `.`, `-`, `_` and `/`: enough for a path inside the template folder,
    /// and nothing that means a drive, a parent folder by other spelling, or the end of a string.
    private static func isPartialNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "-", "_", "/": true
        default: scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
        }
    }

    private func delimiters(_ tag: Tag) throws(MustacheSyntaxError) -> ([UInt8], [UInt8]) {
        let parts = tag.content.hasSuffix("=") ? tag.content.dropLast().split(whereSeparator: \.isWhitespace) : []
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw error(at: tag.start, "the set-delimiter tag must read {{=<open> <close>=}}, such as {{=<% %>=}}")
        }
        return (Array(parts[0].utf8), Array(parts[1].utf8))
    }

    // MARK: Standalone lines

    /// Drops the lines that hold only a section, comment, partial, delimiter or pragma tag (and
    /// white space); a partial on such a line keeps the line's indentation.
    private func removingStandaloneLines(_ tokens: [Token]) -> [(token: Token, indentation: String)] {
        var standalone = [Bool](repeating: false, count: tokens.count)
        for (index, token) in tokens.enumerated() {
            guard case .tag(let tag) = token, tag.kind.canStandAlone else { continue }
            standalone[index] = opensLine(tokens, before: index) && closesLine(tokens, after: index)
        }
        var result: [(token: Token, indentation: String)] = []
        for (index, token) in tokens.enumerated() {
            switch token {
            case .tag:
                var indentation = ""
                if standalone[index], index > 0, case .text(let range) = tokens[index - 1] {
                    indentation = String(decoding: bytes[lineTail(range)], as: UTF8.self)
                }
                result.append((token, indentation))
            case .text(let range):
                var lower = range.lowerBound, upper = range.upperBound
                if index > 0, standalone[index - 1] {
                    lower = bytes[range].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? range.upperBound
                }
                if index + 1 < tokens.count, standalone[index + 1] {
                    upper = lineTail(range).lowerBound
                }
                if lower < upper { result.append((.text(lower..<upper), "")) }
            }
        }
        return result
    }

    /// The part of a text after its last line break.
    private func lineTail(_ range: Range<Int>) -> Range<Int> {
        let start = bytes[range].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? range.lowerBound
        return start..<range.upperBound
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// Whether only white space stands between the start of the tag's line and the tag.
    private func opensLine(_ tokens: [Token], before index: Int) -> Bool {
        guard index > 0 else { return true }
        guard case .text(let range) = tokens[index - 1] else { return false }
        let tail = lineTail(range)
        guard isBlank(tail) else { return false }
        return tail.lowerBound > range.lowerBound || index - 1 == 0
    }

    /// Whether only white space stands between the tag and the end of its line.
    private func closesLine(_ tokens: [Token], after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return true }
        guard case .text(let range) = tokens[index + 1] else { return false }
        guard let newline = bytes[range].firstIndex(of: UInt8(ascii: "\n")) else {
            return index + 2 == tokens.count && isBlank(range)
        }
        var head = range.lowerBound..<newline
        if head.upperBound > head.lowerBound, bytes[newline - 1] == UInt8(ascii: "\r") { head = head.lowerBound..<(newline - 1) }
        return isBlank(head)
    }

    // MARK: Tree

    private struct OpenSection {
        let tag: Tag
        var nodes: [MustacheTemplate.Node] = []
    }

    private func build(_ tokens: [(token: Token, indentation: String)]) throws(MustacheSyntaxError) -> MustacheTemplate {
        var stack = [OpenSection(tag: Tag(kind: .section, content: "", start: 0))]
        var partials: [MustachePartialReference] = []
        func append(_ node: MustacheTemplate.Node) { stack[stack.count - 1].nodes.append(node) }
        for (token, indentation) in tokens {
            switch token {
            case .text(let range):
                let lastAngle = bytes[range].last { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }
                append(.text(String(decoding: bytes[range], as: UTF8.self), endsInsideTag: lastAngle.map { $0 == UInt8(ascii: "<") }))
            case .tag(let tag):
                switch tag.kind {
                case .variable: append(.variable(MustacheName(tag.content), escaped: true))
                case .unescaped: append(.variable(MustacheName(tag.content), escaped: false))
                case .section, .invertedSection: stack.append(OpenSection(tag: tag))
                case .close:
                    guard stack.count > 1 else {
                        throw error(at: tag.start, "the closing tag {{/\(tag.content)}} closes no section")
                    }
                    let section = stack.removeLast()
                    guard section.tag.content == tag.content else {
                        let (line, column) = location(of: section.tag.start)
                        throw error(
                            at: tag.start,
                            "the closing tag {{/\(tag.content)}} does not match the section {{\(section.tag.kind == .section ? "#" : "^")\(section.tag.content)}} opened at \(line):\(column)")
                    }
                    append(.section(MustacheName(section.tag.content), section.nodes, inverted: section.tag.kind == .invertedSection))
                case .partial:
                    let (line, column) = location(of: tag.start)
                    let reference = MustachePartialReference(name: tag.content, line: line, column: column)
                    partials.append(reference)
                    append(.partial(reference, indentation: indentation))
                case .pragma:
                    append(.escaping(try escaping(tag)))
                case .comment, .delimiters:
                    break
                }
            }
        }
        if stack.count > 1, let unclosed = stack.last {
            throw error(at: unclosed.tag.start, "the section {{\(unclosed.tag.kind == .section ? "#" : "^")\(unclosed.tag.content)}} is never closed; add {{/\(unclosed.tag.content)}}")
        }
        return MustacheTemplate(nodes: stack[0].nodes, partials: partials)
    }

    private func escaping(_ tag: Tag) throws(MustacheSyntaxError) -> Bool {
        let parts = tag.content.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
        guard parts.count == 2, parts[0] == "CONTENT_TYPE", parts[1] == "TEXT" || parts[1] == "HTML" else {
            throw error(at: tag.start, "the pragma {{%\(tag.content)}} is unknown; only {{% CONTENT_TYPE: TEXT}} and {{% CONTENT_TYPE: HTML}} exist")
        }
        return parts[1] == "HTML"
    }

    // MARK: Bytes and places

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    private func trimmed(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self).trimmingSpaces()
    }

    private func location(of offset: Int) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        return (line, String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
    }

    private func error(at offset: Int, _ message: String) -> MustacheSyntaxError {
        let (line, column) = location(of: offset)
        return MustacheSyntaxError(line: line, column: column, message: message)
    }
}

private extension StringProtocol {
    /// The text without white space (including line breaks) at either end.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

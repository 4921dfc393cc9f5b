/// How text in form markup becomes printed text.
///
/// Templates are indented for people to read, and Chinese puts no spaces between words, so any run
/// of white space that contains a line break is layout, not content: it disappears. White space
/// within a line is kept as written, for the spaces forms use to pad a blank.
enum MarkupText {
    /// `text` without its line-breaking runs of white space.
    static func collapsed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        var runBreaksLine = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t":
                run.append(scalar)
            case "\n", "\r":
                run.append(scalar)
                runBreaksLine = true
            default:
                if !runBreaksLine { result.append(contentsOf: run) }
                run.removeAll(keepingCapacity: true)
                runBreaksLine = false
                result.append(scalar)
            }
        }
        if !runBreaksLine { result.append(contentsOf: run) }
        return String(result)
    }

    /// Inline content with empty text runs dropped and neighbouring runs of one style merged, so
    /// writers see one run where the template had several pieces (text, a value, more text).
    static func normalized(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            guard case .text(let text, let style) = inline else {
                result.append(inline)
                continue
            }
            if text.isEmpty { continue }
            if case .text(let previous, let previousStyle)? = result.last, previousStyle == style {
                result[result.count - 1] = .text(previous + text, style)
            } else {
                result.append(inline)
            }
        }
        return result
    }

    /// Whether inline content prints nothing but spaces: an implicit paragraph of only this is
    /// left out rather than printed as an empty line.
    static func isBlank(_ inlines: [Inline]) -> Bool {
        inlines.allSatisfy { inline in
            if case .text(let text, _) = inline { return text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" } }
            return false
        }
    }
}

/// How text in form markup becomes printed text.
///
/// Templates are indented for people to read, and Chinese puts no spaces between words, so any run
/// of white space that contains a line break is layout, not content: it disappears. White space
/// within a line is kept as written, for the spaces forms use to pad a blank.
enum MarkupText {
    /// `text` without its line-breaking runs of white space.
    static func collapsed(_ text: String) -> String {
        // Works on UTF-8 bytes: the white space in question is ASCII, and every other byte
        // (including those of multi-byte characters) is copied as it is.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var runStart = -1
        var runBreaksLine = false
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09:
                if runStart < 0 { runStart = result.count }
                result.append(byte)
            case 0x0A, 0x0D:
                if runStart < 0 { runStart = result.count }
                result.append(byte)
                runBreaksLine = true
            default:
                if runBreaksLine { result.removeSubrange(runStart...) }
                runStart = -1
                runBreaksLine = false
                result.append(byte)
            }
        }
        if runBreaksLine { result.removeSubrange(runStart...) }
        return String(decoding: result, as: UTF8.self)
    }

    /// FormInline content with empty text runs dropped and neighbouring runs of one style merged, so
    /// writers see one run where the template had several pieces (text, a value, more text).
    static func normalized(_ inlines: [FormInline]) -> [FormInline] {
        var result: [FormInline] = []
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
    static func isBlank(_ inlines: [FormInline]) -> Bool {
        inlines.allSatisfy { inline in
            if case .text(let text, _) = inline { return text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" } }
            return false
        }
    }
}

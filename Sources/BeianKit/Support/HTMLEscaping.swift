/// Escaping of filing data wherever it enters markup (the HTML writer's pages and the form
/// markup templates render to), so data is always text and never markup.
enum HTMLEscaping {
    /// Appends `text` to `output` with `& < > " '` written as entity or character references,
    /// which makes it safe both as element content and inside a quoted attribute value.
    ///
    /// `&#39;` rather than `&apos;`, as HTML 4 parsers and some mail clients lack the latter.
    /// Characters XML forbids (most C0 controls, U+FFFE, U+FFFF) become U+FFFD so the page
    /// stays well-formed whatever the data holds.
    static func append(_ text: String, to output: inout String) {
        // Most text needs no escaping: copy it in one piece instead of scalar by scalar.
        if !text.unicodeScalars.contains(where: needsWork) {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default:
                output.unicodeScalars.append(scalar.isUnprintableInDocuments ? "\u{FFFD}" : scalar)
            }
        }
    }

    /// `text` escaped, for short strings.
    static func escaped(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }

    /// How many UTF-8 bytes `text` takes once escaped.
    static func escapedByteCount(_ text: String) -> Int {
        if !text.unicodeScalars.contains(where: needsWork) { return text.utf8.count }
        return escaped(text).utf8.count
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": true
        default: scalar.isUnprintableInDocuments
        }
    }
}

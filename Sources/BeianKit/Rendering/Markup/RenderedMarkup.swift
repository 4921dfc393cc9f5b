import Foundation

/// The markup being parsed and the template it came from: what every error needs to point at the
/// right spot.
struct RenderedMarkup {
    /// The template name or file, for error messages.
    let source: String
    /// The rendered markup.
    let text: String

    /// An error at a line (and column) of the markup, quoting that line.
    func error(_ message: String, line: Int?, column: Int? = nil) -> MarkupError {
        let quoted = line.flatMap { self.line($0) }
        return MarkupError(
            source: source, line: line, column: column, message: message,
            excerpt: quoted.map(Self.excerpt))
    }

    /// An error about an element: its line, and its column when the line holds only one tag of
    /// that name (libxml2 keeps no columns for elements, and guessing between two would mislead).
    func error(_ message: String, at element: MarkupNode) -> MarkupError {
        let line = element.line
        let column = line.flatMap { self.line($0) }.flatMap { Self.column(ofTag: element.name, in: $0) }
        return error(message, line: line, column: column)
    }

    /// The 1-based line `number`, without its line break.
    func line(_ number: Int) -> Substring? {
        guard number >= 1 else { return nil }
        // Split lazily: errors are rare, and most sit near the top of a document.
        var current = 1
        for piece in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number { return piece.last == "\r" ? piece.dropLast() : piece }
            current += 1
        }
        return nil
    }

    /// The column of the one `<name` tag in `line`, or `nil` when there is none or several.
    static func column(ofTag name: String, in line: Substring) -> Int? {
        let scalars = Array(line.unicodeScalars)
        let needle = Array(("<" + name).unicodeScalars)
        guard !needle.isEmpty, scalars.count >= needle.count else { return nil }
        var found: Int?
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            let after = start + needle.count
            // `<date` must not match `<date-line`.
            if after < scalars.count, !" \t/>".unicodeScalars.contains(scalars[after]) { continue }
            if found != nil { return nil }
            found = start + 1
        }
        return found
    }

    /// A line trimmed for quoting, shortened so a long rendered value does not flood the terminal.
    static func excerpt(_ line: Substring) -> String {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        let limit = 160
        return text.count > limit ? String(text.prefix(limit)) + "…" : text
    }
}

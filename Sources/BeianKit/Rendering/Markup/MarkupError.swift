/// Rendered form markup that cannot become a document: malformed XML, markup the form DTD does not
/// allow, or a value the vocabulary cannot mean (a width of `abc`, a date of `2026-02-30`).
///
/// It names the template and the line of the *rendered* markup, like a compiler error, and quotes
/// that line so a template author can find the spot even when data shifted the columns.
public struct MarkupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The template name or file the markup was rendered from.
    public var source: String
    /// The 1-based line in the rendered markup, when known.
    public var line: Int?
    /// The 1-based column (in characters) in the rendered markup, when known.
    public var column: Int?
    /// What is wrong.
    public var message: String
    /// The offending line of the rendered markup, trimmed, when known.
    public var excerpt: String?

    /// Creates a markup error.
    public init(source: String, line: Int? = nil, column: Int? = nil, message: String, excerpt: String? = nil) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
        self.excerpt = excerpt
    }

    /// `source:line:column: error: message`, the format editors jump to, with the excerpt
    /// indented on the next line.
    public var description: String {
        var location = source
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        var text = "\(location): error: \(message)"
        if let excerpt, !excerpt.isEmpty { text += "\n    \(excerpt)" }
        return text
    }
}

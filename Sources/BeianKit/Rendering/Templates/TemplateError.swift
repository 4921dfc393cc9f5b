/// A template that cannot be used: where it is and what is wrong, like a compiler error.
public struct TemplateError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The template's file, relative to its template folder (or `bundled:` for a built-in one).
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?
    /// What is wrong.
    public var message: String

    /// Creates a template error.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`, the format editors jump to.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): error: \(message)"
    }
}

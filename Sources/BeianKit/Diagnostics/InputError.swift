/// Thrown when input cannot be used: it carries every problem found, not just the first.
public struct InputError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// All diagnostics of the failed input, errors first, warnings kept for the report.
    public var diagnostics: [Diagnostic]

    /// Creates the error from the diagnostics of the failed input.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates the error for a single problem.
    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    /// This error with every diagnostic told in `language`.
    public func localized(in language: Language) -> InputError {
        InputError(diagnostics.localized(in: language))
    }

    /// One line per diagnostic.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// What is wrong with a template's Mustache tags, and where.
struct MustacheSyntaxError: Error, Sendable, Hashable {
    /// The 1-based line.
    let line: Int
    /// The 1-based column, in characters.
    let column: Int
    /// What is wrong, in a sentence.
    let message: String
}

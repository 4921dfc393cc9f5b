/// A Mustache template parsed once into the pieces that rendering walks.
///
/// beian implements the part of Mustache its templates need (variables, sections, inverted
/// sections, partials, comments, set delimiters and the `CONTENT_TYPE` pragma) itself: a
/// general engine that looks every name up through `Any` casts and mirrors cost more than the
/// rest of a document's generation, and could not stop a template whose loops multiply.
struct MustacheTemplate: Sendable {
    /// One piece of a template.
    indirect enum Node: Sendable {
        /// Text printed as written. `endsInsideTag` says whether its last `<` or `>` is a `<`
        /// (so what follows stands inside a markup tag), or is `nil` when it has neither.
        case text(String, endsInsideTag: Bool?)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as is).
        case variable(MustacheName, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(MustacheName, [Node], inverted: Bool)
        /// `{{> name}}`; a partial standing alone on its line is indented like that line.
        case partial(MustachePartialReference, indentation: String)
        /// `{{% CONTENT_TYPE: TEXT}}` or `HTML`: whether the rest of the template escapes values.
        case escaping(Bool)
    }

    /// The template's pieces, in order.
    let nodes: [Node]
    /// Every partial the template names, in the order they appear.
    let partials: [MustachePartialReference]
}

/// A `{{> name}}` tag and where it stands in its template.
struct MustachePartialReference: Sendable, Hashable {
    /// The partial's template name.
    let name: String
    /// The 1-based line of the tag.
    let line: Int
    /// The 1-based column of the tag, in characters.
    let column: Int
}

/// A name in a tag: `.` for the current value, or keys separated by dots (`subject.name`).
struct MustacheName: Sendable, Hashable {
    /// The keys; empty for `.`.
    let keys: [String]

    init(_ text: String) {
        keys = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}

import Foundation

/// Parses the form markup templates render to into a `FormDocument`.
///
/// The markup is XML in the vocabulary of `Templates/schema/form.dtd` (described in
/// `Templates/README.md`). It is checked for well-formedness, refused if it carries a DOCTYPE,
/// validated against the DTD, and mapped to the document tree; any problem is a `MarkupError`
/// naming the template, line and column. Data in the markup stays text: entities are never
/// expanded and nothing is loaded from files or the network.
///
/// A parser holds its parsed DTD and is safe to share between tasks: parse from as many at once
/// as you like.
public struct FormMarkupParser: Sendable {
    /// Where the bundled DTD sits among the bundled template files.
    static let bundledDTDPath = "schema/form.dtd"

    private let dtd: FormDTD

    /// Uses the bundled DTD Templates/schema/form.dtd (path "schema/form.dtd" in BundledTemplates.files).
    public init() throws(MarkupError) {
        let source = "bundled:" + Self.bundledDTDPath
        guard let file = BundledTemplates.files.first(where: { $0.path == Self.bundledDTDPath }),
            let data = Data(base64Encoded: file.base64), let text = String(data: data, encoding: .utf8)
        else {
            throw MarkupError(source: source, message: "the bundled form DTD is missing or not UTF-8")
        }
        dtd = try FormDTD(text: text, source: source)
    }

    /// Uses the DTD `dtd`, the text of a DTD file. It must declare the root element `document`;
    /// elements the mapping to `FormDocument` does not know are refused when they appear.
    public init(dtd: String) throws(MarkupError) {
        self.dtd = try FormDTD(text: dtd, source: "DTD")
    }

    /// Parses rendered markup into a FormDocument after validating it against the DTD.
    /// `source` names the template for error messages.
    public func parse(_ markup: String, source: String) throws(MarkupError) -> FormDocument {
        let rendered = RenderedMarkup(source: source, text: markup)
        return try MarkupReader.withValidatedRoot(of: rendered, dtd: dtd) { root throws(MarkupError) in
            try DocumentBuilder(markup: rendered, dtd: dtd).document(from: root)
        }
    }
}

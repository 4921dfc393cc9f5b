/// The characters a template's own text holds (with its partials'), and printable ASCII.
///
/// Every record rendered from a template shares them, whatever its values: the PDF writer
/// embeds their glyphs as one font subset that is made once and reused by every document of
/// the template, and only the glyphs of a record's own values as a second, small subset.
/// Taken from the template source rather than from one rendering, so the split is the same
/// for a record however it was rendered, and its PDF the same bytes.
struct TemplateCharacters: Sendable, Hashable {
    /// Unique, in ascending order.
    let scalars: [Unicode.Scalar]

    init(sources: [String]) {
        var set = Set<Unicode.Scalar>((0x20...0x7E).compactMap(Unicode.Scalar.init))
        for source in sources {
            for scalar in source.unicodeScalars where scalar.value >= 0x20 && scalar != MarkupPlaceholder.open && scalar != MarkupPlaceholder.close {
                set.insert(scalar)
            }
        }
        scalars = set.sorted { $0.value < $1.value }
    }
}

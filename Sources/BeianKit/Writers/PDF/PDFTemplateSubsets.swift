import Synchronization

/// The body face's subsets of templates' characters, made once per template and face: the
/// glyphs a template's characters map to, and the font made of them, whose program, widths and
/// `ToUnicode` map are the same for every record of the template.
final class PDFTemplateSubsets: Sendable {
    /// A template's subset: its glyphs, each with the character it is reached through, and the
    /// font made of them.
    struct Entry: Sendable {
        let glyphs: [UInt32: Unicode.Scalar]
        let embedding: PDFFontEmbedding
    }

    private struct Key: Hashable {
        var role: PDFFonts.Role
        var characters: TemplateCharacters
    }

    /// The most kept: a set of templates is a few dozen; a folder of user templates can add more.
    static let capacity = 64

    private let entries = Mutex<[Key: Entry]>([:])

    /// The subset of `role`'s face holding the glyphs of `characters`.
    func entry(role: PDFFonts.Role, characters: TemplateCharacters, fonts: PDFFonts) throws(PDFEmbeddingError) -> Entry {
        let key = Key(role: role, characters: characters)
        if let known = entries.withLock({ $0[key] }) { return known }
        let face = fonts.face(role)
        var glyphs: [UInt32: Unicode.Scalar] = [:]
        for scalar in characters.scalars {
            if let glyph = face.glyph(for: scalar), glyphs[glyph] == nil { glyphs[glyph] = scalar }
        }
        let entry = Entry(glyphs: glyphs, embedding: try PDFFontEmbedding(role: role, fonts: fonts, used: glyphs, reused: true))
        entries.withLock { entries in
            if entries.count >= PDFTemplateSubsets.capacity { entries.removeAll() }
            entries[key] = entry
        }
        return entry
    }
}

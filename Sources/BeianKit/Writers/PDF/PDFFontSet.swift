/// The fonts a PDF embeds: one subset per face the document uses, and for the body face a
/// second subset holding the glyphs of the template's own characters.
///
/// Most of a form's body text is its template's (labels, headings, instructions), the same for
/// every record. Those glyphs go into a subset made from the template alone, so it is the same
/// for every document of the template: made and compressed once, then reused (``PDFSubsetCache``).
/// Only the glyphs of a record's own values go into a subset of their own, which costs a
/// fraction of one holding the whole page's glyphs (hb-subset's time grows with the glyphs).
struct PDFFontSet {
    /// The fonts in object order, each with its resource name in the pages' font dictionary.
    let fonts: [(resource: String, embedding: PDFFontEmbedding)]
    /// The role whose glyphs are split, and the glyphs drawn from its shared subset.
    private let sharedRole: PDFFonts.Role?
    private let sharedGlyphs: Set<UInt32>

    init(fonts: PDFFonts, used: PDFGlyphUse, shared: TemplateCharacters?) throws(PDFEmbeddingError) {
        var list: [(resource: String, embedding: PDFFontEmbedding)] = []
        var sharedRole: PDFFonts.Role?
        var sharedGlyphs = Set<UInt32>()
        for role in PDFFonts.Role.allCases {
            var own = used.glyphs[role.rawValue]
            guard !own.isEmpty else { continue }
            if role == .serif, let shared {
                // The subset holds every glyph of the template's characters, used here or not,
                // so that it does not depend on the record. A glyph the record reaches through
                // another character stays in the record's subset, so its ToUnicode entry gives
                // back the character the record holds.
                let template = try fonts.templateSubsets.entry(role: role, characters: shared, fonts: fonts)
                let templateGlyphs = template.glyphs
                let drawn = own.filter { templateGlyphs[$0.key] == $0.value }
                if !drawn.isEmpty {
                    list.append((PDFFontSet.resource(role: role, shared: true), template.embedding))
                    sharedRole = role
                    sharedGlyphs = Set(drawn.keys)
                    own = own.filter { templateGlyphs[$0.key] != $0.value }
                }
            }
            if !own.isEmpty {
                list.append((PDFFontSet.resource(role: role, shared: false), try PDFFontEmbedding(role: role, fonts: fonts, used: own)))
            }
        }
        self.fonts = list
        self.sharedRole = sharedRole
        self.sharedGlyphs = sharedGlyphs
    }

    /// Whether a glyph of `role` is drawn from the template's subset.
    func isShared(_ glyph: UInt32, role: PDFFonts.Role) -> Bool {
        role == sharedRole && sharedGlyphs.contains(glyph)
    }

    /// The resource name of the template's subset of `role`, or of the record's own.
    static func resource(role: PDFFonts.Role, shared: Bool) -> String {
        (shared ? "S" : "F") + String(role.rawValue)
    }
}

extension PDFWriter {
    /// The document's fonts, or the error of a face HarfBuzz could not subset.
    static func fontSet(fonts: PDFFonts, used: PDFGlyphUse, shared: TemplateCharacters?) throws(InputError) -> PDFFontSet {
        do {
            return try PDFFontSet(fonts: fonts, used: used, shared: shared)
        } catch {
            throw InputError(
                Diagnostic(
                    .error, "", code: "pdf.font-subset",
                    "HarfBuzz could not subset the font \(error.font)",
                    hint: "reinstall fonts-noto-cjk, or write the document as DOCX", arguments: ["font": "\(error.font)"]))
        }
    }
}

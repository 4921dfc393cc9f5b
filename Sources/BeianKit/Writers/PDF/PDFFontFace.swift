import CHarfBuzz
import Foundation
import Synchronization

/// One face of a font file, opened through HarfBuzz: its cmap, advances and names, and the
/// subsets the PDF writer embeds. Nothing here parses font tables by hand.
///
/// HarfBuzz faces and fonts are immutable once made so and safe to read from many threads,
/// which is why the class may be shared between tasks.
final class PDFFontFace: @unchecked Sendable {
    /// The PostScript name, such as `NotoSerifCJKsc-Regular`, for the PDF's `BaseFont`.
    let postScriptName: String
    /// Units per em: advances are scaled by it to the PDF's 1000-unit glyph space.
    let unitsPerEm: Int32
    /// Ascender and descender in 1000ths of the em.
    let ascent: Int
    let descent: Int
    private let face: OpaquePointer
    private let font: OpaquePointer
    /// The face subsets are cut from: prepared for fast repeated subsetting
    /// (`hb_subset_preprocess`, which costs about two seconds on a CJK face and then saves
    /// 10–15 ms on every subset), or the face itself.
    private let subsetSource: OpaquePointer
    /// Ink boxes already measured: a CFF glyph's box is found by running its outline program,
    /// and every document of a template asks for the same glyphs' boxes.
    private let measuredBounds = Mutex<[UInt32: (Int, Int, Int, Int)]>([:])

    /// Opens face `index` of the file at `path`, or returns `nil` when HarfBuzz cannot read it.
    /// `prepared` readies it for many subsets: worth it for a batch, not for one document.
    init?(path: String, index: UInt32, prepared: Bool = false) {
        guard let blob = hb_blob_create_from_file_or_fail(path) else { return nil }
        defer { hb_blob_destroy(blob) }
        guard index < hb_face_count(blob), let face = hb_face_create(blob, index),
            hb_face_get_glyph_count(face) > 1
        else { return nil }
        hb_face_make_immutable(face)
        self.face = face
        font = hb_font_create(face)
        hb_font_make_immutable(font)
        unitsPerEm = Int32(hb_face_get_upem(face))
        let slim = PDFFontFace.outlinesOnly(face)
        subsetSource = prepared ? hb_subset_preprocess(slim) : hb_face_reference(slim)
        hb_face_destroy(slim)
        postScriptName = PDFFontFace.name(of: face, id: hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME)) ?? "CJKFont"
        var extents = hb_font_extents_t()
        hb_font_get_h_extents(font, &extents)
        let upem = Int(max(unitsPerEm, 1))
        ascent = Int(extents.ascender) * 1000 / upem
        descent = Int(extents.descender) * 1000 / upem
    }

    deinit {
        hb_face_destroy(subsetSource)
        hb_font_destroy(font)
        hb_face_destroy(face)
    }

    /// A face holding only the tables a CFF subset is cut from. hb-subset plans over every table
    /// a face has, and a CJK face's layout tables (GSUB, GPOS, cmap of 65,000 characters) cost
    /// far more than the outlines of 40 glyphs: measured here, a 40-glyph subset took 5.4 ms from
    /// the whole face and 1.25 ms from this one, the same bytes; and preparing it for a batch
    /// took 1.24 s instead of 1.44 s.
    private static func outlinesOnly(_ face: OpaquePointer) -> OpaquePointer {
        let slim = hb_face_builder_create()!
        for name in ["CFF ", "hmtx", "hhea", "head", "maxp", "OS/2"] {
            let table = hb_face_reference_table(face, tag(name))
            hb_face_builder_add_table(slim, tag(name), table)
            hb_blob_destroy(table)
        }
        return slim
    }

    /// The number of faces in the file at `path` (a `.ttc` holds several).
    static func faceCount(path: String) -> UInt32 {
        guard let blob = hb_blob_create_from_file_or_fail(path) else { return 0 }
        defer { hb_blob_destroy(blob) }
        return hb_face_count(blob)
    }

    /// The family name (name ID 1) of face `index` of the file at `path`, read without building
    /// a subsetting face.
    static func familyName(path: String, index: UInt32) -> String? {
        guard let blob = hb_blob_create_from_file_or_fail(path) else { return nil }
        defer { hb_blob_destroy(blob) }
        guard let face = hb_face_create(blob, index) else { return nil }
        defer { hb_face_destroy(face) }
        return name(of: face, id: hb_ot_name_id_t(HB_OT_NAME_ID_FONT_FAMILY))
    }

    /// The glyph `scalar` maps to, or `nil` when the face lacks it.
    func glyph(for scalar: Unicode.Scalar) -> UInt32? {
        var glyph: hb_codepoint_t = 0
        guard hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0, glyph != 0 else { return nil }
        return glyph
    }

    /// The advance of `glyph` in 1000ths of the em.
    func advance(of glyph: UInt32) -> Int {
        let advance = Int(hb_font_get_glyph_h_advance(font, glyph))
        return (advance * 1000 + Int(unitsPerEm) / 2) / Int(max(unitsPerEm, 1))
    }

    /// The box enclosing the ink of all `glyphs` (and the origin), in 1000ths of the em: left,
    /// bottom, right, top.
    func bounds(enclosing glyphs: some Sequence<UInt32>) -> (Int, Int, Int, Int) {
        measuredBounds.withLock { measured in
            var box = (0, 0, 0, 0)
            for glyph in glyphs {
                let bounds: (Int, Int, Int, Int)
                if let known = measured[glyph] {
                    bounds = known
                } else {
                    bounds = self.bounds(of: glyph)
                    measured[glyph] = bounds
                }
                box = (min(box.0, bounds.0), min(box.1, bounds.1), max(box.2, bounds.2), max(box.3, bounds.3))
            }
            return box
        }
    }

    /// The ink box of `glyph` in 1000ths of the em: left, bottom, right, top.
    private func bounds(of glyph: UInt32) -> (Int, Int, Int, Int) {
        var extents = hb_glyph_extents_t()
        guard hb_font_get_glyph_extents(font, glyph, &extents) != 0 else { return (0, 0, 0, 0) }
        let scale = { (value: Int32) in Int(value) * 1000 / Int(max(self.unitsPerEm, 1)) }
        return (
            scale(extents.x_bearing), scale(extents.y_bearing + extents.height),
            scale(extents.x_bearing + extents.width), scale(extents.y_bearing)
        )
    }

    /// A subset of the face holding `glyphs` (and `.notdef`): its bare CFF table, CID-keyed,
    /// each glyph keeping its CID in the charset. `nil` when the face has no CFF outlines.
    func subset(glyphs: [UInt32]) -> Data? {
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let set = hb_subset_input_glyph_set(input)
        for glyph in glyphs { hb_set_add(set, glyph) }
        // Only the CFF table is embedded; hinting only costs bytes at print resolution. Layout
        // tables go first: subsetting GSUB would also pull in every glyph a substitution could
        // reach (vertical forms, variants), costing time and bytes for glyphs never drawn.
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG", "JSTF", "MATH", "cmap", "name", "post"] {
            hb_set_add(dropped, PDFFontFace.tag(tag))
        }
        guard let subset = hb_subset_or_fail(subsetSource, input) else { return nil }
        defer { hb_face_destroy(subset) }
        guard let blob = hb_face_reference_table(subset, PDFFontFace.tag("CFF ")) else { return nil }
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let bytes = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        return Data(bytes: bytes, count: Int(length))
    }

    private static func tag(_ text: String) -> hb_tag_t {
        text.utf8.reduce(0) { ($0 << 8) | hb_tag_t($1) }
    }

    private static func name(of face: OpaquePointer, id: hb_ot_name_id_t) -> String? {
        var length: UInt32 = 256
        var buffer = [CChar](repeating: 0, count: Int(length))
        let total = hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &length, &buffer)
        guard total > 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

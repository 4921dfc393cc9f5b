import Foundation

/// One face as a PDF font: a `Type0` font over a `CIDFontType0` whose program is the CFF of the
/// HarfBuzz subset of the glyphs used (`FontFile3 /CIDFontType0C`), `Identity-H` codes, widths,
/// and a `ToUnicode` map.
///
/// The codes in content streams are CIDs, which every reader turns into glyphs through the CFF
/// charset. hb-subset keeps each glyph's CID there, and Noto CJK's CIDs equal its glyph IDs (the
/// PDF tests check every code against the embedded charset), so a glyph's code is its ID in
/// the full face: content streams and the maps here write glyph IDs as codes.
/// Embedding the OpenType wrapper instead would be ambiguous: poppler then reads codes as the
/// subset's glyph IDs, other readers go through the charset.
struct PDFFontEmbedding: Sendable {
    let role: PDFFonts.Role
    let face: PDFFontFace
    /// Glyph of the full face → character, sorted by glyph.
    let glyphs: [(glyph: UInt32, scalar: Unicode.Scalar)]
    /// The subset's CFF table, as its stream holds it.
    let subset: PDFDeflate.Stream
    /// The parts of the objects that depend on the glyphs alone, made with the embedding so that
    /// one made for many documents (the template's) is not made again for each.
    private let name: String
    private let widths: String
    private let box: (Int, Int, Int, Int)
    private let toUnicode: PDFDeflate.Stream

    /// The subset of `role`'s face holding `used`; `reused` when it is made for many documents
    /// (the template's glyphs), which is worth compressing harder.
    init(role: PDFFonts.Role, fonts: PDFFonts, used: [UInt32: Unicode.Scalar], reused: Bool = false) throws(PDFEmbeddingError) {
        self.role = role
        let face = fonts.face(role)
        self.face = face
        let glyphs = used.sorted { $0.key < $1.key }.map { (glyph: $0.key, scalar: $0.value) }
        self.glyphs = glyphs
        let key = PDFSubsetCache.Key(role: role.rawValue, glyphs: glyphs.map(\.glyph))
        // Cached deflated: compressing a 100 KB font costs as much as laying out the page.
        let level: Deflate.Level = reused ? .smallest : .standard
        let make = { face.subset(glyphs: key.glyphs).map { PDFDeflate.stream([UInt8]($0), level: level) } }
        guard let subset = fonts.subsets.subset(key, make: make) else {
            throw PDFEmbeddingError(font: face.postScriptName)
        }
        self.subset = subset
        name = PDFFontEmbedding.baseFont(glyphs: glyphs, role: role, face: face)
        widths = glyphs.compactMap { glyph, _ in
            let advance = face.advance(of: glyph)
            return advance == 1000 ? nil : "\(glyph) [\(advance)] "  // the code is the glyph ID
        }.joined()
        box = face.bounds(enclosing: glyphs.lazy.map(\.glyph))
        toUnicode = PDFDeflate.stream(PDFFontEmbedding.toUnicode(glyphs))
    }

    /// A subset tag derived from the glyphs, so the same glyphs give the same name: six capitals.
    private static func baseFont(glyphs: [(glyph: UInt32, scalar: Unicode.Scalar)], role: PDFFonts.Role, face: PDFFontFace) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (glyph, _) in glyphs {
            hash = (hash ^ UInt64(glyph)) &* 0x100_0000_01b3
        }
        hash ^= UInt64(role.rawValue)
        var tag = ""
        for _ in 0..<6 {
            tag.append(Character(Unicode.Scalar(UInt8(65 + hash % 26))))
            hash /= 26
        }
        return tag + "+" + face.postScriptName.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    /// Writes the font's five objects, numbered from `first`: Type0, CIDFont, descriptor, font
    /// file, ToUnicode. The Type0 font is object `first`.
    func write(into file: inout PDFObjectWriter, first: Int) {
        file.object(first) {
            $0.append("<< /Type /Font /Subtype /Type0 /BaseFont /\(name) /Encoding /Identity-H /DescendantFonts [\(first + 1) 0 R] /ToUnicode \(first + 4) 0 R >>")
        }
        file.object(first + 1) {
            $0.append("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /\(name) ")
            $0.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ")
            $0.append("/FontDescriptor \(first + 2) 0 R /DW 1000 /W [")
            $0.append(widths)
            $0.append("] >>")
        }
        file.object(first + 2) {
            $0.append("<< /Type /FontDescriptor /FontName /\(name) /Flags 4 /FontBBox [\(box.0) \(box.1) \(box.2) \(box.3)] ")
            $0.append("/ItalicAngle 0 /Ascent \(face.ascent) /Descent \(face.descent) /CapHeight 733 /StemV 80 ")
            $0.append("/FontFile3 \(first + 3) 0 R >>")
        }
        file.stream(first + 3, dictionary: "/Subtype /CIDFontType0C", subset)
        file.stream(first + 4, dictionary: "", toUnicode)
    }

    /// The CMap from CIDs to UTF-16 text.
    private static func toUnicode(_ glyphs: [(glyph: UInt32, scalar: Unicode.Scalar)]) -> [UInt8] {
        var cmap = PDFBuffer(capacity: 256 + glyphs.count * 16)
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        cmap.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        cmap.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        cmap.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
        // A glyph's code is its ID in the full face, so glyph order is code order.
        let entries = glyphs.map { (code: $0.glyph, scalar: $0.scalar) }
        for start in stride(from: 0, to: entries.count, by: 100) {
            let chunk = entries[start..<min(start + 100, entries.count)]
            cmap.append("\(chunk.count) beginbfchar\n")
            for (code, scalar) in chunk {
                cmap.append("<")
                cmap.appendHex(code, digits: 4)
                cmap.append("> <")
                for unit in String(scalar).utf16 { cmap.appendHex(UInt32(unit), digits: 4) }
                cmap.append(">\n")
            }
            cmap.append("endbfchar\n")
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
        return cmap.bytes
    }
}

/// HarfBuzz could not subset a face.
struct PDFEmbeddingError: Error {
    var font: String
}

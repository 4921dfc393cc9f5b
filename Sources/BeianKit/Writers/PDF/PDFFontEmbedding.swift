import Foundation

/// One face as a PDF font: a `Type0` font over a `CIDFontType0` whose program is the CFF of the
/// HarfBuzz subset of the glyphs used (`FontFile3 /CIDFontType0C`), `Identity-H` codes, widths,
/// and a `ToUnicode` map.
///
/// The codes in content streams are CIDs, which every reader turns into glyphs through the CFF
/// charset. hb-subset keeps each glyph's CID there, and Noto CJK's CIDs equal its glyph IDs (the
/// PDF tests check every code against the embedded charset), so a glyph's code is its ID in
/// the full face (``code(for:)``).
/// Embedding the OpenType wrapper instead would be ambiguous: poppler then reads codes as the
/// subset's glyph IDs, other readers go through the charset.
struct PDFFontEmbedding {
    let role: PDFFonts.Role
    let face: PDFFontFace
    /// Glyph of the full face → character, sorted by glyph.
    let glyphs: [(glyph: UInt32, scalar: Unicode.Scalar)]
    /// The subset's CFF table, as its stream holds it.
    let subset: PDFDeflate.Stream

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
    }

    /// The code (CID) of a glyph of the full face.
    func code(for glyph: UInt32) -> UInt32 {
        glyph
    }

    /// A subset tag derived from the glyphs, so the same glyphs give the same name: six capitals.
    var baseFont: String {
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
        let name = baseFont
        file.object(first) {
            $0.append("<< /Type /Font /Subtype /Type0 /BaseFont /\(name) /Encoding /Identity-H /DescendantFonts [\(first + 1) 0 R] /ToUnicode \(first + 4) 0 R >>")
        }
        file.object(first + 1) {
            $0.append("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /\(name) ")
            $0.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ")
            $0.append("/FontDescriptor \(first + 2) 0 R /DW 1000 /W [")
            for (glyph, _) in glyphs {
                let advance = face.advance(of: glyph)
                if advance != 1000 { $0.append("\(code(for: glyph)) [\(advance)] ") }
            }
            $0.append("] >>")
        }
        let box = face.bounds(enclosing: glyphs.lazy.map(\.glyph))
        file.object(first + 2) {
            $0.append("<< /Type /FontDescriptor /FontName /\(name) /Flags 4 /FontBBox [\(box.0) \(box.1) \(box.2) \(box.3)] ")
            $0.append("/ItalicAngle 0 /Ascent \(face.ascent) /Descent \(face.descent) /CapHeight 733 /StemV 80 ")
            $0.append("/FontFile3 \(first + 3) 0 R >>")
        }
        file.stream(first + 3, dictionary: "/Subtype /CIDFontType0C", subset)
        file.stream(first + 4, dictionary: "", bytes: toUnicode())
    }

    /// The CMap from CIDs to UTF-16 text.
    private func toUnicode() -> [UInt8] {
        var cmap = PDFBuffer(capacity: 256 + glyphs.count * 16)
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        cmap.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        cmap.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        cmap.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
        let entries = glyphs.map { (code: code(for: $0.glyph), scalar: $0.scalar) }.sorted { $0.code < $1.code }
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

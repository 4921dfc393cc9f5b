/// How many terminal columns text occupies in a monospaced font: Chinese characters and
/// full-width punctuation take two, Latin letters one, combining marks none.
///
/// Unicode's East Asian Width property is not in the standard library, so the wide ranges are
/// listed here. Characters of *ambiguous* width (`“”`, `…`, `—`, box drawing) count as one column,
/// as `wcwidth` and most terminals do; the text writer avoids printing such characters itself so
/// its own grids line up either way.
enum DisplayWidth {
    /// The columns `text` occupies.
    static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The columns one user-perceived character occupies: its first scalar decides, so a base
    /// letter with combining accents is one column and an emoji sequence two.
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // A text-style symbol turned into an emoji by VS16 (U+FE0F) is drawn wide.
        if scalars.count > 1, scalars.contains("\u{FE0F}") { return 2 }
        return of(first)
    }

    /// The columns one scalar occupies on its own.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        // Hangul medial vowels and final consonants join the preceding leading consonant.
        if (0x1160...0x11FF).contains(value) { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    // The East Asian Wide (W) and Fullwidth (F) blocks that matter for Chinese, Japanese and
    // Korean text, from Unicode's EastAsianWidth.txt, coalesced into blocks. Wide emoji are left
    // to the Emoji_Presentation property, which the standard library does carry.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F,  // Hangul Jamo leading consonants
            0x2E80...0x303E,  // CJK radicals, Kangxi, CJK symbols and punctuation (、。「」　)
            0x3041...0x33FF,  // kana, Bopomofo, Hangul compatibility, enclosed CJK
            0x3400...0x4DBF,  // CJK extension A
            0x4E00...0x9FFF,  // CJK unified ideographs
            0xA000...0xA4CF,  // Yi
            0xA960...0xA97F,  // Hangul Jamo extended A
            0xAC00...0xD7A3,  // Hangul syllables
            0xF900...0xFAFF,  // CJK compatibility ideographs
            0xFE10...0xFE19,  // vertical forms
            0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
            0xFF00...0xFF60,  // full-width forms (，：；（）！)
            0xFFE0...0xFFE6,  // full-width signs (￥)
            0x16FE0...0x16FE4,  // ideographic symbols
            0x17000...0x18CFF,  // Tangut
            0x1B000...0x1B2FF,  // kana supplements
            0x20000...0x2FFFD,  // CJK extensions B to F, compatibility supplement
            0x30000...0x3FFFD:  // CJK extensions G and H
            return true
        default:
            return false
        }
    }
}

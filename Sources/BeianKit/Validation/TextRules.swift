/// The checks and normalisations every text field of a record goes through.
///
/// Normalised silently: surrounding white space (including the ideographic space U+3000).
/// Normalised with a warning, in identifier fields only: full-width letters and digits
/// (`１３８…` → `138…`), which Chinese input methods produce. Refused: control characters,
/// bidirectional-text controls and invisible zero-width characters anywhere, since they make a
/// printed form differ from what a person reads on screen.
enum TextRules {
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true  // C0 and C1 controls, DEL
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0x061C, 0xFEFF: true  // zero-width, bidi
        case 0xFFF9...0xFFFB: true  // interlinear annotation
        default: false
        }
    }

    /// The first forbidden character in `text`, described for a message.
    static func forbiddenCharacter(in text: String) -> String? {
        guard let scalar = text.unicodeScalars.first(where: isForbidden) else { return nil }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        // Most values have nothing to trim; skip Foundation's character-set machinery for them.
        if !isWhiteSpace(first), !isWhiteSpace(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: "\u{3000}")))
    }

    /// Unicode's White_Space property, spelled out: looking the property up costs more than the
    /// rest of a short field's checks.
    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Full-width ASCII (U+FF01…U+FF5E) folded to ASCII, and the ideographic space to a space.
    static func foldingFullWidth(_ text: String) -> String {
        // Chinese text is mostly above U+3000 too, so look for the characters themselves.
        guard text.unicodeScalars.contains(where: { $0.value == 0x3000 || (0xFF01...0xFF5E).contains($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

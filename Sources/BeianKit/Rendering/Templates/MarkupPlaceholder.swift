/// The stand-ins a render puts where values go, so that markup which differs only in its values
/// is parsed once (see ``DocumentShapeCache``).
///
/// A stand-in is U+E000, the value's index in decimal, U+E001: private-use characters that no
/// bundled template holds, and a library whose templates hold them renders without stand-ins.
enum MarkupPlaceholder {
    /// Opens a stand-in.
    static let open: Unicode.Scalar = "\u{E000}"
    /// Closes a stand-in.
    static let close: Unicode.Scalar = "\u{E001}"

    /// The stand-in for the value at `index`.
    static func token(_ index: Int) -> String {
        "\u{E000}\(index)\u{E001}"
    }

    /// A piece of UTF-8 cut at its stand-ins: bytes as they are, or the stand-in of a value.
    enum Piece {
        case bytes(Range<Int>)
        case standIn(Int)
    }

    /// `bytes` (UTF-8) cut at its stand-ins, or `nil` when a stand-in character stands outside a
    /// well-formed stand-in. Read over bytes: U+E000 is EE 80 80 and U+E001 is EE 80 81, and
    /// both text runs and the DOCX part written from them carry the stand-ins byte for byte.
    static func pieces(of bytes: UnsafeBufferPointer<UInt8>) -> [Piece]? {
        var pieces: [Piece] = []
        var start = 0
        var position = 0
        func isSentinel(at index: Int, last: UInt8) -> Bool {
            index + 2 < bytes.count && bytes[index] == 0xEE && bytes[index + 1] == 0x80 && bytes[index + 2] == last
        }
        while position < bytes.count {
            guard bytes[position] == 0xEE else {
                position += 1
                continue
            }
            if isSentinel(at: position, last: 0x81) { return nil }
            guard isSentinel(at: position, last: 0x80) else {
                position += 1
                continue
            }
            var index = 0
            var digits = 0
            var cursor = position + 3
            while cursor < bytes.count, digits < 9, (0x30...0x39).contains(bytes[cursor]) {
                index = index * 10 + Int(bytes[cursor] - 0x30)
                digits += 1
                cursor += 1
            }
            guard digits > 0, isSentinel(at: cursor, last: 0x81) else { return nil }
            if start < position { pieces.append(.bytes(start..<position)) }
            pieces.append(.standIn(index))
            position = cursor + 3
            start = position
        }
        if start < bytes.count { pieces.append(.bytes(start..<bytes.count)) }
        return pieces
    }

    /// Whether `text` holds either private-use character a stand-in is made of.
    static func containsSentinel(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == open || $0 == close }
    }

    /// Whether a value can be left out of the markup and put into the parsed document's text
    /// (and into the DOCX written from it) instead, with the same result as parsing the markup
    /// with the value in it.
    ///
    /// Parsing turns a value's escaped characters back into themselves, so it comes out as it
    /// went in — unless it holds characters the escaping replaces, or white space that takes
    /// part in the markup's line-break rule (`MarkupText.collapsed`): a line break, or white
    /// space at either end that could join a neighbouring run of the template's indentation.
    /// Tabs are left out too (the DOCX writer turns them into elements of their own), and so
    /// is a value that is white space from end to end (a field prints a blank for that). An
    /// empty value is never stood in for either: it lets the template's white space on both
    /// sides meet.
    static func canStandIn(for value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
            !TextRules.isWhiteSpace(first), !TextRules.isWhiteSpace(last)
        else { return false }
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0xE000, 0xE001: return false
            default: if scalar.isUnprintableInDocuments { return false }
            }
        }
        return true
    }
}

/// UTF-8 XML built into one pre-sized byte buffer: markup goes in as is, text is escaped.
///
/// Writers append fixed markup as `StaticString`s and numbers as ASCII digits, so building a part
/// allocates little beyond the buffer itself.
struct XMLBuffer {
    /// The XML so far.
    private(set) var bytes: [UInt8]

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends markup that needs no escaping.
    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends markup bytes that need no escaping.
    mutating func append(markup: [UInt8]) {
        bytes.append(contentsOf: markup)
    }

    /// Appends a decimal integer.
    mutating func append(number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = number.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }

    /// Appends text as character data or an attribute value: `& < > " '` become entities, and
    /// characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return;
    /// U+FFFE, U+FFFF) are dropped, so any string reads back as the same literal text.
    mutating func append(escaping text: String) {
        var text = text
        text.withUTF8 { append(escaping: $0) }
    }

    /// Appends UTF-8 text, escaped as ``append(escaping:)-(String)`` describes.
    mutating func append(escaping text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            // Everything from "?" up is plain text except 0xEF, the lead byte of U+FFFE/U+FFFF.
            if byte >= 0x3F && byte != 0xEF {
                index += 1
                continue
            }
            let replacement: StaticString
            var length = 1
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&apos;"
            case 0x09, 0x0A, 0x0D:
                index += 1
                continue
            case 0x00..<0x20:
                replacement = ""
            case 0xEF where index + 2 < count && text[index + 1] == 0xBF && text[index + 2] >= 0xBE:
                replacement = ""
                length = 3
            default:
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            append(replacement)
            index += length
            start = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<count]))
    }
}

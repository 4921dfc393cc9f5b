import Foundation

/// The syntax of one CSV row (RFC 4180 as spreadsheets write it), shared by every reader of CSV.
extension BeianCSV {
    /// A quoted field may span at most this many lines; past that (or at the end of the input)
    /// its opening quote is taken for a mistake.
    static let maxLinesPerRow = 100

    static func encodingProblem(_ byte: UInt8, line: Int, prefix: String, rowPrefix: String) -> CSVRow.Problem {
        CSVRow.Problem(
            column: fields(rowPrefix + prefix).count - 1, code: "csv.encoding",
            message: "line \(line), column \(prefix.count + 1) holds the byte \(String(format: "0x%02X", byte)), which is not UTF-8 text",
            hint: "save the file as UTF-8 (in Excel: CSV UTF-8)",
            arguments: ["line": String(line), "column": String(prefix.count + 1), "byte": String(format: "0x%02X", byte)])
    }

    /// A line's text, and when it is not UTF-8, its first bad byte and the text before it.
    static func decode(_ data: Data) -> (text: String, invalidByte: UInt8?, validPrefix: String) {
        if let text = String(data: data, encoding: .utf8) { return (text, nil, text) }
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: break loop
            }
        }
        let start = data.startIndex
        let prefix = String(decoding: data[start..<start + offset], as: UTF8.self)
        let bad = offset < data.count ? data[start + offset] : 0
        return (String(decoding: data, as: UTF8.self), bad, prefix)
    }

    /// Where quoted fields open and close along a row's text (RFC 4180: a quote opens a quoted
    /// field only at the field's start; inside one, two quotes are a quote and one ends it; a
    /// quote anywhere else is an ordinary character).
    struct QuoteState {
        var inQuotes = false
        var atFieldStart = true
        /// The column (in characters, 1-based) of the quote that opened the field still open,
        /// on the line last advanced over.
        var openedAtColumn: Int?

        mutating func advance(over text: String) {
            var column = 0
            var characters = text[...]
            while let character = characters.popFirst() {
                column += 1
                if inQuotes {
                    if character == "\"" {
                        if characters.first == "\"" {
                            characters.removeFirst()
                            column += 1
                        } else {
                            inQuotes = false
                            openedAtColumn = nil
                        }
                    }
                    continue
                }
                switch character {
                case ",": atFieldStart = true
                case "\"" where atFieldStart:
                    inQuotes = true
                    atFieldStart = false
                    openedAtColumn = column
                default: atFieldStart = false
                }
            }
        }
    }

    /// The fields of a row's text by the rules of `QuoteState`; a field still open at the end
    /// holds the rest of the text.
    static func fields(_ text: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var atFieldStart = true
        var characters = text[...]
        while let character = characters.popFirst() {
            if inQuotes {
                if character == "\"" {
                    if characters.first == "\"" {
                        characters.removeFirst()
                        field.append("\"")
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case ",":
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\"" where atFieldStart:
                inQuotes = true
                atFieldStart = false
            default:
                field.append(character)
                atFieldStart = false
            }
        }
        fields.append(field)
        return fields
    }
}

import Foundation

/// Reads the rows of a CSV file from its lines: a quoted field may hold line breaks, so a row
/// may span lines; everything else about a row that cannot be read exactly is said, at its line
/// and column, and the row is still returned (read as well as it can be) so that its record
/// fails whole instead of vanishing.
struct CSVRowReader {
    /// One row, with the line it starts on and what was wrong with it.
    struct Row {
        var line: Int
        /// The lines the row spans.
        var lastLine: Int
        var fields: [String]
        /// The first problem reading it; `column` is the index of the field it concerns.
        var problem: Problem?
    }

    struct Problem {
        var column: Int?
        var code: String
        var message: String
        var hint: String
        var arguments: [String: String] = [:]
    }

    /// A quoted field may span at most this many lines; past that (or at the end of the file)
    /// its opening quote is taken for a mistake.
    static let maxLinesPerRow = 100

    private let reader: LineReader
    /// Lines read ahead and put back: those after an opening quote that was never closed.
    private var putBack: [(number: Int, data: Data)] = []
    /// The number of fields a row must have (the header's), once known.
    var expectedFields: Int?

    init(reader: LineReader) {
        self.reader = reader
    }

    private mutating func nextLine() -> (number: Int, data: Data)? {
        if !putBack.isEmpty { return putBack.removeFirst() }
        guard let data = reader.next() else { return nil }
        return (reader.lineNumber, data)
    }

    /// The next row that is not blank (a line of white space or of empty fields only).
    mutating func next() -> Row? {
        while let first = nextLine() {
            var lines = [first]
            var state = QuoteState()
            var text = ""
            var problem: Problem?
            var openAtFirstLineEnd: Int?
            var line = first
            while true {
                let decoded = Self.decode(line.data)
                if problem == nil, let bad = decoded.invalidByte {
                    problem = Self.encodingProblem(bad, line: line.number, prefix: decoded.validPrefix,
                                                   rowPrefix: lines.count > 1 ? text + "\n" : "")
                }
                if lines.count > 1 { text += "\n" }
                text += decoded.text
                state.advance(over: decoded.text)
                if lines.count == 1 { openAtFirstLineEnd = state.inQuotes ? state.openedAtColumn : nil }
                guard state.inQuotes, lines.count < Self.maxLinesPerRow, let more = nextLine() else { break }
                lines.append(more)
                line = more
            }
            var fields = Self.fields(text)
            // A quote never closed, or closed only by a stray quote lines later (the row then
            // has the wrong number of fields): the row is its first line alone, the lines after
            // it rows of their own.
            if let opened = openAtFirstLineEnd,
               state.inQuotes || (lines.count > 1 && expectedFields.map { fields.count != $0 } == true) {
                putBack = Array(lines.dropFirst()) + putBack
                lines = [first]
                let decoded = Self.decode(first.data)
                fields = Self.fields(decoded.text)
                if let bad = decoded.invalidByte {
                    problem = Self.encodingProblem(bad, line: first.number, prefix: decoded.validPrefix, rowPrefix: "")
                } else {
                    problem = Problem(
                        column: Self.fields(String(decoded.text.prefix(opened - 1))).count - 1, code: "csv.quote",
                        message: "line \(first.number), column \(opened): the quoted field opened here is never closed; the rest of the line is read as its text",
                        hint: "close the quote; inside a quoted field write a quote twice (\"\")",
                        arguments: ["line": String(first.number), "column": String(opened)])
                }
            }
            if problem == nil, fields.allSatisfy({ TextRules.trimmed($0).isEmpty }) { continue }
            return Row(line: first.number, lastLine: lines.last!.number, fields: fields, problem: problem)
        }
        return nil
    }

    private static func encodingProblem(_ byte: UInt8, line: Int, prefix: String, rowPrefix: String) -> Problem {
        Problem(column: fields(rowPrefix + prefix).count - 1, code: "csv.encoding",
                message: "line \(line), column \(prefix.count + 1) holds the byte \(String(format: "0x%02X", byte)), which is not UTF-8 text",
                hint: "save the file as UTF-8 (in Excel: CSV UTF-8)",
                arguments: ["line": String(line), "column": String(prefix.count + 1), "byte": String(format: "0x%02X", byte)])
    }

    /// A line's text, and when it is not UTF-8, its first bad byte and the text before it.
    private static func decode(_ data: Data) -> (text: String, invalidByte: UInt8?, validPrefix: String) {
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

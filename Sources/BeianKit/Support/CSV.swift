/// Comma-separated values as spreadsheets write them (RFC 4180): quoted fields may hold commas,
/// quotes (doubled) and line breaks; a UTF-8 byte-order mark is ignored; CRLF or LF ends a row.
public enum CSV {
    /// One row of a CSV text with the line it starts on (1-based), for messages.
    public struct Row: Sendable, Hashable {
        /// The line of the text where the row starts.
        public var line: Int
        /// The row's fields, unquoted.
        public var fields: [String]
    }

    /// A CSV text that cannot be read.
    public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The line where the problem starts.
        public var line: Int
        /// What is wrong.
        public var message: String

        public var description: String { "line \(line): \(message)" }
    }

    /// Splits a CSV text into rows, skipping blank lines.
    public static func rows(_ text: String) throws(SyntaxError) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var quoteLine = 1
        var line = 1
        var rowLine = 1
        var characters = Substring(text)
        if characters.first == "\u{FEFF}" { characters = characters.dropFirst() }
        var index = characters.startIndex

        func endRow() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
        }

        while index < characters.endIndex {
            let character = characters[index]
            index = characters.index(after: index)
            if inQuotes {
                if character == "\"" {
                    if index < characters.endIndex, characters[index] == "\"" {
                        field.append("\"")
                        index = characters.index(after: index)
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" || character == "\r" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case ",":
                fields.append(field)
                field = ""
            case "\"" where field.isEmpty:
                inQuotes = true
                quoteLine = line
            case "\n", "\r\n", "\r":
                endRow()
                line += 1
                rowLine = line
            default:
                field.append(character)
            }
        }
        if inQuotes { throw SyntaxError(line: quoteLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }

    /// A field quoted when it must be.
    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV line (with a final LF) of these fields.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }
}

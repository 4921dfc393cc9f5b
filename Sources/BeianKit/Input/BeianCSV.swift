import Foundation

/// Comma-separated values as spreadsheets write them (RFC 4180): quoted fields may hold commas,
/// quotes (doubled) and line breaks; a UTF-8 byte-order mark is ignored; LF, CRLF or a lone CR
/// ends a row. One reader serves every CSV beian reads: batch input and sent-message logs.
public enum BeianCSV {
    /// One row with the line it starts on (1-based), for messages.
    public struct Row: Sendable, Hashable {
        /// The line of the text where the row starts.
        public var line: Int
        /// The row's fields, unquoted. A line break inside a quoted field reads as LF.
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

    /// Splits a CSV text into rows, skipping blank lines and rows of empty fields; the first
    /// quote never closed is an error.
    public static func rows(_ text: String) throws(SyntaxError) -> [Row] {
        var reader = CSVRowReader(source: LineReader(data: Data(text.utf8), crEndsLines: true))
        var rows: [Row] = []
        while let row = reader.next() {
            if let problem = row.problem { throw SyntaxError(line: row.line, message: problem.message) }
            rows.append(Row(line: row.line, fields: row.fields))
        }
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

import Foundation

/// Turns a JSON parser failure into a diagnostic a person can act on.
enum JSONSyntax {
    /// The diagnostic of `error` in `data`, which starts on line `firstLine` of its file (a
    /// batch's record starts further down), so that positions count in the file.
    static func diagnostic(for error: any Error, data: Data, firstLine: Int = 1) -> Diagnostic {
        if let offset = firstInvalidUTF8(data) {
            let bytes = [UInt8](data)
            let place: String
            var line: Int?, column: Int?
            var arguments: [String: String] = ["variant": "utf16"]
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                place = "it is UTF-16 text"
            } else {
                let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                line = bytes[..<offset].count(where: { $0 == 0x0A }) + firstLine
                column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
                place = "line \(line!), column \(column!) holds the byte " + String(format: "0x%02X", bytes[offset])
                arguments = ["line": String(line!), "column": String(column!), "byte": String(format: "0x%02X", bytes[offset])]
            }
            return Diagnostic(
                .error, FieldPath.root, code: "json.encoding", "the input is not valid UTF-8 text: \(place)",
                hint: "save the file as UTF-8 (spreadsheet programs call it \"CSV UTF-8\" or \"Unicode (UTF-8)\")",
                arguments: arguments, line: line, column: column)
        }
        if let syntax = error as? JSONParser.SyntaxError {
            let line = syntax.line + firstLine - 1
            return Diagnostic(
                .error, FieldPath.root, code: "json.syntax",
                "the input is not valid JSON: line \(line), column \(syntax.column): \(syntax.message)",
                hint: "fix the text at that position; a JSON validator shows the spot",
                arguments: ["line": String(line), "column": String(syntax.column), "detail": syntax.message, "variant": "at"],
                line: line, column: syntax.column)
        }
        return Diagnostic(
            .error, FieldPath.root, code: "json.syntax", "the input is not valid JSON: \(explain(error))",
            hint: "check quotes, commas and brackets near the position given; a JSON validator shows the spot")
    }

    /// The offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8(_ data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// The most specific description a decoding error carries.
    static func explain(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            if let underlying = context.underlyingError as NSError?,
                let description = underlying.userInfo[NSDebugDescriptionErrorKey] as? String
            {
                return description
            }
            return context.debugDescription
        case DecodingError.keyNotFound(let key, let context):
            return "missing \((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }
}

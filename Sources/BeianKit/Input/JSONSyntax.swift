import Foundation

/// Turns a JSON parser failure into a diagnostic a person can act on.
enum JSONSyntax {
    static func diagnostic(for error: any Error, data: Data) -> Diagnostic {
        if String(data: data, encoding: .utf8) == nil {
            return Diagnostic(.error, FieldPath.root, code: "json.encoding", "the input is not valid UTF-8 text",
                              hint: "save the file as UTF-8 (spreadsheet programs call it \"CSV UTF-8\" or \"Unicode (UTF-8)\")")
        }
        if let syntax = error as? JSONParser.SyntaxError {
            return Diagnostic(.error, FieldPath.root, code: "json.syntax",
                              "the input is not valid JSON: line \(syntax.line), column \(syntax.column): \(syntax.message)",
                              hint: "fix the text at that position; a JSON validator shows the spot")
        }
        return Diagnostic(.error, FieldPath.root, code: "json.syntax", "the input is not valid JSON: \(explain(error))",
                          hint: "check quotes, commas and brackets near the position given; a JSON validator shows the spot")
    }

    /// The most specific description a decoding error carries.
    static func explain(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            if let underlying = context.underlyingError as NSError?,
               let description = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
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

import Foundation

/// Turns a JSON parser failure into a diagnostic a person can act on.
enum JSONSyntax {
    static func diagnostic(for error: any Error, data: Data) -> Diagnostic {
        if String(data: data, encoding: .utf8) == nil {
            return Diagnostic(.error, FieldPath.root, code: "json.encoding", "the input is not valid UTF-8 text",
                              hint: "save the file as UTF-8 (spreadsheet programs call it \"CSV UTF-8\" or \"Unicode (UTF-8)\")")
        }
        var detail = "\(error)"
        if case DecodingError.dataCorrupted(let context) = error {
            detail = context.debugDescription
            if let underlying = context.underlyingError as NSError?,
               let description = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
                detail = description
            }
        }
        return Diagnostic(.error, FieldPath.root, code: "json.syntax", "the input is not valid JSON: \(detail)",
                          hint: "check quotes, commas and brackets near the position given; a JSON validator shows the spot")
    }
}

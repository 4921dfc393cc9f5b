import Foundation

extension BatchManifestLine {
    /// The line as `JSONEncoder` with sorted keys would write it, newline included, built by
    /// hand: one manifest line per record made the generic encoder a tenth of a batch's time.
    /// Strings that need escaping, which are rare, go through `fallback`, so the
    /// bytes are the encoder's own.
    func jsonLine(fallback: JSONEncoder) throws -> Data {
        var text = "{\"files\":["
        for (index, file) in files.enumerated() {
            if index > 0 { text += "," }
            text += "{\"bytes\":" + String(file.bytes)
            text += ",\"document\":" + (try Self.string(file.document, fallback))
            text += ",\"path\":" + (try Self.string(file.path, fallback))
            text += ",\"sha256\":" + (try Self.string(file.sha256, fallback)) + "}"
        }
        text += "]"
        if let id { text += ",\"id\":" + (try Self.string(id, fallback)) }
        text += ",\"line\":" + String(line)
        text += ",\"skipped\":["
        for (index, skip) in skipped.enumerated() {
            if index > 0 { text += "," }
            text += "{\"document\":" + (try Self.string(skip.document, fallback))
            text += ",\"reason\":" + (try Self.string(skip.reason, fallback)) + "}"
        }
        text += "]"
        if let subjectFilingNumber { text += ",\"subjectFilingNumber\":" + (try Self.string(subjectFilingNumber, fallback)) }
        text += ",\"warnings\":["
        for (index, warning) in warnings.enumerated() {
            if index > 0 { text += "," }
            text += "{\"code\":" + (try Self.string(warning.code, fallback))
            if let hint = warning.hint { text += ",\"hint\":" + (try Self.string(hint, fallback)) }
            text += ",\"message\":" + (try Self.string(warning.message, fallback))
            text += ",\"path\":" + (try Self.string(warning.path, fallback))
            text += ",\"severity\":" + (try Self.string(warning.severity.rawValue, fallback)) + "}"
        }
        text += "]"
        text += "}\n"
        return Data(text.utf8)
    }

    /// A JSON string literal; only text without quotes, backslashes and control characters is
    /// written directly.
    private static func string(_ value: String, _ fallback: JSONEncoder) throws -> String {
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) { return "\"" + value + "\"" }
        return try encoded(value, fallback)
    }

    private static func encoded<Value: Encodable>(_ value: Value, _ encoder: JSONEncoder) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

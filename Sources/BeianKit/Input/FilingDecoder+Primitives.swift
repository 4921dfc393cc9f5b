/// The primitives every section of a record is read with: text with its rules, objects, unknown
/// keys and wrong types, each reported at its path.
extension FilingDecoder {
    enum TextKind {
        /// Names of units, people and websites.
        case name
        /// Longer free text such as an address.
        case freeText
        /// Numbers and codes: full-width characters are folded to ASCII.
        case identifier
    }

    mutating func text(_ fields: [String: JSONValue], _ key: String, at path: FieldPath, required: Bool, kind: TextKind, what: String) -> String? {
        text(fields[key], at: path / key, required: required, kind: kind, what: what)
    }

    mutating func text(_ value: JSONValue?, at field: FieldPath, required: Bool, kind: TextKind, what: String) -> String? {
        switch value {
        case nil, .null?:
            if required { missing(field, what) }
            return nil
        case .string(let raw)?:
            guard let value = checkedText(raw, at: field, kind: kind) else { return nil }
            if value.isEmpty {
                if required { log.error(field, "field.empty", "\(what) is empty", hint: "fill it in", ["what": what]) }
                return nil
            }
            return value
        case .number(let number)? where kind == .identifier:
            // Spreadsheets turn codes into numbers; accept a whole number but say so.
            guard number == number.rounded(), abs(number) < 1e15 else {
                wrongType(.number(number), at: field, expected: "text")
                return nil
            }
            let digits = String(Int(number))
            log.warning(
                field, "field.number", "\(what) was given as a number; it is read as the text \"\(digits)\"",
                hint: "write codes and numbers as strings in quotes, so leading zeros survive", ["value": digits])
            return digits
        case let other?:
            wrongType(other, at: field, expected: "text (\(what))")
            return nil
        }
    }

    /// Trims, folds and checks one string; `nil` when it is refused.
    mutating func checkedText(_ raw: String, at path: FieldPath, kind: TextKind) -> String? {
        var value = TextRules.trimmed(raw)
        if let bad = TextRules.forbiddenCharacter(in: value) {
            log.error(
                path, "text.control-character", "the text contains the invisible or control character \(bad)",
                hint: "retype the value; such characters come from copying out of web pages or other programs",
                ["character": "\(bad)"])
            return nil
        }
        if kind == .identifier {
            let folded = TextRules.trimmed(TextRules.foldingFullWidth(value))
            if folded != value {
                log.warning(
                    path, "text.full-width", "'\(value)' contains full-width characters; it is read as '\(folded)'",
                    hint: "switch the input method to half-width (半角) when typing numbers",
                    ["value": value, "folded": folded])
                value = folded
            }
        }
        let limit = kind == .freeText ? options.limits.textLength : kind == .name ? options.limits.nameLength : 254
        // Counting characters segments graphemes; a text with fewer bytes than the limit has
        // fewer characters too, and most values are short.
        if value.utf8.count > limit, value.count > limit {
            log.error(
                path, "limit.length", "the text has \(value.count) characters; at most \(limit) are accepted here",
                hint: "shorten it; forms print this field in one box",
                ["count": String(value.count), "limit": String(limit)])
            return nil
        }
        return value
    }

    mutating func object(_ value: JSONValue, at path: FieldPath, what: String) -> [String: JSONValue]? {
        guard case .object(let fields) = value else {
            wrongType(value, at: path, expected: what + " (a JSON object)")
            return nil
        }
        return fields
    }

    mutating func unknownKeys(_ fields: [String: JSONValue], allowed: Set<String>, at path: FieldPath) {
        guard !fields.keys.allSatisfy(allowed.contains) else { return }
        for key in fields.keys.sorted() where !allowed.contains(key) {
            let suggestion = allowed.min { EditDistance.between(key, $0) < EditDistance.between(key, $1) }
            let close = suggestion.map { EditDistance.between(key, $0) <= 2 } ?? false
            log.warning(
                path / key, "field.unknown", "'\(key)' is not a field here and is ignored",
                hint: close ? "did you mean '\(suggestion!)'?" : "known fields: " + allowed.sorted().joined(separator: ", "),
                [
                    "value": key, "options": allowed.sorted().joined(separator: ", "), "suggestion": suggestion ?? "",
                    "variant": close ? "close" : "far",
                ])
        }
    }

    mutating func missing(_ path: FieldPath, _ what: String) {
        log.error(path, "field.missing", "missing: \(what)", hint: "add the field \(path)", ["what": what, "path": path.description])
    }

    mutating func wrongType(_ value: JSONValue, at path: FieldPath, expected: String) {
        log.error(
            path, "field.type", "expected \(expected), found \(value.typeName)",
            [
                "expected": expected, "found": value.typeName,
                "variant": value.typeName.split(separator: " ").last.map(String.init) ?? "",
            ])
    }
}

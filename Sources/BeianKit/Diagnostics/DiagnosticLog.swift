/// Collects diagnostics while a record is read, so that every problem is reported at once.
struct DiagnosticLog: Sendable {
    private(set) var entries: [Diagnostic] = []

    var hasErrors: Bool { entries.hasErrors }

    mutating func error(
        _ path: FieldPath, _ code: String, _ message: String, hint: String? = nil,
        _ arguments: [String: String] = [:]
    ) {
        entries.append(Diagnostic(.error, path, code: code, message, hint: hint, arguments: arguments))
    }

    mutating func warning(
        _ path: FieldPath, _ code: String, _ message: String, hint: String? = nil,
        _ arguments: [String: String] = [:]
    ) {
        entries.append(Diagnostic(.warning, path, code: code, message, hint: hint, arguments: arguments))
    }

    mutating func note(
        _ path: FieldPath, _ code: String, _ message: String, hint: String? = nil,
        _ arguments: [String: String] = [:]
    ) {
        entries.append(Diagnostic(.note, path, code: code, message, hint: hint, arguments: arguments))
    }

    mutating func append(_ diagnostic: Diagnostic) {
        entries.append(diagnostic)
    }

    mutating func append(contentsOf diagnostics: [Diagnostic]) {
        entries.append(contentsOf: diagnostics)
    }
}

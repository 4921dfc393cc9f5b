/// One problem found in a user's input, reported the way a compiler reports one: how bad it is,
/// where it is, what is wrong and how to fix it.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How much a diagnostic matters.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// The record cannot be used until this is fixed.
        case error
        /// The record can be used, but a person should look at this.
        case warning
        /// Information about a choice the tool made on the user's behalf.
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        /// Notes come before warnings, warnings before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How much this diagnostic matters.
    public var severity: Severity
    /// The field it concerns, such as `websites[1].filingNumber`; empty for the record as a whole.
    public var path: String
    /// A stable, machine-readable kind, such as `filing-number.province-mismatch`.
    public var code: String
    /// What is wrong, in one sentence.
    public var message: String
    /// How to fix it, when there is something to say.
    public var hint: String?
    /// The 1-based line of the input file the problem is on, when it is about the text itself
    /// (JSON that does not parse, bytes that are not UTF-8). In a batch, counted in the file.
    public var line: Int?
    /// The 1-based column (in characters) on ``line``, when known.
    public var column: Int?
    /// The values ``message`` and ``hint`` are built from (the text that was read, a limit…), by the
    /// names the message catalogs use, so the diagnostic can be told in another language with
    /// ``localized(in:)``. Not part of the JSON form: programs read `code` and `path`.
    public var arguments: [String: String] = [:]

    private enum CodingKeys: String, CodingKey {
        case severity, path, code, message, hint, line, column
    }

    /// Two diagnostics are the same when they say the same thing at the same place: the arguments
    /// only restate the message, and a diagnostic read back from JSON has none.
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.severity == rhs.severity && lhs.path == rhs.path && lhs.code == rhs.code && lhs.message == rhs.message
            && lhs.hint == rhs.hint && lhs.line == rhs.line && lhs.column == rhs.column
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(path)
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(hint)
        hasher.combine(line)
        hasher.combine(column)
    }

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ path: FieldPath, code: String, _ message: String, hint: String? = nil,
        arguments: [String: String] = [:], line: Int? = nil, column: Int? = nil
    ) {
        self.init(
            severity, path.description, code: code, message, hint: hint, arguments: arguments,
            line: line, column: column)
    }

    /// Creates a diagnostic whose path is already rendered.
    public init(
        _ severity: Severity, _ path: String, code: String, _ message: String, hint: String? = nil,
        arguments: [String: String] = [:], line: Int? = nil, column: Int? = nil
    ) {
        self.severity = severity
        self.path = path
        self.code = code
        self.message = message
        self.hint = hint
        self.arguments = arguments
        self.line = line
        self.column = column
    }

    /// This diagnostic told in `language`: its message and hint from that language's catalog, filled
    /// with ``arguments``; severity, path, code and position unchanged. English is the text written
    /// where the diagnostic was made, so English output never depends on the catalog. A message whose
    /// catalog entry or arguments are missing stays as it was rather than lose what it says.
    public func localized(in language: Language) -> Diagnostic {
        guard language != .english, let entry = MessageCatalog.bundled(language).entry(code, arguments) else { return self }
        var told = self
        if let message = MessageCatalog.fill(entry.message, arguments) { told.message = message }
        if hint != nil, let template = entry.hint, let hint = MessageCatalog.fill(template, arguments) {
            told.hint = hint
        }
        return told
    }

    /// `error: websites[1].filingNumber: message (hint)` on one line.
    public var description: String {
        var line = "\(severity.rawValue): "
        if !path.isEmpty { line += "\(path): " }
        line += message
        if let hint { line += " Hint: \(hint)" }
        return line
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these diagnostics is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The errors among these diagnostics.
    public var errors: [Diagnostic] { filter { $0.severity == .error } }

    /// Errors before warnings before notes, keeping the input's order within each severity.
    public func inReportOrder() -> [Diagnostic] {
        enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
    }

    /// Each diagnostic told in `language` (see ``Diagnostic/localized(in:)``).
    public func localized(in language: Language) -> [Diagnostic] {
        map { $0.localized(in: language) }
    }

    /// The diagnostics that are not errors.
    public var warnings: [Diagnostic] { filter { $0.severity != .error } }
}

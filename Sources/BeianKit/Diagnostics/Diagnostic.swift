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

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ path: FieldPath, code: String, _ message: String, hint: String? = nil,
                line: Int? = nil, column: Int? = nil) {
        self.init(severity, path.description, code: code, message, hint: hint, line: line, column: column)
    }

    /// Creates a diagnostic whose path is already rendered.
    public init(_ severity: Severity, _ path: String, code: String, _ message: String, hint: String? = nil,
                line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.path = path
        self.code = code
        self.message = message
        self.hint = hint
        self.line = line
        self.column = column
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

    /// The diagnostics that are not errors.
    public var warnings: [Diagnostic] { filter { $0.severity != .error } }
}

/// Why a piece of text is not a valid identifier (filing number, certificate number, mobile…),
/// with a hint on fixing it. Callers attach the field path.
public struct IdentifierProblem: Error, Sendable, Hashable {
    /// A stable, machine-readable kind such as `filing-number.digits`.
    public var code: String
    /// What is wrong, in one sentence.
    public var message: String
    /// How to fix it.
    public var hint: String?
    /// The values the message is built from, for the message catalogs (see ``Diagnostic/arguments``).
    public var arguments: [String: String]

    /// Creates a problem.
    public init(code: String, message: String, hint: String? = nil, arguments: [String: String] = [:]) {
        self.code = code
        self.message = message
        self.hint = hint
        self.arguments = arguments
    }

    /// The diagnostic of this problem at a field.
    public func diagnostic(at path: FieldPath, severity: Diagnostic.Severity = .error) -> Diagnostic {
        Diagnostic(severity, path, code: code, message, hint: hint, arguments: arguments)
    }

    static func unreadable(_ text: String) -> IdentifierProblem {
        let space = text.contains(where: \.isWhitespace)
        return IdentifierProblem(
            code: "filing-number.shape",
            message: "'\(text)' is not a filing number" + (space ? ": it contains a space, and filing numbers have none" : ""),
            hint: "a subject number looks like 鄂ICP备2019012345号, a website number like 鄂ICP备2019012345号-1",
            arguments: ["value": text, "variant": space ? "space" : "plain"])
    }

    static func unknownProvince(_ text: String, _ mark: Character) -> IdentifierProblem {
        IdentifierProblem(
            code: "filing-number.province",
            message: "'\(text)' starts with '\(mark)', which is not the abbreviation of a province",
            hint: "the first character names the province, e.g. 京 沪 粤 鄂; `beian provinces` lists them",
            arguments: ["value": text, "mark": String(mark)])
    }
}

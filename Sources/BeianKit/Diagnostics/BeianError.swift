/// Why the engine could not make what it was asked for: the one error its public methods throw,
/// so a backend can switch over it and send it on as JSON.
///
/// ```swift
/// do {
///     let form = try engine.deregistrationForm(for: filing)
/// } catch .input(let error) {
///     respond(422, error.diagnostics)      // field paths, codes, messages, hints
/// } catch .template(let error) {
///     respond(500, error.description)      // "deregistration/common.mustache:12:3: error: …"
/// }
/// ```
public enum BeianError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The input cannot be used as it is; every problem found, each with its field path.
    case input(InputError)
    /// A template or data file is broken: the operator's mistake, not the caller's.
    case template(TemplateError)

    /// The diagnostics to show the caller: the input's problems, or one error naming the template.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .input(let error): error.diagnostics
        case .template(let error):
            [
                Diagnostic(
                    .error, "", code: "template.broken", error.description,
                    hint: "fix the template named, or run `beian templates check` on its folder",
                    arguments: ["error": error.description])
            ]
        }
    }

    /// This error with its input problems told in `language` (see ``Diagnostic/localized(in:)``);
    /// a broken template is reported as it is, for the operator.
    public func localized(in language: Language) -> BeianError {
        guard case .input(let error) = self else { return self }
        return .input(error.localized(in: language))
    }

    /// The input's problems, when that is what went wrong.
    public var inputError: InputError? {
        if case .input(let error) = self { error } else { nil }
    }

    /// The broken template, when that is what went wrong.
    public var templateError: TemplateError? {
        if case .template(let error) = self { error } else { nil }
    }

    public var description: String {
        switch self {
        case .input(let error): error.description
        case .template(let error): error.description
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, diagnostics, template }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "template": self = .template(try container.decode(TemplateError.self, forKey: .template))
        default: self = .input(InputError(try container.decode([Diagnostic].self, forKey: .diagnostics)))
        }
    }

    /// `{"kind": "input", "diagnostics": […]}` or `{"kind": "template", "template": {…}, "diagnostics": […]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .input: try container.encode("input", forKey: .kind)
        case .template(let error):
            try container.encode("template", forKey: .kind)
            try container.encode(error, forKey: .template)
        }
        try container.encode(diagnostics, forKey: .diagnostics)
    }

    /// Runs engine internals, which throw ``InputError`` or ``TemplateError``, under this type.
    static func catching<Result>(_ body: () throws -> Result) throws(BeianError) -> Result {
        do {
            return try body()
        } catch let error as InputError {
            throw .input(error)
        } catch let error as TemplateError {
            throw .template(error)
        } catch let error as BeianError {
            throw error
        } catch {
            // Internals throw only the two types above; anything else is a defect, reported
            // rather than lost.
            throw .template(TemplateError(file: "", message: "unexpected failure: \(error)"))
        }
    }
}

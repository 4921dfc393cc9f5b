/// One kind of document: whether it applies to a filing, how its parameters are planned, which
/// template it fills and how its file is named. The engine, batch and the CLI's list of kinds
/// read them from ``DocumentGenerators``, so a new kind is a generator and its templates.
protocol DocumentGenerator: Sendable {
    /// The kind this generator makes.
    var kind: DocumentKind { get }

    /// Why the document does not apply to `filing` at all (a Hubei-only document for a Beijing
    /// filing…), for batch to skip it with that reason; `nil` when it applies. Problems of the
    /// parameters are not reasons: ``generate(for:requests:in:)`` reports them.
    func reasonNotApplicable(to filing: Filing, requests: DocumentRequests, in context: GenerationContext) -> String?

    /// Plans and renders the document; throws ``InputError`` with every problem, or
    /// ``TemplateError`` when a template is broken.
    func generate(for filing: Filing, requests: DocumentRequests, in context: GenerationContext) throws -> GeneratedDocument
}

/// What generators share: the engine's templates, renderer and data, and the day of the call.
struct GenerationContext: Sendable {
    let templates: TemplateLibrary
    let renderer: DocumentRenderer
    let policies: [DeregistrationPolicy]
    let shandongAddress: ShandongMailPackage.Address
    let today: CalendarDate

    /// The deregistration policy of a filing's province.
    func policy(for province: Province) -> DeregistrationPolicy {
        policies.first { $0.province == province }!
    }
}

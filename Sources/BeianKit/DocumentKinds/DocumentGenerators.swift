/// The registered document generators, in the order kinds are listed to users.
enum DocumentGenerators {
    static let all: [any DocumentGenerator] = [
        DeregistrationFormGenerator(),
        ShandongMailGenerator(),
        AuthorizationLetterGenerator(),
        SubmissionSheetGenerator(),
    ]

    /// The generator of a kind; every ``DocumentKind`` value names a registered one.
    static func generator(for kind: DocumentKind) -> any DocumentGenerator {
        all.first { $0.kind == kind }!
    }
}

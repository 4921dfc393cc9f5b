/// A failure whose message was already printed, carrying the exit code to end with.
struct Failure: Error {
    let code: Int32

    /// The input has errors, or a check found failures.
    static let input = Failure(code: 1)
    /// The command cannot run as given.
    static let usage = Failure(code: 2)
    /// A template is broken.
    static let template = Failure(code: 3)
}

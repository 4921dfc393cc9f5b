/// Limits on templates and on what rendering one may produce, so that a hostile or mistaken
/// template (a section over a list nested inside itself, a huge file) fails clearly and quickly
/// instead of exhausting memory or hanging.
public struct TemplateLimits: Sendable, Hashable, Codable {
    /// Most bytes one render may produce, estimated before rendering from the template's sections
    /// and the lengths of the lists they repeat over.
    public var renderedBytes = 64 << 20
    /// Most times the sections of one render may repeat in total (a section over a list of n
    /// items repeats n times; nested in another over m items, n × m times).
    public var sectionRepeats = 1_000_000
    /// Largest template or data file read from a user's template folder, in bytes.
    public var fileBytes = 1 << 20

    /// The default limits.
    public init() {}
}

/// Limits on templates and on what rendering one may produce, so that a hostile or mistaken
/// template (a section over a list nested inside itself, a huge file) fails clearly and quickly
/// instead of exhausting memory or hanging.
public struct TemplateLimits: Sendable, Hashable, Codable {
    /// Most bytes one render may produce; rendering stops with an error when it gets there.
    public var renderedBytes = 64 << 20
    /// Most times the sections of one render may repeat in total (a section over a list of n
    /// items repeats n times; nested in another over m items, n × m times); counted while
    /// rendering.
    public var sectionRepeats = 1_000_000
    /// How deep sections and partials may nest in one render.
    public var nesting = 64
    /// Largest template or data file read from a user's template folder, in bytes.
    public var fileBytes = 1 << 20

    /// The default limits.
    public init() {}
}

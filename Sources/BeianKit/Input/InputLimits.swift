/// Size limits on input, so that a runaway spreadsheet cell or record fails clearly instead of
/// producing an unprintable form or exhausting memory.
public struct InputLimits: Sendable, Hashable, Codable {
    /// Longest name (subject, person, website), in characters.
    public var nameLength = 100
    /// Longest free text (address, reason, custom scope), in characters.
    public var textLength = 500
    /// Most websites under one subject.
    public var websitesPerSubject = 1_000
    /// Most domains of one website.
    public var domainsPerWebsite = 100

    /// The default limits.
    public init() {}
}

/// One record of a batch input, before it is checked.
public struct BatchRecord: Sendable {
    /// The line the record starts on (1-based).
    public var line: Int
    /// Its position among the input's records (0-based), which decides its shard.
    public var index: Int
    /// The record as JSON, or `nil` when it could not be read.
    public var json: JSONValue?
    /// Why it could not be read, or what reading it changed.
    public var diagnostics: [Diagnostic]
    /// For CSV input: the line of each website's row, in the order of `websites`.
    public var websiteLines: [Int]

    /// Creates a record.
    public init(line: Int, index: Int, json: JSONValue?, diagnostics: [Diagnostic] = [], websiteLines: [Int] = []) {
        self.line = line
        self.index = index
        self.json = json
        self.diagnostics = diagnostics
        self.websiteLines = websiteLines
    }
}

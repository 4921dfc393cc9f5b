/// A record of review messages already sent, one row per message: `sender,destination,body,sentAt`
/// (a header row with these names is optional; columns may then come in any order, and others,
/// such as those of the plan's CSV, are ignored). An empty or missing `sentAt` marks a message
/// planned but not sent yet, so the plan's own CSV can be checked before and after sending.
public struct SentMessageLog: Sendable {
    /// One sent message as the log records it.
    public struct Entry: Sendable, Hashable {
        /// The line of the log the row starts on.
        public var line: Int
        /// The sending mobile.
        public var sender: String
        /// The service number the message went to.
        public var destination: String
        /// The message text.
        public var body: String
        /// When it was sent (`YYYY-MM-DD`, optionally with a time); empty when not sent yet.
        public var sentAt: String
    }

    /// The rows, in the log's order.
    public var entries: [Entry]
    /// Rows that could not be read (too few columns), as errors with their line.
    public var problems: [Diagnostic]

    static let columns = ["sender", "destination", "body", "sentAt"]
    static let chineseColumns = ["发送号码", "接收号码", "短信内容", "发送时间"]

    /// Reads a log from CSV text.
    public init(csv text: String) throws(InputError) {
        let rows: [BeianCSV.Row]
        do { rows = try BeianCSV.rows(text) } catch {
            throw InputError(
                Diagnostic(
                    .error, "line \(error.line)", code: "csv.syntax", error.message,
                    hint: "close the quote, or save the log again from the spreadsheet as CSV",
                    arguments: ["line": String(error.line)]))
        }
        var order = [0, 1, 2, 3]
        var body = rows[...]
        if let header = rows.first {
            let names = header.fields.map { TextRules.trimmed($0) }
            let positions = Self.columns.indices.map { column in
                names.firstIndex { $0.lowercased() == Self.columns[column].lowercased() || $0 == Self.chineseColumns[column] }
            }
            if positions.contains(where: { $0 != nil }) {
                guard positions.dropLast().allSatisfy({ $0 != nil }) else {
                    let missing = Self.columns.indices.dropLast().filter { positions[$0] == nil }.map { Self.columns[$0] }
                    throw InputError(
                        Diagnostic(
                            .error, "line \(header.line)", code: "sms-log.header",
                            "the header row lacks the column(s) \(missing.joined(separator: ", "))",
                            hint: "the log needs the columns sender, destination, body and, once sent, sentAt",
                            arguments: ["columns": missing.joined(separator: "、")]))
                }
                order = positions.map { $0 ?? -1 }
                body = rows.dropFirst()
            }
        }
        var entries: [Entry] = []
        var problems: [Diagnostic] = []
        for row in body {
            guard order.dropLast().allSatisfy({ $0 < row.fields.count }) else {
                problems.append(
                    Diagnostic(
                        .error, "line \(row.line)", code: "sms-log.columns",
                        "the row has \(row.fields.count) column(s); it needs sender, destination, body and sentAt",
                        hint: "quote a body that contains commas",
                        arguments: ["count": String(row.fields.count)]))
                continue
            }
            let field = { (column: Int) in
                order[column] >= 0 && order[column] < row.fields.count ? TextRules.trimmed(row.fields[order[column]]) : ""
            }
            entries.append(Entry(line: row.line, sender: field(0), destination: field(1), body: field(2), sentAt: field(3)))
        }
        self.entries = entries
        self.problems = problems
    }
}

import Foundation

/// One row of CSV, with the line it starts on and what was wrong with it.
struct CSVRow {
    /// What was wrong reading a row; `column` is the index of the field it concerns.
    struct Problem {
        var column: Int?
        var code: String
        var message: String
        var hint: String
        /// The values the message is built from, for the message catalogs.
        var arguments: [String: String] = [:]
    }

    var line: Int
    /// The lines the row spans.
    var lastLine: Int
    var fields: [String]
    /// The first problem reading it.
    var problem: Problem?
}

/// Reads the rows of a CSV file from its lines: a quoted field may hold line breaks, so a row
/// may span lines; everything else about a row that cannot be read exactly is said, at its line
/// and column, and the row is still returned (read as well as it can be) so that its record
/// fails whole instead of vanishing.
struct CSVRowReader<Source: LineSource> {
    typealias Row = CSVRow
    typealias Problem = CSVRow.Problem

    /// Where the lines come from.
    var source: Source
    /// Lines read ahead and put back: those after an opening quote that was never closed.
    private var putBack: [(number: Int, data: Data)] = []
    /// The number of fields a row must have (the header's), once known.
    var expectedFields: Int?

    init(source: Source) {
        self.source = source
    }

    private mutating func nextLine() -> (number: Int, data: Data)? {
        if !putBack.isEmpty { return putBack.removeFirst() }
        return source.nextLine()
    }

    /// The next row that is not blank (a line of white space or of empty fields only).
    mutating func next() -> Row? {
        while let first = nextLine() {
            var lines = [first]
            var state = BeianCSV.QuoteState()
            var text = ""
            var problem: Problem?
            var openAtFirstLineEnd: Int?
            var line = first
            while true {
                let decoded = BeianCSV.decode(line.data)
                if problem == nil, let bad = decoded.invalidByte {
                    problem = BeianCSV.encodingProblem(
                        bad, line: line.number, prefix: decoded.validPrefix,
                        rowPrefix: lines.count > 1 ? text + "\n" : "")
                }
                if lines.count > 1 { text += "\n" }
                text += decoded.text
                state.advance(over: decoded.text)
                if lines.count == 1 { openAtFirstLineEnd = state.inQuotes ? state.openedAtColumn : nil }
                guard state.inQuotes, lines.count < BeianCSV.maxLinesPerRow, let more = nextLine() else { break }
                lines.append(more)
                line = more
            }
            var fields = BeianCSV.fields(text)
            // A quote never closed, or closed only by a stray quote lines later (the row then
            // has the wrong number of fields): the row is its first line alone, the lines after
            // it rows of their own.
            if let opened = openAtFirstLineEnd,
                state.inQuotes || (lines.count > 1 && expectedFields.map { fields.count != $0 } == true)
            {
                putBack = Array(lines.dropFirst()) + putBack
                lines = [first]
                let decoded = BeianCSV.decode(first.data)
                fields = BeianCSV.fields(decoded.text)
                if let bad = decoded.invalidByte {
                    problem = BeianCSV.encodingProblem(bad, line: first.number, prefix: decoded.validPrefix, rowPrefix: "")
                } else {
                    problem = Problem(
                        column: BeianCSV.fields(String(decoded.text.prefix(opened - 1))).count - 1, code: "csv.quote",
                        message: "line \(first.number), column \(opened): the quoted field opened here is never closed; the rest of the line is read as its text",
                        hint: "close the quote; inside a quoted field write a quote twice (\"\")",
                        arguments: ["line": String(first.number), "column": String(opened)])
                }
            }
            if problem == nil, fields.allSatisfy({ TextRules.trimmed($0).isEmpty }) { continue }
            return Row(line: first.number, lastLine: lines.last!.number, fields: fields, problem: problem)
        }
        return nil
    }
}

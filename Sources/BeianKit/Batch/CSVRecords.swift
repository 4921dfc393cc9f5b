/// Turns CSV rows into filing records: consecutive rows with the same subject number form one
/// record, each row adding a website.
struct CSVRecords<Source: LineSource>: IteratorProtocol {
    private var reader: CSVRowReader<Source>
    private var header: [CSVColumns.Target?]?
    /// A header that cannot be used fails the whole input once, as one record.
    private var headerProblem: Diagnostic?
    private var stopped = false
    private var pending: CSVRow?
    /// Hashes of the subjects read. Shared by copies of this reader, and changed only once a
    /// record is final: a stream's reader copies the reader for every attempt at a record.
    private let seenSubjects = SubjectSet()
    private var index = 0

    init(source: Source) {
        reader = CSVRowReader(source: source)
    }

    /// Where the lines come from.
    var source: Source {
        get { reader.source }
        set { reader.source = newValue }
    }

    mutating func next() -> BatchRecord? {
        guard !stopped else { return nil }
        if header == nil {
            guard let row = nextRow() else {
                if reader.source.needsMore { return nil }
                // Not even a header: most likely an export that failed, not an empty table.
                stopped = true
                return record(
                    line: 1, json: nil,
                    [
                        Diagnostic(
                            .error, "line 1", code: "csv.header", "the file is empty: it has no header row",
                            hint: "the first row names the columns; a file of only a header is an empty batch",
                            arguments: ["variant": "empty"])
                    ])
            }
            readHeader(row)
        }
        if let problem = headerProblem {
            stopped = true
            return record(line: 1, json: nil, [problem])
        }
        guard let first = pending ?? nextRow() else { return nil }
        pending = nil
        var rows = [first]
        let key = subjectNumber(of: first)
        while let row = nextRow() {
            if !key.isEmpty, subjectNumber(of: row) == key {
                rows.append(row)
            } else {
                pending = row
                break
            }
        }
        // Out of lines before the next subject started: the rows so far may not be all.
        if reader.source.needsMore { return nil }
        if !key.isEmpty, !seenSubjects.hashes.insert(key.hashValue).inserted {
            return record(
                line: first.line, json: nil,
                [
                    Diagnostic(
                        .error, "line \(first.line)", code: "csv.subject-split",
                        "the rows of subject \(key) are not together: it already appeared earlier in the file",
                        hint: "sort the file by the subject number column so each subject's rows follow each other",
                        arguments: ["subject": key])
                ])
        }
        return build(rows)
    }

    private mutating func record(line: Int, json: JSONValue?, _ diagnostics: [Diagnostic], websiteLines: [Int] = []) -> BatchRecord {
        defer { index += 1 }
        return BatchRecord(line: line, index: index, json: json, diagnostics: diagnostics, websiteLines: websiteLines)
    }

    /// The next CSV row; a quoted field may span lines.
    private mutating func nextRow() -> CSVRow? { reader.next() }

    private mutating func readHeader(_ row: CSVRow) {
        var targets: [CSVColumns.Target?] = []
        var unknown: [String] = []
        for name in row.fields {
            let target = CSVColumns.target(forHeader: name)
            if target == nil, !TextRules.trimmed(name).isEmpty { unknown.append(name) }
            targets.append(target)
        }
        if let problem = row.problem {
            headerProblem = Diagnostic(
                .error, "line \(row.line)", code: problem.code, problem.message, hint: problem.hint,
                arguments: problem.arguments)
        } else if !unknown.isEmpty {
            headerProblem = Diagnostic(
                .error, "line \(row.line)", code: "csv.header",
                "unknown column(s): \(unknown.joined(separator: ", "))",
                hint: "columns are " + CSVColumns.all.map { "\($0.english) (\($0.chinese))" }.joined(separator: ", "),
                arguments: [
                    "columns": unknown.joined(separator: "、"),
                    "options": CSVColumns.all.map { "\($0.chinese)（\($0.english)）" }.joined(separator: "、"),
                    "variant": "unknown",
                ])
        } else if let (first, second) = Self.repeatedColumn(targets) {
            let name = CSVColumns.all.first { $0.target == targets[first] }.map { "\($0.english) (\($0.chinese))" } ?? row.fields[first]
            headerProblem = Diagnostic(
                .error, "line \(row.line)", code: "csv.header",
                "the column \(name) appears twice, as columns \(first + 1) (\(row.fields[first])) and \(second + 1) (\(row.fields[second]))",
                hint: "keep one of them: the values of one would silently replace the other's",
                arguments: ["name": name, "first": String(first + 1), "second": String(second + 1), "variant": "twice"])
        } else if !targets.contains(.subject(["filingNumber"])) {
            headerProblem = Diagnostic(
                .error, "line \(row.line)", code: "csv.header",
                "the header has no subjectFilingNumber (主体备案号) column",
                hint: "the first row names the columns; rows are grouped by the subject number",
                arguments: ["variant": "no-subject"])
        }
        header = targets
        reader.expectedFields = targets.count
    }

    /// The first two columns of the header that fill the same field.
    private static func repeatedColumn(_ targets: [CSVColumns.Target?]) -> (Int, Int)? {
        var seen: [CSVColumns.Target: Int] = [:]
        for (column, target) in targets.enumerated() {
            guard let target else { continue }
            if let first = seen[target] { return (first, column) }
            seen[target] = column
        }
        return nil
    }

    private func subjectNumber(of row: CSVRow) -> String {
        guard let header, let column = header.firstIndex(of: .subject(["filingNumber"])), column < row.fields.count else { return "" }
        return TextRules.foldingFullWidth(TextRules.trimmed(row.fields[column]))
    }

    private mutating func build(_ rows: [CSVRow]) -> BatchRecord {
        guard let header else { return record(line: rows[0].line, json: nil, []) }
        var root: [String: JSONValue] = [:]
        var subject: [String: JSONValue] = [:]
        var requests: [String: JSONValue] = [:]
        var websites: [JSONValue] = []
        var websiteLines: [Int] = []
        var problems: [Diagnostic] = []
        for row in rows {
            if let problem = row.problem {
                // The field's path when the column is known, else the line.
                let path =
                    problem.column.flatMap { $0 < header.count ? header[$0] : nil }
                    .map { Self.path(of: $0, website: websites.count) } ?? "line \(row.line)"
                problems.append(
                    Diagnostic(
                        .error, path, code: problem.code, problem.message, hint: problem.hint,
                        arguments: problem.arguments))
                websiteLines.append(row.line)
                continue
            }
            if row.fields.count != header.count {
                problems.append(
                    Diagnostic(
                        .error, "line \(row.line)", code: "csv.columns",
                        "the row has \(row.fields.count) fields but the header names \(header.count) columns",
                        hint: row.fields.count > header.count
                            ? "quote fields that contain commas"
                            : "a line break inside an unquoted field splits a row in two; quote such fields, or fill in the missing columns",
                        arguments: ["count": String(row.fields.count), "expected": String(header.count)]))
                websiteLines.append(row.line)
                continue
            }
            var website: [String: JSONValue] = [:]
            for (column, target) in header.enumerated() {
                guard let target, column < row.fields.count else { continue }
                let value = row.fields[column]
                guard !TextRules.trimmed(value).isEmpty else { continue }
                switch target {
                case .id:
                    root["id"] = .string(value)
                case .subject(let path):
                    if let existing = Self.value(in: subject, at: path), existing != .string(value) {
                        problems.append(
                            Diagnostic(
                                .error, "line \(row.line)", code: "csv.subject-conflict",
                                "column \(CSVColumns.all[CSVColumns.all.firstIndex { $0.target == target }!].english) differs from the subject's first row",
                                hint: "repeat the subject's columns identically on each of its rows, or leave them empty",
                                arguments: ["column": CSVColumns.all[CSVColumns.all.firstIndex { $0.target == target }!].chinese]))
                    }
                    Self.set(&subject, at: path, .string(value))
                case .website(let path):
                    Self.set(&website, at: path, .string(value))
                case .websiteDomains:
                    let domains = value.split(whereSeparator: { $0 == ";" || $0 == "、" || $0 == "," || $0 == " " || $0 == "；" || $0 == "，" })
                    website["domains"] = .array(domains.map { .string(String($0)) })
                case .websiteFlag(let key):
                    switch TextRules.trimmed(value).lowercased() {
                    case "true", "yes", "1", "是", "y": website[key] = .bool(true)
                    case "false", "no", "0", "否", "n": website[key] = .bool(false)
                    default: website[key] = .string(value)  // the record's checks name the field
                    }
                case .request(let key):
                    // A record has one set of requests: its rows must agree, or the last row
                    // would silently decide (and a refused value on an earlier row vanish).
                    if let existing = requests[key], existing != .string(value) {
                        problems.append(
                            Diagnostic(
                                .error, "line \(row.line)", code: "csv.subject-conflict",
                                "column \(CSVColumns.all[CSVColumns.all.firstIndex { $0.target == target }!].english) differs from the subject's first row",
                                hint: "a subject's rows share one request: repeat the value identically on each of its rows, or leave it empty",
                                arguments: ["column": CSVColumns.all[CSVColumns.all.firstIndex { $0.target == target }!].chinese]))
                    }
                    requests[key] = .string(value)
                }
            }
            if !website.isEmpty {
                websites.append(.object(website))
                websiteLines.append(row.line)
            }
        }
        root["subject"] = .object(subject)
        root["websites"] = .array(websites)
        if !requests.isEmpty { root["requests"] = .object(requests) }
        return record(line: rows[0].line, json: problems.isEmpty ? .object(root) : nil, problems, websiteLines: websiteLines)
    }

    /// Where a column's value goes in the record, as a field path.
    private static func path(of target: CSVColumns.Target, website: Int) -> String {
        switch target {
        case .id: "id"
        case .subject(let path): "subject." + path.joined(separator: ".")
        case .website(let path): "websites[\(website)]." + path.joined(separator: ".")
        case .websiteDomains: "websites[\(website)].domains"
        case .websiteFlag(let key): "websites[\(website)].\(key)"
        case .request(let key): "requests.\(key)"
        }
    }

    private static func value(in object: [String: JSONValue], at path: [String]) -> JSONValue? {
        guard let first = path.first else { return nil }
        if path.count == 1 { return object[first] }
        guard case .object(let inner)? = object[first] else { return nil }
        return value(in: inner, at: Array(path.dropFirst()))
    }

    private static func set(_ object: inout [String: JSONValue], at path: [String], _ value: JSONValue) {
        guard let first = path.first else { return }
        if path.count == 1 {
            object[first] = value
            return
        }
        var inner: [String: JSONValue] = [:]
        if case .object(let existing)? = object[first] { inner = existing }
        set(&inner, at: Array(path.dropFirst()), value)
        object[first] = .object(inner)
    }
}

/// The subjects a CSV reader has seen, by hash.
final class SubjectSet {
    var hashes = Set<Int>()
}

@testable import BeianKit
import Foundation
import Testing

/// `beian batch` on hostile input files, through the real process: for each file the exit code,
/// every record in exactly one of manifest.jsonl and errors.jsonl at its line with the expected
/// field paths, and nothing written but the output folder's own files.
@Suite("batch bad input")
struct BatchBadInputTests {
    typealias ManifestLine = BatchCommandTests.ManifestLine
    typealias ErrorLine = BatchCommandTests.ErrorLine

    /// One bad input and what the batch must make of it.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var fileExtension: String
        var bytes: Data
        var exit: Int32
        /// The lines of the records that succeed.
        var succeeded: [Int]
        /// The lines of the records that fail, each with its errors' (path, code).
        var failed: [Int: [Diagnostic.Key]]
        var testDescription: String { "\(name).\(fileExtension)" }
    }

    // MARK: CSV

    static let header =
        "id,subjectName,subjectNature,certificateType,certificateNumber,subjectFilingNumber,legalRepresentativeName,"
        + "legalRepresentativeIdNumber,ownerName,ownerMobile,websiteName,websiteFilingNumber,domains,reason"
    /// Three subjects: r0 with one website (line 2), r1 with two (lines 3 and 4), r2 with one (line 5).
    static let r0 =
        "r0,示例科技有限公司0,enterprise,unified-social-credit-code,91420100000000000U,京ICP备2000000000号,法人0,"
        + "420102196001010002,负责人0,13800000000,示例网站0-1,京ICP备2000000000号-1,site0-1.example.cn,网站不再运营"
    static let r1a =
        "r1,示例科技有限公司1,enterprise,unified-social-credit-code,91420100000079193B,津ICP备2000000001号,法人1,"
        + "420102196102020015,负责人1,13900104729,示例网站1-1,津ICP备2000000001号-1,site1-1.example.cn,网站不再运营"
    static let r1b = r1a.replacingOccurrences(of: "示例网站1-1,津ICP备2000000001号-1,site1-1", with: "示例网站1-2,津ICP备2000000001号-2,site1-2")
    static let r2 =
        "r2,示例科技有限公司2,enterprise,unified-social-credit-code,91420100000158385P,冀ICP备2000000002号,法人2,"
        + "420102196203030028,负责人2,13000209458,示例网站2-1,冀ICP备2000000002号-1,site2-1.example.cn,网站不再运营"

    static func csv(_ lines: [String], ending: String = "\n") -> Data { Data(lines.map { $0 + ending }.joined().utf8) }

    static func csvCase(_ name: String, _ lines: [String], exit: Int32, succeeded: [Int], failed: [Int: [Diagnostic.Key]] = [:]) -> Case {
        Case(name: name, fileExtension: "csv", bytes: csv(lines), exit: exit, succeeded: succeeded, failed: failed)
    }

    static let all = [r0, r1a, r1b, r2]

    static var csvCases: [Case] {
        var cases = [
            csvCase("ok", [header] + all, exit: 0, succeeded: [2, 3, 5]),
            csvCase(
                "unbalanced-quote", [header, r0, r1a.replacingOccurrences(of: "示例网站1-1", with: "\"示例网站1-1"), r1b, r2],
                exit: 1, succeeded: [2, 5], failed: [3: [.init("websites[0].name", "csv.quote")]]),
            csvCase(
                "unbalanced-quote-last-row", [header, r0, r1a, r1b, r2.replacingOccurrences(of: ",网站不再运营", with: ",\"网站不再运营")],
                exit: 1, succeeded: [2, 3], failed: [5: [.init("requests.reason", "csv.quote")]]),
            csvCase(
                "quote-inside-unquoted-field", [header, r0, r1a.replacingOccurrences(of: "示例网站1-1", with: "示例\"网站1-1"), r1b, r2],
                exit: 0, succeeded: [2, 3, 5]),
            csvCase(
                "too-many-columns", [header, r0, r1a + ",extra", r1b, r2],
                exit: 1, succeeded: [2, 5], failed: [3: [.init("line 3", "csv.columns")]]),
            csvCase(
                "too-few-columns", [header, r0, r1a.split(separator: ",").dropLast(3).joined(separator: ","), r1b, r2],
                exit: 1, succeeded: [2, 5], failed: [3: [.init("line 3", "csv.columns")]]),
            csvCase(
                "header-missing-subject-number",
                ([header] + all).map {
                    $0.split(separator: ",", omittingEmptySubsequences: false).enumerated()
                        .filter { $0.offset != 5 }.map(\.element).joined(separator: ",")
                },
                exit: 1, succeeded: [], failed: [1: [.init("line 1", "csv.header")]]),
            csvCase(
                "header-missing-subject-name",
                ([header] + all).map {
                    $0.split(separator: ",", omittingEmptySubsequences: false).enumerated()
                        .filter { $0.offset != 1 }.map(\.element).joined(separator: ",")
                },
                exit: 1, succeeded: [],
                failed: [
                    2: [.init("subject.name", "field.missing")], 3: [.init("subject.name", "field.missing")],
                    5: [.init("subject.name", "field.missing")],
                ]),
            csvCase(
                "duplicate-header", [header + ",网站名称"] + all.map { $0 + ",别名" },
                exit: 1, succeeded: [], failed: [1: [.init("line 1", "csv.header")]]),
            csvCase("only-header", [header], exit: 0, succeeded: []),
            csvCase("bom-at-the-start-of-a-middle-line", [header, r0, "\u{FEFF}" + r1a, r1b, r2], exit: 0, succeeded: [2, 3, 5]),
            csvCase(
                "bom-in-a-cell", [header, r0, r1a.replacingOccurrences(of: "示例网站1-1", with: "示例\u{FEFF}网站1-1"), r1b, r2],
                exit: 1, succeeded: [2, 5], failed: [3: [.init("websites[0].name", "text.control-character")]]),
            csvCase(
                "nul-in-a-cell", [header, r0, r1a, r1b.replacingOccurrences(of: "示例网站1-2", with: "示例\u{0}网站1-2"), r2],
                exit: 1, succeeded: [2, 5], failed: [3: [.init("websites[1].name", "text.control-character")]]),
            csvCase(
                "name-at-the-limit",
                [
                    header, r0, r1a.replacingOccurrences(of: "示例科技有限公司1", with: String(repeating: "长", count: 100)),
                    r1b.replacingOccurrences(of: "示例科技有限公司1", with: String(repeating: "长", count: 100)), r2,
                ],
                exit: 0, succeeded: [2, 3, 5]),
            csvCase(
                "name-over-the-limit",
                [
                    header, r0, r1a.replacingOccurrences(of: "示例科技有限公司1", with: String(repeating: "长", count: 101)),
                    r1b.replacingOccurrences(of: "示例科技有限公司1", with: String(repeating: "长", count: 101)), r2,
                ],
                exit: 1, succeeded: [2, 5], failed: [3: [.init("subject.name", "limit.length")]]),
            csvCase(
                "reason-at-the-limit", [header, r0.replacingOccurrences(of: ",网站不再运营", with: "," + String(repeating: "因", count: 500)), r1a, r1b, r2],
                exit: 0, succeeded: [2, 3, 5]),
            csvCase(
                "reason-over-the-limit", [header, r0.replacingOccurrences(of: ",网站不再运营", with: "," + String(repeating: "因", count: 501)), r1a, r1b, r2],
                exit: 1, succeeded: [3, 5], failed: [2: [.init("requests.reason", "limit.length")]]),
            csvCase(
                "2-mb-line", [header, r0.replacingOccurrences(of: ",网站不再运营", with: "," + String(repeating: "长", count: 700_000)), r1a, r1b, r2],
                exit: 1, succeeded: [3, 5], failed: [2: [.init("requests.reason", "limit.length")]]),
            csvCase(
                "rows-of-a-subject-disagree-on-a-request", [header, r0, r1a, r1b.replacingOccurrences(of: ",网站不再运营", with: ",另一个原因"), r2],
                exit: 1, succeeded: [2, 5], failed: [3: [.init("line 4", "csv.subject-conflict")]]),
        ]
        cases.append(Case(name: "empty", fileExtension: "csv", bytes: Data(), exit: 1, succeeded: [], failed: [1: [.init("line 1", "csv.header")]]))
        cases.append(Case(name: "crlf", fileExtension: "csv", bytes: csv([header] + all, ending: "\r\n"), exit: 0, succeeded: [2, 3, 5], failed: [:]))
        cases.append(Case(name: "lone-cr", fileExtension: "csv", bytes: csv([header] + all, ending: "\r"), exit: 0, succeeded: [2, 3, 5], failed: [:]))
        var invalid = csv([header] + all)
        invalid.replaceSubrange(invalid.range(of: Data("示例网站1-2".utf8))!, with: Data("示例".utf8) + Data([0xFF, 0xFE]) + Data("网站".utf8))
        cases.append(
            Case(
                name: "invalid-utf8-in-a-cell", fileExtension: "csv", bytes: invalid, exit: 1, succeeded: [2, 5],
                failed: [3: [.init("websites[1].name", "csv.encoding")]]))
        return cases
    }

    // MARK: JSON Lines

    /// Three valid records from the benchmark's generator, one a line.
    static func records() throws -> [String] {
        let folder = try BatchCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try BatchCommandTests.generated(3, into: folder)
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    static func jsonCases() throws -> [Case] {
        let records = try records()
        func lines(_ lines: [String], ending: String = "\n") -> Data { Data(lines.map { $0 + ending }.joined().utf8) }
        func withReason(_ record: String, _ reason: String) throws -> String {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
            object["requests"] = ["reason": reason]
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        var invalid = lines(records)
        invalid.replaceSubrange(invalid.range(of: Data("示例科技有限公司1".utf8))!, with: Data([0xFF, 0xFE]) + Data("科技".utf8))
        let truncated = records[0] + "\n" + records[1] + "\n" + records[2].prefix(records[2].count / 2)
        let syntax: [Diagnostic.Key] = [.init("", "json.syntax")]
        return [
            Case(
                name: "blank-lines", fileExtension: "jsonl", bytes: lines([records[0], "", records[1], "  \t", records[2]]), exit: 0,
                succeeded: [1, 3, 5], failed: [:]),
            Case(
                name: "lines-that-are-not-objects", fileExtension: "jsonl",
                bytes: lines([records[0], "[1,2]", "\"text\"", "42", "null", "true", records[1]]), exit: 1, succeeded: [1, 7],
                failed: Dictionary(uniqueKeysWithValues: (2...6).map { ($0, [Diagnostic.Key("", "field.type")]) })),
            Case(name: "truncated-last-line", fileExtension: "jsonl", bytes: Data(truncated.utf8), exit: 1, succeeded: [1, 2], failed: [3: syntax]),
            Case(
                name: "invalid-utf8-on-one-line", fileExtension: "jsonl", bytes: invalid, exit: 1, succeeded: [1, 3],
                failed: [2: [.init("", "json.encoding")]]),
            Case(
                name: "2-mb-line", fileExtension: "jsonl", bytes: lines([records[0], try withReason(records[1], String(repeating: "长", count: 700_000)), records[2]]),
                exit: 1, succeeded: [1, 3], failed: [2: [.init("requests.reason", "limit.length")]]),
            Case(
                name: "nested-100000-deep", fileExtension: "jsonl",
                bytes: lines([
                    records[0], String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000), records[1],
                    String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000), records[2],
                ]),
                exit: 1, succeeded: [1, 3, 5], failed: [2: syntax, 4: syntax]),
            Case(name: "empty", fileExtension: "jsonl", bytes: Data(), exit: 0, succeeded: [], failed: [:]),
            Case(name: "crlf", fileExtension: "jsonl", bytes: lines(records, ending: "\r\n"), exit: 0, succeeded: [1, 2, 3], failed: [:]),
        ]
    }

    // MARK: Running

    /// Every file under `folder`, relative, with its bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        for case let url as URL in walker {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// Runs the batch in a folder holding only the input and checks the case.
    func check(_ item: Case) throws {
        let folder = try BatchCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = "input.\(item.fileExtension)"
        try item.bytes.write(to: folder.appending(path: input))
        let result = try CLI.run(
            ["batch", input, "--documents", "deregistration-form", "--format", "text", "--date", "2026-11-22", "-o", "out"],
            in: folder)
        #expect(result.status == item.exit, "\(item.name): exit \(result.status): \(result.stderr)")
        let out = folder.appending(path: "out")
        let manifest: [ManifestLine] = try BatchCommandTests.manifest(out)
        let errors: [ErrorLine] = try BatchCommandTests.errors(out)
        // Every record exactly once, at its line.
        #expect(manifest.map(\.line) == item.succeeded, "\(item.name): manifest lines \(manifest.map(\.line))")
        #expect(errors.map(\.line) == item.failed.keys.sorted(), "\(item.name): error lines \(errors.map(\.line)): \(errors.map(\.diagnostics))")
        #expect(Set(manifest.map(\.line)).isDisjoint(with: errors.map(\.line)))
        for error in errors {
            let keys = Set(error.diagnostics.filter { $0.severity == .error }.map(\.key))
            for expected in item.failed[error.line] ?? [] {
                #expect(keys.contains(expected), "\(item.name): line \(error.line) lacks \(expected): \(error.diagnostics)")
            }
        }
        // Nothing but the input and the output folder's files: the lists and the documents they name.
        let files = try Self.tree(folder)
        let named = Set(manifest.flatMap { $0.files.map { "out/" + $0.path } })
        #expect(Set(files.keys) == Set([input, "out/manifest.jsonl", "out/errors.jsonl"]).union(named), "\(item.name): \(files.keys.sorted())")
        for line in manifest {
            for file in line.files {
                let data = try #require(files["out/" + file.path])
                #expect(FileChecksum.sha256Hex(data) == file.sha256 && data.count == file.bytes)
            }
        }
    }

    @Test("CSV input", arguments: csvCases)
    func csvInput(item: Case) throws {
        try check(item)
    }

    @Test func jsonLinesInput() throws {
        for item in try Self.jsonCases() {
            try check(item)
        }
    }

    @Test func csvLineEndingsGiveTheSameFiles() throws {
        var outputs: [[String: Data]] = []
        for ending in ["\n", "\r\n", "\r"] {
            let folder = try BatchCommandTests.scratch()
            defer { try? FileManager.default.removeItem(at: folder) }
            try Self.csv([Self.header] + Self.all, ending: ending).write(to: folder.appending(path: "in.csv"))
            let result = try CLI.run(["batch", "in.csv", "--documents", "deregistration-form", "--date", "2026-11-22", "-o", "out"], in: folder)
            #expect(result.status == 0)
            outputs.append(try Self.tree(folder.appending(path: "out")))
        }
        #expect(outputs[0].count == 5)
        #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() throws {
        let folder = try BatchCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.csv([Self.header, Self.r1a.replacingOccurrences(of: "示例网站1-1", with: "示例\"网站1-1"), Self.r1b])
            .write(to: folder.appending(path: "in.csv"))
        let result = try CLI.run(
            [
                "batch", "in.csv", "--documents", "deregistration-form", "--format", "text", "--website", "津ICP备2000000001号-1",
                "--date", "2026-11-22", "-o", "out",
            ], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let manifest: [ManifestLine] = try BatchCommandTests.manifest(folder.appending(path: "out"))
        let form = try String(contentsOf: folder.appending(path: "out/" + (try #require(manifest.first?.files.first)).path), encoding: .utf8)
        #expect(form.contains("示例\"网站1-1"), "the quote is kept as written")
    }

    @Test func anUnclosedQuoteNamesItsLineAndColumn() throws {
        let folder = try BatchCommandTests.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.csv([Self.header, Self.r0, Self.r1a.replacingOccurrences(of: "示例网站1-1", with: "\"示例网站1-1"), Self.r1b, Self.r2])
            .write(to: folder.appending(path: "in.csv"))
        _ = try CLI.run(["batch", "in.csv", "--documents", "deregistration-form", "-o", "out"], in: folder)
        let errors: [ErrorLine] = try BatchCommandTests.errors(folder.appending(path: "out"))
        let column = Self.r1a.components(separatedBy: ",").prefix(10).map { $0.count + 1 }.reduce(1, +)
        #expect(
            errors.first?.diagnostics.first?.message
                == "line 3, column \(column): the quoted field opened here is never closed; the rest of the line is read as its text")
        let raw = try String(contentsOf: folder.appending(path: "out/errors.jsonl"), encoding: .utf8)
        #expect(raw.contains("\"websiteLines\":[3,4]"), "the subject's other row fails with it: \(raw)")
    }
}

extension Diagnostic {
    /// A diagnostic's field path and code, what the bad-input cases expect.
    struct Key: Hashable, Sendable, CustomStringConvertible {
        var path: String
        var code: String
        init(_ path: String, _ code: String) {
            self.path = path
            self.code = code
        }
        var description: String { "\(path) \(code)" }
    }

    var key: Key { Key(path, code) }
}

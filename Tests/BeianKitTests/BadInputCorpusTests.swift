@testable import BeianKit
import Foundation
import Testing

/// The bad-input corpus (`Tests/Corpus`): every file is read as a record and its error
/// diagnostics must be exactly the expected (path, code) pairs; accepted files must read as a
/// filing. The cases and their expectations are written by `Tests/Corpus/make-cases.py`.
@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../Corpus").standardized
    static let inputs = corpus.appending(path: "bad-inputs")
    static let options = ValidationOptions(today: CalendarDate(year: 2026, month: 11, day: 23)!)

    struct Pair: Hashable, Codable, CustomStringConvertible {
        var path: String
        var code: String
        var description: String { "\(path.isEmpty ? "(record)" : path) \(code)" }
    }

    struct Expectation: Codable {
        var valid: Bool?
        var errors: [Pair]?
        var warnings: [Pair]?
    }

    static let expectations: [String: Expectation] = {
        guard let data = try? Data(contentsOf: corpus.appending(path: "expectations.json")),
            let decoded = try? JSONDecoder().decode([String: Expectation].self, from: data)
        else { return [:] }
        return decoded
    }()

    static var caseNames: [String] { expectations.keys.sorted() }

    @Test func everyFileHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.inputs.path).filter { !$0.hasPrefix(".") }
        #expect(Set(files) == Set(Self.expectations.keys))
        #expect(files.count >= 100)
    }

    @Test("a corpus file gets exactly its expected diagnostics", arguments: caseNames)
    func corpusFile(name: String) throws {
        let expectation = try #require(Self.expectations[name])
        let data = try Data(contentsOf: Self.inputs.appending(path: name))
        check(Filing.read(jsonData: data, options: Self.options), against: expectation)
    }

    @Test func encodingErrorsSayWhere() throws {
        let bad = Data("{\n  \"id\": \"ab".utf8) + Data([0xFF]) + Data("\"}".utf8)
        let message = try #require(Filing.read(jsonData: bad, options: Self.options).diagnostics.first).message
        #expect(message.hasSuffix("line 2, column 12 holds the byte 0xFF"), "\(message)")
        let utf16 = try #require("{}".data(using: .utf16))
        #expect(try #require(Filing.read(jsonData: utf16, options: Self.options).diagnostics.first).message.hasSuffix("it is UTF-16 text"))
    }

    // MARK: Large inputs, built here rather than committed

    /// The base record of the corpus as a tree to change.
    static func baseRecord() throws -> [String: Any] {
        let data = try Data(contentsOf: inputs.appending(path: "no-websites-accepted.json"))
        var record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        record["websites"] = [] as [Any]
        return record
    }

    static func websites(_ count: Int) -> [[String: Any]] {
        (1...count).map { ["name": "站点\($0)", "filingNumber": "鄂ICP备2019012345号-\($0)", "domains": ["s\($0).example.cn"]] }
    }

    static func read(_ record: [String: Any]) throws -> FilingReading {
        Filing.read(jsonData: try JSONSerialization.data(withJSONObject: record), options: options)
    }

    @Test func aOneMegabyteName() throws {
        var record = try Self.baseRecord()
        var subject = try #require(record["subject"] as? [String: Any])
        subject["name"] = String(repeating: "长", count: 350_000)  // ~1 MB of UTF-8
        record["subject"] = subject
        check(try Self.read(record), against: Expectation(errors: [Pair(path: "subject.name", code: "limit.length")]))
    }

    @Test func aOneMegabyteMobile() throws {
        var record = try Self.baseRecord()
        var subject = try #require(record["subject"] as? [String: Any])
        var owner = try #require(subject["owner"] as? [String: Any])
        owner["mobile"] = String(repeating: "1", count: 1_000_000)
        subject["owner"] = owner
        record["subject"] = subject
        check(try Self.read(record), against: Expectation(errors: [Pair(path: "subject.owner.mobile", code: "limit.length")]))
    }

    @Test func oneThousandWebsitesAreAccepted() throws {
        var record = try Self.baseRecord()
        record["websites"] = Self.websites(1_000)
        check(try Self.read(record), against: Expectation(valid: true))
    }

    @Test func oneThousandAndOneWebsitesAreRefused() throws {
        var record = try Self.baseRecord()
        record["websites"] = Self.websites(1_001)
        check(try Self.read(record), against: Expectation(errors: [Pair(path: "websites", code: "limit.websites")]))
    }

    @Test func hostileNestingIsRefusedWithoutCrashing() throws {
        for depth in [65, 1_000, 100_000] {
            let data = Data(("{\"id\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}").utf8)
            check(Filing.read(jsonData: data, options: Self.options), against: Expectation(errors: [Pair(path: "", code: "json.syntax")]))
            let unclosed = Data(String(repeating: "{\"a\":", count: depth).utf8)
            check(Filing.read(jsonData: unclosed, options: Self.options), against: Expectation(errors: [Pair(path: "", code: "json.syntax")]))
        }
    }

    // MARK: Comparison

    func check(_ reading: FilingReading, against expectation: Expectation, sourceLocation: SourceLocation = #_sourceLocation) {
        let errors = Set(reading.diagnostics.errors.map { Pair(path: $0.path, code: $0.code) })
        let others = Set(reading.diagnostics.warnings.map { Pair(path: $0.path, code: $0.code) })
        let expectedErrors = Set(expectation.errors ?? [])
        #expect(errors == expectedErrors, "errors: \(reading.diagnostics.map(\.description))", sourceLocation: sourceLocation)
        if expectation.valid == true {
            #expect(reading.filing != nil, sourceLocation: sourceLocation)
        } else {
            #expect(reading.filing == nil, sourceLocation: sourceLocation)
        }
        for warning in expectation.warnings ?? [] {
            #expect(others.contains(warning), "missing warning \(warning): \(reading.diagnostics.map(\.description))", sourceLocation: sourceLocation)
        }
        for diagnostic in reading.diagnostics {
            #expect(!diagnostic.message.isEmpty, sourceLocation: sourceLocation)
        }
    }
}

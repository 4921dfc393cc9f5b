@testable import BeianKit
import Foundation
import Testing

@Suite("batch library")
struct BatchLibraryTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!

    @Test func resultsComeInInputOrderWithBoundedWork() async throws {
        let engine = try BeianEngine(today: Self.today)
        let records = (0..<40).map { index in
            BatchRecord(
                line: index + 1, index: index, json: index % 10 == 3 ? nil : Self.record(index),
                diagnostics: index % 10 == 3 ? [Diagnostic(.error, "", code: "json.syntax", "broken")] : [])
        }
        var lines: [Int] = []
        var failed = 0
        for await result in engine.batch(records, job: BatchJob(documents: [.document(.deregistrationForm)], format: .text), jobs: 3) {
            lines.append(result.line)
            if result.failed { failed += 1 } else { #expect(result.files.count == 1) }
        }
        #expect(lines == Array(1...40))
        #expect(failed == 4)
    }

    @Test func shardAndSkipFilterRecords() async throws {
        let engine = try BeianEngine(today: Self.today)
        let records = (0..<12).map { BatchRecord(line: $0 + 1, index: $0, json: Self.record($0)) }
        var lines: [Int] = []
        for await result in engine.batch(
            records, job: BatchJob(documents: [.document(.deregistrationForm)], format: .text),
            shard: Shard("2/3"), skipping: [5])
        {
            lines.append(result.line)
        }
        #expect(lines == [2, 8, 11], "indices 1, 4, 7, 10 are shard 2/3; line 5 was already done")
    }

    /// Several batches on one engine at once share its cache of document shapes: every file
    /// must be the file a lone, serial engine makes of the same record.
    @Test func concurrentBatchesOnOneEngineMatchASerialEngine() async throws {
        let records = (0..<60).map { BatchRecord(line: $0 + 1, index: $0, json: Self.varied($0)) }
        let job = BatchJob(documents: [.document(.deregistrationForm)], format: .docx)
        // The reference: each record on an engine of its own, whose cache has seen nothing else.
        var expected: [Int: Data] = [:]
        for record in records {
            for await result in try BeianEngine(today: Self.today).batch([record], job: job, jobs: 1) {
                #expect(!result.failed, "\(result.diagnostics)")
                expected[result.line] = result.files.first?.data
            }
        }
        #expect(expected.count == 60)
        let serial = expected
        let shared = try BeianEngine(today: Self.today)
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for run in 0..<4 {
                group.addTask {
                    var mismatches = 0
                    // Each run starts at a different record, so shapes are first seen by different runs.
                    let rotated = Array(records[(run * 7)...] + records[..<(run * 7)])
                    for await result in shared.batch(rotated, job: job, jobs: 4) where result.files.first?.data != serial[result.line] {
                        mismatches += 1
                    }
                    return mismatches
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }

    /// Records of several shapes: 0 to 4 websites, units and persons, names with markup characters.
    static func varied(_ index: Int) -> JSONValue {
        let person = index % 3 == 0
        let serial = "20190\(String(repeating: "0", count: 5 - String(index).count))\(index)"
        let websites: [JSONValue] = (0..<(index % 5)).map { site in
            .object([
                "name": .string(site == 1 ? "网站<\(site)>&\"\(index)\"" : "网站\(site)"),
                "filingNumber": .string("鄂ICP备\(serial)号-\(site + 1)"),
                "domains": .array([.string("s\(site)-\(index).example.cn")]),
            ])
        }
        return .object([
            "subject": .object([
                "name": .string(person ? "张三" : "A&B <示例> 'x' 公司\(index)"),
                "nature": .string(person ? "individual" : "enterprise"),
                "certificate": person
                    ? .object(["type": .string("resident-id"), "number": .string("11010519491231002X")])
                    : .object(["type": .string("unified-social-credit-code"), "number": .string("91420100MA4K2X9Y9P")]),
                "filingNumber": .string("鄂ICP备\(serial)号"),
                "owner": .object(["name": .string("张三"), "mobile": .string("13812345678")]),
            ]),
            "websites": .array(websites),
            "requests": .object(["reason": .string(index % 2 == 0 ? "网站不再运营" : "公司 & 业务调整")]),
        ])
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(FileChecksum.sha256Hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(FileChecksum.sha256Hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            FileChecksum.sha256Hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    static func record(_ index: Int) -> JSONValue {
        .object([
            "subject": .object([
                "name": .string("示例科技有限公司\(index)"),
                "nature": .string("enterprise"),
                "certificate": .object(["type": .string("unified-social-credit-code"), "number": .string("91420100MA4K2X9Y9P")]),
                "filingNumber": .string("鄂ICP备20190\(String(format: "%05d", index))号"),
                "owner": .object(["name": .string("张三"), "mobile": .string("13812345678")]),
            ]),
            "websites": .array([]),
            "requests": .object(["reason": .string("网站不再运营")]),
        ])
    }
}

import BeianKit
import Foundation
import Testing

@Suite("batch library")
struct BatchLibraryTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!

    @Test func resultsComeInInputOrderWithBoundedWork() async throws {
        let engine = try BeianEngine(today: Self.today)
        let records = (0..<40).map { index in
            BatchRecord(line: index + 1, index: index, json: index % 10 == 3 ? nil : Self.record(index),
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
        for await result in engine.batch(records, job: BatchJob(documents: [.document(.deregistrationForm)], format: .text),
                                         shard: Shard("2/3"), skipping: [5]) {
            lines.append(result.line)
        }
        #expect(lines == [2, 8, 11], "indices 1, 4, 7, 10 are shard 2/3; line 5 was already done")
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
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

import BeianKit
import Foundation
import Testing

/// Batch input from a file, from bytes and from a stream of chunks: the same records, with
/// lines counted in the whole input however the bytes were cut.
@Suite("batch input from bytes and streams")
struct BatchInputTests {
    struct Seen: Hashable {
        var line: Int
        var index: Int
        var json: JSONValue?
        var diagnostics: [Diagnostic]
        var websiteLines: [Int]

        init(_ record: BatchRecord) {
            (line, index, json, diagnostics, websiteLines) = (record.line, record.index, record.json, record.diagnostics, record.websiteLines)
        }
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appending(path: "Fixtures")

    /// A CSV with what is hard to cut: a BOM, CRLF and lone CR endings, a quoted field over
    /// three lines, a quote never closed, a subject whose rows are far apart in bytes, a last
    /// line without an ending.
    static let hardCSV = Data(
        ([0xEF, 0xBB, 0xBF] as [UInt8])
            + Array(
                """
                subjectFilingNumber,subjectName,websiteFilingNumber,websiteName\r\n\
                京ICP备20010001号,甲公司,京ICP备20010001号-1,"一\r\n二\n三"\r\n\
                京ICP备20010001号,甲公司,京ICP备20010001号-2,乙站\r\
                沪ICP备20010002号,"丙公司,open\n\
                粤ICP备20010003号,丁公司,粤ICP备20010003号-1,丁站\n\n\n\
                粤ICP备20010003号,丁公司,粤ICP备20010003号-2,\(String(repeating: "长", count: 300))\n\
                京ICP备20010001号,甲公司,京ICP备20010001号-3,又一站
                """.utf8))

    static func inputs() throws -> [(name: String, data: Data, format: BatchInput.Format)] {
        [
            ("batch-mixed.jsonl", try Data(contentsOf: fixtures.appending(path: "batch-mixed.jsonl")), .jsonLines),
            ("batch-chinese-headers.csv", try Data(contentsOf: fixtures.appending(path: "batch-chinese-headers.csv")), .csv),
            ("hard.csv", hardCSV, .csv),
        ]
    }

    static func read(_ input: BatchInput) async -> [Seen] {
        var seen: [Seen] = []
        for await record in input { seen.append(Seen(record)) }
        return seen
    }

    /// The bytes cut every `size` bytes, as a stream.
    static func stream(_ data: Data, cutEvery size: Int) -> AsyncStream<Data> {
        AsyncStream { continuation in
            var offset = 0
            while offset < data.count {
                continuation.yield(data.subdata(in: offset..<min(offset + size, data.count)))
                offset += size
            }
            continuation.finish()
        }
    }

    @Test func bytesAndStreamsReadAsTheFileDoes() async throws {
        for (name, data, format) in try Self.inputs() {
            let url = FileManager.default.temporaryDirectory.appending(path: "beian-input-\(UUID().uuidString)-\(name)")
            try data.write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            let fromFile = await Self.read(BatchInput(url: url))
            #expect(fromFile.count >= 3, "\(name)")
            #expect(await Self.read(BatchInput(data: data, format: format)) == fromFile, "\(name) from bytes")
            for size in [1, 2, 3, 7, 64, 1000, data.count] {
                let streamed = await Self.read(BatchInput(chunks: Self.stream(data, cutEvery: size), format: format))
                #expect(streamed == fromFile, "\(name) in chunks of \(size) bytes")
            }
        }
    }

    @Test func theHardCSVIsReadAsItsLinesSay() async {
        let seen = await Self.read(BatchInput(chunks: Self.stream(Self.hardCSV, cutEvery: 5), format: .csv))
        #expect(seen.map(\.line) == [2, 6, 7, 11], "lines of the whole input, a quoted field's line breaks counted")
        #expect(seen[0].websiteLines == [2, 5])
        #expect(seen[1].diagnostics.map(\.code) == ["csv.quote"])
        #expect(seen[2].websiteLines == [7, 10])
        #expect(seen[3].diagnostics.map(\.code) == ["csv.subject-split"])
    }

    struct Broken: Error, CustomStringConvertible {
        var description: String { "connection reset" }
    }

    @Test func aStreamThatFailsEndsWithAFailedRecord() async throws {
        let data = try Data(contentsOf: Self.fixtures.appending(path: "batch-mixed.jsonl"))
        let firstLines = data.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(3).joined(separator: [0x0A])
        let stream = AsyncThrowingStream<Data, Error> { continuation in
            continuation.yield(Data(firstLines) + Data("\n{\"cut\":".utf8))
            continuation.finish(throwing: Broken())
        }
        let seen = await Self.read(BatchInput(chunks: stream, format: .jsonLines))
        let last = try #require(seen.last)
        #expect(last.diagnostics.map(\.code) == ["batch.unreadable"])
        #expect(last.diagnostics.first?.message.contains("connection reset") == true)
    }

    @Test func aStreamedBatchNamesLinesOfTheWholeInput() async throws {
        let data = try Data(contentsOf: Self.fixtures.appending(path: "batch-mixed.jsonl"))
        let engine = try BeianEngine(today: CalendarDate(year: 2026, month: 11, day: 23)!)
        let job = BatchJob(documents: [.document(.deregistrationForm)], format: .text)
        var fromFile: [Int] = []
        for await result in engine.batch(BatchInput(data: data, format: .jsonLines), job: job) { fromFile.append(result.line) }
        var streamed: [Int] = []
        for await result in engine.batch(BatchInput(chunks: Self.stream(data, cutEvery: 10), format: .jsonLines), job: job) {
            streamed.append(result.line)
        }
        #expect(streamed == fromFile && fromFile.count > 5)
    }
}

import BeianKit
import Foundation
import Testing

/// A resumable batch into a folder through the library alone, as a backend runs it.
@Suite("batch into a folder")
struct BatchFolderTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!

    /// 120 Hubei records; every 13th line is not JSON, every 17th has a bad mobile.
    static func input() -> Data {
        var text = ""
        for index in 0..<120 {
            if index % 13 == 5 {
                text += "{\"subject\": broken\n"
                continue
            }
            let mobile = index % 17 == 8 ? "12345" : "13812345678"
            text += """
                {"id":"r\(index)","subject":{"name":"示例科技有限公司\(index)","nature":"enterprise",\
                "certificate":{"type":"unified-social-credit-code","number":"91420100MA4K2X9Y9P"},\
                "filingNumber":"鄂ICP备20190\(String(format: "%05d", index))号","owner":{"name":"张三","mobile":"\(mobile)"}},\
                "websites":[{"name":"官网","filingNumber":"鄂ICP备20190\(String(format: "%05d", index))号-1","domains":["e\(index).cn"],\
                "owner":{"name":"李四","mobile":"13012345678"}}],"requests":{"reason":"网站不再运营","provider":"001"}}

                """
        }
        return Data(text.utf8)
    }

    static func temporaryFolder(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appending(path: "beian-batch-folder-\(name)-\(UUID().uuidString)")
    }

    /// Every file of a folder by name, with its bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appending(path: name))
        }
        return files
    }

    @Test func cancelledThenResumedRunMatchesACleanRunByteForByte() async throws {
        let inputURL = Self.temporaryFolder("input").appendingPathExtension("jsonl")
        try Self.input().write(to: inputURL)
        defer { try? FileManager.default.removeItem(at: inputURL) }
        let engine = try BeianEngine(today: Self.today)
        let job = BatchJob(documents: [.document(.deregistrationForm), .hubeiSMS], format: .docx)

        let clean = Self.temporaryFolder("clean")
        defer { try? FileManager.default.removeItem(at: clean) }
        let summary = try await engine.runBatch(BatchInput(url: inputURL), job: job, into: clean, options: .init(jobs: 2))
        #expect(summary.progress.processed == 120)
        #expect(summary.progress.failed == 9 + 7, "9 lines that are not JSON, 7 bad mobiles")
        #expect(summary.progress.succeeded == 120 - 16)

        let resumed = Self.temporaryFolder("resumed")
        defer { try? FileManager.default.removeItem(at: resumed) }
        let cancelled = Task {
            try await engine.runBatch(BatchInput(url: inputURL), job: job, into: resumed, options: .init(jobs: 2)) { progress in
                if progress.processed == 40 { withUnsafeCurrentTask { $0?.cancel() } }
            }
        }
        do {
            _ = try await cancelled.value
            Issue.record("a cancelled run must throw")
        } catch let error as BatchOutputError {
            guard case .cancelled(let progress) = error else { throw error }
            #expect(progress.processed == 40)
        }
        let partial = try Self.contents(of: resumed)
        let partialManifest = String(decoding: try #require(partial["manifest.jsonl"]), as: UTF8.self)
        #expect(partialManifest.split(separator: "\n").count < summary.progress.succeeded, "the cancelled run stopped early")

        var reported: [BatchProgress] = []
        let finished = try await engine.runBatch(
            BatchInput(url: inputURL), job: job, into: resumed,
            options: .init(jobs: 3, resume: true)
        ) { reported.append($0) }
        #expect(finished.progress.alreadyComplete == 40)
        #expect(finished.progress.processed == 80)
        #expect(reported.count == 80)
        let expected = try Self.contents(of: clean)
        let actual = try Self.contents(of: resumed)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (name, data) in expected {
            #expect(actual[name] == data, "\(name) is byte-identical to the clean run's")
        }
        #expect(expected["manifest.jsonl"] != nil && expected["errors.jsonl"] != nil)
    }

    @Test func theSameFilingTwiceFailsItsSecondRecord() async throws {
        let folder = Self.temporaryFolder("duplicate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = String(decoding: Self.input().split(separator: 0x0A)[0], as: UTF8.self)
        let inputURL = folder.appendingPathExtension("jsonl")
        try Data((line + "\n" + line + "\n").utf8).write(to: inputURL)
        defer { try? FileManager.default.removeItem(at: inputURL) }
        let engine = try BeianEngine(today: Self.today)
        let summary = try await engine.runBatch(
            BatchInput(url: inputURL), job: BatchJob(documents: [.document(.deregistrationForm)]),
            into: folder)
        #expect(summary.progress.succeeded == 1 && summary.progress.failed == 1)
        let errors = try JSONDecoder().decode(BatchErrorLine.self, from: Data(contentsOf: summary.errors))
        #expect(errors.line == 2 && errors.diagnostics.filter { $0.severity == .error }.map(\.code) == ["batch.duplicate-file"])
    }

    @Test func aRenderedFileIsWrittenWhole() throws {
        let folder = Self.temporaryFolder("single")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = RenderedFile(data: Data("内容".utf8), mediaType: "text/plain", fileName: "a.txt")
        let url = try file.write(into: folder)
        #expect(try Data(contentsOf: url) == file.data)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.txt"])
    }
}

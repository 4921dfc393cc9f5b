import Foundation
import Testing

/// Compares writer output with a file in `Golden/`, next to this source file.
///
/// Run the tests with `BEIAN_UPDATE_GOLDEN=1` to rewrite the files after an intended change,
/// then review the difference with `git diff` before committing.
enum WriterGoldenFile {
    /// The golden file's location, found from this source file so it works from any directory.
    static func url(_ name: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Golden")
            .appendingPathComponent(name)
    }

    /// Records an issue unless `actual` matches the golden file `name` byte for byte.
    static func check(
        _ actual: String, against name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = url(name)
        if ProcessInfo.processInfo.environment["BEIAN_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "Missing golden file \(url.path); run with BEIAN_UPDATE_GOLDEN=1 to create it.",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference =
            zip(actualLines, expectedLines).enumerated()
            .first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
        let shown = { (lines: [Substring]) in
            firstDifference < lines.count ? String(lines[firstDifference]) : "(end of output)"
        }
        Issue.record(
            """
            Output differs from \(name) at line \(firstDifference + 1):
              expected: \(shown(expectedLines))
              actual:   \(shown(actualLines))
            Rerun with BEIAN_UPDATE_GOLDEN=1 if the change is intended.
            """, sourceLocation: sourceLocation)
    }
}

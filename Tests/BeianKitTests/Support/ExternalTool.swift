import Foundation

/// Runs the programs that consume the files BeianKit writes (python3, soffice). A missing
/// program is a failure, not a skip: CI installs them, and a silent skip would hide a writer
/// nobody checked.
enum ExternalTool {
    struct Result {
        var status: Int32
        /// Standard output and standard error, interleaved.
        var output: String
    }

    struct Missing: Error, CustomStringConvertible {
        var program: String
        var description: String { "\(program) is not installed; the DOCX consumer tests need it" }
    }

    /// Runs `program` with `arguments` through `/usr/bin/env`, so it is found on PATH.
    static func run(_ program: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        // A Chinese locale, as the documents' readers have: LibreOffice picks its fallback for
        // 宋体 (absent on Linux) by locale, and under C.UTF-8 takes the Japanese Noto Sans
        // CJK, whose taller lines push one-page forms onto a second page.
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "zh_CN.UTF-8"
        environment["LC_ALL"] = nil
        process.environment = environment
        // One pipe for both streams, read to the end before waiting: a program cannot then block
        // on a full pipe the test is not reading.
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // env exits 127 when it cannot find the program.
        if process.terminationStatus == 127 { throw Missing(program: program) }
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self))
    }

    /// A fresh directory under the system's temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("beian-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

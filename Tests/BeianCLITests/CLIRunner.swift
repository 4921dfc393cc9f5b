import Foundation
import Testing

/// What a run of the `beian` executable produced.
struct CLIResult: Sendable {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs the built `beian` executable as a child process.
enum CLI {
    /// The executable SwiftPM built beside the test bundle (`.build/<triple>/debug/beian`).
    static let executable: URL? = {
        var directories = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL {
            directories.append(executable.deletingLastPathComponent())
        }
        for directory in directories {
            let candidate = directory.appending(path: "beian")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }()

    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs `beian` with `arguments` in `directory`, feeding `stdin`, and waits for it to end.
    static func run(
        _ arguments: [String], in directory: URL = Fixtures.directory, stdin: Data = Data(),
        environment: [String: String] = [:]
    ) throws -> CLIResult {
        let executable = try #require(executable, "the beian executable was not found next to the test bundle \(Bundle.main.bundleURL.path)")
        let scratch = FileManager.default.temporaryDirectory.appending(path: "beian-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Files rather than pipes for the output, so a large output can never block the child.
        let outURL = scratch.appending(path: "stdout"), errURL = scratch.appending(path: "stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = Pipe()

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // English unless a test asks for a language: the tests assert exact English messages,
        // whatever the locale of the machine running them.
        var inherited = ProcessInfo.processInfo.environment
        inherited["LC_ALL"] = nil
        inherited["LC_MESSAGES"] = nil
        inherited["LANG"] = "C.UTF-8"
        process.environment = inherited.merging(environment) { _, given in given }
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        _ = ignoreBrokenPipes
        try process.run()
        // A child that ends before reading its input must not take the test process with it.
        try? input.fileHandleForWriting.write(contentsOf: stdin)
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CLIResult(
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8),
            status: process.terminationStatus)
    }
}

/// The fixture files under `Tests/Fixtures/`.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appending(path: "Fixtures")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appending(path: name))
    }
}

/// Golden files under `Tests/BeianCLITests/Golden/`; `BEIAN_UPDATE_GOLDEN=1 swift test` rewrites them.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appending(path: name)
        if ProcessInfo.processInfo.environment["BEIAN_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run BEIAN_UPDATE_GOLDEN=1 swift test to write it", sourceLocation: sourceLocation)
            return
        }
        #expect(
            actual == expected, "output differs from Golden/\(name); if the change is intended, run BEIAN_UPDATE_GOLDEN=1 swift test",
            sourceLocation: sourceLocation)
    }
}

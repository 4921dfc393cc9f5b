import Foundation

/// `beian serve` as a child process, the way an operator runs it: started on a free loopback
/// port, found by the line it prints on stderr, and stopped by a signal.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    let base: URL
    private let errors = Pipe()

    /// The executable SwiftPM built beside the test bundle (`.build/<triple>/debug/beian`).
    static var executable: URL? {
        let bundle = Bundle.main.bundleURL
        for directory in [bundle, bundle.deletingLastPathComponent(), Bundle.main.executableURL?.deletingLastPathComponent()].compactMap({ $0 }) {
            let candidate = directory.appending(path: "beian")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    struct NotStarted: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `beian serve --port 0 ARGUMENTS` and waits until it says where it listens.
    init(_ arguments: [String] = []) throws {
        guard let executable = Self.executable else { throw NotStarted(description: "no beian executable beside the test bundle") }
        process.executableURL = executable
        process.arguments = ["serve", "--port", "0"] + arguments
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        do {
            base = try Self.address(from: errors.fileHandleForReading)
        } catch {
            // A failed start must not leave the server running: deinit does not run for an
            // object whose init threw.
            process.terminate()
            throw error
        }
        // Keep draining the access log so the server never blocks on a full pipe.
        errors.fileHandleForReading.readabilityHandler = { handle in _ = handle.availableData }
    }

    /// Reads stderr until `beian serve: listening on http://127.0.0.1:41234` names the address;
    /// Hummingbird's own log lines may come before it.
    static func address(from errors: FileHandle) throws -> URL {
        let pattern = try Regex(#"beian serve: listening on (http://[0-9.]+:[0-9]+)\n"#)
        var seen = ""
        while true {
            let chunk = errors.availableData
            if chunk.isEmpty { throw NotStarted(description: "beian serve ended before listening: \(seen)") }
            seen += String(decoding: chunk, as: UTF8.self)
            if let match = seen.firstMatch(of: pattern), let address = match.output[1].substring, let url = URL(string: String(address)) {
                return url
            }
        }
    }

    /// The exit status once the process has ended, waiting off the cooperative thread pool.
    func exitStatus() async -> Int32 {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                self.process.waitUntilExit()
                continuation.resume(returning: self.process.terminationStatus)
            }
        }
    }

    /// Runs a helper program to its end, off the cooperative pool, and returns its stdout.
    static func run(_ executable: String, _ arguments: [String]) async throws -> (status: Int32, output: String) {
        let helper = Process()
        helper.executableURL = URL(fileURLWithPath: executable)
        helper.arguments = arguments
        let output = Pipe()
        helper.standardOutput = output
        try helper.run()
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let data = output.fileHandleForReading.readDataToEndOfFile()
                helper.waitUntilExit()
                continuation.resume(returning: (helper.terminationStatus, String(decoding: data, as: UTF8.self)))
            }
        }
    }

    deinit {
        errors.fileHandleForReading.readabilityHandler = nil
        if process.isRunning { process.terminate() }
    }
}

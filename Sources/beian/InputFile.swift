import BeianKit
import Foundation

/// Reading the files named on the command line; `-` reads standard input.
enum InputFile {
    static func read(_ path: String) throws(Failure) -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "it cannot be read" : "no such file"
            Terminal.error("error: cannot read \(path): \(reason)")
            throw .usage
        }
    }

    /// Reads and checks a filing record, printing its warnings; on errors prints them all and
    /// fails with the input exit code.
    static func filing(_ path: String, options: ValidationOptions = .init()) throws(Failure) -> Filing {
        let reading = Filing.read(jsonData: try read(path), options: options)
        Terminal.report(reading.diagnostics, source: path)
        guard let filing = reading.filing else { throw .input }
        return filing
    }
}

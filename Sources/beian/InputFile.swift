import BeianKit
import Foundation

/// Reading the files named on the command line; `-` reads standard input.
enum InputFile {
    static func read(_ path: String) throws(Failure) -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            // A pipe or a process substitution (`<(cat filing.json)`, /dev/fd/63) has no size to
            // read up to: read it as a stream instead.
            if let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() {
                return data
            }
            let exists = FileManager.default.fileExists(atPath: path)
            Terminal.error(
                Language.text(
                    "error: cannot read \(path): \(exists ? "it cannot be read" : "no such file")",
                    "错误：无法读取 \(path)：\(exists ? "文件不可读" : "文件不存在")"))
            throw .usage
        }
    }

    /// The folder given with `--templates`, which must exist: a missing folder is a usage
    /// error, not a broken template.
    static func templateFolder(_ path: String?) throws(Failure) -> URL? {
        guard let path else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            Terminal.error(
                Language.text(
                    "error: cannot read the template folder \(path): no such folder",
                    "错误：无法读取模板文件夹 \(path)：文件夹不存在"))
            throw .usage
        }
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Reads and checks a filing record, printing its warnings; on errors prints them all and
    /// fails with the input exit code.
    static func filing(_ path: String, options: ValidationOptions = .init()) throws(Failure) -> Filing {
        let reading = Filing.read(jsonData: try read(path), options: options)
        Terminal.report(reading.diagnostics, source: path, naming: .fields)
        guard let filing = reading.filing else { throw .input }
        return filing
    }
}

import Foundation

/// The folder documents are written into. Each file is written under a temporary name and then
/// renamed, so an interrupted run never leaves a half-written file behind.
struct OutputFolder {
    let url: URL

    init(_ path: String) {
        url = URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Writes `data` as `name` (a plain file name, never a path) and returns the path written.
    func write(_ data: Data, named name: String) throws(Failure) -> String {
        precondition(!name.contains("/") && !name.hasPrefix("."), "file names are derived from validated filing numbers")
        let target = url.appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let temporary = url.appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
            try data.write(to: temporary)
            if FileManager.default.fileExists(atPath: target.path) {
                _ = try FileManager.default.replaceItemAt(target, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: target)
            }
        } catch {
            Terminal.error("error: cannot write \(target.path): \(error.localizedDescription)")
            throw .usage
        }
        return target.relativePath
    }
}

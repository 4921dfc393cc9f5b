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
            try AtomicFile.write(data, named: name, in: url.path)
        } catch {
            Terminal.error("error: cannot write \(target.path): \(error.localizedDescription)")
            throw .usage
        }
        return target.relativePath
    }
}

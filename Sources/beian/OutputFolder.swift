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
            // rename(2) replaces an existing file atomically. FileManager.replaceItemAt fails on
            // Linux when the target exists, after moving the old file away.
            guard rename(temporary.path, target.path) == 0 else {
                let error = CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
        } catch {
            Terminal.error("error: cannot write \(target.path): \(error.localizedDescription)")
            throw .usage
        }
        return target.relativePath
    }
}

import BeianKit
import Foundation

/// The folder documents are written into. Each file is written under a temporary name and then
/// renamed, so an interrupted run never leaves a half-written file behind.
struct OutputFolder {
    let url: URL

    init(_ path: String) {
        url = URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Writes `file` and returns the path written.
    func write(_ file: RenderedFile) throws(Failure) -> String {
        do {
            return try file.write(into: url).relativePath
        } catch {
            Terminal.error("error: \(error)")
            throw .usage
        }
    }
}

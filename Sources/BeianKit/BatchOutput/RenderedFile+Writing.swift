import Foundation

extension RenderedFile {
    /// Writes the file as `fileName` inside `folder` (created when missing), so that it is either
    /// absent or complete, and returns its URL. A file of that name is replaced.
    @discardableResult
    public func write(into folder: URL) throws(BatchOutputError) -> URL {
        precondition(!fileName.contains("/") && !fileName.hasPrefix("."), "file names are derived from validated filing numbers")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotPrepare(folder: folder.path, reason: error.localizedDescription)
        }
        do {
            try AtomicFile.write(data, named: fileName, in: folder.path)
        } catch {
            throw .cannotWrite(folder: folder.path, reason: error.localizedDescription)
        }
        return folder.appendingPathComponent(fileName)
    }
}

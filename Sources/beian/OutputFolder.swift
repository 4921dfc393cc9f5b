import BeianKit
import Foundation

/// The folder documents are written into. Each file is written under a temporary name and then
/// renamed, so an interrupted run never leaves a half-written file behind.
struct OutputFolder {
    let url: URL
    /// Refuse to replace a file that exists, instead of replacing it and saying so.
    let noClobber: Bool

    init(_ path: String, noClobber: Bool = false) {
        url = URL(fileURLWithPath: path, isDirectory: true)
        self.noClobber = noClobber
    }

    /// Writes `file` and returns the path written; a file that existed is replaced with a note,
    /// or refused with `noClobber`.
    func write(_ file: RenderedFile) throws(Failure) -> String {
        let target = url.appendingPathComponent(file.fileName)
        let existed = FileManager.default.fileExists(atPath: target.path)
        if existed, noClobber {
            Terminal.error(
                Language.text(
                    "error: \(target.relativePath) exists and --no-clobber was given\n  hint: remove it, write elsewhere with -o, or leave out --no-clobber to replace it",
                    "错误：\(target.relativePath) 已存在，且指定了 --no-clobber\n  提示：请删除该文件、用 -o 写到别处，或去掉 --no-clobber 以替换它"))
            throw .usage
        }
        let written: URL
        do {
            written = try file.write(into: url)
        } catch {
            Terminal.error("error: \(error)")
            throw .usage
        }
        if existed {
            Terminal.error(
                Language.text(
                    "note: replaced \(target.relativePath), which existed",
                    "说明：\(target.relativePath) 原已存在，已替换"))
        }
        return written.relativePath
    }
}

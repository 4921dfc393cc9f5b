#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Writing a file so that it is either absent or complete: the bytes go to a hidden temporary
/// name in the same folder, which rename(2) then moves over the target in one step.
enum AtomicFile {
    /// Writes `data` as `name` inside `folder`. Works on path strings and POSIX calls: building
    /// a `URL` stats the file system to learn whether a component is a folder, and Foundation's
    /// `Data.write` syncs every file to disk; both cost more than generating the document, and a
    /// killed process loses nothing the kernel already holds.
    static func write(_ data: Data, named name: String, in folder: String) throws(POSIXError) {
        let directory = folder.hasSuffix("/") ? folder : folder + "/"
        let target = directory + name
        let temporary = directory + "." + name + "." + String(getpid()) + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let complete = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                    let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                    let count = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        close(descriptor)
        guard complete, rename(temporary, target) == 0 else {
            let code = POSIXErrorCode(rawValue: errno) ?? .EIO
            unlink(temporary)
            throw POSIXError(code)
        }
    }

    /// Whether `name` is a temporary file this writer left behind when its process was killed.
    static func isLeftover(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".tmp")
    }
}

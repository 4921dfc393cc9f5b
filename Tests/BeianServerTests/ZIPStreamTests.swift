import BeianKit
import Foundation
import Testing

/// The batch archive past 65,535 entries (a 100 MB body makes about 120,000 files): the end
/// records switch to ZIP64, the central directory can be taken out as it grows, and Python's
/// zipfile, an independent reader, lists every entry.
struct ZIPStreamTests {
    @Test func moreThan65535EntriesAreReadWhole() async throws {
        let count = 70_000
        var archive = ZIPStream()
        var bytes = Data()
        // The central directory taken as the server takes it (into a temporary file), sent
        // before the end records.
        var directory = Data()
        for index in 0..<count {
            bytes += try archive.add("f/\(index).txt", contents: Data("\(index)\n".utf8))
            if archive.pendingCentralDirectorySize >= 1 << 16 { directory += archive.takeCentralDirectory() }
        }
        #expect(!directory.isEmpty)
        bytes += directory + archive.finish()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("beian-zip64-\(UUID().uuidString).zip")
        try bytes.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            names = z.namelist()
            assert z.read(names[-1]) == b"69999\\n"
            print(len(names))
            """
        let (status, output) = try await ServeProcess.run("/usr/bin/python3", ["-c", script, file.path])
        #expect(status == 0)
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == String(count))
    }

    @Test func aSmallArchiveKeepsTheClassicEndRecordOnly() throws {
        var archive = ZIPStream()
        _ = try archive.add("a.txt", contents: Data("a".utf8))
        let end = archive.finish()
        // No ZIP64 record (PK\x06\x06) when the count fits in 16 bits: the bytes stay as before.
        #expect(!end.contains(Data([0x50, 0x4B, 0x06, 0x06])))
        #expect(end.suffix(22).prefix(4) == Data([0x50, 0x4B, 0x05, 0x06]))
    }
}

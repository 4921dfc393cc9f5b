@testable import BeianKit
import Foundation
import Testing

/// The parts inside every DOCX of the document corpus, unzipped: name, size and SHA-256 in
/// archive order. How the container stores them (compressed or not) may change; what Word reads
/// out of it may not.
@Suite("DOCX parts")
struct DOCXPartsGoldenTests {
    @Test func unzippedPartsMatchTheirGolden() throws {
        let engine = try testEngine()
        var text = ""
        let documents =
            try DocumentFixtures.corpus(engine).map { ($0.name, $0.document.docx().data) }
            + [("writer-sample", SampleDocument.document.docx())]
        for (name, data) in documents {
            text += "\(name)\n"
            for entry in try ZIPReader(data).entries {
                text += "  \(entry.name) \(entry.contents.count) \(FileChecksum.sha256Hex(Data(entry.contents)))\n"
            }
        }
        try WriterGoldenFile.check(text, against: "docx-parts.txt")
    }
}

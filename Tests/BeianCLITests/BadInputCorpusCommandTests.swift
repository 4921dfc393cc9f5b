import Foundation
import Testing

/// The real `beian validate` on files of the bad-input corpus (`Tests/Corpus/bad-inputs`): each
/// exits 1 and names the offending field (or the place in the text) on stderr.
@Suite("beian validate on the bad-input corpus")
struct BadInputCorpusCommandTests {
    static let inputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "../Corpus/bad-inputs").standardized

    @Test(
        "the command refuses a corpus file and names the field",
        arguments: [
            ("json-truncated.json", "error: the input is not valid JSON: line "),
            ("json-invalid-utf8.json", "error: the input is not valid UTF-8 text: line 24, column 14 holds the byte 0xFF"),
            ("json-deep-nesting-65.json", "error: the input is not valid JSON: line 1, column 71: the JSON nests deeper than 64 levels"),
            ("chars-bidi-override-name.json", "error: subject.name: the text contains the invisible or control character U+202E"),
            ("number-foreign-province-website.json", "error: websites[1].filingNumber: '京ICP备2019012345号-2' is a 北京 number"),
            ("number-space-inside.json", "error: subject.filingNumber: '鄂ICP备 2019012345号' is not a filing number: it contains a space"),
            ("mobile-range-17406.json", "error: subject.owner.mobile: '17406123456' is not in a mobile range in use (prefix 17406)"),
            ("provider-0001.json", "error: requests.provider: '0001' is not a provider code"),
            ("minor-website-owner.json", "error: websites[0].owner.idNumber:"),
            ("limit-name-101.json", "error: subject.name: the text has 101 characters; at most 100 are accepted here"),
        ])
    func refused(name: String, expected: String) throws {
        let result = try CLI.run(["validate", name], in: Self.inputs)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("\(name): invalid ("))
        #expect(result.stderr.contains("\(name): \(expected)"), "\(result.stderr)")
    }

    @Test func normalisedInputIsAcceptedWithItsWarning() throws {
        let name = "number-full-width-digits-warned.json"
        let result = try CLI.run(["validate", name], in: Self.inputs)
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(name): warning: subject.filingNumber: '鄂ICP备２０１９０１２３４５号' contains full-width characters"), "\(result.stderr)")
    }
}

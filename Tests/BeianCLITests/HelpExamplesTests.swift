import Foundation
import Testing

/// Every example a help text shows survives copy and paste from an 80-column terminal, names
/// files that exist, and runs as written.
@Suite("help examples") struct HelpExamplesTests {
    static let commands: [[String]] = [
        ["validate"], ["deregistration-form"], ["shandong-mail"], ["submission-sheet"], ["authorization-letter"],
        ["hubei-sms", "plan"], ["hubei-sms", "check"], ["batch"], ["change"],
    ]

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The example commands in a help text, continuation lines (ending in `\`) joined.
    static func examples(_ command: [String], columns: Int) throws -> [String] {
        let help = try CLI.run(command + ["--help"], environment: ["COLUMNS": String(columns)]).stdout
        var commands: [String] = []
        var pending: String?
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var current = pending {
                current += " " + trimmed
                if current.hasSuffix("\\") {
                    pending = String(current.dropLast()).trimmingCharacters(in: .whitespaces)
                } else {
                    commands.append(current)
                    pending = nil
                }
            } else if trimmed.hasPrefix("beian ") {
                if trimmed.hasSuffix("\\") {
                    pending = String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces)
                } else {
                    commands.append(trimmed)
                }
            }
        }
        return commands
    }

    @Test("examples are not wrapped at 80 columns", arguments: commands)
    func unwrapped(_ command: [String]) throws {
        let narrow = try Self.examples(command, columns: 80)
        #expect(!narrow.isEmpty, "\(command) shows no example")
        #expect(narrow == (try Self.examples(command, columns: 400)))
    }

    @Test("examples name files that exist and run as written", arguments: commands)
    func runnable(_ command: [String]) throws {
        let scratch = try ScratchFolder()
        try FileManager.default.createSymbolicLink(
            at: scratch.path("Examples"),
            withDestinationURL: Self.repository.appending(path: "Examples"))
        for example in try Self.examples(command, columns: 80) {
            let arguments = example.split(separator: " ").dropFirst().map(String.init)
            for file in arguments where [".json", ".jsonl", ".csv"].contains(where: file.hasSuffix) {
                #expect(FileManager.default.fileExists(atPath: scratch.path(file).path), "\(example): \(file) does not exist")
            }
            let result = try CLI.run(arguments, in: scratch.url)
            #expect(result.status == 0, "\(example)\n\(result.stderr)")
        }
    }
}

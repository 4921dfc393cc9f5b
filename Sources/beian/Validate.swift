import ArgumentParser
import BeianKit
import Foundation

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check filing records and report every problem.",
        discussion: """
            Prints each problem with its field path, what is wrong and how to fix it. Exits 1 when any \
            record has an error; warnings alone exit 0.

            Examples:
              beian validate Examples/hubei-filing.json
              beian validate --format json \\
                Examples/hubei-filing.json Examples/person-filing.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Filing records (JSON); - reads standard input.")
    var files: [String]

    @Option(help: "text for people, json for programs (an array of {file, valid, diagnostics}).")
    var format: Format = .text

    func run() throws {
        var failed = false
        var results: [FileResult] = []
        for file in files {
            let reading = Filing.read(jsonData: try InputFile.read(file))
            let valid = reading.filing != nil
            failed = failed || !valid
            switch format {
            case .text:
                Terminal.report(reading.diagnostics, source: file, naming: .fields)
                let errors = reading.diagnostics.errors.count, warnings = reading.diagnostics.count - errors
                Terminal.output("\(file): \(valid ? "valid" : "invalid") (\(errors) error(s), \(warnings) warning(s) or note(s))\n")
            case .json:
                results.append(FileResult(file: file, valid: valid, diagnostics: reading.diagnostics))
            }
        }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.output(String(decoding: try encoder.encode(results), as: UTF8.self) + "\n")
        }
        if failed { throw Failure.input }
    }

    struct FileResult: Encodable {
        var file: String
        var valid: Bool
        var diagnostics: [Diagnostic]
    }
}

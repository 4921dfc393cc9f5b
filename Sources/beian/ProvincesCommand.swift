import ArgumentParser
import BeianKit
import Foundation

struct ProvincesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provinces",
        abstract: "Print the per-province offline deregistration policy table.",
        discussion: """
            Routes: form (the bureau's form), online-first (the provider's online route first), mail \
            (Shandong: mailed materials), not-offered (Fujian: contact the bureau), online-only (Sichuan, \
            Hunan: the bureau's online system), unpublished (no form found: the common layout is printed \
            under a neutral title). --format json adds every fact (title, conditions, attachments, \
            submission, processing time) with its source, date and confidence. The table is \
            data/provinces.json, which a --templates folder can override.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "text or json.")
    var format: Format = .text

    @Option(help: "A folder of templates and data files overriding the bundled ones.")
    var templates: String?

    func run() throws {
        let engine = try BeianEngine(templates: try InputFile.templateFolder(templates))
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.output(String(decoding: try encoder.encode(engine.policies), as: UTF8.self) + "\n")
        case .text:
            // A header row, so a spreadsheet or a person reading the columns knows what each is.
            var text = "简称\t省份\t途径 (route)\t说明\n"
            for policy in engine.policies {
                let mark = ([policy.province.abbreviation] + policy.province.alternateAbbreviations).map(String.init).joined(separator: "/")
                text += "\(mark)\t\(policy.province.fullName)\t\(policy.route.rawValue)\t\(policy.advice)\n"
            }
            Terminal.output(text)
        }
    }
}

import ArgumentParser
import BeianKit
import Foundation

struct ChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Plan a change filing (变更备案) from the records before and after it.",
        discussion: """
            Compares the two records (websites matched by filing number; a website without \
            filingNumber in NEW is a new website), names the kinds of change, what the rules refuse \
            and the route instead, the steps with dates and the materials. A domain may be written as \
            {"name": "example.cn", "expiresOn": "2027-06-30"} to check its validity. With -o the \
            documents the plan calls for are written too. Exit 1 when any problem is an error.

            Examples:
              beian change Examples/change-old.json Examples/change-new.json \\
                --date 2026-12-07 --changed-on 2026-11-20
              beian change Examples/change-old.json Examples/change-new.json \\
                --date 2026-12-07 --format json
              beian change Examples/change-old.json Examples/change-new.json \\
                --date 2026-12-07 -o output --documents change-checklist
            """
    )

    enum PlanFormat: String, ExpressibleByArgument {
        case text, json
    }

    @Argument(help: "The filing record before the change (JSON); - reads standard input.")
    var old: String

    @Argument(help: "The filing record after the change (JSON).")
    var new: String

    @Option(help: "The day the change is planned for, or the domain holder transfer completes (YYYY-MM-DD). Default: today in China.")
    var date: String?

    @Option(help: "The day the facts changed (YYYY-MM-DD): a change is due within 30 days of it.")
    var changedOn: String?

    @Option(help: "text for people, json for programs (one object: changes, problems, steps, materials).")
    var format: PlanFormat = .text

    @Option(help: "Documents to write, comma-separated (default with -o: all the plan calls for).")
    var documents: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the documents into this folder (created when missing).")
    var output: String?

    @Option(help: "The documents' file format: docx, pdf, html or text.")
    var documentFormat: DocumentFormat = .docx

    @Flag(help: "Refuse to replace a file that exists.")
    var noClobber = false

    @Option(help: "A folder of templates and data files overriding the bundled ones file by file.")
    var templates: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let day = try Self.day(date, option: "--date")
        let changedOnDay = try changedOn.map { text throws(Failure) in try Self.day(text, option: "--changed-on")! }
        let options = ValidationOptions(today: day ?? .today())
        let before = try Self.record(old, options: options)
        let after = try Self.record(new, options: options)
        let folder = try InputFile.templateFolder(templates)
        let engine = try BeianEngine(templates: folder, clock: day.map(CalendarClock.fixed) ?? .china)
        var plan = try engine.changePlan(old: before, new: after, changedOn: changedOnDay)
        // The plan's steps and materials are the rules' own words; its problems are told in the run's language.
        plan.problems = plan.problems.localized(in: Language.ofThisRun)
        let rendered = format == .json ? plan.json() : plan.text()
        Terminal.output(rendered.string)
        guard plan.isAllowed else { throw Failure.input }
        guard let output else {
            if documents != nil { Terminal.error("note: --documents has no effect without -o") }
            return
        }
        var kinds: [DocumentKind]?
        if let documents {
            var unknown: [String] = []
            kinds = documents.split(separator: ",").compactMap { name in
                let name = name.trimmingCharacters(in: .whitespaces)
                guard let kind = DocumentKind(rawValue: name) else { unknown.append(name); return nil }
                return kind
            }
            if !unknown.isEmpty {
                Terminal.error(
                    "error: unknown document \(unknown.joined(separator: ", "))\n  hint: choose among: "
                        + plan.documentKinds.map(\.rawValue).joined(separator: ", "))
                throw Failure.usage
            }
        }
        let generated = try engine.changeDocuments(for: plan, kinds: kinds)
        let folderOut = OutputFolder(output, noClobber: noClobber)
        for document in generated {
            let file = try document.file(as: documentFormat)
            Terminal.error("wrote " + (try folderOut.write(file)))
        }
    }

    static func day(_ text: String?, option: String) throws(Failure) -> CalendarDate? {
        guard let text else { return nil }
        guard let day = CalendarDate(iso: text) else {
            Terminal.error("error: \(option) '\(text)' is not a date\n  hint: write YYYY-MM-DD, e.g. 2026-12-07")
            throw .usage
        }
        return day
    }

    static func record(_ path: String, options: ValidationOptions) throws(Failure) -> ChangeRecord {
        let reading = ChangeRecord.read(jsonData: try InputFile.read(path), options: options)
        Terminal.report(reading.diagnostics, source: path, naming: .fields)
        guard let record = reading.record else { throw .input }
        return record
    }
}

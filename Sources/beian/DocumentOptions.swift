import ArgumentParser
import BeianKit
import Foundation

extension DocumentFormat: ExpressibleByArgument {}

/// Options every document command shares.
struct DocumentOptions: ParsableArguments {
    @Option(help: "docx (to print and stamp), pdf (laid out by beian, fonts embedded), html (printable page) or text.")
    var format: DocumentFormat = .docx

    @Option(name: [.customShort("o"), .customLong("output")], help: "The folder to write into; created when missing.")
    var output: String = "output"

    @Option(help: "A folder of templates and data files overriding the bundled ones file by file.")
    var templates: String?

    @Option(help: "The date printed on the document (YYYY-MM-DD). Default: today in China.")
    var date: String?

    @Option(name: .customLong("font-dir"), help: "PDF: the folder holding the Noto CJK SC fonts. Default: the system's font folders.")
    var fontDir: String?

    /// The fonts PDF documents are set in: those under --font-dir, or `nil` for the system's,
    /// checked here so a missing font is one clear message before any work is done.
    func pdfFonts(forBatch: Bool = false) throws -> PDFFonts? {
        guard format == .pdf else { return nil }
        do {
            if forBatch || fontDir != nil { return try PDFFonts(folder: fontDir, forBatch: forBatch) }
            return try PDFFonts.system.get()
        } catch {
            Terminal.error(error.description)
            throw Failure.usage
        }
    }

    func engine() throws -> BeianEngine {
        try BeianEngine(templates: try InputFile.templateFolder(templates))
    }
}

/// Runs one document command: reads the filing, checks the options exactly as a record's
/// `requests` are checked, generates, writes atomically and prints the path written.
enum DocumentCommand {
    static func run(_ kind: DocumentKind, file: String, options: DocumentOptions, parameters: [String: JSONValue]) throws {
        let filing = try InputFile.filing(file)
        var parameters = parameters
        if let date = options.date { parameters["date"] = .string(date) }
        let (requests, problems) = DocumentRequests.read(commandLine: parameters)
        Terminal.report(problems)
        guard let requests else { throw Failure.usage }
        let engine = try options.engine()
        let fonts = try options.pdfFonts()
        let document: GeneratedDocument
        do {
            document = try engine.document(kind, for: filing, requests: requests)
        } catch {
            // A broken template is the operator's problem and reported by main; input problems
            // are reported here, without the record's own warnings again.
            guard case .input(let input) = error else { throw error }
            Terminal.report(input.diagnostics.filter { !filing.diagnostics.contains($0) }, source: file)
            throw Failure.input
        }
        Terminal.report(document.diagnostics.filter { !filing.diagnostics.contains($0) }, source: file)
        let rendered: RenderedFile
        do {
            if let fonts {
                let (pdf, warnings) = try document.pdfWithWarnings(fonts: fonts)
                Terminal.report(warnings, source: file)
                rendered = pdf
            } else {
                rendered = try document.file(as: options.format)
            }
        } catch {
            guard case .input(let input) = error else { throw error }
            Terminal.report(input.diagnostics, source: file)
            throw Failure.input
        }
        let path = try OutputFolder(options.output).write(rendered.data, named: rendered.fileName)
        Terminal.output(path + "\n")
    }
}

extension Dictionary where Key == String, Value == JSONValue {
    /// Adds a command-line value when the option was given.
    mutating func set(_ key: String, _ value: String?) {
        if let value { self[key] = .string(value) }
    }

    /// Adds a repeatable option's values when any were given.
    mutating func set(_ key: String, _ values: [String]) {
        if !values.isEmpty { self[key] = .array(values.map(JSONValue.string)) }
    }
}

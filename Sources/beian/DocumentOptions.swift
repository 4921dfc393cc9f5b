import ArgumentParser
import BeianKit
import Foundation

extension DocumentFormat: ExpressibleByArgument {}

/// Options every document command shares.
struct DocumentOptions: ParsableArguments {
    @Option(help: Language.text("docx (to print and stamp), pdf (laid out by beian, fonts embedded), html (printable page) or text.", "docx（打印盖章用）、pdf（由 beian 排版并嵌入字体）、html（可打印网页）或 text。"))
    var format: DocumentFormat = .docx

    @Option(name: [.customShort("o"), .customLong("output")], help: Language.text("The folder to write into; created when missing.", "输出文件夹，不存在时自动创建。"))
    var output: String = "output"

    @Flag(help: Language.text("Refuse to replace a file that exists (by default it is replaced, with a note on stderr).", "文件已存在时不替换（默认替换，并在标准错误输出中说明）。"))
    var noClobber = false

    @Option(help: Language.text("A folder of templates and data files overriding the bundled ones file by file.", "模板和数据文件所在文件夹，逐个文件覆盖内置的同名文件。"))
    var templates: String?

    @Option(help: Language.text("The date printed on the document (YYYY-MM-DD). Default: today in China.", "文书上的落款日期（YYYY-MM-DD），默认为中国时间今天。"))
    var date: String?

    @OptionGroup var language: LanguageOption

    @Option(name: .customLong("font-dir"), help: Language.text("PDF: the folder holding the Noto CJK SC fonts. Default: the system's font folders.", "PDF：存放思源（Noto CJK SC）字体的文件夹。默认：系统字体文件夹。"))
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
        let path = try OutputFolder(options.output, noClobber: options.noClobber).write(rendered)
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

import ArgumentParser
import BeianKit
import Foundation

struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Generate documents for many filings: JSON Lines or CSV in, files + manifest out.",
        discussion: """
            Every record ends in DIR/manifest.jsonl (its files with SHA-256) or DIR/errors.jsonl \
            (every problem with its field path); a bad record never stops the run. Documents that do \
            not apply to a record (a Hubei SMS for a Beijing filing) are skipped and listed in its \
            manifest line. Options give parameters for every record; a record's "requests" override them.

            CSV: one row per website, the subject's columns repeated on its rows, rows of a subject \
            together; headers in English or Chinese (see README); UTF-8 with or without BOM.

            Exit codes: 0 every record succeeded, 1 some failed, 2 unusable arguments.

            Examples:
              beian batch filings.jsonl --documents deregistration-form,hubei-sms -o out --reason 网站不再运营 --provider 001
              beian batch filings.csv --documents shandong-mail -o out --resume
              beian batch filings.jsonl --documents deregistration-form -o out-$K --shard $K/4
            """
    )

    @Argument(help: "The input: .csv is read as CSV, anything else as JSON Lines.")
    var input: String

    @Option(help: "Comma-separated: \(BatchDocument.names.joined(separator: ", ")).")
    var documents: String

    @Option(help: "Records in work at once. Default: the number of cores.")
    var jobs: Int?

    @Option(help: "K/N: only this deterministic 1/N of the records (K from 1 to N).")
    var shard: String?

    @Flag(help: "Skip records whose files are complete and match the manifest (and those already in errors.jsonl).")
    var resume = false

    @OptionGroup var options: DocumentOptions
    @OptionGroup var deregistration: DeregistrationOptions
    @OptionGroup var authorization: AuthorizationOptions

    @Option(help: "Hubei SMS: the access provider's three-digit code.")
    var provider: String?

    @Option(help: "Hubei SMS: 无变化|已更新|已注销 for every website.")
    var status: String?

    func run() async throws {
        let kinds = documents.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var selected: [BatchDocument] = []
        for name in kinds {
            guard let document = BatchDocument(name: name) else {
                Terminal.error("error: --documents: '\(name)' is not a document\n  hint: use \(BatchDocument.names.joined(separator: ", "))")
                throw Failure.usage
            }
            if !selected.contains(document) { selected.append(document) }
        }
        var parsedShard: Shard?
        if let shard {
            guard let value = Shard(shard) else {
                Terminal.error("error: --shard: '\(shard)' is not K/N with 1 ≤ K ≤ N\n  hint: e.g. --shard 1/4 … --shard 4/4")
                throw Failure.usage
            }
            parsedShard = value
        }
        if let jobs, jobs < 1 {
            Terminal.error("error: --jobs must be at least 1")
            throw Failure.usage
        }
        let inputURL = URL(fileURLWithPath: input)
        guard FileManager.default.isReadableFile(atPath: inputURL.path) else {
            Terminal.error("error: cannot read \(input): no such file")
            throw Failure.usage
        }

        var parameters = deregistration.parameters.merging(authorization.parameters) { first, _ in first }
        parameters.set("provider", provider)
        parameters.set("status", status)
        if let date = options.date { parameters["date"] = .string(date) }
        let (requests, problems) = DocumentRequests.read(commandLine: parameters)
        Terminal.report(problems)
        guard let requests else { throw Failure.usage }

        let engine = try options.engine()
        let folder = try BatchOutputFolder(options.output, resume: resume)
        let job = BatchJob(documents: selected, format: options.format, requests: requests, fonts: try options.pdfFonts(forBatch: true))
        let source = BatchInput(url: inputURL)
        var progress = ProgressLine(total: source.format == .jsonLines && isatty(STDERR_FILENO) == 1 ? ProgressLine.countRecords(in: inputURL) : nil)
        var done = 0
        for await result in engine.batch(source, job: job, jobs: jobs, shard: parsedShard, skipping: folder.completed) {
            try folder.record(result)
            done += 1
            progress.update(done: done, failed: folder.failed)
        }
        progress.update(done: done, failed: folder.failed, force: true)
        progress.finish()
        let resumed = folder.completed.count
        Terminal.error("\(done) record(s) processed\(resumed > 0 ? ", \(resumed) already complete" : ""): \(folder.succeeded) succeeded (\(folder.filesWritten) file(s) written this run), \(folder.failed) failed. See \(folder.url.appendingPathComponent("manifest.jsonl").relativePath) and errors.jsonl.")
        if folder.failed > 0 { throw Failure.input }
    }
}

import ArgumentParser
import BeianKit
import Foundation

struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: Language.text("Generate documents for many filings: JSON Lines or CSV in, files + manifest out.", "批量生成多个备案的文书：读入 JSON Lines 或 CSV，输出文件和清单。"),
        discussion: Language.text(
            """
            Every record ends in DIR/manifest.jsonl (its files with SHA-256) or DIR/errors.jsonl \
            (every problem with its field path); a bad record never stops the run. Documents that do \
            not apply to a record (a Hubei SMS for a Beijing filing) are skipped and listed in its \
            manifest line. Options give parameters for every record; a record's "requests" override them.

            CSV: one row per website, the subject's columns repeated on its rows, rows of a subject \
            together; headers in English or Chinese (see README); UTF-8 with or without BOM.

            Exit codes: 0 every record succeeded, 1 some failed, 2 unusable arguments.

            Examples:
            """,
            """
            每条记录的结果写入 DIR/manifest.jsonl（生成的文件及其 SHA-256）或
            DIR/errors.jsonl（每个问题及其字段路径）；一条记录出错不会中断整批。
            不适用于某条记录的文书（如北京的备案不需要湖北年审短信）会跳过，
            并记在该记录的清单行中。命令行选项对每条记录生效，记录中的 "requests" 优先。

            CSV：每个网站一行，主体各列在其每一行重复填写，同一主体的行排在一起；
            表头可用英文或中文（见 README）；UTF-8 编码，有无 BOM 均可。

            退出码：0 全部成功，1 有记录失败，2 参数无法使用。

            示例：
            """) + """

                  beian batch Examples/filings.jsonl -o out \\
                    --documents deregistration-form,hubei-sms --provider 001
                  beian batch Examples/filings.csv --documents shandong-mail -o out --resume
                  beian batch Examples/filings.jsonl --documents deregistration-form \\
                    -o out-1 --shard 1/4
                """
    )

    @Argument(help: Language.text("The input: .csv is read as CSV, anything else as JSON Lines.", "输入文件：.csv 按 CSV 读取，其他按 JSON Lines 读取。"))
    var input: String

    @Option(help: Language.text("Comma-separated: \(BatchDocument.names.joined(separator: ", ")).", "逗号分隔：\(BatchDocument.names.joined(separator: ", "))。"))
    var documents: String

    @Option(help: Language.text("Records in work at once. Default: the number of cores.", "同时处理的记录数，默认为 CPU 核数。"))
    var jobs: Int?

    @Option(help: Language.text("K/N: only this deterministic 1/N of the records (K from 1 to N).", "K/N：只处理固定划分的第 K 份（共 N 份，K 为 1 到 N）。"))
    var shard: String?

    @Flag(help: Language.text("Skip records whose files are complete and match the manifest (and those already in errors.jsonl).", "跳过文件已完整且与清单一致的记录（以及已记入 errors.jsonl 的记录）。"))
    var resume = false

    @OptionGroup var options: DocumentOptions
    @OptionGroup var deregistration: DeregistrationOptions
    @OptionGroup var authorization: AuthorizationOptions

    @Option(help: Language.text("Hubei SMS: the access provider's three-digit code.", "湖北核验短信：接入商的三位代码。"))
    var provider: String?

    @Option(help: Language.text("Hubei SMS: 无变化|已更新|已注销 for every website.", "湖北核验短信：所有网站的状态，无变化、已更新或已注销。"))
    var status: String?

    @Option(help: ArgumentHelp("Hubei SMS: a sender's carrier when the number moved carrier: NAME for every sender, or MOBILE=NAME (repeatable).", valueName: "carrier"))
    var carrier: [String] = []

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
        parameters.set("carrier", carrier)
        if let date = options.date { parameters["date"] = .string(date) }
        let (requests, problems) = DocumentRequests.read(commandLine: parameters)
        Terminal.report(problems)
        guard let requests else { throw Failure.usage }

        let engine = try options.engine()
        let job = BatchJob(documents: selected, format: options.format, requests: requests, fonts: try options.pdfFonts(forBatch: true))
        let source = BatchInput(url: inputURL)
        var line = ProgressLine(total: source.format == .jsonLines && isatty(STDERR_FILENO) == 1 ? ProgressLine.countRecords(in: inputURL) : nil)
        let summary: BatchRunSummary
        do {
            summary = try await engine.runBatch(
                source, job: job, into: URL(fileURLWithPath: options.output, isDirectory: true),
                options: BatchRunOptions(
                    jobs: jobs, shard: parsedShard, resume: resume,
                    language: Language.ofThisRun)
            ) { progress in
                line.update(done: progress.processed, failed: progress.failed)
            }
        } catch {
            line.finish()
            Terminal.error("error: \(error)")
            throw Failure.usage
        }
        let done = summary.progress
        line.update(done: done.processed, failed: done.failed, force: true)
        line.finish()
        let resumed = done.alreadyComplete
        Terminal.error(
            Language.text(
                "\(done.processed) record(s) processed\(resumed > 0 ? ", \(resumed) already complete" : ""): \(done.succeeded) succeeded (\(done.filesWritten) file(s) written this run), \(done.failed) failed. See \(summary.manifest.relativePath) and errors.jsonl.",
                "共处理 \(done.processed) 条记录\(resumed > 0 ? "（其中 \(resumed) 条此前已完成）" : "")：\(done.succeeded) 条成功（本次写入 \(done.filesWritten) 个文件），\(done.failed) 条失败。详见 \(summary.manifest.relativePath) 和 errors.jsonl。"
            ))
        if done.failed > 0 { throw Failure.input }
    }
}

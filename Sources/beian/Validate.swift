import ArgumentParser
import BeianKit
import Foundation

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Language.text("Check filing records and report every problem.", "检查备案记录，列出所有问题。"),
        discussion: Language.text(
            """
            Prints each problem with its field path, what is wrong and how to fix it. Exits 1 when any \
            record has an error; warnings alone exit 0. A batch file (.jsonl or .csv) is read as batch \
            reads it, and each record is reported with the line it starts on (for CSV, the line of the \
            website's row).

            Examples:
            """,
            """
            逐条列出问题：字段路径、错在哪里、怎么改。有记录出现错误时退出码为 1，
            只有警告时为 0。批量文件（.jsonl 或 .csv）按 batch 的方式读取，
            每条记录注明起始行号（CSV 为该网站所在行）。

            示例：
            """) + """

                  beian validate Examples/hubei-filing.json
                  beian validate --format json \\
                    Examples/hubei-filing.json Examples/person-filing.json
                  beian validate Examples/filings.jsonl Examples/filings.csv
                """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: Language.text("Filing records (JSON; - reads standard input), or batch files (.jsonl, .csv).", "备案记录（JSON；写 - 则从标准输入读取），或批量文件（.jsonl、.csv）。"))
    var files: [String]

    @Option(
        help: Language.text(
            "text for people, json for programs (an array of {file, line, id, valid, diagnostics}, one per record).", "text 给人看，json 给程序用（数组，每条记录一个 {file, line, id, valid, diagnostics}）。"))
    var format: Format = .text

    @OptionGroup var language: LanguageOption

    func run() async throws {
        var failed = false
        var results: [FileResult] = []
        for file in files {
            if Self.isBatch(file) {
                let records = try await Self.batchRecords(file)
                let invalid = records.filter { !$0.valid }.count
                failed = failed || invalid > 0
                switch format {
                case .text:
                    for record in records {
                        Terminal.report(record.diagnostics, source: "\(file):\(record.line ?? 0)", naming: .fields)
                    }
                    Terminal.output(
                        Language.text(
                            "\(file): \(records.count) record(s), \(records.count - invalid) valid, \(invalid) invalid\n",
                            "\(file)：共 \(records.count) 条记录，\(records.count - invalid) 条通过，\(invalid) 条不通过\n"))
                case .json:
                    results += records
                }
                continue
            }
            let reading = Filing.read(jsonData: try InputFile.read(file))
            let valid = reading.filing != nil
            failed = failed || !valid
            switch format {
            case .text:
                Terminal.report(reading.diagnostics, source: file, naming: .fields)
                let errors = reading.diagnostics.errors.count, warnings = reading.diagnostics.count - errors
                Terminal.output(
                    Language.ofThisRun == .chinese
                        ? "\(file): \(valid ? "通过" : "不通过")（\(errors) 个错误，\(warnings) 个警告或说明）\n"
                        : "\(file): \(valid ? "valid" : "invalid") (\(errors) error(s), \(warnings) warning(s) or note(s))\n")
            case .json:
                results.append(FileResult(file: file, line: nil, id: nil, valid: valid, diagnostics: reading.diagnostics))
            }
        }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let told = results.map { result in
                var told = result
                told.diagnostics = result.diagnostics.localized(in: Language.ofThisRun)
                return told
            }
            Terminal.output(String(decoding: try encoder.encode(told), as: UTF8.self) + "\n")
        }
        if failed { throw Failure.input }
    }

    struct FileResult: Encodable {
        var file: String
        /// For a batch file, the line the record starts on.
        var line: Int?
        var id: String?
        var valid: Bool
        var diagnostics: [Diagnostic]
    }

    static func isBatch(_ file: String) -> Bool {
        let name = file.lowercased()
        return name.hasSuffix(".jsonl") || name.hasSuffix(".csv")
    }

    /// Every record of a batch file, checked as batch checks it.
    static func batchRecords(_ file: String) async throws(Failure) -> [FileResult] {
        let url = URL(fileURLWithPath: file)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            Terminal.error(Language.text("error: cannot read \(file): no such file", "错误：无法读取 \(file)：文件不存在"))
            throw .usage
        }
        var results: [FileResult] = []
        for await record in BatchInput(url: url) {
            var diagnostics = record.diagnostics
            var id: String?
            var valid = false
            if let json = record.json, !diagnostics.hasErrors {
                let reading = Filing.read(json: json)
                diagnostics += reading.diagnostics
                id = reading.filing?.id
                valid = reading.filing != nil
            }
            results.append(FileResult(file: file, line: record.line, id: id, valid: valid, diagnostics: diagnostics))
        }
        return results
    }
}

import ArgumentParser
import BeianKit
import Foundation

struct HubeiSMS: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hubei-sms",
        abstract: Language.text("Write (or check) the Hubei annual-review SMS messages of a filing.", "生成（或检查）湖北备案年度核验短信。"),
        subcommands: [HubeiSMSGenerate.self, HubeiSMSCheck.self],
        defaultSubcommand: HubeiSMSGenerate.self
    )
}

/// `--carrier NAME` or `--carrier MOBILE=NAME`, read by the library's one reading of that form.
extension CarrierChoice: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension ReviewStatus: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

extension HubeiSMSFormat: ExpressibleByArgument {}

struct HubeiSMSGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: Language.text("Write one review message per website of a Hubei filing (the default subcommand).", "为湖北备案的每个网站生成一条核验短信（默认子命令）。"),
        discussion: Language.text(
            """
            Each message is #<provider>#<website number>#<status># sent from a responsible person's \
            mobile to the service code of that mobile's carrier. The record's own "requests" object \
            (provider, status, websiteStatus, sender, carrier, date, websites) overrides these options.

            Examples:
            """,
            """
            每条短信的内容为 #接入商代码#网站备案号#状态#，
            由负责人的手机发送到该手机所属运营商的核验号码。记录自己的
            "requests"（provider、status、websiteStatus、sender、carrier、date、
            websites）优先于这些选项。

            示例：
            """) + """

                  beian hubei-sms Examples/hubei-filing.json --provider 001
                  beian hubei-sms Examples/hubei-filing.json --provider 022 --status 已更新 \\
                    --format csv
                  beian hubei-sms Examples/hubei-filing.json --provider 001 \\
                    --sender 13812345678 --carrier 13812345678=china-unicom
                  beian hubei-sms Examples/hubei-filing.json --provider 001 \\
                    --date 2020-05-01 --format uri
                """
    )

    @Argument(help: Language.text("The filing record (JSON); - reads standard input.", "备案记录（JSON）；写 - 则从标准输入读取。"))
    var file: String

    @Option(help: Language.text("The access provider's three-digit code (阿里云 001, 阿里巴巴云计算（北京） 022).", "接入商的三位代码（阿里云 001，阿里巴巴云计算（北京） 022）。"))
    var provider: String?

    @Option(help: Language.text("无变化|已更新|已注销 (or unchanged|updated|deregistered) for every website; default 无变化.", "所有网站的状态：无变化、已更新或已注销（也可写 unchanged、updated、deregistered），默认无变化。"))
    var status: ReviewStatus?

    @Option(
        help: Language.text(
            "The sending mobile: the subject's or the website's responsible person's. Default: each website's own responsible person, else the subject's.",
            "发送手机：主体负责人或网站负责人的号码。默认用各网站自己的负责人，没有则用主体负责人。"))
    var sender: String?

    @Option(
        help: ArgumentHelp(
            Language.text(
                "The sender's carrier when the number moved carrier: NAME for every sender, or MOBILE=NAME. Names: china-mobile, china-unicom, china-telecom (or 移动, 联通, 电信).",
                "携号转网时注明发送手机的运营商：NAME 对所有发送手机生效，或写 手机号=NAME。NAME 可为 china-mobile、china-unicom、china-telecom（或 移动、联通、电信）。"), valueName: "carrier"))
    var carrier: [CarrierChoice] = []

    @Option(help: Language.text("The day the messages are sent (YYYY-MM-DD); decides China Unicom's code. Default: today in China.", "发送日期（YYYY-MM-DD），决定联通的接收号码，默认为中国时间今天。"))
    var date: CalendarDate?

    @Option(name: .customLong("website"), help: Language.text("Only this website number (repeatable). Default: every website.", "只为这个网站备案号生成（可多次指定），默认全部网站。"))
    var websites: [String] = []

    @Option(help: Language.text("text (for a person), json, csv or uri (sms: links).", "text（给人看）、json、csv 或 uri（sms: 链接）。"))
    var format: HubeiSMSFormat = .text

    @Option(help: Language.text("A folder of templates overriding the bundled ones file by file.", "模板所在文件夹，逐个文件覆盖内置的同名模板。"))
    var templates: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let filing = try InputFile.filing(file)
        let engine = try BeianEngine(templates: try InputFile.templateFolder(templates))
        let carriers = CarrierChoice.combined(carrier)
        let request = HubeiSMSRequest(
            provider: provider, status: status, sender: sender, carrier: carriers.all,
            carriersByMobile: carriers.byMobile, date: date, websites: websites)
        let plan: HubeiSMSPlan
        do {
            plan = try engine.hubeiAnnualReviewSMS(for: filing, request: request)
        } catch {
            // A broken template is the operator's problem and reported by main; input problems
            // are reported here, without the record's own warnings again.
            guard case .input(let input) = error else { throw error }
            Terminal.report(input.diagnostics.filter { !filing.diagnostics.contains($0) }, source: file)
            throw Failure.input
        }
        Terminal.report(plan.diagnostics.filter { !filing.diagnostics.contains($0) }, source: file)
        Terminal.output(try engine.render(plan, as: format).string)
    }
}

struct HubeiSMSCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Language.text("Check a log of review messages already sent.", "检查已发送核验短信的记录。"),
        discussion: Language.text(
            """
            LOG.csv has the columns sender, destination, body, sentAt (a header row is optional). Each \
            row is checked for a malformed body, several records in one message, and a destination that \
            is not the sender's carrier's code on that date. With --filing, also that each website has a \
            valid message and that senders are its responsible people. Exits 1 when anything fails.

            Example:
            """,
            """
            LOG.csv 的列为 sender、destination、body、sentAt（表头行可有可无）。
            逐行检查短信内容格式、一条短信中是否有多条记录，
            以及接收号码是否为发送手机所属运营商当天的核验号码。加 --filing 时，
            还检查每个网站是否都有有效短信、发送人是否为负责人。
            有任何一项不通过时退出码为 1。

            示例：
            """) + """

                  beian hubei-sms check Examples/hubei-sent.csv \\
                    --filing Examples/hubei-filing.json
                """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: Language.text("The log (CSV); - reads standard input.", "发送记录（CSV）；写 - 则从标准输入读取。"))
    var log: String

    @Option(help: Language.text("The filing the messages are for.", "短信所属的备案记录。"))
    var filing: String?

    @Option(help: ArgumentHelp(Language.text("The sender's carrier when the number moved carrier: NAME, or MOBILE=NAME.", "携号转网时注明发送手机的运营商：NAME，或 手机号=NAME。"), valueName: "carrier"))
    var carrier: [CarrierChoice] = []

    @Option(help: Language.text("text or json.", "text 或 json。"))
    var format: Format = .text

    @Option(
        help: Language.text(
            "The day planned rows (no sentAt yet) will be sent (YYYY-MM-DD); decides their expected destination. Default: today in China.", "尚未发送的行（sentAt 为空）计划发送的日期（YYYY-MM-DD），据此确定应发往的号码，默认为中国时间今天。"
        ))
    var date: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        var day: CalendarDate?
        if let date {
            guard let parsed = CalendarDate(iso: date) else {
                Terminal.error(
                    Language.text(
                        "error: --date: '\(date)' is not a date\n  hint: write it as YYYY-MM-DD, e.g. 2026-11-22",
                        "错误：--date：「\(date)」不是日期\n  提示：日期请写成 YYYY-MM-DD，例如 2026-11-22"))
                throw Failure.usage
            }
            day = parsed
        }
        let data = try InputFile.read(log)
        guard let text = String(data: data, encoding: .utf8) else {
            Terminal.error(
                Language.text(
                    "error: \(log) is not UTF-8 text\n  hint: save the log as CSV UTF-8",
                    "错误：\(log) 不是 UTF-8 文本\n  提示：请把发送记录另存为 CSV UTF-8"))
            throw Failure.input
        }
        let record = try filing.map { path throws(Failure) in try InputFile.filing(path) }
        let sentLog: SentMessageLog
        do { sentLog = try SentMessageLog(csv: text) } catch {
            Terminal.report(error.diagnostics, source: log)
            throw Failure.input
        }
        let carriers = CarrierChoice.combined(carrier)
        let engine = try BeianEngine()
        let verdict = engine.checkSentHubeiSMS(
            log: sentLog, filing: record, carrier: carriers.all, carriersByMobile: carriers.byMobile,
            plannedFor: day)
        switch format {
        case .text: Terminal.output(verdict.text(in: Language.ofThisRun).string)
        case .json: Terminal.output(verdict.json(in: Language.ofThisRun).string + "\n")
        }
        if !verdict.ok { throw Failure.input }
    }
}

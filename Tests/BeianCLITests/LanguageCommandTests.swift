import Foundation
import Testing

/// The language of what the CLI says: the locale decides, `--lang` overrides, and JSON keeps its
/// codes, paths and keys in both.
@Suite("Messages in Chinese and English")
struct LanguageCommandTests {
    static let chinese = ["LANG": "zh_CN.UTF-8"]

    @Test func aBadRecordUnderAChineseLocaleReadsInChinese() throws {
        let result = try CLI.run(["validate", "hubei-invalid.json"], environment: Self.chinese)
        #expect(result.status == 1)
        for line in [
            "hubei-invalid.json: 错误: subject.certificate.number: 「91420100MA4K2X9Y9Q」校验位不对，第 18 位应为「P」",
            "  提示：多半是有字符输错了，请与营业执照核对",
            "hubei-invalid.json: 错误: websites[0].domains[0]: 「https://www.example.cn/」是网址，不是域名",
            "hubei-invalid.json: 错误: websites[1].filingNumber: 「京ICP证030173号」是 ICP 经营许可证号，不是备案号",
            "hubei-invalid.json: 警告: subject.adress: 「adress」不是这里的字段，已忽略",
            "  提示：是不是要写「address」？",
        ] {
            #expect(result.stderr.contains(line), "stderr lacks: \(line)\n\(result.stderr)")
        }
        #expect(!result.stderr.contains("hint:"))
        #expect(result.stdout == "hubei-invalid.json: 不通过（11 个错误，1 个警告或说明）\n")
    }

    @Test func langEnOverridesTheLocale() throws {
        let english = try CLI.run(["validate", "hubei-invalid.json"])
        let overridden = try CLI.run(["validate", "--lang", "en", "hubei-invalid.json"], environment: Self.chinese)
        #expect(overridden.stderr == english.stderr)
        #expect(overridden.stdout == english.stdout)
        #expect(english.stderr.contains("hubei-invalid.json: error: websites[0].domains[0]: 'https://www.example.cn/' is a web address, not a domain"))
        // LC_ALL comes before LANG.
        let cLocale = try CLI.run(["validate", "hubei-invalid.json"], environment: ["LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"])
        #expect(cLocale.stderr == english.stderr)
        let asked = try CLI.run(["validate", "--lang=zh", "hubei-invalid.json"])
        #expect(asked.stderr.contains("错误: websites[0].domains[0]: 「https://www.example.cn/」是网址，不是域名"))
    }

    @Test func jsonKeepsCodesPathsAndKeys() throws {
        let english = try CLI.run(["validate", "--format", "json", "hubei-invalid.json"])
        let chinese = try CLI.run(["validate", "--format", "json", "--lang", "zh", "hubei-invalid.json"])
        let en = try #require(try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [[String: Any]])
        let zh = try #require(try JSONSerialization.jsonObject(with: Data(chinese.stdout.utf8)) as? [[String: Any]])
        let enDiagnostics = try #require(en.first?["diagnostics"] as? [[String: Any]])
        let zhDiagnostics = try #require(zh.first?["diagnostics"] as? [[String: Any]])
        #expect(enDiagnostics.count == 12 && zhDiagnostics.count == 12)
        for (e, z) in zip(enDiagnostics, zhDiagnostics) {
            #expect(e["code"] as? String == z["code"] as? String)
            #expect(e["path"] as? String == z["path"] as? String)
            #expect(e["severity"] as? String == z["severity"] as? String)
            #expect(Set(e.keys) == Set(z.keys))
            #expect(e["message"] as? String != z["message"] as? String, "not told in Chinese: \(z["message"] ?? "")")
        }
    }

    @Test func hintsNameOptionsInChineseToo() throws {
        // A single-filing command names `requests.provider` as its option `--provider`.
        let result = try CLI.run(["hubei-sms", "hubei-filing.json", "--date", "2020-07-01"], environment: Self.chinese)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("hubei-filing.json: 错误: --provider: 缺少接入商代码\n  提示：请在 --provider 中填写接入商的三位代码（如阿里云为 001）"),
            "\(result.stderr)")
    }

    @Test func hubeiSMSCheckReportsInChinese() throws {
        let arguments = ["hubei-sms", "check", "sms-log-bad.csv", "--filing", "hubei-filing.json"]
        let chinese = try CLI.run(arguments, environment: Self.chinese)
        let english = try CLI.run(arguments)
        #expect(chinese.status == 1 && english.status == 1)
        for line in [
            "第 4 行：不通过  #001#鄂ICP备2019012345号-2#无变化##001#鄂ICP备2019012345号-3#无变化#  13812345678 发往 106509719767  发送时间 2020-05-01",
            "  错误：一条短信里有 2 条记录，管局只认第一条（鄂ICP备2019012345号-2）",
            "    提示：每个网站备案号单独发一条短信，其余网站还要各自补发",
            "共 4 行：0 行通过，4 行不通过；2 个网站还没有有效的核验短信：鄂ICP备2019012345号-1、鄂ICP备2019012345号-3",
        ] {
            #expect(chinese.stdout.contains(line), "stdout lacks: \(line)\n\(chinese.stdout)")
        }
        #expect(english.stdout.hasSuffix("4 row(s): 0 ok, 4 failed; 2 website(s) without a valid message: 鄂ICP备2019012345号-1, 鄂ICP备2019012345号-3\n"))
        // The JSON verdict keeps its codes.
        let json = try CLI.run(arguments + ["--format", "json", "--lang", "zh"])
        let englishJSON = try CLI.run(arguments + ["--format", "json"])
        let codes = { (text: String) in text.split(separator: "\n").filter { $0.contains("\"code\"") } }
        #expect(codes(json.stdout) == codes(englishJSON.stdout))
        #expect(json.stdout.contains("一条短信里有 2 条记录"))
    }

    @Test(
        "Chinese help shows the English help's examples",
        arguments: [
            ["validate"], ["deregistration-form"], ["shandong-mail"], ["authorization-letter"],
            ["hubei-sms", "plan"], ["hubei-sms", "check"], ["batch"], ["templates", "check"],
        ])
    func chineseHelp(_ command: [String]) throws {
        let english = try CLI.run(command + ["--help"], environment: ["COLUMNS": "80"]).stdout
        let chinese = try CLI.run(command + ["--help"], environment: ["COLUMNS": "80", "LANG": "zh_CN.UTF-8"]).stdout
        // The discussion: prose, then the examples from the header line (`Example…:`, `示例…：`) to USAGE.
        func parts(_ help: String, header: String) -> (prose: [Substring], examples: [Substring]) {
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
            let start = lines.firstIndex { $0.hasPrefix(header) } ?? lines.endIndex
            let end = lines.firstIndex { $0.hasPrefix("USAGE:") } ?? lines.endIndex
            return (Array(lines[..<start]), start < end ? Array(lines[(start + 1)..<end]) : [])
        }
        let en = parts(english, header: "Example"), zh = parts(chinese, header: "示例")
        #expect(!en.examples.isEmpty)
        #expect(zh.examples == en.examples)
        #expect(chinese.hasPrefix("OVERVIEW: ") && chinese.unicodeScalars.contains { $0.properties.isIdeographic })
        // Prose lines fit 80 display columns (a Chinese character takes two).
        for line in zh.prose {
            let width = line.unicodeScalars.reduce(0) { $0 + ($1.properties.isIdeographic || ("\u{3000}"..."\u{FF60}").contains($1) ? 2 : 1) }
            #expect(width <= 80, "too wide for 80 columns: \(line)")
        }
    }

    @Test func batchListsCarryTheRunsLanguage() throws {
        func run(_ language: String) throws -> (errors: [[String: Any]], stderr: String) {
            let out = FileManager.default.temporaryDirectory.appending(path: "beian-lang-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: out) }
            let result = try CLI.run([
                "batch", "batch-mixed.jsonl", "--documents", "deregistration-form", "--lang", language,
                "-o", out.path,
            ])
            #expect(result.status == 1)
            let text = try String(contentsOf: out.appending(path: "errors.jsonl"), encoding: .utf8)
            let lines = try text.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
            return (lines, result.stderr)
        }
        let english = try run("en"), chinese = try run("zh")
        let diagnostics = { (lines: [[String: Any]]) in lines.flatMap { ($0["diagnostics"] as? [[String: Any]]) ?? [] } }
        let en = diagnostics(english.errors), zh = diagnostics(chinese.errors)
        #expect(!en.isEmpty && en.count == zh.count)
        #expect(en.map { $0["code"] as? String } == zh.map { $0["code"] as? String })
        #expect(en.map { $0["path"] as? String } == zh.map { $0["path"] as? String })
        #expect(zh.contains { ($0["message"] as? String)?.contains("输入不是有效的 JSON：第 6 行") == true })
        #expect(english.stderr.contains("record(s) processed"))
        #expect(chinese.stderr.contains("共处理 14 条记录"))
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let result = try CLI.run(["validate", "--lang", "fr", "hubei-filing.json"])
        #expect(result.status == 2)
    }
}

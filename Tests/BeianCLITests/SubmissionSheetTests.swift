import Foundation
import Testing

/// Issue 16: the one-page submission sheet beside every form, from the province table's facts.
@Suite("beian submission-sheet")
struct SubmissionSheetTests {
    /// One filing's sheet and what it must say.
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        var contains: [String]
        var extra: [String] = []
        var testDescription: String { fixture }
    }

    static let unit = ["申请人为单位", "已填写的申请表（加盖单位公章）"]
    static let person = ["申请人为个人", "已填写的申请表（申请人本人签字）"]
    static let everywhere = ["“ICP备案查询”", "官方公布〔", "注销申请一经提交不能撤回", "来源："]

    static let cases: [Case] = [
        Case(
            fixture: "beijing-filing.json",
            contains: unit + [
                "《北京市ICP用户注销(删除)备案申请表》", "申请单位有效证件复印件",
                "传真至北京市通信管理局：传真号码未查到", "twacwnz.cn",
            ]),
        Case(fixture: "beijing-person.json", contains: person + ["《北京市ICP用户注销(删除)备案申请表》", "申请人身份证复印件", "传真至北京市通信管理局"]),
        Case(
            fixture: "guangdong-filing.json",
            contains: unit + [
                "《广东省ICP用户注销备案申请表》", "原则上管局不受理注销本单位备案的申请",
                "未查到，请向广东省通信管理局询问", "约5个工作日",
            ]),
        Case(fixture: "guangdong-person.json", contains: person + ["原则上管局不受理注销本单位备案的申请", "申请人身份证件复印件"]),
        Case(fixture: "hubei-filing.json", contains: unit + ["《湖北省ICP用户注销(删除)备案申请表》", "申请单位证件复印件", "邮寄至湖北省通信管理局"]),
        Case(fixture: "hubei-person.json", contains: person + ["申请人身份证件复印件", "邮寄至湖北省通信管理局"]),
        Case(
            fixture: "henan-filing.json",
            contains: unit + [
                "《河南省网站备案注销(删除)申请表》", "本表仅适用于空壳类用户申请注销",
                "法定代表人身份证复印件", "未查到，请向河南省通信管理局询问",
            ]),
        Case(fixture: "henan-person.json", contains: person + ["身份证正反面复印件", "本表仅适用于空壳类用户"]),
        Case(
            fixture: "shanghai-filing.json",
            contains: unit + [
                "《上海市ICP用户注销备案申请表》", "只有忘记原备案接入服务商时方可向管局申请",
                "主办单位有效证件复印件", "盖章用红印", "快递至上海市通信管理局：地址未查到",
            ]),
        Case(fixture: "shanghai-person.json", contains: person + ["只有忘记原备案接入服务商时", "快递至上海市通信管理局"]),
        Case(
            fixture: "shandong-filing.json",
            contains: [
                "申请人为单位", "注销申请书", "单位证件复印件（加盖单位公章）", "域名证书（域名已过期的无需提供）",
                "邮寄至山东省通信管理局：山东省济南市经十一路40号一楼备案办公室", "约2个工作日",
            ]),
        Case(fixture: "shandong-person.json", contains: ["申请人为个人", "主体负责人身份证复印件", "本人手写签字", "邮寄至山东省通信管理局"]),
    ]

    /// Runs the command in HTML, whose cells hold their text whole; the run and the sheet's
    /// table rows as cell texts, then the whole text.
    static func sheet(_ arguments: [String], scratch: borrowing ScratchFolder) throws -> (CLIResult, rows: [[String]], text: String) {
        let result = try CLI.run(
            ["submission-sheet"] + arguments + [
                "--reason", "网站不再运营", "--date", "2026-11-22",
                "--format", "html", "-o", scratch.url.path,
            ])
        let path = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let html = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let rows = html.components(separatedBy: "<tr>").dropFirst().map { row in
            // Each cell runs from its opening <td …> or <th …> to the next closing tag of a cell.
            row.components(separatedBy: "</tr>")[0].components(separatedBy: "</t").dropLast()
                .map { plain("<" + $0.components(separatedBy: "<t").dropFirst().joined(separator: "<t")) }
        }
        return (result, rows, plain(html))
    }

    /// Text without tags and line ends, entities decoded.
    static func plain(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\n", with: "")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            .trimmingCharacters(in: .whitespaces)
    }

    @Test("a unit's and a person's sheet in six provinces say the province's facts", arguments: cases)
    func sheetSaysTheProvincesFacts(_ item: Case) throws {
        let scratch = try ScratchFolder()
        let (result, rows, text) = try Self.sheet([item.fixture], scratch: scratch)
        try #require(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("-submission-sheet.html\n"))
        for expected in item.contains + Self.everywhere {
            #expect(text.contains(expected), "\(item.fixture) lacks: \(expected)\n\(text)")
        }
        // Every line carries a mark: the confidence, or that the applicant gave it.
        try #require(rows.count > 8)
        for row in rows.dropFirst() {
            let mark = row.last ?? ""
            #expect(["官方公布", "第三方资料", "未查到", "申请人填写"].contains { mark.hasPrefix($0) }, "unmarked row: \(row)")
        }
    }

    @Test("Sichuan and Hunan are refused with the online route, and nothing is written", arguments: ["submission-sheet", "deregistration-form"])
    func sichuanRefused(_ command: String) throws {
        let scratch = try ScratchFolder()
        let result = try CLI.run([command, "sichuan-filing.json", "--reason", "网站不再运营", "-o", scratch.path("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: subject.filingNumber: 四川省 takes deregistration applications online only"), "\(result.stderr)")
        #expect(result.stderr.contains("register an account on the Sichuan bureau's online system"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path))
    }

    @Test("a --templates copy of data/provinces.json changes a fact on the sheet")
    func overrideChangesAFact() throws {
        let scratch = try ScratchFolder()
        let bundled = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent().appending(path: "Templates/data/provinces.json")
        var table = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: bundled)) as? [String: Any])
        var entries = try #require(table["provinces"] as? [[String: Any]])
        let index = try #require(entries.firstIndex { $0["province"] as? String == "beijing" })
        entries[index]["submission"] = [
            "channel": "post", "contact": "北京市示例区示例路1号",
            "fact": ["confidence": "published", "source": "https://example.gov.cn/notice", "date": "2026-12-01"],
        ]
        table["provinces"] = entries
        try FileManager.default.createDirectory(at: scratch.path("t/data"), withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: table).write(to: scratch.path("t/data/provinces.json"))
        let (result, rows, text) = try Self.sheet(["beijing-filing.json", "--templates", scratch.path("t").path], scratch: scratch)
        try #require(result.status == 0, "\(result.stderr)")
        let submission = try #require(rows.first { $0.first == "提交方式" })
        #expect(submission[1] == "邮寄至北京市通信管理局：北京市示例区示例路1号")
        #expect(submission[2].hasPrefix("官方公布"))
        #expect(text.contains("https://example.gov.cn/notice（2026-12-01）"))
        #expect(!text.contains("传真"))
    }

    @Test("batch writes a sheet beside each form and skips the provinces without a paper route")
    func batch() throws {
        let scratch = try ScratchFolder()
        var lines = ""
        for name in ["hubei-filing.json", "shanghai-person.json", "sichuan-filing.json"] {
            let object = try JSONSerialization.jsonObject(with: Fixtures.data(name))
            lines += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
        }
        try Data(lines.utf8).write(to: scratch.path("in.jsonl"))
        let result = try CLI.run([
            "batch", scratch.path("in.jsonl").path, "--documents", "deregistration-form,submission-sheet",
            "--format", "text", "-o", scratch.path("out").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try String(contentsOf: scratch.path("out/manifest.jsonl"), encoding: .utf8)
        #expect(manifest.components(separatedBy: "\"document\":\"submission-sheet\"").count - 1 == 3, "\(manifest)")
        #expect(manifest.contains("online only"), "Sichuan's records are skipped with the online route\n\(manifest)")
    }
}

import Foundation
import Testing

/// One document the CLI generates from a fixture filing, with what must be true of it. Every
/// case runs with `--date 2026-11-22`, so its text can be compared with `Golden/<name>.txt`.
struct DocumentCase: Sendable, CustomTestStringConvertible {
    /// The golden file's name without extension, e.g. `form-hubei`.
    var name: String
    /// The command, the fixture and its options (without --date, --format and -o).
    var arguments: [String]
    /// The file name the document is written under, without extension.
    var stem: String
    /// Pages of the PDF LibreOffice makes of the DOCX.
    var pages: Int
    /// Lines stderr must hold (warnings and notes).
    var diagnostics: [String] = []
    /// Text the plain-text document must hold, and must not hold.
    var contains: [String] = []
    var lacks: [String] = []
    /// Text stderr must not hold.
    var lacksDiagnostics: [String] = []

    /// Whether the document is a deregistration application (a form or the Shandong package).
    var deregisters: Bool { arguments[0] == "deregistration-form" || arguments[0] == "shandong-mail" }

    var testDescription: String { name }

    static let date = "2026-11-22"

    /// The arguments of a run writing `format` into `folder`.
    func arguments(format: String, into folder: URL) -> [String] {
        arguments + ["--date", Self.date, "--format", format, "-o", folder.path]
    }

    static let agent = ["--agent-name", "赵六", "--agent-id", "11010519491231002X", "--agent-mobile", "13912345678"]
    static let transfer = ["--scope", "transfer", "--from-account", "1234567890", "--to-account", "9876543210"]

    /// Every document kind and province variant.
    static let all: [DocumentCase] = [
        DocumentCase(
            name: "form-hubei", arguments: ["deregistration-form", "hubei-filing.json", "--reason", "网站不再运营"],
            stem: "hubei-2019012345-deregistration-form", pages: 1,
            diagnostics: ["hubei-filing.json: note: subject.filingNumber: cancelling the subject number also cancels its 3 website(s)"],
            contains: [
                "湖北省ICP用户注销(删除)备案申请表", "湖北省通信管理局：", "鄂ICP备2019012345号（注销主体及其下全部3个网站）",
                "[x] 注销本单位（本人）", "[x] 主体依据", "申请单位（盖章）", "2026年11月22日", "附件：1. 申请单位证件复印件",
            ],
            lacks: ["申请人（签字）", "[x] 域名依据"]),
        DocumentCase(
            name: "form-guangxi", arguments: ["deregistration-form", "guangxi-filing.json", "--reason", "公司业务调整"],
            stem: "guangxi-2018004567-deregistration-form", pages: 1,
            contains: ["广西壮族自治区ICP备案注销申请表", "（向广西壮族自治区通信管理局提交）", "桂ICP备2018004567号（注销主体及其下全部1个网站）"]),
        DocumentCase(
            name: "form-henan", arguments: ["deregistration-form", "henan-filing.json", "--reason", "空壳主体"],
            stem: "henan-17012345-deregistration-form", pages: 1,
            contains: [
                "河南省网站备案注销(删除)申请表", "河南省通信管理局：", "本申请注销的主体为空壳主体", "豫ICP备17012345号（注销主体）", "| 涉及域名     | （无）",
                "2. 法定代表人身份证复印件", "3. 申请人身份证复印件",
            ],
            lacksDiagnostics: ["deregistration.not-shell", "for shell (空壳) filings"]),
        DocumentCase(
            name: "form-henan-live", arguments: ["deregistration-form", "henan-websites.json", "--reason", "网站不再运营"],
            stem: "henan-2020023456-deregistration-form", pages: 1,
            diagnostics: ["warning: subject.filingNumber: the 河南省 form is for shell (空壳) filings only"],
            contains: ["河南省通信管理局："], lacks: ["空壳"]),
        DocumentCase(
            name: "form-henan-shell-website", arguments: ["deregistration-form", "henan-websites.json", "--reason", "网站已停止接入", "--shell"],
            stem: "henan-2020023456-deregistration-form", pages: 1,
            contains: ["本申请注销的网站为空壳网站"],
            lacksDiagnostics: ["for shell (空壳) filings"]),
        DocumentCase(
            name: "form-guangdong", arguments: ["deregistration-form", "guangdong-filing.json", "--reason", "网站不再运营"],
            stem: "guangdong-2020056789-deregistration-form", pages: 1,
            diagnostics: [
                "guangdong-filing.json: warning: subject.filingNumber: Guangdong's bureau in principle does not accept a deregistration of one's own filing",
                "  hint: if the applicant meets the condition, say so with --online-attempted and the form is written without this warning",
            ],
            contains: [
                "广东省ICP用户注销备案申请表", "[ ] 申请人已尝试通过接入服务商在线注销",
                "申请人：深圳示例软件有限公司　手机号码：18612345678　申请日期：", "| Ⅰ.注销备案信息（拟注销信息以系统查询为准）",
                "| 拟注销备案主办单  | 深圳示例软件有限公司", "| Ⅱ.申请单位信息（必填）", "公章（个人签字）",
                "| Ⅲ.处理结果（以下由通信管理局填写）", "（*必填）",
            ],
            lacks: ["[x] 申请人已尝试"]),
        DocumentCase(
            name: "form-guangdong-person", arguments: ["deregistration-form", "guangdong-person.json", "--reason", "个人网站关闭"],
            stem: "guangdong-2021023456-deregistration-form", pages: 1,
            diagnostics: ["warning: subject.filingNumber: Guangdong's bureau in principle does not accept a deregistration of one's own filing"],
            contains: ["广东省ICP用户注销备案申请表", "申请人：黄丽", "| 主办单位证件类型* | 居民身份证", "附件：1. 申请人身份证件复印件"],
            lacks: ["加盖单位公章）　"]),
        DocumentCase(
            name: "form-guangdong-online-attempted",
            arguments: ["deregistration-form", "guangdong-filing.json", "--reason", "网站不再运营", "--online-attempted"],
            stem: "guangdong-2020056789-deregistration-form", pages: 1,
            contains: ["[x] 申请人已尝试通过接入服务商在线注销"],
            lacksDiagnostics: ["in principle does not accept"]),
        DocumentCase(
            name: "form-zhejiang", arguments: ["deregistration-form", "zhejiang-filing.json", "--reason", "网站不再运营"],
            stem: "zhejiang-2021034567-deregistration-form", pages: 1,
            diagnostics: ["zhejiang-filing.json: warning: subject.filingNumber: No form of this province was found: beian prints the common layout under a neutral title"],
            contains: ["浙江省ICP备案注销申请表", "浙江省通信管理局："]),
        DocumentCase(
            name: "form-hubei-person", arguments: ["deregistration-form", "hubei-person.json", "--reason", "个人网站关闭"],
            stem: "hubei-2020012345-deregistration-form", pages: 1,
            contains: [
                "申请人姓名", "居民身份证", "申请人（签字）", "本人确认以上内容真实", "附件：1. 申请人身份证件复印件",
                "| 主办人姓名", "主办人姓名须与",
            ],
            lacks: ["申请单位（盖章）", "申请单位名称", "本单位确认", "主办单位名称"]),
        DocumentCase(
            name: "form-hubei-website",
            arguments: ["deregistration-form", "hubei-filing.json", "--website", "鄂ICP备2019012345号-2", "--reason", "商城停止运营"],
            stem: "hubei-2019012345-sites-2-deregistration-form", pages: 1,
            contains: ["鄂ICP备2019012345号-2（注销网站：示例商城）", "| 涉及域名     | shop-example.cn "],
            lacks: ["注销主体", "blog-example.cn", "www.example.cn"]),
        DocumentCase(
            name: "form-hubei-other-domain",
            arguments: [
                "deregistration-form", "hubei-filing.json", "--category", "other", "--basis", "domain",
                "--applicant-name", "厦门示例域名有限公司", "--applicant-certificate-type", "unified-social-credit-code",
                "--applicant-certificate-number", "91350100M000100Y43", "--contact-name", "赵六",
                "--contact-mobile", "13912345678", "--contact-email", "zhao@example.cn", "--reason", "域名已转让",
            ],
            stem: "hubei-2019012345-deregistration-form", pages: 1,
            contains: [
                "[ ] 注销本单位（本人）备案　　[x] 注销他单位", "[ ] 主体依据", "[x] 域名依据", "| 申请单位名称 | 厦门示例域名有限公司",
                "91350100M000100Y43", "赵六", "zhao@example.cn", "1. 域名证书", "2. 域名证书所有者的证件复印件",
                "| 主办单位名称 | 武汉示例科技有限公司",
            ]),
        DocumentCase(
            name: "form-beijing", arguments: ["deregistration-form", "beijing-filing.json", "--reason", "网站不再运营"],
            stem: "beijing-20010001-deregistration-form", pages: 1,
            contains: ["北京市ICP用户注销(删除)备案申请表", "北京市通信管理局：", "附件：1. 申请单位有效证件复印件（如营业执照副本复印件）"],
            lacks: ["域名注册证书"], lacksDiagnostics: ["deregistration.condition", "No form of this province"]),
        DocumentCase(
            name: "form-shanghai", arguments: ["deregistration-form", "shanghai-filing.json", "--reason", "网站不再运营"],
            stem: "shanghai-2018045678-deregistration-form", pages: 1,
            diagnostics: [
                "shanghai-filing.json: warning: subject.filingNumber: Shanghai's bureau takes a deregistration of one's own filing only when the original access provider is unknown",
                "  hint: if the applicant meets the condition, say so with --provider-unknown and the form is written without this warning",
            ],
            contains: ["上海市ICP用户注销备案申请表", "附件：1. 主办单位有效证件复印件"]),
        DocumentCase(
            name: "form-shanghai-provider-unknown",
            arguments: ["deregistration-form", "shanghai-filing.json", "--reason", "网站不再运营", "--provider-unknown"],
            stem: "shanghai-2018045678-deregistration-form", pages: 1,
            contains: ["上海市ICP用户注销备案申请表"], lacksDiagnostics: ["only when the original access provider is unknown"]),
        DocumentCase(
            name: "form-jiangsu", arguments: ["deregistration-form", "jiangsu-filing.json", "--reason", "网站不再运营"],
            stem: "jiangsu-2019078901-deregistration-form", pages: 1,
            diagnostics: [
                "jiangsu-filing.json: warning: subject.filingNumber: 江苏省通信管理局 takes this application by e-mail only, not by post or by hand",
                "warning: subject.filingNumber: No Jiangsu form was found: beian prints the common layout under a neutral title",
            ],
            contains: ["江苏省ICP备案注销申请表", "江苏省通信管理局："]),
        DocumentCase(
            name: "sheet-shanghai-person", arguments: ["submission-sheet", "shanghai-person.json", "--reason", "个人网站关闭"],
            stem: "shanghai-2022056789-submission-sheet", pages: 1,
            diagnostics: ["warning: subject.filingNumber: Shanghai's bureau takes a deregistration of one's own filing only when"],
            contains: ["上海市ICP备案注销提交说明", "《上海市ICP用户注销备案申请表》", "请人为个人（周敏）", "官方公布〔2〕"]),
        DocumentCase(
            name: "sheet-shandong-unit", arguments: ["submission-sheet", "shandong-filing.json", "--reason", "公司已注销"],
            stem: "shandong-2019045678-submission-sheet", pages: 1,
            contains: ["山东省ICP备案注销提交说明", "| 申请材料   | 注销申请书及邮寄材料（beian", "0531-82092828"]),
        DocumentCase(
            name: "mail-shandong-unit", arguments: ["shandong-mail", "shandong-filing.json", "--reason", "公司已注销"],
            stem: "shandong-2019045678-shandong-mail", pages: 3,
            contains: [
                "ICP备案注销邮寄材料清单", "[ ] 单位证件复印件（统一社会信用代码：91370100MA3C246891），加盖单位公章",
                "[ ] 域名证书（", "jn-example.cn\n", "www.jn-example.cn\n", "bbs-jn-example.cn\n",
                "我单位济南示例科技有限公司", "因公司已注销", "申请单位（盖章）", "0531-82092828", "山东省济南市经十一路40号一楼备案办公室",
                "| 寄件人          | 马丽（济南示例科技有限公司）", "致电山东省通信管理局", "（0531-82092828）询问原因",
            ],
            lacks: ["已过期", "申请人（签字）", "jn-example.cn、"]),
        DocumentCase(
            name: "mail-shandong-person", arguments: ["shandong-mail", "shandong-person.json", "--reason", "个人网站不再运营"],
            stem: "shandong-2021067890-shandong-mail", pages: 3,
            contains: [
                "[ ] 主体负责人（王小明）身份证复印件", "本人手写签字", "[ ] 域名证书（", "xiaoming-example.cn\n",
                "以下域名已过期，无需提供域名证书：photo-xiaoming.cn。", "本人王小明（居民身份证：370102199203154564）",
                "申请人（签字）", "| 寄件人          | 王小明 ",
            ],
            lacks: ["域名证书：photo-xiaoming.cn（", "申请单位（盖章）", "加盖单位公章", "王小明（王小明）"]),
        DocumentCase(
            name: "letter-transfer", arguments: ["authorization-letter", "hubei-filing.json"] + agent + transfer,
            stem: "hubei-2019012345-authorization-letter", pages: 2,
            contains: [
                "授权委托书", "| 法定代表人             | 王五", "兹委托赵六作为本单位的代理人", "（UID：9876543210）。",
                "委托期限：自2026年11月22日起至2026年12月22日止。", "委托单位（盖章）", "法定代表人（签字）", "受托人（签字）",
                "ICP备案线下转移材料清单", "[ ] 本授权委托书（加盖单位公章）", "[ ] 接收备案的目标云账号UID：9876543210",
                "申请人手持单位证件原件的半身照片", "售后", "全部管理权限",
            ]),
        DocumentCase(
            name: "letter-deregistration", arguments: ["authorization-letter", "hubei-filing.json"] + agent + ["--scope", "deregistration"],
            stem: "hubei-2019012345-authorization-letter", pages: 1,
            contains: ["2019012345号）的注销备案。", "委托单位（盖章）"], lacks: ["转移材料清单", "UID"]),
        DocumentCase(
            name: "letter-change", arguments: ["authorization-letter", "hubei-filing.json"] + agent + ["--scope", "change"],
            stem: "hubei-2019012345-authorization-letter", pages: 1,
            contains: ["2019012345号）的备案信息变更。"], lacks: ["转移材料清单"]),
        DocumentCase(
            name: "letter-custom", arguments: ["authorization-letter", "hubei-filing.json"] + agent + ["--scope-text", "办理备案核查整改"],
            stem: "hubei-2019012345-authorization-letter", pages: 1,
            contains: ["兹委托赵六作为本单位的代理人，办理备案核查整改（主体备案号：鄂ICP备"], lacks: ["转移材料清单"]),
        DocumentCase(
            name: "letter-no-seal",
            arguments: ["authorization-letter", "hubei-sole-proprietor.json"] + agent + ["--scope", "deregistration", "--no-seal"],
            stem: "hubei-2022034567-authorization-letter", pages: 1,
            contains: [
                "未刻制公章，由经营者签字并按手印", "经营者（签字）", "经营者（按手印）", "| 经营者 ", "周小吃",
                "420106198808081236", "附件：1. 经营者身份证件复印件（按手印）",
            ],
            lacks: ["委托单位（盖章）", "法定代表人"]),
        DocumentCase(
            name: "checklist-person-transfer", arguments: ["authorization-letter", "hubei-person.json"] + transfer,
            stem: "hubei-2020012345-transfer-checklist", pages: 1,
            diagnostics: ["hubei-person.json: note: subject.nature: a person needs no authorization letter: only the transfer materials checklist is generated"],
            contains: [
                "ICP备案线下转移材料清单", "[ ] 主体负责人手持身份证件原件的半身照片", "[ ] 接收备案的目标云账号UID：9876543210",
                "售后", "全部管理权限",
            ],
            lacks: ["授权委托书", "受托人", "盖章"]),
    ]
}

/// A fresh folder for a test's output, removed when the test ends.
struct ScratchFolder: ~Copyable {
    let url: URL

    init() throws { url = try ExternalTool.temporaryDirectory() }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> URL { url.appending(path: name) }

    /// The names of the files in a subfolder (or the folder itself), sorted.
    func files(in name: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: name.isEmpty ? url.path : path(name).path).sorted()
    }
}

import ArgumentParser
import BeianKit

/// Options of a deregistration application, shared by the form and the Shandong package.
struct DeregistrationOptions: ParsableArguments {
    @Option(
        name: .customLong("website"),
        help: Language.text("A website number to cancel (repeatable). Default: the subject number, which cancels the subject and all its websites.", "要注销的网站备案号（可多次指定）。默认注销主体备案号，即注销主体及其全部网站。"))
    var websites: [String] = []

    @Option(help: Language.text("Why the filing is cancelled, e.g. 网站不再运营.", "注销原因，例如“网站不再运营”。"))
    var reason: String?

    @Option(help: Language.text("own (the applicant's own filing) or other (another unit's). Default: from the applicant.", "own（注销本单位备案）或 other（注销其他单位的备案），默认按申请人判断。"))
    var category: String?

    @Option(help: Language.text("subject (the applicant's certificate matches the filing) or domain (the applicant holds the domain).", "申请依据：subject（申请人证件与备案主体一致）或 domain（申请人持有域名）。"))
    var basis: String?

    @Option(help: Language.text("The applicant's name, when another unit or person applies.", "申请人名称（由其他单位或个人申请时填写）。"))
    var applicantName: String?

    @Option(help: Language.text("The applicant's certificate type, e.g. unified-social-credit-code or resident-id.", "申请人证件类型，如 unified-social-credit-code 或 resident-id。"))
    var applicantCertificateType: String?

    @Option(help: Language.text("The applicant's certificate number.", "申请人证件号码。"))
    var applicantCertificateNumber: String?

    @Option(help: Language.text("The applicant's contact person.", "申请人联系人。"))
    var contactName: String?

    @Option(help: Language.text("The contact person's mobile.", "联系人手机号码。"))
    var contactMobile: String?

    @Option(help: Language.text("The contact person's e-mail.", "联系人电子邮箱。"))
    var contactEmail: String?

    @Flag(
        help: Language.text(
            "The applicant tried the access provider's online deregistration and could not finish it (the Guangdong form ticks its box only then).", "申请人已尝试通过接入商在线注销但未能办成（广东的申请表只在此时勾选相应方框）。"))
    var onlineAttempted = false

    @Flag(help: Language.text("The websites are no longer hosted by the filing's access provider (空壳); the Henan form is for such filings.", "网站已不在原接入商处接入（空壳）；河南的申请表用于这类备案。"))
    var shell = false

    @Flag(help: "The applicant does not know which access provider holds the filing (Shanghai takes one's own deregistration only then).")
    var providerUnknown = false

    var parameters: [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        values.set("websites", websites)
        values.set("reason", reason)
        values.set("category", category)
        values.set("basis", basis)
        values.set("applicantName", applicantName)
        values.set("applicantCertificateType", applicantCertificateType)
        values.set("applicantCertificateNumber", applicantCertificateNumber)
        values.set("contactName", contactName)
        values.set("contactMobile", contactMobile)
        values.set("contactEmail", contactEmail)
        if onlineAttempted { values["onlineAttempted"] = .bool(true) }
        if shell { values["shell"] = .bool(true) }
        if providerUnknown { values["providerUnknown"] = .bool(true) }
        return values
    }
}

struct DeregistrationFormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deregistration-form",
        abstract: Language.text("Write a province's deregistration application form (注销申请表).", "生成各省的备案注销申请表。"),
        discussion: Language.text(
            """
            The province comes from the filing number; `beian provinces` shows each province's route. \
            Fujian takes no offline application and Shandong takes mailed materials (`beian shandong-mail`): \
            both are refused with what to do instead. The record's "requests" override these options.

            Examples:
            """,
            """
            省份由备案号确定；`beian provinces` 列出各省的办理方式。福建不受理线下申请，
            山东须邮寄材料（`beian shandong-mail`）：这两种情况会拒绝生成，
            并说明应当怎么办。记录中的 "requests" 优先于这些选项。

            示例：
            """) + """

                  beian deregistration-form Examples/hubei-filing.json --reason 网站不再运营
                  beian deregistration-form Examples/hubei-filing.json \\
                    --website 鄂ICP备2019012345号-2 --reason 网站停止运营 --format html
                  beian deregistration-form Examples/hubei-filing.json \\
                    --category other --basis domain --applicant-name 某某公司 \\
                    --applicant-certificate-type unified-social-credit-code \\
                    --applicant-certificate-number 91350100M000100Y43 \\
                    --contact-name 赵六 --contact-mobile 13912345678 --reason 空壳备案
                """
    )

    @Argument(help: Language.text("The filing record (JSON); - reads standard input.", "备案记录（JSON）；写 - 则从标准输入读取。"))
    var file: String

    @OptionGroup var deregistration: DeregistrationOptions
    @OptionGroup var options: DocumentOptions

    func run() throws {
        try DocumentCommand.run(.deregistrationForm, file: file, options: options, parameters: deregistration.parameters)
    }
}

struct ShandongMailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shandong-mail",
        abstract: Language.text("Write the Shandong mailing package: checklist, 注销申请书 and mailing sheet.", "生成山东邮寄注销材料：材料清单、注销申请书和邮寄单。"),
        discussion: Language.text(
            """
            For Shandong (鲁) filings, which are deregistered by mail. The bureau's address comes from \
            data/shandong-mail.json, which a --templates folder can override.

            Example:
            """,
            """
            适用于山东（鲁）的备案，山东以邮寄方式办理注销。管局地址取自
            data/shandong-mail.json，可用 --templates 文件夹覆盖。

            示例：
            """) + """

                  beian shandong-mail Examples/shandong-filing.json --reason 公司已注销 -o output
                """
    )

    @Argument(help: Language.text("The filing record (JSON); - reads standard input.", "备案记录（JSON）；写 - 则从标准输入读取。"))
    var file: String

    @OptionGroup var deregistration: DeregistrationOptions
    @OptionGroup var options: DocumentOptions

    func run() throws {
        try DocumentCommand.run(.shandongMail, file: file, options: options, parameters: deregistration.parameters)
    }
}

struct SubmissionSheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submission-sheet",
        abstract: "Write the one-page submission sheet (提交说明) of a deregistration application.",
        discussion: """
            What to attach in the filing's province, the application's category, basis and applicant, \
            how to send it and to whom, how long it takes and how to check the result; each line \
            marked with its confidence (官方公布 / 第三方资料 / 未查到) and numbered to its source. The \
            facts come from data/provinces.json, which a --templates folder can override. Takes the \
            same options as deregistration-form; provinces that take no paper application (Fujian, \
            Sichuan, Hunan) are refused with their route.

            Example:
              beian submission-sheet Examples/hubei-filing.json --reason 网站不再运营
              beian submission-sheet Examples/guangdong-filing.json --online-attempted \\
                --reason 网站不再运营 --format html
            """
    )

    @Argument(help: "The filing record (JSON); - reads standard input.")
    var file: String

    @OptionGroup var deregistration: DeregistrationOptions
    @OptionGroup var options: DocumentOptions

    func run() throws {
        try DocumentCommand.run(.submissionSheet, file: file, options: options, parameters: deregistration.parameters)
    }
}

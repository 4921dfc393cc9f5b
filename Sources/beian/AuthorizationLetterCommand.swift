import ArgumentParser
import BeianKit

struct AuthorizationLetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authorization-letter",
        abstract: Language.text("Write a unit's authorization letter (单位授权委托书).", "生成单位授权委托书。"),
        discussion: Language.text(
            """
            With --scope transfer the package also lists the offline transfer materials. A sole \
            proprietorship without a seal passes --no-seal and signs, presses a fingerprint and writes \
            its ID number instead. For a person's filing only the transfer checklist exists.

            Examples (the parameters may also stand in the record's "requests"):
            """,
            """
            加 --scope transfer 时，材料中还会列出线下备案转移所需材料。
            没有公章的个体工商户加 --no-seal，由经营者签字、
            按手印并写明身份证号码代替盖章。个人备案只有转移材料清单，没有委托书。

            示例（这些参数也可以写在记录的 "requests" 里）：
            """) + """

                  beian authorization-letter Examples/authorization-request.json
                  beian authorization-letter Examples/hubei-filing.json \\
                    --agent-name 赵六 --agent-id 11010519491231002X \\
                    --scope transfer --from-account 1234567890 --to-account 9876543210
                  beian authorization-letter Examples/hubei-filing.json \\
                    --agent-name 赵六 --agent-id 11010519491231002X --scope-text 办理备案核查整改
                """
    )

    @Argument(help: Language.text("The filing record (JSON); - reads standard input.", "备案记录（JSON）；写 - 则从标准输入读取。"))
    var file: String

    @OptionGroup var authorization: AuthorizationOptions
    @OptionGroup var options: DocumentOptions

    func run() throws {
        try DocumentCommand.run(.authorizationLetter, file: file, options: options, parameters: authorization.parameters)
    }
}

/// Options of an authorization letter.
struct AuthorizationOptions: ParsableArguments {
    @Option(help: Language.text("The agent's (受托人) name.", "受托人姓名。"))
    var agentName: String?

    @Option(help: Language.text("The agent's ID number.", "受托人证件号码。"))
    var agentId: String?

    @Option(help: Language.text("The agent's ID type; default resident-id.", "受托人证件类型，默认 resident-id（居民身份证）。"))
    var agentIdType: String?

    @Option(help: Language.text("The agent's mobile.", "受托人手机号码。"))
    var agentMobile: String?

    @Option(help: Language.text("transfer, deregistration, change, or custom (with --scope-text).", "委托事项：transfer（转移）、deregistration（注销）、change（变更）或 custom（配合 --scope-text）。"))
    var scope: String?

    @Option(help: Language.text("The matter in your own words, for a custom scope.", "自定义委托事项的内容。"))
    var scopeText: String?

    @Option(help: Language.text("For a transfer: the UID of the account the filing leaves.", "备案转移时：转出账号的 UID。"))
    var fromAccount: String?

    @Option(help: Language.text("For a transfer: the UID of the account the filing moves to.", "备案转移时：转入账号的 UID。"))
    var toAccount: String?

    @Option(help: Language.text("First day of validity (YYYY-MM-DD). Default: the letter's date.", "委托有效期起始日（YYYY-MM-DD），默认为委托书落款日期。"))
    var validFrom: String?

    @Option(help: Language.text("Last day of validity (YYYY-MM-DD). Default: one month after the first.", "委托有效期截止日（YYYY-MM-DD），默认为起始日后一个月。"))
    var validUntil: String?

    @Flag(help: Language.text("The unit has no official seal (a sole proprietorship): signature, fingerprint and ID number instead.", "单位没有公章（个体工商户）：以签字、按手印和身份证号码代替盖章。"))
    var noSeal = false

    var parameters: [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        values.set("agentName", agentName)
        values.set("agentId", agentId)
        values.set("agentIdType", agentIdType)
        values.set("agentMobile", agentMobile)
        values.set("scope", scope)
        values.set("scopeText", scopeText)
        values.set("fromAccount", fromAccount)
        values.set("toAccount", toAccount)
        values.set("validFrom", validFrom)
        values.set("validUntil", validUntil)
        if noSeal { values["noSeal"] = .bool(true) }
        return values
    }
}

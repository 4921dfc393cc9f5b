import ArgumentParser
import BeianKit
import Foundation

@main
struct Beian: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beian",
        abstract: Language.text("Generate the paperwork and messages of China's ICP website filing (ICP备案).", "生成 ICP 备案的各类文书和短信。"),
        discussion: Language.text(
            """
            stdout carries the data a command produces; stderr carries diagnostics.

            Exit codes:
              0  done
              1  the input has errors, or a check found failures (each is printed)
              2  the command cannot run as given (unknown option, unreadable file)
              3  a template is broken (file:line:column is printed)
            """,
            """
            标准输出是命令生成的数据，标准错误输出是诊断信息。

            退出码：
              0  完成
              1  输入有错误，或检查未通过（逐条列出）
              2  命令无法按所给参数运行（未知选项、文件无法读取）
              3  模板有误（列出 文件:行:列）
            """),
        version: "0.1.0",
        subcommands: [
            Validate.self, DeregistrationFormCommand.self, ShandongMailCommand.self, SubmissionSheetCommand.self, AuthorizationLetterCommand.self, ChangeCommand.self,
            HubeiSMS.self, BatchCommand.self, ProvincesCommand.self, TemplatesCommand.self, ServeCommand.self,
        ]
    )

    /// Runs the command, mapping every failure to the documented exit codes.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as Failure {
            Foundation.exit(failure.code)
        } catch let error as BeianError {
            switch error {
            case .template(let error):
                Terminal.error(error.description)
                Foundation.exit(Failure.template.code)
            case .input(let error):
                Terminal.report(error.diagnostics)
                Foundation.exit(Failure.input.code)
            }
        } catch let error as TemplateError {
            Terminal.error(error.description)
            Foundation.exit(Failure.template.code)
        } catch let error as InputError {
            Terminal.report(error.diagnostics)
            Foundation.exit(Failure.input.code)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            Terminal.error(message)
            Foundation.exit(code == .validationFailure ? Failure.usage.code : code.rawValue)
        }
    }
}

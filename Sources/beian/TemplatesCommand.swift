import ArgumentParser
import BeianKit
import Foundation

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: Language.text("List or check templates.", "列出或检查模板。"),
        subcommands: [List.self, Check.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Language.text("List the templates in use and where each comes from.", "列出正在使用的模板及其来源。"))

        @OptionGroup var language: LanguageOption

        @Argument(help: Language.text("A folder of templates overriding the bundled ones.", "覆盖内置模板的模板文件夹。"))
        var folder: String?

        func run() throws {
            let library = try TemplateLibrary(overrides: try InputFile.templateFolder(folder))
            var text = ""
            for name in library.names {
                text += "\(name)\t\(library.origins[name] ?? .bundled)\n"
            }
            Terminal.output(text)
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Language.text("Check templates by rendering each with sample filings.", "用样例备案逐个渲染模板，检查模板是否有误。"),
            discussion: Language.text(
                """
                Prints file:line:column: error: message for each broken template and exits 3; a \
                template with no fitting sample data is checked for Mustache syntax only.

                Example:
                """,
                """
                每个有误的模板输出一行 文件:行:列: error: 说明，退出码为 3；
                没有合适样例数据的模板只检查 Mustache 语法。

                示例：
                """) + """

                      beian templates check my-templates/
                    """
        )

        @OptionGroup var language: LanguageOption

        @Argument(help: Language.text("A folder of templates overriding the bundled ones; without it the bundled set is checked.", "覆盖内置模板的模板文件夹；不指定则检查内置模板。"))
        var folder: String?

        func run() throws {
            let engine = try BeianEngine(templates: try InputFile.templateFolder(folder))
            var failed = false
            for check in engine.checkTemplates() {
                if let problem = check.problem {
                    failed = true
                    Terminal.error(problem.description)
                } else {
                    Terminal.output("ok\t\(check.name)\t\(check.coverage.rawValue)\t\(check.origin)\n")
                }
            }
            if failed { throw Failure.template }
        }
    }
}

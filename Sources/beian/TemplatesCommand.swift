import ArgumentParser
import BeianKit
import Foundation

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List or check templates.",
        subcommands: [List.self, Check.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the templates in use and where each comes from.")

        @OptionGroup var language: LanguageOption

        @Argument(help: "A folder of templates overriding the bundled ones.")
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
            abstract: "Check templates by rendering each with sample filings.",
            discussion: """
                Prints file:line:column: error: message for each broken template and exits 3; a \
                template with no fitting sample data is checked for Mustache syntax only.

                Example:
                  beian templates check my-templates/
                """
        )

        @OptionGroup var language: LanguageOption

        @Argument(help: "A folder of templates overriding the bundled ones; without it the bundled set is checked.")
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

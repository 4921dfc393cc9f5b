import ArgumentParser
import BeianKit
import Foundation

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`, which every command takes: the language of diagnostics, hints and reports.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: Language.text("zh or en: the language of messages (default: zh when LC_ALL, LC_MESSAGES or LANG starts with zh).", "zh 或 en：提示信息的语言（默认：LC_ALL、LC_MESSAGES 或 LANG 以 zh 开头时为中文）。"))
    var lang: Language?
}

extension Language {
    /// The language of this run: `--lang` when given, else the locale.
    ///
    /// Read from the raw arguments rather than the parsed command because failures are reported
    /// by `Beian.main`, outside any command, and argument errors before parsing is done; the
    /// parsed `--lang` option validates the value and documents it.
    static let ofThisRun: Language = resolve(
        arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    static func resolve(arguments: [String], environment: [String: String]) -> Language {
        var chosen: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                chosen = Language(rawValue: arguments[index + 1]) ?? chosen
                index += 1
            } else if argument.hasPrefix("--lang=") {
                chosen = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? chosen
            }
            index += 1
        }
        return chosen ?? fromEnvironment(environment)
    }

    /// `english` or `chinese`, whichever this run speaks.
    static func text(_ english: String, _ chinese: String) -> String {
        ofThisRun == .chinese ? chinese : english
    }

    /// An option's help in this run's language.
    static func text(_ english: String, _ chinese: String) -> ArgumentHelp {
        ArgumentHelp(stringLiteral: ofThisRun == .chinese ? chinese : english)
    }
}

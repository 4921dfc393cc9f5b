import BeianKit
import Foundation

/// Writing to the terminal: data to stdout, diagnostics to stderr.
enum Terminal {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// How a command's diagnostics name request parameters: as a record's fields (batch), or as
    /// the options the command takes (`requests.agentId` becomes `--agent-id`).
    enum RequestNaming {
        case fields
        case options
    }

    /// Diagnostics as `severity: path: message` lines, hints indented below, prefixed with the
    /// input's name when there is one.
    static func report(_ diagnostics: [Diagnostic], source: String? = nil, naming: RequestNaming = .options) {
        guard !diagnostics.isEmpty else { return }
        let language = Language.ofThisRun
        var text = ""
        for diagnostic in diagnostics.localized(in: language) {
            var line = "\(severityLabel(diagnostic.severity, language)): "
            if !diagnostic.path.isEmpty { line += "\(diagnostic.path): " }
            line += diagnostic.message + "\n"
            if let hint = diagnostic.hint { line += (language == .chinese ? "  提示：" : "  hint: ") + hint + "\n" }
            if let source { text += "\(source): " }
            text += naming == .options ? namingOptions(line) : line
        }
        error(text)
    }

    /// `error`, `warning`, `note` — or 错误, 警告, 说明 for a Chinese reader.
    static func severityLabel(_ severity: Diagnostic.Severity, _ language: Language) -> String {
        guard language == .chinese else { return severity.rawValue }
        switch severity {
        case .error: return "错误"
        case .warning: return "警告"
        case .note: return "说明"
        }
    }

    /// Replaces each `requests.key` with the command-line option that carries it.
    static func namingOptions(_ text: String) -> String {
        text.replacing(/requests\.([a-zA-Z]+)/) { match in
            DocumentRequests.commandLineOption(for: String(match.output.1))
        }
    }
}

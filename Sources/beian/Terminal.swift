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

    /// Diagnostics as `severity: path: message` lines, hints indented below, prefixed with the
    /// input's name when there is one.
    static func report(_ diagnostics: [Diagnostic], source: String? = nil) {
        guard !diagnostics.isEmpty else { return }
        var text = ""
        for diagnostic in diagnostics {
            if let source { text += "\(source): " }
            text += "\(diagnostic.severity.rawValue): "
            if !diagnostic.path.isEmpty { text += "\(diagnostic.path): " }
            text += diagnostic.message + "\n"
            if let hint = diagnostic.hint { text += "  hint: \(hint)\n" }
        }
        error(text)
    }
}

import Foundation

// Usage: TemplateEmbedder TEMPLATES_DIR OUTPUT.swift
//
// Writes a Swift file holding every template file as a base64 literal keyed by its path relative
// to TEMPLATES_DIR. Base64 keeps any byte sequence a template author writes out of Swift's string
// escaping rules; the files are small, so the size cost does not matter.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: TemplateEmbedder TEMPLATES_DIR OUTPUT.swift\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1], isDirectory: true).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])

var entries: [(String, Data)] = []
if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in walker {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
        guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
        entries.append((relative, try Data(contentsOf: url)))
    }
}
entries.sort { $0.0 < $1.0 }

var source = """
    // Generated at build time by the EmbedTemplates plugin from the package's Templates/ folder.
    // Do not edit: change the files in Templates/ instead.

    enum BundledTemplates {
        /// Template files by path relative to `Templates/`, base64-encoded.
        static let files: [(path: String, base64: String)] = [

    """
for (path, data) in entries {
    source += "        (\(String(reflecting: path)), \"\(data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"

let existing = try? Data(contentsOf: output)
if existing != Data(source.utf8) {
    try Data(source.utf8).write(to: output, options: .atomic)
}

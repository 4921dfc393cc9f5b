import Foundation

/// The messages and hints of every diagnostic code in one language, read from the bundled
/// `messages/<language>.json` (compiled into the library with the templates).
///
/// A message is a template: `{name}` is replaced by the diagnostic's argument of that name.
public struct MessageCatalog: Sendable {
    /// One code's text.
    public struct Entry: Sendable, Hashable, Codable {
        /// What is wrong, as a template.
        public var message: String
        /// How to fix it, as a template.
        public var hint: String?
    }

    /// The language of this catalog.
    public let language: Language
    /// Entries by diagnostic code.
    public let entries: [String: Entry]

    /// The bundled catalog of `language`.
    public static func bundled(_ language: Language) -> MessageCatalog {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }

    private static let english = MessageCatalog(bundledLanguage: .english)
    private static let chinese = MessageCatalog(bundledLanguage: .chinese)

    /// Reads the bundled file; a catalog that does not parse is a build defect, which the catalog
    /// tests catch, so it reads as empty here rather than trapping at run time.
    private init(bundledLanguage: Language) {
        language = bundledLanguage
        let path = "messages/\(bundledLanguage.rawValue).json"
        guard let file = BundledTemplates.files.first(where: { $0.path == path }),
            let data = Data(base64Encoded: file.base64),
            let entries = try? JSONDecoder().decode([String: Entry].self, from: data)
        else {
            self.entries = [:]
            return
        }
        self.entries = entries
    }

    /// The entry of `code`; when the arguments name a `variant` (one code, differently worded cases,
    /// such as a near-miss field name against an unknown one), the entry `code#variant` if there is one.
    public func entry(_ code: String, _ arguments: [String: String] = [:]) -> Entry? {
        if let variant = arguments["variant"], let entry = entries[code + "#" + variant] { return entry }
        return entries[code]
    }

    /// `template` with each `{name}` replaced by `arguments[name]`; nil when an argument is missing,
    /// so the caller can fall back to the text written at the call site. Braces around anything
    /// but a name (`{…}`, `{}`) are text.
    public static func fill(_ template: String, _ arguments: [String: String]) -> String? {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                result += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            guard let value = arguments[String(name)] else { return nil }
            result += rest[..<open] + value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

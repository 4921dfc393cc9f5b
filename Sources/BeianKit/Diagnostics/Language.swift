/// The language diagnostics, hints and reports are written in. Documents are always Chinese;
/// this chooses only what the tool says to the person using it.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// English, the language the messages are written in at their call sites.
    case english = "en"
    /// Simplified Chinese, from the `messages/zh.json` catalog.
    case chinese = "zh"

    /// The language a POSIX locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is
    /// set and not empty decides, as it does for the C library; Chinese when it starts with `zh`.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .chinese : .english
            }
        }
        return .english
    }
}

/// Checks the domains filed for a website.
public enum DomainName {
    /// Checks a domain and returns it in canonical form (lower case, no final dot). Accepts
    /// internationalised names (`例子.中国`) and their `xn--` form; refuses URLs, IP addresses,
    /// wildcards and malformed labels.
    public static func validate(_ text: String) throws(IdentifierProblem) -> String {
        var domain = text.lowercased()
        if domain.hasSuffix(".") { domain.removeLast() }
        if domain.contains("://") || domain.contains("/") || domain.contains(":") || domain.contains("?") {
            throw IdentifierProblem(code: "domain.url", message: "'\(text)' is a web address, not a domain",
                                    hint: "write only the domain, e.g. example.cn instead of https://www.example.cn/")
        }
        if domain.contains("@") {
            throw IdentifierProblem(code: "domain.email", message: "'\(text)' is an e-mail address, not a domain",
                                    hint: "write only the part after @")
        }
        if domain.hasPrefix("*.") {
            throw IdentifierProblem(code: "domain.wildcard", message: "'\(text)' is a wildcard; filings list real domains",
                                    hint: "write the registered domain, e.g. example.cn")
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count == 4, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
            throw IdentifierProblem(code: "domain.ip", message: "'\(text)' is an IP address; filings are for domains",
                                    hint: "write the domain that points to the server")
        }
        guard labels.count >= 2, domain.utf8.count <= 253 else {
            throw IdentifierProblem(code: "domain.shape", message: "'\(text)' is not a domain: a domain has at least two labels separated by dots",
                                    hint: "write it as example.cn")
        }
        for label in labels {
            guard !label.isEmpty, label.utf8.count <= 63,
                  label.first != "-", label.last != "-",
                  label.allSatisfy({ $0 == "-" || ($0.isASCII ? ($0.isLetter || $0.isNumber) : ($0.isLetter || $0.isNumber)) })
            else {
                throw IdentifierProblem(code: "domain.label", message: "'\(text)' has an invalid part '\(label)'",
                                        hint: "each part between dots has letters, digits or inner hyphens, and is not empty")
            }
        }
        if let top = labels.last, top.allSatisfy(\.isNumber) {
            throw IdentifierProblem(code: "domain.tld", message: "'\(text)' ends in a number, which is no top-level domain",
                                    hint: "check the ending, e.g. .cn or .com")
        }
        return domain
    }
}

/// Checks the domains filed for a website.
public enum DomainName {
    /// Checks a domain and returns it in canonical form (lower case, no final dot). Accepts
    /// internationalised names (`例子.中国`) and their `xn--` form; refuses URLs, IP addresses,
    /// wildcards and malformed labels.
    public static func validate(_ text: String) throws(IdentifierProblem) -> String {
        if let domain = valid(ascii: text) { return domain }
        return try explained(text)
    }

    /// Checks character by character, to say exactly what is wrong; accepts the same valid
    /// values as the byte-level check.
    static func explained(_ text: String) throws(IdentifierProblem) -> String {
        var domain = text.lowercased()
        if domain.hasSuffix(".") { domain.removeLast() }
        if domain.contains("://") || domain.contains("/") || domain.contains(":") || domain.contains("?") {
            throw IdentifierProblem(
                code: "domain.url", message: "'\(text)' is a web address, not a domain",
                hint: "write only the domain, e.g. example.cn instead of https://www.example.cn/",
                arguments: ["value": text])
        }
        if domain.contains("@") {
            throw IdentifierProblem(
                code: "domain.email", message: "'\(text)' is an e-mail address, not a domain",
                hint: "write only the part after @",
                arguments: ["value": text])
        }
        if domain.hasPrefix("*.") {
            throw IdentifierProblem(
                code: "domain.wildcard", message: "'\(text)' is a wildcard; filings list real domains",
                hint: "write the registered domain, e.g. example.cn",
                arguments: ["value": text])
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count == 4, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
            throw IdentifierProblem(
                code: "domain.ip", message: "'\(text)' is an IP address; filings are for domains",
                hint: "write the domain that points to the server",
                arguments: ["value": text])
        }
        guard labels.count >= 2, domain.utf8.count <= 253 else {
            throw IdentifierProblem(
                code: "domain.shape", message: "'\(text)' is not a domain: a domain has at least two labels separated by dots",
                hint: "write it as example.cn",
                arguments: ["value": text])
        }
        for label in labels {
            guard !label.isEmpty, label.utf8.count <= 63,
                label.first != "-", label.last != "-",
                label.allSatisfy({ $0 == "-" || ($0.isASCII ? ($0.isLetter || $0.isNumber) : ($0.isLetter || $0.isNumber)) })
            else {
                throw IdentifierProblem(
                    code: "domain.label", message: "'\(text)' has an invalid part '\(label)'",
                    hint: "each part between dots has letters, digits or inner hyphens, and is not empty",
                    arguments: ["value": text, "label": String(label)])
            }
        }
        if let top = labels.last, top.allSatisfy(\.isNumber) {
            throw IdentifierProblem(
                code: "domain.tld", message: "'\(text)' ends in a number, which is no top-level domain",
                hint: "check the ending, e.g. .cn or .com",
                arguments: ["value": text])
        }
        return domain
    }

    /// The canonical domain when `text` is a valid ASCII domain, checked over its bytes; `nil`
    /// for internationalised names and anything the full check must explain.
    static func valid(ascii text: String) -> String? {
        var bytes = Array(text.utf8)
        if bytes.last == 0x2E { bytes.removeLast() }
        guard !bytes.isEmpty, bytes.count <= 253 else { return nil }
        var labels = 0, labelLength = 0, lastLabelAllDigits = true, previous: UInt8 = 0x2E
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case 0x41...0x5A:
                bytes[index] = byte + 0x20
                lastLabelAllDigits = false
            case 0x61...0x7A:
                lastLabelAllDigits = false
            case 0x30...0x39:
                break
            case 0x2D:
                guard previous != 0x2E else { return nil }
                lastLabelAllDigits = false
            case 0x2E:
                guard previous != 0x2E, previous != 0x2D else { return nil }
                labels += 1
                labelLength = 0
                lastLabelAllDigits = true
                previous = byte
                continue
            default:
                return nil
            }
            labelLength += 1
            guard labelLength <= 63 else { return nil }
            previous = byte
        }
        // The last label: not empty, no final hyphen, not all digits (which also rules out
        // IP addresses); at least two labels in all.
        guard previous != 0x2E, previous != 0x2D, !lastLabelAllDigits, labels >= 1 else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

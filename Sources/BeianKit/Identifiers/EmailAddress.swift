/// A light plausibility check of e-mail addresses: one `@`, a non-empty local part, a domain with
/// a dot, no spaces. Deliverability is not ours to judge.
enum EmailAddress {
    static func isPlausible(_ text: String) -> Bool {
        if let plausible = isPlausible(ascii: text) { return plausible }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.unicodeScalars.contains(" ") else { return false }
        let domain = parts[1]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// The same check over the bytes of an ASCII address (where bytes are characters), or `nil`
    /// for any other text: splitting by character costs more than the rest of a contact's checks.
    private static func isPlausible(ascii text: String) -> Bool? {
        var ats = 0, localLength = 0, labels = 0, labelLength = 0
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: " "): return false
            case UInt8(ascii: "@"):
                ats += 1
                guard ats == 1, localLength > 0 else { return false }
            case UInt8(ascii: ".") where ats == 1:
                guard labelLength > 0 else { return false }
                labels += 1
                labelLength = 0
            default:
                if ats == 0 { localLength += 1 } else { labelLength += 1 }
            }
        }
        return ats == 1 && labels >= 1 && labelLength > 0
    }
}

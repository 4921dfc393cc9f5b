/// The unified social credit code (统一社会信用代码, GB 32100-2015) of a unit.
///
/// 18 characters over `0123456789ABCDEFGHJKLMNPQRTUWXY`; character 18 checks the first 17, and
/// characters 9–17 are an organisation code (GB 11714) whose 9th character checks its first 8.
public enum UnifiedSocialCreditCode {
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// Checks a code and returns it in canonical (upper-case) form.
    public static func validate(_ text: String) throws(IdentifierProblem) -> String {
        if let code = valid(ascii: text) { return code }
        return try explained(text)
    }

    /// Checks character by character, to say exactly what is wrong; accepts the same valid
    /// values as the byte-level check.
    static func explained(_ text: String) throws(IdentifierProblem) -> String {
        let code = text.uppercased()
        guard code.count == 18 else {
            throw IdentifierProblem(
                code: "uscc.length", message: "'\(text)' has \(code.count) characters; a unified social credit code has 18",
                hint: "copy it from the business licence (营业执照)",
                arguments: ["value": text, "count": String(code.count)])
        }
        var values: [Int] = []
        for (offset, character) in code.enumerated() {
            guard let value = alphabet.firstIndex(of: character) else {
                let extra = "IOZSV".contains(character) ? " (I, O, Z, S and V are never used)" : ""
                throw IdentifierProblem(
                    code: "uscc.character", message: "'\(text)' has '\(character)' at position \(offset + 1), which a unified social credit code cannot contain\(extra)",
                    hint: "check for a letter O written for the digit 0, or I for 1",
                    arguments: ["value": text, "character": String(character), "position": String(offset + 1), "extra": extra])
            }
            values.append(value)
        }
        var sum = 0
        var weight = 1
        for value in values.prefix(17) {
            sum += value * weight
            weight = weight * 3 % 31
        }
        let expected = alphabet[(31 - sum % 31) % 31]
        guard expected == code.last else {
            throw IdentifierProblem(
                code: "uscc.check", message: "'\(text)' fails its check character: the 18th character should be '\(expected)'",
                hint: "a character is probably mistyped; compare it with the business licence",
                arguments: ["value": text, "expected": String(expected)])
        }
        let organization = String(Array(code)[8..<17])
        do {
            _ = try OrganizationCode.validate(organization)
        } catch {
            throw IdentifierProblem(
                code: "uscc.organization-code", message: "'\(text)': characters 9–17 (\(organization)) must be a valid organisation code, but \(error.message)",
                hint: "a character is probably mistyped; compare it with the business licence",
                arguments: ["value": text, "organization": organization, "detail": error.message])
        }
        return code
    }

    /// The code when it is valid, checked over its bytes; `nil` for anything the full check
    /// must explain. Character-by-character checking was a noticeable part of a batch.
    static func valid(ascii text: String) -> String? {
        var bytes = Array(text.utf8)
        guard bytes.count == 18 else { return nil }
        var sum = 0, weight = 1
        for index in 0..<18 {
            if bytes[index] >= 0x61 && bytes[index] <= 0x7A { bytes[index] -= 0x20 }
            guard let value = alphabetBytes.firstIndex(of: bytes[index]) else { return nil }
            if index < 17 {
                sum += value * weight
                weight = weight * 3 % 31
            } else if value != (31 - sum % 31) % 31 {
                return nil
            }
        }
        guard OrganizationCode.checkCharacter(of: bytes[8..<16]) == bytes[16] else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let alphabetBytes = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
}

/// The organisation code (组织机构代码, GB 11714): 8 characters and a check character, often written
/// with a dash before the check (`D2143569-X`).
public enum OrganizationCode {
    static let weights = [3, 7, 9, 10, 5, 8, 4, 2]

    /// Checks a code and returns it in canonical form (`D2143569-X`).
    public static func validate(_ text: String) throws(IdentifierProblem) -> String {
        let code = text.uppercased().replacingOccurrences(of: "-", with: "")
        guard code.count == 9 else {
            throw IdentifierProblem(code: "organization-code.length", message: "'\(text)' has \(code.count) characters without the dash; an organisation code has 9",
                                    hint: "write it as 8 characters, a dash and the check character, e.g. D2143569-X")
        }
        let characters = Array(code)
        var sum = 0
        for (index, character) in characters.prefix(8).enumerated() {
            guard let value = Self.value(of: character) else {
                throw IdentifierProblem(code: "organization-code.character", message: "'\(text)' has '\(character)', which an organisation code cannot contain",
                                        hint: "only digits and capital letters occur")
            }
            sum += value * weights[index]
        }
        let remainder = 11 - sum % 11
        let expected: Character = remainder == 10 ? "X" : remainder == 11 ? "0" : Character(String(remainder))
        guard characters[8] == expected else {
            throw IdentifierProblem(code: "organization-code.check", message: "'\(text)' fails its check character: it should be '\(expected)'",
                                    hint: "a character is probably mistyped")
        }
        return String(characters.prefix(8)) + "-" + String(characters[8])
    }

    private static func value(of character: Character) -> Int? {
        guard character.isASCII else { return nil }
        if let digit = character.wholeNumberValue { return digit }
        guard let ascii = character.asciiValue, ascii >= 65, ascii <= 90 else { return nil }
        return Int(ascii) - 55
    }
}

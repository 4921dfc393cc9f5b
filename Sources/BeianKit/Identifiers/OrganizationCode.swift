/// The organisation code (组织机构代码, GB 11714): 8 characters and a check character, often written
/// with a dash before the check (`D2143569-X`).
public enum OrganizationCode {
    static let weights = [3, 7, 9, 10, 5, 8, 4, 2]

    /// Checks a code and returns it in canonical form (`D2143569-X`).
    public static func validate(_ text: String) throws(IdentifierProblem) -> String {
        var bytes = text.utf8.filter { $0 != 0x2D }.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
        if bytes.count == 9, checkCharacter(of: bytes[0..<8]) == bytes[8] {
            bytes.insert(0x2D, at: 8)
            return String(decoding: bytes, as: UTF8.self)
        }
        return try explained(text)
    }

    /// Checks character by character, to say exactly what is wrong; accepts the same valid
    /// values as the byte-level check.
    static func explained(_ text: String) throws(IdentifierProblem) -> String {
        let code = text.uppercased().replacingOccurrences(of: "-", with: "")
        guard code.count == 9 else {
            throw IdentifierProblem(
                code: "organization-code.length", message: "'\(text)' has \(code.count) characters without the dash; an organisation code has 9",
                hint: "write it as 8 characters, a dash and the check character, e.g. D2143569-X",
                arguments: ["value": text, "count": String(code.count)])
        }
        let characters = Array(code)
        var sum = 0
        for (index, character) in characters.prefix(8).enumerated() {
            guard let value = Self.value(of: character) else {
                throw IdentifierProblem(
                    code: "organization-code.character", message: "'\(text)' has '\(character)', which an organisation code cannot contain",
                    hint: "only digits and capital letters occur",
                    arguments: ["value": text, "character": String(character)])
            }
            sum += value * weights[index]
        }
        let remainder = 11 - sum % 11
        let expected: Character = remainder == 10 ? "X" : remainder == 11 ? "0" : Character(String(remainder))
        guard characters[8] == expected else {
            throw IdentifierProblem(
                code: "organization-code.check", message: "'\(text)' fails its check character: it should be '\(expected)'",
                hint: "a character is probably mistyped",
                arguments: ["value": text, "expected": String(expected)])
        }
        return String(characters.prefix(8)) + "-" + String(characters[8])
    }

    /// The check character of eight code characters (digits and capital letters), as a byte;
    /// `nil` when one of them is neither.
    static func checkCharacter(of bytes: ArraySlice<UInt8>) -> UInt8? {
        guard bytes.count == 8 else { return nil }
        var sum = 0
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x30...0x39: sum += Int(byte - 0x30) * weights[index]
            case 0x41...0x5A: sum += (Int(byte) - 55) * weights[index]
            default: return nil
            }
        }
        let remainder = 11 - sum % 11
        return remainder == 10 ? 0x58 : remainder == 11 ? 0x30 : 0x30 + UInt8(remainder)
    }

    private static func value(of character: Character) -> Int? {
        guard character.isASCII else { return nil }
        if let digit = character.wholeNumberValue { return digit }
        guard let ascii = character.asciiValue, ascii >= 65, ascii <= 90 else { return nil }
        return Int(ascii) - 55
    }
}

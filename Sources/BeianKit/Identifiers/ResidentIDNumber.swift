/// An 18-character resident identity number (居民身份证号码, GB 11643), also the format of the
/// residence permits of Hong Kong, Macao and Taiwan residents.
public struct ResidentIDNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number in canonical form (a final `x` upper-cased).
    public let text: String
    /// The birth date the number encodes.
    public let birthDate: CalendarDate

    /// Whether the sequence code says male (odd) or female (even).
    public var isMale: Bool { Int(String(Array(text)[16]))! % 2 == 1 }

    public var description: String { text }

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// First two digits of the region codes in use (GB/T 2260), plus 81–83 for the residence
    /// permits of Hong Kong, Macao and Taiwan residents.
    static let regionPrefixes: Set<String> = [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ]

    /// Checks a number: region, a real birth date not after `today`, and the check digit.
    public init(_ input: String, today: CalendarDate) throws(IdentifierProblem) {
        if let valid = Self.valid(ascii: input, today: today) {
            self = valid
            return
        }
        self = try Self.explained(input, today: today)
    }

    /// Checks character by character, to say exactly what is wrong; accepts the same valid
    /// values as the byte-level check.
    static func explained(_ input: String, today: CalendarDate) throws(IdentifierProblem) -> ResidentIDNumber {
        let text = input.uppercased()
        if text.count == 15, text.allSatisfy(\.isNumber) {
            throw IdentifierProblem(
                code: "resident-id.old", message: "'\(input)' is a 15-digit first-generation ID number, no longer valid",
                hint: "use the 18-digit number of the current ID card", arguments: ["value": input])
        }
        guard text.count == 18 else {
            throw IdentifierProblem(
                code: "resident-id.length", message: "'\(input)' has \(text.count) characters; a resident ID number has 18",
                hint: "copy it from the ID card", arguments: ["value": input, "count": String(text.count)])
        }
        let characters = Array(text)
        guard characters.prefix(17).allSatisfy({ $0.isASCII && $0.isNumber }),
            characters[17].isASCII && (characters[17].isNumber || characters[17] == "X")
        else {
            throw IdentifierProblem(
                code: "resident-id.character", message: "'\(input)' must be 17 digits followed by a digit or X",
                hint: "copy it from the ID card", arguments: ["value": input])
        }
        guard Self.regionPrefixes.contains(String(characters[0...1])) else {
            throw IdentifierProblem(
                code: "resident-id.region", message: "'\(input)' starts with \(String(characters[0...1])), which is no region code",
                hint: "the first six digits are the region where the ID was issued; check them",
                arguments: ["value": input, "prefix": String(characters[0...1])])
        }
        guard let birth = CalendarDate(year: Int(String(characters[6...9]))!, month: Int(String(characters[10...11]))!, day: Int(String(characters[12...13]))!),
            birth.year >= 1850, birth <= today
        else {
            throw IdentifierProblem(
                code: "resident-id.birth-date", message: "'\(input)' encodes the birth date \(String(characters[6...13])), which is not a possible date",
                hint: "digits 7–14 are the birth date as YYYYMMDD; check them",
                arguments: ["value": input, "birthDate": String(characters[6...13])])
        }
        var sum = 0
        for index in 0..<17 { sum += characters[index].wholeNumberValue! * Self.weights[index] }
        let value = (12 - sum % 11) % 11
        let expected: Character = value == 10 ? "X" : Character(String(value))
        guard characters[17] == expected else {
            throw IdentifierProblem(
                code: "resident-id.check", message: "'\(input)' fails its check digit: the last character should be '\(expected)'",
                hint: "a digit is probably mistyped; compare with the ID card",
                arguments: ["value": input, "expected": String(expected)])
        }
        return ResidentIDNumber(text: text, birthDate: birth)
    }

    private init(text: String, birthDate: CalendarDate) {
        self.text = text
        self.birthDate = birthDate
    }

    /// The number when it is valid, checked over its bytes; `nil` for anything the full check
    /// must explain.
    static func valid(ascii input: String, today: CalendarDate) -> ResidentIDNumber? {
        var bytes = Array(input.utf8)
        guard bytes.count == 18 else { return nil }
        if bytes[17] == 0x78 { bytes[17] = 0x58 }
        var digits = [Int](repeating: 0, count: 17)
        for index in 0..<17 {
            guard bytes[index] >= 0x30 && bytes[index] <= 0x39 else { return nil }
            digits[index] = Int(bytes[index] - 0x30)
        }
        guard regionPrefixNumbers.contains(digits[0] * 10 + digits[1]) else { return nil }
        let number = { (range: Range<Int>) in digits[range].reduce(0) { $0 * 10 + $1 } }
        guard let birth = CalendarDate(year: number(6..<10), month: number(10..<12), day: number(12..<14)),
            birth.year >= 1850, birth <= today
        else { return nil }
        var sum = 0
        for index in 0..<17 { sum += digits[index] * weights[index] }
        let value = (12 - sum % 11) % 11
        guard bytes[17] == (value == 10 ? 0x58 : 0x30 + UInt8(value)) else { return nil }
        return ResidentIDNumber(text: String(decoding: bytes, as: UTF8.self), birthDate: birth)
    }

    private static let regionPrefixNumbers = Set(regionPrefixes.map { Int($0)! })
}

/// A filing number issued by the MIIT system: a subject's (`鄂ICP备2019012345号`), a website's
/// (`鄂ICP备2019012345号-1`), an App's (`…号-1A`) or a mini-program's (`…号-1X`).
public struct FilingNumber: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    /// What a filing number identifies.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The filing entity itself (主体备案号).
        case subject
        /// One website under a subject (网站备案号, suffix `-N`).
        case website
        /// One App under a subject (suffix `-NA`).
        case app
        /// One mini-program or quick app under a subject (suffix `-NX`).
        case miniProgram = "mini-program"

        /// A Chinese name for messages and documents.
        public var chineseName: String {
            switch self {
            case .subject: "主体备案号"
            case .website: "网站备案号"
            case .app: "App备案号"
            case .miniProgram: "小程序备案号"
            }
        }
    }

    /// The number as written, in canonical form.
    public let text: String
    /// The region whose bureau issued it.
    public let province: Province
    /// The abbreviation the number carries, kept as the user wrote it (`云` stays `云`).
    public let provinceMark: Character
    /// The serial digits between `ICP备` and `号`.
    public let serial: String
    /// The position after the dash, for a website, App or mini-program number.
    public let sequence: Int?
    /// What this number identifies.
    public let kind: Kind

    /// The subject number this number belongs to: everything before the dash.
    public var subjectNumber: String { "\(provinceMark)ICP备\(serial)号" }

    public var description: String { text }

    /// Orders by subject number, then website sequence: a subject before its websites, -2 before -10.
    public static func < (lhs: FilingNumber, rhs: FilingNumber) -> Bool {
        (lhs.subjectNumber, lhs.sequence ?? 0, lhs.kind.rawValue) < (rhs.subjectNumber, rhs.sequence ?? 0, rhs.kind.rawValue)
    }

    /// Parses a filing number, throwing a problem that says what is wrong with it and how to fix it.
    public init(_ text: String) throws(IdentifierProblem) {
        self = try FilingNumberParser.parse(text)
    }

    init(text: String, province: Province, provinceMark: Character, serial: String, sequence: Int?, kind: Kind) {
        self.text = text
        self.province = province
        self.provinceMark = provinceMark
        self.serial = serial
        self.sequence = sequence
        self.kind = kind
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try FilingNumber(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// Reads filing numbers. Kept apart from the value type so the grammar is in one place.
enum FilingNumberParser {
    static func parse(_ input: String) throws(IdentifierProblem) -> FilingNumber {
        if let number = wellFormed(input) { return number }
        return try diagnose(input)
    }

    /// The number when it is written exactly by the grammar, read over its UTF-8 bytes; `nil`
    /// sends anything else through `diagnose`, which accepts the same numbers and says what is
    /// wrong with the rest. Every record carries several numbers, and reading them by grapheme
    /// cost more than the rest of the record's checks.
    static func wellFormed(_ text: String) -> FilingNumber? {
        guard let first = text.unicodeScalars.first, first.value >= 0x80 else { return nil }
        let mark = Character(first)
        guard let province = Province.withAbbreviation(mark) else { return nil }
        var utf8 = Substring(text).utf8.dropFirst(String(first).utf8.count)
        func take(_ bytes: [UInt8]) -> Bool {
            guard utf8.starts(with: bytes) else { return false }
            utf8 = utf8.dropFirst(bytes.count)
            return true
        }
        func digits() -> Substring.UTF8View.SubSequence {
            let run = utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }
            utf8 = utf8.dropFirst(run.count)
            return run
        }
        guard take(Self.icpBei) else { return nil }
        let serial = digits()
        guard serial.count == 8 || serial.count == 10, take(Self.hao) else { return nil }
        let serialText = String(decoding: serial, as: UTF8.self)
        if utf8.isEmpty {
            return FilingNumber(text: text, province: province, provinceMark: mark, serial: serialText, sequence: nil, kind: .subject)
        }
        guard take([0x2D]) else { return nil }
        let sequenceDigits = digits()
        guard (1...4).contains(sequenceDigits.count), sequenceDigits.first != 0x30 else { return nil }
        let kind: FilingNumber.Kind
        switch Array(utf8) {
        case []: kind = .website
        case [0x41]: kind = .app
        case [0x58]: kind = .miniProgram
        default: return nil
        }
        let sequence = sequenceDigits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return FilingNumber(text: text, province: province, provinceMark: mark, serial: serialText, sequence: sequence, kind: kind)
    }

    private static let icpBei = Array("ICP备".utf8)
    private static let hao = Array("号".utf8)

    /// Reads a number grapheme by grapheme, to name precisely what is wrong with it.
    static func diagnose(_ input: String) throws(IdentifierProblem) -> FilingNumber {
        let text = input
        guard !text.isEmpty else {
            throw IdentifierProblem(
                code: "filing-number.empty", message: "the filing number is empty",
                hint: "write it as it appears in the MIIT public query, e.g. 鄂ICP备2019012345号-1")
        }
        let scalars = Array(text)
        guard let mark = scalars.first else { throw IdentifierProblem.unreadable(text) }
        let rest = String(scalars.dropFirst())
        if rest.hasPrefix("ICP证") {
            throw IdentifierProblem(
                code: "filing-number.licence",
                message: "'\(text)' is an ICP operating licence number (ICP证), not a filing number",
                hint: "use the filing number (…ICP备…号), which the MIIT public query shows beside the licence",
                arguments: ["value": text])
        }
        guard rest.hasPrefix("ICP备") else {
            if rest.uppercased().hasPrefix("ICP备") {
                throw IdentifierProblem(
                    code: "filing-number.case", message: "'\(text)' must write ICP in capitals",
                    hint: "write \(mark)ICP备…号", arguments: ["value": text, "mark": String(mark)])
            }
            if Province.withAbbreviation(mark) == nil, text.contains("ICP备") {
                throw IdentifierProblem.unknownProvince(text, mark)
            }
            throw IdentifierProblem.unreadable(text)
        }
        guard let province = Province.withAbbreviation(mark) else {
            throw IdentifierProblem.unknownProvince(text, mark)
        }
        let body = rest.dropFirst(4)  // after "ICP备"
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { throw IdentifierProblem.unreadable(text) }
        var tail = body.dropFirst(digits.count)
        guard tail.first == "号" else { throw IdentifierProblem.unreadable(text) }
        tail = tail.dropFirst()
        guard digits.count == 8 || digits.count == 10 else {
            throw IdentifierProblem(
                code: "filing-number.digits",
                message: "'\(text)' has \(digits.count) digits between ICP备 and 号; filing numbers have 8 or 10",
                hint: "copy the number from the MIIT public query (beian.miit.gov.cn)",
                arguments: ["value": text, "count": String(digits.count)])
        }
        if tail.isEmpty {
            return FilingNumber(
                text: text, province: province, provinceMark: mark, serial: String(digits),
                sequence: nil, kind: .subject)
        }
        guard tail.first == "-" else { throw IdentifierProblem.unreadable(text) }
        tail = tail.dropFirst()
        let sequenceDigits = tail.prefix { $0.isASCII && $0.isNumber }
        let suffix = String(tail.dropFirst(sequenceDigits.count))
        guard !sequenceDigits.isEmpty, sequenceDigits.count <= 4, let sequence = Int(sequenceDigits),
            sequence >= 1, !sequenceDigits.hasPrefix("0")
        else {
            throw IdentifierProblem(
                code: "filing-number.sequence",
                message: "'\(text)' must end with a dash and a number from 1 without leading zeros, such as -1",
                hint: "a website number is the subject number plus -N, e.g. \(mark)ICP备\(digits)号-1",
                arguments: ["value": text, "example": "\(mark)ICP备\(digits)号-1"])
        }
        let kind: FilingNumber.Kind
        switch suffix {
        case "": kind = .website
        case "A": kind = .app
        case "X": kind = .miniProgram
        default:
            throw IdentifierProblem(
                code: "filing-number.suffix",
                message: "'\(text)' ends in '\(suffix)'; only A (App) or X (mini-program) may follow the number",
                hint: "a website number ends in -N, an App number in -NA, a mini-program number in -NX",
                arguments: ["value": text, "suffix": suffix])
        }
        return FilingNumber(
            text: text, province: province, provinceMark: mark, serial: String(digits),
            sequence: sequence, kind: kind)
    }
}

/// Reads the attributes of form markup: applies each attribute's default and refuses values the
/// vocabulary cannot mean, naming the element's line.
///
/// An absent attribute takes the default the DTD declares, as a validating parser would have
/// filled it in (the markup is parsed without its DTD, see `MarkupNode.attribute(_:)`). The
/// `default:` each reader takes applies only when a custom DTD declares none.
struct AttributeReader {
    /// The markup, for errors.
    let markup: RenderedMarkup
    /// The DTD, for declared defaults.
    let dtd: FormDTD

    /// The attribute as written, else the DTD's default for it.
    private func lookUp(_ name: String, of element: MarkupNode) -> String? {
        element.attribute(name) ?? dtd.defaultValue(of: name, on: element.name)
    }

    /// The largest number any numeric attribute may hold; more is a template mistake, not a form.
    static let maximumNumber = 9999

    /// A text attribute, or its default; a required attribute without a default must be present.
    func text(_ name: String, of element: MarkupNode, default fallback: String? = nil) throws(MarkupError) -> String {
        if let value = lookUp(name, of: element) ?? fallback { return value }
        throw markup.error("<\(element.name)> needs a \(name)=\"…\" attribute", at: element)
    }

    /// A whole number from 1 (or 0 when `allowsZero`) to `maximumNumber`, or its default.
    func number(_ name: String, of element: MarkupNode, default fallback: Int, allowsZero: Bool = false) throws(MarkupError) -> Int {
        guard let value = lookUp(name, of: element) else { return fallback }
        return try number(value, named: name, of: element, allowsZero: allowsZero)
    }

    /// A whole number from 1 to `maximumNumber`, or `nil` when the attribute is absent.
    func optionalNumber(_ name: String, of element: MarkupNode) throws(MarkupError) -> Int? {
        guard let value = lookUp(name, of: element) else { return nil }
        return try number(value, named: name, of: element, allowsZero: false)
    }

    /// One of a fixed set of words, such as an alignment, or its default.
    func choice<Value: RawRepresentable & CaseIterable>(
        _ name: String, of element: MarkupNode, default fallback: Value
    ) throws(MarkupError) -> Value where Value.RawValue == String {
        guard let value = lookUp(name, of: element) else { return fallback }
        if let choice = Value(rawValue: value) { return choice }
        let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
        throw markup.error("<\(element.name)> \(name)=\"\(value)\" is not one of: \(allowed)", at: element)
    }

    /// `yes` or `no`, or the default.
    func flag(_ name: String, of element: MarkupNode, default fallback: Bool) throws(MarkupError) -> Bool {
        switch lookUp(name, of: element) {
        case nil: return fallback
        case "yes": return true
        case "no": return false
        case let value?: throw markup.error("<\(element.name)> \(name)=\"\(value)\" must be yes or no", at: element)
        }
    }

    /// Positive whole numbers separated by spaces or commas, such as `3 5 2` or `3,5,2`.
    func numbers(_ name: String, of element: MarkupNode) throws(MarkupError) -> [Int] {
        let value = try text(name, of: element)
        let pieces = value.split { $0 == "," || $0 == " " || $0 == "\t" || $0 == "\n" }
        guard !pieces.isEmpty else {
            throw markup.error("<\(element.name)> \(name)=\"\(value)\" lists no numbers", at: element)
        }
        var numbers: [Int] = []
        for piece in pieces {
            numbers.append(try number(String(piece), named: name, of: element, allowsZero: false))
        }
        return numbers
    }

    /// An ISO date `YYYY-MM-DD`, or `nil` when the attribute is absent or empty.
    func date(_ name: String, of element: MarkupNode) throws(MarkupError) -> CalendarDate? {
        guard let raw = lookUp(name, of: element) else { return nil }
        let value = raw.trimmingXMLSpace
        if value.isEmpty { return nil }
        let characters = Array(value.utf8)
        let digitsAt = [0, 1, 2, 3, 5, 6, 8, 9]
        if characters.count == 10, characters[4] == UInt8(ascii: "-"), characters[7] == UInt8(ascii: "-"),
            digitsAt.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(characters[$0]) }),
            let year = Int(value.prefix(4)), let month = Int(value.dropFirst(5).prefix(2)), let day = Int(value.suffix(2)),
            let date = CalendarDate(year: year, month: month, day: day)
        {
            return date
        }
        throw markup.error("<\(element.name)> \(name)=\"\(raw)\" is not a date like 2026-11-22", at: element)
    }

    private func number(_ value: String, named name: String, of element: MarkupNode, allowsZero: Bool) throws(MarkupError) -> Int {
        let digits = value.trimmingXMLSpace
        let lowest = allowsZero ? 0 : 1
        if !digits.isEmpty, digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let number = Int(digits), (lowest...Self.maximumNumber).contains(number)
        {
            return number
        }
        let kind = allowsZero ? "a whole number from 0" : "a positive whole number up"
        throw markup.error("<\(element.name)> \(name)=\"\(value)\" must be \(kind) to \(Self.maximumNumber)", at: element)
    }
}

private extension String {
    /// Without leading and trailing XML white space (space, tab, line breaks).
    var trimmingXMLSpace: String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last, isSpace(first) || isSpace(last) else { return self }
        let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
        guard start != bytes.endIndex, let end = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}

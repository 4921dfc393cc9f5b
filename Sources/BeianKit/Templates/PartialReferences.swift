/// A tag that includes another template: a partial (`{{> name}}`) or a parent (`{{< name}}…{{/name}}`).
struct PartialReference: Sendable, Hashable {
    /// The included template's name; for a dynamic tag, the context key that would name it.
    var name: String
    /// `{{>*key}}` or `{{<*key}}`: the template is named by the data at render time.
    var dynamic: Bool
    /// The opening delimiter's 1-based line and column.
    var line: Int
    var column: Int
}

/// Finds the tags of a Mustache source that include other templates, following set-delimiter
/// tags (`{{=<% %>=}}`) and skipping comments the way swift-mustache's parser reads them. Run on
/// sources the parser accepted, it finds the same partials the renderer will include.
enum PartialReferences {
    /// Characters swift-mustache accepts in a partial's name.
    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    static func scan(_ source: String) -> [PartialReference] {
        let text = Array(source)
        var opening: [Character] = ["{", "{"]
        var closing: [Character] = ["}", "}"]
        var references: [PartialReference] = []
        var position = 0

        func find(_ delimiter: [Character], from start: Int) -> Int? {
            guard !delimiter.isEmpty, text.count >= delimiter.count else { return nil }
            var index = start
            while index + delimiter.count <= text.count {
                if text[index] == delimiter[0], Array(text[index..<index + delimiter.count]) == delimiter { return index }
                index += 1
            }
            return nil
        }
        func skipSpace(_ index: inout Int) {
            while index < text.count, text[index].isWhitespace { index += 1 }
        }
        func read(_ index: inout Int, while accept: (Character) -> Bool) -> [Character] {
            let start = index
            while index < text.count, accept(text[index]) { index += 1 }
            return Array(text[start..<index])
        }
        func reads(_ delimiter: [Character], at index: inout Int) -> Bool {
            guard index + delimiter.count <= text.count, Array(text[index..<index + delimiter.count]) == delimiter else { return false }
            index += delimiter.count
            return true
        }

        while let tag = find(opening, from: position) {
            var index = tag + opening.count
            guard index < text.count else { break }
            switch text[index] {
            case "=":
                index += 1
                skipSpace(&index)
                let newOpening = read(&index) { !$0.isWhitespace }
                skipSpace(&index)
                let newClosing = read(&index) { $0 != "=" && !$0.isWhitespace }
                skipSpace(&index)
                guard !newOpening.isEmpty, !newClosing.isEmpty, reads(["="], at: &index), reads(closing, at: &index) else {
                    return references  // malformed: the parser refuses the template
                }
                opening = newOpening
                closing = newClosing
                position = index
            case ">", "<":
                let sigil = text[index]
                index += 1
                skipSpace(&index)
                var dynamic = false
                if sigil == ">", index < text.count, text[index] == "*" {
                    dynamic = true
                    index += 1
                }
                skipSpace(&index)
                var name = String(read(&index) { nameCharacters.contains($0) })
                if sigil == "<", name.first == "*" {
                    dynamic = true
                    name.removeFirst()
                }
                skipSpace(&index)
                guard reads(closing, at: &index) else { return references }
                let (line, column) = location(of: tag, in: text)
                references.append(PartialReference(name: name, dynamic: dynamic, line: line, column: column))
                position = index
            default:
                // Comments, variables, sections: their names cannot contain the closing delimiter.
                guard let end = find(closing, from: index) else { return references }
                position = end + closing.count
            }
        }
        return references
    }

    /// The 1-based line and column of a character.
    private static func location(of offset: Int, in text: [Character]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text[..<offset] {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}

/// Filling in the values of a document parsed from markup with stand-ins (``MarkupPlaceholder``).
extension Document {
    /// Whether the stand-ins 0..<`count` each appear exactly once, all in text runs, and the
    /// document holds no other stand-in character: only then does filling in the values give
    /// the document that parsing the markup with the values in it would have.
    func holdsStandInsOnlyInText(count: Int) -> Bool {
        var seen = Array(repeating: false, count: count)
        var sound = !MarkupPlaceholder.containsSentinel(title)
        let document = mappingText { text in
            guard sound, let pieces = Self.standInPieces(of: text) else {
                sound = false
                return text
            }
            for case .standIn(let index) in pieces {
                guard index < count, !seen[index] else {
                    sound = false
                    return text
                }
                seen[index] = true
            }
            return text
        }
        document.forEachLabel { label in
            if MarkupPlaceholder.containsSentinel(label) { sound = false }
        }
        return sound && !seen.contains(false)
    }

    /// The document with each stand-in replaced by its value. Call it only on a document that
    /// passed ``holdsStandInsOnlyInText(count:)`` with `values.count`.
    func fillingStandIns(with values: [String]) -> Document {
        mappingText { text in
            guard let pieces = Self.standInPieces(of: text), pieces.count > 1 || pieces.first?.isText == false else { return text }
            var filled = ""
            for piece in pieces {
                switch piece {
                case .text(let text): filled += text
                case .standIn(let index): filled += values[index]
                }
            }
            return filled
        }
    }

    /// A piece of text with stand-ins.
    private enum Piece {
        case text(Substring)
        case standIn(Int)

        var isText: Bool {
            if case .text = self { return true }
            return false
        }
    }

    /// The text cut at its stand-ins, or `nil` when a stand-in character stands outside a
    /// well-formed stand-in.
    private static func standInPieces(of text: String) -> [Piece]? {
        // U+E000 and U+E001 are EE 80 80 and EE 80 81 in UTF-8; most text has neither.
        guard text.containsUTF8Byte(0xEE) else { return [.text(text[...])] }
        var pieces: [Piece] = []
        let scalars = text.unicodeScalars
        var pieceStart = scalars.startIndex
        var position = scalars.startIndex
        while position < scalars.endIndex {
            let scalar = scalars[position]
            if scalar == MarkupPlaceholder.close { return nil }
            guard scalar == MarkupPlaceholder.open else {
                position = scalars.index(after: position)
                continue
            }
            if pieceStart < position { pieces.append(.text(Substring(scalars[pieceStart..<position]))) }
            var index = 0
            var digits = 0
            position = scalars.index(after: position)
            while position < scalars.endIndex, case let value = scalars[position].value, value >= 0x30, value <= 0x39 {
                index = index * 10 + Int(value - 0x30)
                digits += 1
                position = scalars.index(after: position)
            }
            guard digits > 0, digits < 10, position < scalars.endIndex, scalars[position] == MarkupPlaceholder.close else { return nil }
            pieces.append(.standIn(index))
            position = scalars.index(after: position)
            pieceStart = position
        }
        if pieceStart < scalars.endIndex { pieces.append(.text(Substring(scalars[pieceStart...]))) }
        return pieces
    }

    /// The document with every text run's text transformed.
    private func mappingText(_ transform: (String) -> String) -> Document {
        var document = self
        document.blocks = blocks.map { $0.mappingText(transform) }
        return document
    }

    /// Calls `body` with every label (signature boxes, date lines, fields).
    private func forEachLabel(_ body: (String) -> Void) {
        for block in blocks { block.forEachLabel(body) }
    }
}

extension Block {
    fileprivate func mappingText(_ transform: (String) -> String) -> Block {
        switch self {
        case .title(let paragraph):
            return .title(paragraph.mappingText(transform))
        case .heading(let paragraph):
            return .heading(paragraph.mappingText(transform))
        case .paragraph(let paragraph):
            return .paragraph(paragraph.mappingText(transform))
        case .note(let paragraph):
            return .note(paragraph.mappingText(transform))
        case .list(var list):
            list.items = list.items.map { $0.map { $0.mappingText(transform) } }
            return .list(list)
        case .table(var table):
            for row in table.rows.indices {
                for cell in table.rows[row].cells.indices {
                    table.rows[row].cells[cell].blocks = table.rows[row].cells[cell].blocks.map { $0.mappingText(transform) }
                }
            }
            return .table(table)
        case .signature, .dateLine, .spacer, .pageBreak:
            return self
        }
    }

    fileprivate func forEachLabel(_ body: (String) -> Void) {
        switch self {
        case .title(let paragraph), .heading(let paragraph), .paragraph(let paragraph), .note(let paragraph):
            paragraph.content.forEach { $0.forEachLabel(body) }
        case .list(let list):
            list.items.forEach { $0.forEach { $0.forEachLabel(body) } }
        case .table(let table):
            table.rows.forEach { $0.cells.forEach { $0.blocks.forEach { $0.forEachLabel(body) } } }
        case .signature(let box): body(box.label)
        case .dateLine(let line): body(line.label)
        case .spacer, .pageBreak: break
        }
    }
}

extension Paragraph {
    fileprivate func mappingText(_ transform: (String) -> String) -> Paragraph {
        var paragraph = self
        paragraph.content = content.map { $0.mappingText(transform) }
        return paragraph
    }
}

extension Inline {
    fileprivate func mappingText(_ transform: (String) -> String) -> Inline {
        switch self {
        case .text(let text, let style): .text(transform(text), style)
        case .checkbox(let checked, let label): .checkbox(checked: checked, label: label.map { $0.mappingText(transform) })
        case .field(let label, let value, let width): .field(label: label, value: value.map { $0.mappingText(transform) }, width: width)
        case .blank, .lineBreak: self
        }
    }

    fileprivate func forEachLabel(_ body: (String) -> Void) {
        switch self {
        case .checkbox(_, let label): label.forEach { $0.forEachLabel(body) }
        case .field(let label, let value, _):
            body(label)
            value.forEach { $0.forEachLabel(body) }
        case .text, .blank, .lineBreak: break
        }
    }
}

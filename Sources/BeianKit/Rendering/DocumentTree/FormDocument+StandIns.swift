/// Filling in the values of a document parsed from markup with stand-ins (``MarkupPlaceholder``).
extension FormDocument {
    /// Whether the stand-ins 0..<`count` each appear exactly once, all in text runs, and the
    /// document holds no other stand-in character: only then does filling in the values give
    /// the document that parsing the markup with the values in it would have.
    func holdsStandInsOnlyInText(count: Int) -> Bool {
        var seen = Array(repeating: false, count: count)
        var sound = !MarkupPlaceholder.containsSentinel(title)
        let document = mappingText { text in
            guard sound, let indexes = Self.standInIndexes(in: text) else {
                sound = false
                return text
            }
            for index in indexes {
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
    func fillingStandIns(with values: [String]) -> FormDocument {
        mappingText { text in
            // Most text runs hold no stand-in: U+E000 starts with the byte EE.
            guard text.containsUTF8Byte(0xEE) else { return text }
            var text = text
            return text.withUTF8 { bytes in
                guard let pieces = MarkupPlaceholder.pieces(of: bytes) else { return String(decoding: bytes, as: UTF8.self) }
                var filled = ""
                for piece in pieces {
                    switch piece {
                    case .bytes(let range): filled += String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                    case .standIn(let index): filled += values[index]
                    }
                }
                return filled
            }
        }
    }

    /// The indexes of the stand-ins in `text`, or `nil` when a stand-in character stands outside
    /// a well-formed stand-in.
    private static func standInIndexes(in text: String) -> [Int]? {
        guard text.containsUTF8Byte(0xEE) else { return [] }
        var text = text
        return text.withUTF8 { bytes in
            MarkupPlaceholder.pieces(of: bytes).map { pieces in
                pieces.compactMap { piece in
                    if case .standIn(let index) = piece { return index }
                    return nil
                }
            }
        }
    }

    /// The document with every text run's text transformed.
    private func mappingText(_ transform: (String) -> String) -> FormDocument {
        var document = self
        document.blocks = blocks.map { $0.mappingText(transform) }
        return document
    }

    /// Calls `body` with every label (signature boxes, date lines, fields).
    private func forEachLabel(_ body: (String) -> Void) {
        for block in blocks { block.forEachLabel(body) }
    }
}

extension FormBlock {
    fileprivate func mappingText(_ transform: (String) -> String) -> FormBlock {
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
            if let anchor = paragraph.anchor { body(anchor) }
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

extension FormParagraph {
    fileprivate func mappingText(_ transform: (String) -> String) -> FormParagraph {
        var paragraph = self
        paragraph.content = content.map { $0.mappingText(transform) }
        return paragraph
    }
}

extension FormInline {
    fileprivate func mappingText(_ transform: (String) -> String) -> FormInline {
        switch self {
        case .text(let text, let style): .text(transform(text), style)
        case .checkbox(let checked, let label): .checkbox(checked: checked, label: label.map { $0.mappingText(transform) })
        case .field(let label, let value, let width): .field(label: label, value: value.map { $0.mappingText(transform) }, width: width)
        case .pageReference(let anchor, let fallback): .pageReference(to: anchor, fallback: fallback.map { $0.mappingText(transform) })
        case .blank, .lineBreak: self
        }
    }

    fileprivate func forEachLabel(_ body: (String) -> Void) {
        switch self {
        case .checkbox(_, let label): label.forEach { $0.forEachLabel(body) }
        case .field(let label, let value, _):
            body(label)
            value.forEach { $0.forEachLabel(body) }
        case .pageReference(let anchor, let fallback):
            // The anchor's name is matched as written: a value in it would change what it names.
            body(anchor)
            fallback.forEach { $0.forEachLabel(body) }
        case .text, .blank, .lineBreak: break
        }
    }
}

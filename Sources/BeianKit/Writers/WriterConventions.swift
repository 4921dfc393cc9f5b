// Choices the HTML and text writers share, so a form says the same thing in a browser, on
// paper and in a terminal.

extension DateLine {
    /// What is left for handwriting when no date is printed: ideographic spaces, which keep their
    /// width in every writer (HTML does not collapse them, terminals show them two columns wide).
    static let handwrittenDate = "　　　　年　　月　　日"

    /// The label followed by the printed date (`2026年11月22日`) or the blank for handwriting.
    var printedText: String {
        label + (date?.chinese ?? DateLine.handwrittenDate)
    }
}

extension SignatureBox {
    /// The caption ending in a full-width colon, as a line to sign on follows it
    /// (`法定代表人（签字）：`); a caption that already ends in a colon is left alone.
    var captionWithColon: String {
        if label.isEmpty || label.hasSuffix("：") || label.hasSuffix(":") { return label }
        return label + "："
    }
}

extension FormParagraph {
    /// The alignment to use inside a table cell. Paragraphs default to `.justify`, which a cell
    /// cannot tell from "not set", so a justified paragraph follows the cell's alignment (a
    /// centred label cell stays centred); any other alignment is the author's explicit choice.
    func alignment(inCellAligned cellAlignment: FormAlignment?) -> FormAlignment {
        guard let cellAlignment, alignment == .justify else { return alignment }
        return cellAlignment
    }
}

extension FormInline {
    /// Whether a field value prints nothing, so the writer leaves an underlined blank instead.
    static func isBlank(_ content: [FormInline]) -> Bool {
        content.allSatisfy { inline in
            if case .text(let text, _) = inline { return text.isEmpty }
            return false
        }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a control or non-character that neither writer may pass through:
    /// XML rejects most C0 controls and U+FFFE/U+FFFF, and C0/C1 controls (escape sequences) would
    /// let filing data drive the reader's terminal. Tab, line feed and carriage return are fine.
    var isUnprintableInDocuments: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F..<0xA0, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}

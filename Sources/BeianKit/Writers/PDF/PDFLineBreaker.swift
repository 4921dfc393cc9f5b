/// Breaks inline content into lines of measured glyphs, by the rules Chinese typesetting
/// follows: a line may break between two ideographs; closing punctuation (`，。）》`) never starts
/// a line and opening punctuation (`（《“`) never ends one; Latin words and identifiers
/// (domains, e-mail addresses, codes, filing numbers such as `鄂ICP备2019012345号-1`) are never
/// broken inside. Only a piece wider than the whole line is cut, at a character boundary, and
/// that is listed in ``overflows`` so the writer can warn.
struct PDFLineBreaker {
    /// One unbreakable piece: an ideograph with its glued punctuation, a word, a space.
    private struct Piece {
        var marks: [PDFMark] = []
        var width = 0.0
        var isSpace = false
        var breakBefore = true
        var isHardBreak = false
    }

    /// A laid-out line: its marks and their total width.
    struct Line {
        var marks: [PDFMark]
        var width: Double
        /// Whether the line ends because the next one wrapped (a justified line stretches).
        var wrapped: Bool
    }

    private let fonts: PDFFonts
    /// The page each anchor starts on, for page references; a reference to an anchor not here
    /// prints its fallback words.
    private let pageNumbers: [String: Int]
    private var pieces: [Piece] = []
    private var glueNext = false
    /// Characters no face holds.
    private(set) var missing: [PDFMissingCharacter] = []
    /// The text of pieces cut because they were wider than the line.
    private(set) var overflows: [String] = []
    /// Every glyph set, by face, with the character it stands for.
    private(set) var used = PDFGlyphUse()

    init(fonts: PDFFonts, pageNumbers: [String: Int] = [:]) {
        self.fonts = fonts
        self.pageNumbers = pageNumbers
    }

    // MARK: Collecting

    mutating func add(_ content: [FormInline], style: PDFRunStyle) {
        for inline in content {
            switch inline {
            case .text(let text, let textStyle):
                var runStyle = style
                if textStyle.bold { runStyle.role = runStyle.role.bold }
                runStyle.underline = style.underline || textStyle.underline
                add(text: text, style: runStyle)
            case .checkbox(let checked, let label):
                append(Piece(marks: [.box(checked: checked, size: style.size)], width: style.size, breakBefore: !glueNext))
                glueNext = true
                add(label, style: style)
            case .field(let label, let value, let width):
                if !label.isEmpty {
                    let colon = label.hasSuffix("：") || label.hasSuffix(":") ? "" : "："
                    add(text: label + colon, style: style)
                }
                if WordDocumentXML.isBlank(value) {
                    glueNext = !label.isEmpty
                    addBlank(width: width, style: style)
                } else {
                    var underlined = style
                    underlined.underline = true
                    add(value, style: underlined)
                }
            case .blank(let width):
                addBlank(width: width, style: style)
            case .lineBreak:
                append(Piece(isHardBreak: true))
                glueNext = false
            case .pageReference(let anchor, let fallback):
                if let page = pageNumbers[anchor] {
                    add(text: "第\(page)页", style: style)
                } else {
                    add(fallback, style: style)
                }
            }
        }
    }

    mutating func addBlank(width: Int, style: PDFRunStyle) {
        let characters = Double(min(max(width, 1), WordDocumentXML.maximumBlankWidth))
        append(Piece(marks: [.blank(width: characters * style.size)], width: characters * style.size, breakBefore: !glueNext))
        glueNext = false
    }

    mutating func add(text: String, style: PDFRunStyle) {
        let characters = Array(text)
        let glued = PDFLineBreaker.identifierSpans(characters)
        for (index, character) in characters.enumerated() {
            if character.isNewline {
                append(Piece(isHardBreak: true))
                glueNext = false
                continue
            }
            if character == " " || character == "\t" {
                let width = advance(of: " ", role: style.role) * style.size / 1000
                if style.underline, let glyph = fonts.face(style.role).glyph(for: " ") {
                    used.add(glyph, " ", role: style.role)
                }
                append(Piece(marks: [.space(width: width, underline: style.underline)], width: width, isSpace: true))
                glueNext = false
                continue
            }
            let character = character.unicodeScalars.contains(where: \.isUnprintableInDocuments) ? "\u{FFFD}" : character
            var marks: [PDFMark] = []
            var width = 0.0
            for scalar in character.unicodeScalars {
                guard let glyph = fonts.face(style.role).glyph(for: scalar) else {
                    // Joiners and selectors print nothing; anything else the face lacks is an error.
                    if scalar.properties.generalCategory != .format, scalar.properties.generalCategory != .nonspacingMark,
                        !(0xFE00...0xFE0F).contains(scalar.value)
                    {
                        missing.append(PDFMissingCharacter(scalar: scalar, text: text))
                    }
                    continue
                }
                let advance = Double(fonts.face(style.role).advance(of: glyph)) * style.size / 1000
                used.add(glyph, scalar, role: style.role)
                marks.append(
                    .glyph(
                        style.role, size: style.size, glyph: glyph, text: scalar, advance: advance,
                        underline: style.underline))
                width += advance
            }
            let wide = character.unicodeScalars.first.map(PDFLineBreaker.isWide) ?? false
            let closing = PDFLineBreaker.closingPunctuation.contains(character)
            if glued[index] || (!wide && extendsWord()) {
                // Part of an identifier, or a narrow character after a narrow word: same piece.
                pieces[pieces.count - 1].marks += marks
                pieces[pieces.count - 1].width += width
            } else {
                append(Piece(marks: marks, width: width, breakBefore: !glueNext && !closing))
            }
            lastWasNarrow = !wide
            glueNext = PDFLineBreaker.openingPunctuation.contains(character)
        }
        lastWasNarrow = false
    }

    /// Whether the previous character was narrow (Latin, digits): a narrow one joins its word.
    private var lastWasNarrow = false

    private func extendsWord() -> Bool {
        guard let last = pieces.last, !last.isSpace, !last.isHardBreak, !glueNext else { return false }
        return lastWasNarrow
    }

    private mutating func append(_ piece: Piece) {
        pieces.append(piece)
        lastWasNarrow = false
    }

    private func advance(of character: Unicode.Scalar, role: PDFFonts.Role) -> Double {
        fonts.face(role).glyph(for: character).map { Double(fonts.face(role).advance(of: $0)) } ?? 500
    }

    /// For each character, whether it continues an identifier that began before it: a filing
    /// number (`鄂ICP备2019012345号-1`), whose ideographs would otherwise allow breaks.
    static func identifierSpans(_ characters: [Character]) -> [Bool] {
        var glued = Array(repeating: false, count: characters.count)
        guard characters.count >= 5 else { return glued }
        var index = 1
        while index + 3 < characters.count {
            // After the province's abbreviation: glued to it, so never to a space or line break.
            guard characters[index] == "I", characters[index + 1] == "C", characters[index + 2] == "P",
                characters[index + 3] == "备", !characters[index - 1].isWhitespace
            else {
                index += 1
                continue
            }
            var end = index + 4
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            if end < characters.count, characters[end] == "号" { end += 1 }
            if end + 1 < characters.count, characters[end] == "-", characters[end + 1].isNumber {
                end += 1
                while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            }
            for glue in index..<end { glued[glue] = true }
            index = end
        }
        glueDates(characters, into: &glued)
        return glued
    }

    /// A Chinese date (`2026年12月7日`) is read as one thing: a break inside it would print
    /// "2026年12" at a line's end and "月7日" at the next one's start.
    static func glueDates(_ characters: [Character], into glued: inout [Bool]) {
        func digits(from start: Int, atMost: Int) -> Int {
            var end = start
            while end < characters.count, end - start < atMost, characters[end].isASCII, characters[end].isNumber { end += 1 }
            return end
        }
        var index = 0
        while index < characters.count {
            let year = digits(from: index, atMost: 4)
            guard year - index == 4, year < characters.count, characters[year] == "年",
                index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isNumber)
            else {
                index += 1
                continue
            }
            let month = digits(from: year + 1, atMost: 2)
            guard month > year + 1, month < characters.count, characters[month] == "月" else {
                index = year + 1
                continue
            }
            var end = month + 1
            let day = digits(from: month + 1, atMost: 2)
            if day > month + 1, day < characters.count, characters[day] == "日" { end = day + 1 }
            for glue in (index + 1)..<end { glued[glue] = true }
            index = end
        }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        DisplayWidth.of(Character(scalar)) == 2
    }

    static let closingPunctuation: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〉", "”", "’", "…", "·",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]
    static let openingPunctuation: Set<Character> = [
        "（", "《", "「", "『", "【", "〈", "“", "‘", "(", "[", "{",
    ]

    // MARK: Laying out

    /// The lines of what was added, the first `firstIndent` points narrower than `width`.
    mutating func lines(width: Double, firstIndent: Double = 0) -> [Line] {
        var lines: [Line] = []
        var marks: [PDFMark] = []
        var lineWidth = 0.0
        var room: Double { max(width - (lines.isEmpty ? firstIndent : 0) - lineWidth, 0) }

        func finish(wrapped: Bool) {
            while case .space? = marks.last {
                lineWidth -= marks.removeLast().width
            }
            lines.append(Line(marks: marks, width: lineWidth, wrapped: wrapped))
            marks = []
            lineWidth = 0
        }

        var index = 0
        while index < pieces.count {
            if pieces[index].isHardBreak {
                finish(wrapped: false)
                index += 1
                continue
            }
            var end = index + 1
            while end < pieces.count, !pieces[end].breakBefore, !pieces[end].isHardBreak { end += 1 }
            let segment = pieces[index..<end]
            index = end
            let segmentWidth = segment.reduce(0) { $0 + $1.width }
            if segment.allSatisfy(\.isSpace) {
                if marks.isEmpty && !lines.isEmpty { continue }
            } else if segmentWidth > room + 0.01, !marks.isEmpty {
                finish(wrapped: true)
            }
            for piece in segment {
                if piece.width <= room + 0.01 || piece.isSpace {
                    marks += piece.marks
                    lineWidth += piece.width
                    continue
                }
                overflows.append(
                    String(
                        String.UnicodeScalarView(
                            piece.marks.compactMap { mark -> Unicode.Scalar? in
                                if case .glyph(_, _, _, let scalar, _, _) = mark { return scalar }
                                return nil
                            })))
                for mark in piece.marks {
                    if mark.width > room + 0.01, !marks.isEmpty { finish(wrapped: true) }
                    marks.append(mark)
                    lineWidth += mark.width
                }
            }
        }
        finish(wrapped: false)
        return lines
    }
}

extension PDFFonts.Role {
    /// The bold face of the same family.
    var bold: PDFFonts.Role {
        switch self {
        case .serif, .serifBold: .serifBold
        case .sans, .sansBold: .sansBold
        }
    }
}

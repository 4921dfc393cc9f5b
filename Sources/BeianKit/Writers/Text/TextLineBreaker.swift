/// Breaks inline content into lines of at most a given display width, for the text writer.
///
/// Chinese text may break between any two characters, Latin text at spaces. Closing punctuation
/// (`，。）`) never starts a line and opening punctuation (`（《`) never ends one, the line-breaking
/// rules Chinese typesetting follows. A word wider than the line is cut where it must be.
struct TextLineBreaker {
    /// One unbreakable piece of a line: a Chinese character, a Latin word, a space, a blank.
    private struct Piece {
        var text: String
        var width: Int
        var isSpace: Bool
        /// Whether a line may end just before this piece.
        var breakBefore: Bool
        /// Whether this piece ends a hard line (`FormInline.lineBreak` or a newline in the text).
        var isHardBreak = false
    }

    private var pieces: [Piece] = []
    /// Set after opening punctuation or a tick box, so the next piece stays on the same line.
    private var glueNext = false

    /// Lays out `content` in lines at most `width` columns wide. The first line starts with
    /// `firstPrefix` (an indent or a list marker), later lines with `continuationPrefix`; the
    /// lines are then aligned within `width`. Lines carry no trailing spaces.
    static func lines(
        _ content: [FormInline], width: Int, alignment: FormAlignment = .left,
        firstPrefix: String = "", continuationPrefix: String = ""
    ) -> [String] {
        var breaker = TextLineBreaker()
        breaker.add(content)
        return breaker.layout(
            width: width, alignment: alignment,
            firstPrefix: firstPrefix, continuationPrefix: continuationPrefix)
    }

    // MARK: Collecting pieces

    private mutating func add(_ content: [FormInline]) {
        for inline in content {
            switch inline {
            case .text(let text, _):
                // Bold and underline have no plain-text form; the words are what matter.
                add(text: text)
            case .checkbox(let checked, let label):
                addUnbreakable(checked ? "[x] " : "[ ] ")
                glueNext = true
                add(label)
            case .field(let label, let value, let width):
                if !label.isEmpty { add(text: label + "：") }
                if FormInline.isBlank(value) {
                    // The blank belongs with its label: `电话：____` does not split at the colon.
                    glueNext = !label.isEmpty
                    addBlank(width: width)
                } else {
                    add(value)
                }
            case .blank(let width):
                addBlank(width: width)
            case .lineBreak:
                pieces.append(Piece(text: "", width: 0, isSpace: false, breakBefore: true, isHardBreak: true))
                glueNext = false
            case .pageReference(_, let fallback):
                // Plain text has no pages: the words the template gives instead.
                add(fallback)
            }
        }
    }

    /// A blank is two underscores per character of handwriting space, a Chinese character
    /// being two columns wide.
    private mutating func addBlank(width: Int) {
        addUnbreakable(String(repeating: "_", count: max(width, 1) * 2))
    }

    private mutating func addUnbreakable(_ text: String) {
        pieces.append(Piece(text: text, width: DisplayWidth.of(text), isSpace: false, breakBefore: !glueNext))
        glueNext = false
    }

    private mutating func add(text: String) {
        for character in text {
            if character.isNewline {
                pieces.append(Piece(text: "", width: 0, isSpace: false, breakBefore: true, isHardBreak: true))
                glueNext = false
                continue
            }
            if character == " " || character == "\t" {
                // Tabs have no fixed width in a grid; a space keeps the layout computable.
                pieces.append(Piece(text: " ", width: 1, isSpace: true, breakBefore: true))
                glueNext = false
                continue
            }
            let printable = Self.printable(character)
            let width = DisplayWidth.of(printable)
            let closing = Self.closingPunctuation.contains(printable)
            // Narrow characters extend the Latin word before them; zero-width ones attach to
            // whatever precedes.
            if let last = pieces.last, !last.isSpace, !last.isHardBreak, !glueNext,
                width == 0 || (width == 1 && last.width > 0 && Self.isNarrowWord(last.text))
            {
                pieces[pieces.count - 1].text.append(printable)
                pieces[pieces.count - 1].width += width
                continue
            }
            pieces.append(
                Piece(
                    text: String(printable), width: width, isSpace: false,
                    breakBefore: !glueNext && !closing && width > 0))
            glueNext = Self.openingPunctuation.contains(printable)
        }
    }

    /// `character` with control characters replaced by U+FFFD, so data cannot send escape
    /// sequences to the reader's terminal.
    private static func printable(_ character: Character) -> Character {
        character.unicodeScalars.contains(where: \.isUnprintableInDocuments) ? "\u{FFFD}" : character
    }

    private static func isNarrowWord(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return DisplayWidth.of(last) == 1 && !text.hasPrefix("[") && !text.hasPrefix("_")
    }

    private static let closingPunctuation: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〉", "”", "’", "…", "·",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]
    private static let openingPunctuation: Set<Character> = [
        "（", "《", "「", "『", "【", "〈", "“", "‘", "(", "[", "{",
    ]

    // MARK: Laying out

    private func layout(
        width: Int, alignment: FormAlignment, firstPrefix: String,
        continuationPrefix: String
    ) -> [String] {
        var lines: [String] = []
        var line = firstPrefix
        var lineWidth = DisplayWidth.of(firstPrefix)
        // Columns of content after the prefix; zero at the start of a line.
        var contentWidth = 0
        var isWrapped = false
        func room() -> Int { max(width - lineWidth, 0) }

        func finishLine(wrapped: Bool) {
            lines.append(Self.align(Self.trimmingTrailingSpaces(line), width: width, alignment: alignment))
            line = continuationPrefix
            lineWidth = DisplayWidth.of(continuationPrefix)
            // A prefix that leaves no room for a Chinese character is dropped rather than
            // letting every character overflow.
            if lineWidth + 2 > width {
                line = ""
                lineWidth = 0
            }
            contentWidth = 0
            isWrapped = wrapped
        }

        func append(_ text: String, width: Int) {
            line += text
            lineWidth += width
            contentWidth += width
        }

        var index = 0
        while index < pieces.count {
            if pieces[index].isHardBreak {
                finishLine(wrapped: false)
                index += 1
                continue
            }
            // A segment is a run of pieces that must stay on one line.
            var end = index + 1
            while end < pieces.count, !pieces[end].breakBefore, !pieces[end].isHardBreak { end += 1 }
            let segment = pieces[index..<end]
            index = end
            let segmentWidth = segment.reduce(0) { $0 + $1.width }

            if segment.allSatisfy(\.isSpace) {
                // Spaces vanish where a line wraps, and wherever they would overflow.
                if (contentWidth == 0 && isWrapped) || segmentWidth > room() { continue }
            } else if segmentWidth > room(), contentWidth > 0 {
                finishLine(wrapped: true)
            }
            for piece in segment {
                if piece.width <= room() {
                    append(piece.text, width: piece.width)
                    continue
                }
                // Wider than what is left of the line: cut it character by character.
                for character in piece.text {
                    let characterWidth = DisplayWidth.of(character)
                    if characterWidth > room(), contentWidth > 0 {
                        finishLine(wrapped: true)
                    }
                    append(String(character), width: characterWidth)
                }
            }
        }
        finishLine(wrapped: false)
        return lines
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// `line` moved right for centred and right alignment; left and justified lines stay put
    /// (justifying plain text would only scatter spaces between Chinese characters).
    static func align(_ line: String, width: Int, alignment: FormAlignment) -> String {
        let slack = width - DisplayWidth.of(line)
        guard slack > 0, !line.isEmpty else { return line }
        switch alignment {
        case .left, .justify: return line
        case .center: return String(repeating: " ", count: slack / 2) + line
        case .right: return String(repeating: " ", count: slack) + line
        }
    }
}

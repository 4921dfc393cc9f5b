/// Turns laid-out lines into drawings, and remembers every glyph used with the text it stands
/// for, for the font subsets and their `ToUnicode` maps.
struct PDFTextSetter {
    /// Draws `line` with its top at `top`, between `left` and `left + width`, aligned; a wrapped
    /// justified line stretches to the full width. Returns the drawings.
    static func draw(
        _ line: PDFLineBreaker.Line, left: Double, top: Double, width: Double, lineHeight: Double,
        alignment: FormAlignment
    ) -> [PDFDrawing] {
        let size =
            line.marks.lazy.compactMap { mark -> Double? in
                if case .glyph(_, let size, _, _, _, _) = mark { return size }
                if case .box(_, let size) = mark { return size }
                return nil
            }.first ?? 12
        // The baseline sits where the em box, centred in the line, puts it (Noto CJK's em box
        // runs from 0.88 em above the baseline to 0.12 em below).
        let baseline = top + (lineHeight - size) / 2 + size * 0.88
        let slack = max(width - line.width, 0)
        var x = left
        // A justified line stretches after every mark but the last and those inside a Latin
        // word, so `UID：1234567890` stays one word while the ideographs around it spread.
        let stretches = line.marks.indices.map { index in
            index + 1 < line.marks.count && !(line.marks[index].isNarrowGlyph && line.marks[index + 1].isNarrowGlyph)
        }
        var stretch = 0.0
        switch alignment {
        case .left: break
        case .center: x += slack / 2
        case .right: x += slack
        case .justify:
            let gaps = stretches.filter { $0 }.count
            if line.wrapped, gaps > 0 { stretch = slack / Double(gaps) }
        }
        var drawings: [PDFDrawing] = []
        var run: (x: Double, role: PDFFonts.Role, size: Double, glyphs: [UInt32], spacing: Double)?
        var spacing = 0.0
        var underlineStart: Double?
        func flushRun() {
            if let current = run {
                drawings.append(
                    .text(
                        x: current.x, y: baseline, role: current.role, size: current.size,
                        glyphs: current.glyphs, spacing: current.spacing))
            }
            run = nil
        }
        func underline(_ on: Bool, at position: Double) {
            if on, underlineStart == nil { underlineStart = position }
            if !on, let start = underlineStart {
                drawings.append(.rule(x1: start, y1: baseline + size * 0.15, x2: position, y2: baseline + size * 0.15, width: 0.5))
                underlineStart = nil
            }
        }
        for (index, mark) in line.marks.enumerated() {
            spacing = stretches[index] ? stretch : 0
            switch mark {
            case .glyph(let role, let glyphSize, let glyph, _, let advance, let underlined):
                underline(underlined, at: x)
                if let current = run, current.role == role, current.size == glyphSize, current.spacing == spacing {
                    run?.glyphs.append(glyph)
                } else {
                    flushRun()
                    run = (x, role, glyphSize, [glyph], spacing)
                }
                x += advance + spacing
            case .box(let checked, let boxSize):
                flushRun()
                underline(false, at: x)
                let side = boxSize * 0.8
                let boxTop = baseline - side * 0.95
                drawings.append(.rect(x: x + boxSize * 0.1, y: boxTop, width: side, height: side, fill: nil))
                if checked { drawings.append(.tick(x: x + boxSize * 0.1, y: boxTop, size: side)) }
                x += boxSize + spacing
            case .blank(let width):
                flushRun()
                underline(true, at: x)
                x += width + spacing
            case .space(let width, let underlined):
                flushRun()
                underline(underlined, at: x)
                x += width + spacing
            }
        }
        flushRun()
        underline(false, at: x - spacing)
        return drawings
    }
}

extension PDFMark {
    /// Whether the mark is a glyph of a narrow (Latin, digit) character.
    var isNarrowGlyph: Bool {
        if case .glyph(_, _, _, let scalar, _, _) = self { return !PDFLineBreaker.isWide(scalar) }
        return false
    }
}

/// The style sheet embedded in every HTML page, so a page prints the same with no network and no
/// files beside it.
///
/// The page is A4 with 20 mm side margins, which leaves the 170 mm text width the sheet keeps on
/// screen too: what a person sees in the browser is what comes out of the printer. The sheet
/// holds no `<` or `&`, so it is also valid XML character data.
enum HTMLStyleSheet {
    /// The complete style sheet for a document set in `typeface`.
    static func css(for typeface: Typeface) -> String {
        """
        @page { size: A4; margin: 25mm 20mm; }
        html { background: #fff; }
        body { margin: 0; color: #000; font-family: \(fontStack(typeface)); font-size: 12pt; line-height: 1.6; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .sheet { width: 170mm; margin: 0 auto; }
        @media screen {
          html { background: #e6e6e6; }
          .sheet { background: #fff; padding: 25mm 20mm; margin: 8mm auto; min-height: 247mm; box-shadow: 0 0.5mm 3mm rgba(0, 0, 0, 0.25); }
          .page-break { border-top: 1px dashed #999; margin: 12mm -20mm; }
        }
        h1.title { font-size: 18pt; font-weight: bold; line-height: 1.4; text-align: center; margin: 0 0 6mm; break-after: avoid; }
        h2.heading { font-size: 14pt; font-weight: bold; margin: 4mm 0 2mm; break-after: avoid; }
        p { margin: 0 0 1.5mm; }
        p:empty { min-height: 1.6em; }
        .note { font-size: 10.5pt; line-height: 1.5; }
        .align-left { text-align: left; }
        .align-center { text-align: center; }
        .align-right { text-align: right; }
        .align-justify { text-align: justify; }
        b { font-weight: bold; }
        u { text-decoration: underline; text-underline-offset: 0.15em; }
        .box { font-family: "Segoe UI Symbol", "Apple Symbols", "DejaVu Sans", "Noto Sans Symbols 2", \(fontStack(typeface)); margin-right: 0.15em; }
        .field-value { text-decoration: underline; text-underline-offset: 0.2em; padding: 0 0.25em; }
        .blank { display: inline-block; max-width: 100%; height: 1.2em; border-bottom: 1px solid #000; vertical-align: -0.25em; }
        .list { margin: 0 0 1.5mm; padding-left: 2em; }
        .list-checkbox { list-style: none; padding-left: 0.5em; }
        table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 3mm; }
        .grid td, .grid th { border: 1px solid #000; padding: 1.2mm 1.5mm; font-weight: normal; overflow-wrap: anywhere; }
        .grid th { font-weight: bold; background: #f0f0f0; }
        .grid tr { break-inside: avoid; page-break-inside: avoid; }
        .grid p, .grid .list { margin: 0; }
        .valign-top { vertical-align: top; }
        .valign-center { vertical-align: middle; }
        .valign-bottom { vertical-align: bottom; }
        .signature { text-align: right; margin: 2mm 2em 2mm 0; }
        .seal-area { display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box; width: 45mm; max-width: 100%; height: 45mm; padding: 2mm; border: 1px dashed #999; text-align: center; }
        .sign-line { display: inline-block; width: 40mm; max-width: 100%; height: 1.2em; border-bottom: 1px solid #000; vertical-align: -0.25em; }
        .print-area { display: inline-block; width: 15mm; height: 15mm; border: 1px dashed #999; vertical-align: bottom; }
        .date-line { text-align: right; margin: 2mm 2em 2mm 0; }
        .grid .signature, .grid .date-line { margin: 1mm 0.5em 1mm 0; }
        .page-break { height: 0; break-after: page; page-break-after: always; }
        """
    }

    /// The CSS font stack for `typeface`: the Windows name, its Chinese alias, the macOS face,
    /// then Noto CJK for Linux, then the generic family.
    static func fontStack(_ typeface: Typeface) -> String {
        switch typeface {
        case .song:
            #""SimSun", "宋体", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", serif"#
        case .fangsong:
            #""FangSong", "仿宋", "STFangsong", "FangSong_GB2312", "Noto Serif CJK SC", "Source Han Serif SC", serif"#
        case .hei:
            #""SimHei", "黑体", "Heiti SC", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif"#
        }
    }
}

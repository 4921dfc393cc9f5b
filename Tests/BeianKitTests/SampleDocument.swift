import BeianKit

/// A one-form document that uses every block and inline the FormDocument tree has, Chinese text,
/// a table with column and row spans, and strings that look like markup — the fixture writers
/// are tested against.
enum SampleDocument {
    /// Text that must come out literally in every format: XML and CDATA syntax, template braces,
    /// quotes, an entity that is not one, a character outside the BMP.
    static let hostile = "<w:p>]]>{{name}}&amp;\"'𠮷"

    /// Characters XML 1.0 forbids, which writers drop: U+0001, U+0008, U+001F, U+FFFE, U+FFFF.
    static let forbidden = "控\u{01}制\u{08}字\u{1F}符\u{FFFE}\u{FFFF}"

    static let document = FormDocument(
        title: "网站备案信息真实性核验单 <&> \"'", font: .song,
        blocks: [
            .title(FormParagraph([.text("网站备案信息真实性核验单", .plain)])),
            .paragraph(
                FormParagraph(
                    [
                        .field(label: "备案号", value: [.text("鄂ICP备2026000001号", .plain)], width: 12),
                        .text("　　", .plain),
                        .field(label: "核验日期", value: [], width: 8),
                    ], alignment: .right)),
            .heading(FormParagraph([.text("一、主办者信息", .plain)], alignment: .left)),
            .table(
                FormTable(
                    columnWidths: [2, 3, 2, 3],
                    rows: [
                        FormTableRow(
                            cells: [
                                cell("主办单位名称", header: true),
                                FormTableCell(blocks: [.paragraph(FormParagraph([.text("武汉示例科技有限公司", .plain)]))], columnSpan: 3),
                            ], minimumHeight: 10),
                        FormTableRow(cells: [
                            cell("证件类型", header: true),
                            FormTableCell(blocks: [
                                .paragraph(
                                    FormParagraph([
                                        .checkbox(checked: true, label: [.text("统一社会信用代码", .plain)]),
                                        .text("　", .plain),
                                        .checkbox(checked: false, label: [.text("组织机构代码", .plain)]),
                                    ]))
                            ]),
                            cell("证件号码", header: true),
                            cell("91420100MA4KXXXX0X"),
                        ]),
                        FormTableRow(cells: [
                            FormTableCell(
                                blocks: [.paragraph(FormParagraph([.text("负责人", .plain)]))], rowSpan: 2, alignment: .center,
                                isHeader: true),
                            cell("姓名", header: true),
                            FormTableCell(blocks: [.paragraph(FormParagraph([.text("张三", .plain)]))], columnSpan: 2),
                        ]),
                        FormTableRow(
                            cells: [
                                cell("手机号码", header: true),
                                FormTableCell(
                                    blocks: [
                                        .paragraph(
                                            FormParagraph([
                                                .text("138 0013 8000", FormTextStyle(bold: true)),
                                                .lineBreak,
                                                .field(label: "备用", value: [], width: 6),
                                            ]))
                                    ], columnSpan: 2, verticalAlignment: .top),
                            ], minimumHeight: 12),
                        FormTableRow(cells: [
                            cell("网站服务内容", header: true),
                            FormTableCell(
                                blocks: [
                                    .list(
                                        FormItemList(
                                            style: .checkbox,
                                            items: [
                                                [.text("博客/个人空间", .plain)],
                                                [.text("企业网站", .plain)],
                                            ]))
                                ], columnSpan: 3),
                        ]),
                        FormTableRow(cells: [
                            cell("特殊字符", header: true),
                            FormTableCell(
                                blocks: [
                                    .paragraph(
                                        FormParagraph([
                                            .text(hostile, .plain), .text(forbidden, .plain),
                                            .text("制表\t换行\n回车\r\n结束", FormTextStyle(underline: true)),
                                        ]))
                                ],
                                columnSpan: 3),
                        ]),
                        FormTableRow(
                            cells: [
                                FormTableCell(
                                    blocks: [
                                        .paragraph(FormParagraph([.text("本单位承诺所填信息真实有效。", .plain)], firstLineIndent: 2)),
                                        .signature(SignatureBox(kind: .seal, label: "主办单位（盖章）")),
                                        .dateLine(DateLine(date: CalendarDate(year: 2026, month: 11, day: 22))),
                                    ], columnSpan: 2, verticalAlignment: .top),
                                FormTableCell(
                                    blocks: [
                                        .signature(SignatureBox(kind: .signature, label: "负责人（签字）")),
                                        .signature(SignatureBox(kind: .fingerprint, label: "（按指印）")),
                                        .dateLine(DateLine(label: "日期：")),
                                    ], columnSpan: 2, alignment: .right, verticalAlignment: .bottom),
                            ], minimumHeight: 60),
                    ])),
            .note(
                FormParagraph([
                    .text("注：", FormTextStyle(bold: true)), .text("请用黑色钢笔或签字笔填写，", .plain), .blank(width: 4),
                    .text("处由核验人员填写。", .plain),
                ])),
            .spacer(lines: 1),
            .heading(FormParagraph([.text("二、承诺事项", .plain)], alignment: .left)),
            .list(
                FormItemList(
                    style: .number,
                    items: [
                        [.text("所提交的材料真实、有效；", .plain)],
                        [.text("网站不从事", .plain), .text("经营性", FormTextStyle(bold: true)), .text("互联网信息服务。", .plain)],
                    ])),
            .list(FormItemList(style: .bullet, items: [[.text("联系邮箱：admin@example.cn", .plain)]])),
            .paragraph(
                FormParagraph(
                    [
                        .text("本人已阅读并理解", .plain), .text("《互联网信息服务管理办法》", FormTextStyle(bold: true, underline: true)),
                        .text("，保证遵守。", .plain),
                    ], firstLineIndent: 2)),
            .signature(SignatureBox(kind: .seal, label: "主办单位（盖章）")),
            .signature(SignatureBox(kind: .signature, label: "法定代表人（签字）")),
            .signature(SignatureBox(kind: .fingerprint, label: "（按指印）")),
            .dateLine(DateLine(label: "日期：", date: CalendarDate(year: 2026, month: 11, day: 22))),
            .dateLine(DateLine()),
            .pageBreak,
            .paragraph(FormParagraph([.text("（第二页）", .plain)], alignment: .center)),
        ])

    /// Paragraphs python-docx counts in the body of `document` (those outside tables), and
    /// tables, following the writer's mapping: a seal or fingerprint adds its space line, a list
    /// one paragraph per item, a table without rows nothing, and a body that does not end with
    /// a paragraph gets an empty one; a page break rides on the next paragraph, and is a
    /// paragraph of its own only before a table or at the end.
    static func bodyCounts(_ document: FormDocument) -> (paragraphs: Int, tables: Int) {
        var paragraphs = 0
        var tables = 0
        var endsWithParagraph = false
        var pendingBreak = false
        for block in document.blocks {
            let added: Int
            if case .pageBreak = block {
                pendingBreak = true
                continue
            }
            if case .table(let table) = block, !table.rows.isEmpty, pendingBreak {
                paragraphs += 1
                pendingBreak = false
            }
            switch block {
            case .pageBreak: continue
            case .title, .heading, .paragraph, .note, .dateLine: added = 1
            case .list(let list): added = list.items.count
            case .signature(let box): added = box.kind == .signature ? 1 : 2
            case .spacer(let lines): added = max(lines, 0)
            case .table(let table):
                added = 0
                if !table.rows.isEmpty {
                    tables += 1
                    endsWithParagraph = false
                }
            }
            paragraphs += added
            if added > 0 {
                endsWithParagraph = true
                pendingBreak = false
            }
        }
        if pendingBreak {
            paragraphs += 1
            endsWithParagraph = true
        }
        return (paragraphs + (endsWithParagraph ? 0 : 1), tables)
    }

    /// Tables the model allows but templates should not make: spans past the grid, more cells
    /// than columns, a row left empty under a row span, a nested table, nonsense widths, a table
    /// without rows; and negative sizes elsewhere. Writers must still give valid, rectangular
    /// output that keeps all the text.
    static let oddities = FormDocument(
        title: "异常",
        blocks: [
            .table(
                FormTable(
                    columnWidths: [-1, 0],
                    rows: [
                        FormTableRow(
                            cells: [
                                FormTableCell(
                                    blocks: [
                                        .table(FormTable(columnWidths: [1, 2], rows: [FormTableRow(cells: [cell("内"), cell("表")])])),
                                        .pageBreak,
                                    ], columnSpan: 5)
                            ], minimumHeight: -4),
                        FormTableRow(cells: [FormTableCell(blocks: [], rowSpan: 3), cell("二"), cell("三"), cell("四"), cell("五"), cell("六")]),
                        FormTableRow(cells: []),
                        FormTableRow(
                            cells: [FormTableCell(blocks: [.paragraph(FormParagraph([.text("跨", .plain)]))], columnSpan: 9), cell("尾")],
                            minimumHeight: 1000),
                    ])),
            .spacer(lines: -3),
            .paragraph(
                FormParagraph(
                    [.blank(width: -1), .field(label: "", value: [.text("  ", .plain)], width: 3)],
                    firstLineIndent: -2)),
            .table(FormTable(columnWidths: [1], rows: [])),
        ])

    private static func cell(_ text: String, header: Bool = false) -> FormTableCell {
        FormTableCell(blocks: [.paragraph(FormParagraph([.text(text, .plain)]))], isHeader: header)
    }
}

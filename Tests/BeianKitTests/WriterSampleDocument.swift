import BeianKit

/// A document that exercises every block and inline case the HTML and text writers handle:
/// merged table cells, Chinese text, and data that looks like markup.
enum WriterSampleDocument {
    /// Strings that would become markup, template syntax or XML structure if a writer forgot to
    /// escape them.
    static let hostileStrings = ["<w:p>", "]]>", "{{x}}", "<script>alert(1)</script>", "&amp;"]

    /// The filing date printed on the sample.
    static let date = CalendarDate(year: 2026, month: 11, day: 22)!

    static let document = FormDocument(
        title: "网站备案信息真实性核验单 <w:p> & \"样例\"", font: .song,
        blocks: [
            .title(FormParagraph([.text("网站备案信息真实性核验单", .plain)], alignment: .center)),
            .paragraph(
                FormParagraph(
                    [
                        .text("根据《互联网信息服务管理办法》，主办单位应当如实填写本表。", .plain),
                        .text("加粗", FormTextStyle(bold: true)),
                        .text("下划线", FormTextStyle(underline: true)),
                        .text("粗下划线", FormTextStyle(bold: true, underline: true)),
                        .text("，English words wrap at spaces when a line is full of them.", .plain),
                    ], firstLineIndent: 2)),
            .heading(FormParagraph([.text("一、主办单位信息", .plain)])),
            .table(
                FormTable(
                    columnWidths: [2, 3, 2, 3],
                    rows: [
                        FormTableRow(cells: [
                            FormTableCell(blocks: [text("主办单位名称")], isHeader: true),
                            FormTableCell(blocks: [text("示例科技有限公司 <w:p>]]>{{x}}")], columnSpan: 3),
                        ]),
                        FormTableRow(cells: [
                            FormTableCell(blocks: [text("单位性质")], isHeader: true),
                            FormTableCell(blocks: [
                                .paragraph(
                                    FormParagraph([
                                        .checkbox(checked: true, label: [.text("企业", .plain)]),
                                        .text("　", .plain),
                                        .checkbox(checked: false, label: [.text("个人", .plain)]),
                                    ]))
                            ]),
                            FormTableCell(blocks: [text("证件号码")], isHeader: true),
                            FormTableCell(blocks: [text("91420100MA4KXXXX0X")]),
                        ]),
                        FormTableRow(cells: [
                            FormTableCell(blocks: [text("负责人")], rowSpan: 2, alignment: .center, isHeader: true),
                            FormTableCell(blocks: [
                                .paragraph(
                                    FormParagraph([
                                        .field(label: "姓名", value: [.text("张三", .plain)], width: 6)
                                    ]))
                            ]),
                            FormTableCell(blocks: [text("手机")], isHeader: true),
                            FormTableCell(blocks: [.paragraph(FormParagraph([.field(label: "", value: [], width: 8)]))]),
                        ]),
                        FormTableRow(cells: [
                            FormTableCell(
                                blocks: [text("通信地址：湖北省武汉市洪山区珞喻路1037号某某大厦十八层1801室，邮编430074")],
                                columnSpan: 3, verticalAlignment: .top)
                        ]),
                        FormTableRow(
                            cells: [
                                FormTableCell(blocks: [text("备注")], alignment: .center, verticalAlignment: .top, isHeader: true),
                                FormTableCell(
                                    blocks: [
                                        text("<script>alert(1)</script> &amp; 'quoted' \"double\""),
                                        .list(FormItemList(style: .bullet, items: [[.text("核验人员当面核验", .plain)]])),
                                    ], columnSpan: 3, verticalAlignment: .top),
                            ], minimumHeight: 30),
                        FormTableRow(
                            cells: [
                                FormTableCell(
                                    blocks: [
                                        .signature(SignatureBox(kind: .seal, label: "主办单位（盖章）")),
                                        .dateLine(DateLine(date: date)),
                                    ], columnSpan: 4, alignment: .right, verticalAlignment: .bottom)
                            ], minimumHeight: 60),
                    ])),
            .heading(FormParagraph([.text("二、填写说明", .plain)], alignment: .left)),
            .list(
                FormItemList(
                    style: .number,
                    items: [
                        [.text("请使用黑色签字笔填写，字迹清楚。", .plain)],
                        [.text("证件号码为统一社会信用代码，", .plain), .blank(width: 4), .text("处填写份数。", .plain)],
                        [.text("第二行", .plain), .lineBreak, .text("换行后继续。", .plain)],
                    ])),
            .list(
                FormItemList(
                    style: .checkbox,
                    items: [
                        [.text("营业执照复印件", .plain)],
                        [.text("法定代表人身份证复印件", .plain)],
                    ])),
            .note(FormParagraph([.text("注：本表一式两份，{{x}} 不应被当作模板。", .plain)])),
            .paragraph(
                FormParagraph(
                    [
                        .field(label: "网站名称", value: [.text("示例网", FormTextStyle(bold: true))], width: 12),
                        .text("　", .plain),
                        .field(label: "联系电话", value: [], width: 10),
                    ], alignment: .left)),
            .paragraph(FormParagraph([], alignment: .left)),
            .paragraph(FormParagraph([.text("本人承诺以上信息真实有效。", .plain)], alignment: .right)),
            .signature(SignatureBox(kind: .signature, label: "法定代表人（签字）")),
            .signature(SignatureBox(kind: .fingerprint, label: "本人指印：")),
            .dateLine(DateLine(label: "日期：")),
            .spacer(lines: 2),
            .pageBreak,
            .heading(FormParagraph([.text("附页", .plain)], alignment: .center)),
            .paragraph(FormParagraph([.text("附页内容居中。", .plain)], alignment: .center)),
        ])

    private static func text(_ string: String) -> FormBlock {
        .paragraph(FormParagraph([.text(string, .plain)]))
    }
}

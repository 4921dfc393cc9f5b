/// Maps a validated form-markup tree to a `FormDocument`, element by element.
///
/// The DTD has already checked the structure; what is left here is meaning: attribute defaults,
/// numbers and dates, the whitespace rule, and table geometry. Each check names the element's
/// line, since a custom DTD (`FormMarkupParser(dtd:)`) may let through what the bundled one would not.
struct DocumentBuilder {
    /// The markup, for errors.
    let markup: RenderedMarkup
    /// Attribute values with their defaults.
    let attributes: AttributeReader

    /// Creates a builder for one parse.
    init(markup: RenderedMarkup, dtd: FormDTD) {
        self.markup = markup
        self.attributes = AttributeReader(markup: markup, dtd: dtd)
    }

    /// The document of a `<document>` root.
    func document(from root: MarkupNode) throws(MarkupError) -> FormDocument {
        let title = try attributes.text("title", of: root)
        let font = try attributes.choice("font", of: root, default: Typeface.song)
        var blocks: [FormBlock] = []
        for element in try elementChildren(of: root) {
            blocks.append(try block(element))
        }
        let document = FormDocument(title: title, font: font, blocks: blocks)
        if let problem = PageAnchors(document).problem {
            throw markup.error(problem, line: nil)
        }
        return document
    }

    /// A block-level element.
    func block(_ element: MarkupNode) throws(MarkupError) -> FormBlock {
        switch element.name {
        case "title":
            // Titles are centred by definition; the DTD gives them no align attribute.
            return .title(FormParagraph(try inlines(in: element), alignment: .center, anchor: try anchor(of: element)))
        case "heading":
            return .heading(
                FormParagraph(
                    try inlines(in: element),
                    alignment: try attributes.choice("align", of: element, default: FormAlignment.left),
                    anchor: try anchor(of: element)))
        case "paragraph":
            return .paragraph(try paragraph(element))
        case "note":
            return .note(FormParagraph(try inlines(in: element)))
        case "list":
            return .list(try list(element))
        case "table":
            return .table(try TableBuilder(document: self).table(element))
        case "signature":
            return .signature(
                SignatureBox(
                    kind: try attributes.choice("kind", of: element, default: SignatureBox.Kind.signature),
                    label: try attributes.text("label", of: element)))
        case "date-line":
            return .dateLine(
                DateLine(
                    label: try attributes.text("label", of: element, default: ""),
                    date: try attributes.date("date", of: element)))
        case "spacer":
            return .spacer(lines: try attributes.number("lines", of: element, default: 1))
        case "page-break":
            return .pageBreak
        default:
            throw markup.error("<\(element.name)> is not a block of form markup", at: element)
        }
    }

    /// A `<paragraph>`. Without an `align` of its own it takes `inheritedAlignment` when given
    /// (a paragraph in a cell follows the cell), else the DTD's default.
    func paragraph(_ element: MarkupNode, inheritedAlignment: FormAlignment? = nil) throws(MarkupError) -> FormParagraph {
        let alignment: FormAlignment
        if let inheritedAlignment, element.attribute("align") == nil {
            alignment = inheritedAlignment
        } else {
            alignment = try attributes.choice("align", of: element, default: .justify)
        }
        return FormParagraph(
            try inlines(in: element), alignment: alignment,
            firstLineIndent: try attributes.number("indent", of: element, default: 0, allowsZero: true),
            anchor: try anchor(of: element))
    }

    /// The `id` a page reference may name, or `nil`. The bundled DTD declares it an XML `ID`;
    /// the shape of the name is checked here too, for custom DTDs, since the DOCX writer turns it
    /// into a bookmark.
    func anchor(of element: MarkupNode) throws(MarkupError) -> String? {
        guard let id = element.attribute("id") else { return nil }
        guard PageAnchors.isValidName(id) else {
            throw markup.error(
                "<\(element.name)> id=\"\(id)\" is not a name: use letters, digits, - and _, starting with a letter",
                at: element)
        }
        return id
    }

    /// A `<list>` of `<item>`s.
    func list(_ element: MarkupNode) throws(MarkupError) -> FormItemList {
        let style = try attributes.choice("style", of: element, default: FormItemList.Style.number)
        var items: [[FormInline]] = []
        for item in try elementChildren(of: element) {
            guard item.name == "item" else {
                throw markup.error("<\(item.name)> cannot stand inside a <list>; use <item>", at: item)
            }
            items.append(try inlines(in: item))
        }
        return FormItemList(style: style, items: items)
    }

    /// The inline content of an element, normalized.
    func inlines(in element: MarkupNode) throws(MarkupError) -> [FormInline] {
        try inlines(of: element.children, style: .plain)
    }

    /// FormInline content of some sibling nodes, normalized.
    func inlines(of nodes: [MarkupNode], style: FormTextStyle) throws(MarkupError) -> [FormInline] {
        var result: [FormInline] = []
        for node in nodes {
            result.append(contentsOf: try inline(node, style: style))
        }
        return MarkupText.normalized(result)
    }

    /// One inline node: text, emphasis, or a small form element.
    private func inline(_ node: MarkupNode, style: FormTextStyle) throws(MarkupError) -> [FormInline] {
        switch node.kind {
        case .text:
            return [.text(MarkupText.collapsed(node.text), style)]
        case .ignorable:
            return []
        case .entityReference:
            throw entityReference(node)
        case .element:
            break
        }
        switch node.name {
        case "b":
            var bold = style
            bold.bold = true
            return try inlines(of: node.children, style: bold)
        case "u":
            var underlined = style
            underlined.underline = true
            return try inlines(of: node.children, style: underlined)
        case "br":
            return [.lineBreak]
        case "checkbox":
            return [
                .checkbox(
                    checked: try attributes.flag("checked", of: node, default: false),
                    label: try inlines(of: node.children, style: style))
            ]
        case "field":
            return [
                .field(
                    label: try attributes.text("label", of: node),
                    value: try inlines(of: node.children, style: style),
                    width: try attributes.number("width", of: node, default: 12))
            ]
        case "blank":
            return [.blank(width: try attributes.number("width", of: node, default: 8))]
        case "page-ref":
            return [.pageReference(to: try attributes.text("to", of: node), fallback: try inlines(of: node.children, style: style))]
        default:
            throw markup.error("<\(node.name)> cannot stand inside a line of text", at: node)
        }
    }

    /// The child elements of an element that holds only elements, refusing text in between.
    func elementChildren(of element: MarkupNode) throws(MarkupError) -> [MarkupNode] {
        var elements: [MarkupNode] = []
        for child in element.children {
            switch child.kind {
            case .element:
                elements.append(child)
            case .text where MarkupText.collapsed(child.text).unicodeScalars.contains { $0 != " " && $0 != "\t" }:
                throw markup.error("text cannot stand directly inside <\(element.name)>", line: child.line ?? element.line)
            case .entityReference:
                throw entityReference(child)
            case .text, .ignorable:
                continue
            }
        }
        return elements
    }

    /// The error for an entity reference, which a parse without DOCTYPE never produces; refused
    /// all the same so that no path turns data into an entity's content.
    func entityReference(_ node: MarkupNode) -> MarkupError {
        markup.error("the entity reference &\(node.name); is not allowed in form markup", line: node.line)
    }
}

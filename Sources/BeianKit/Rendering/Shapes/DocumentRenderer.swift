/// Renders a template into form markup and parses the markup into a ``FormDocument``: the one path
/// from templates to documents, so every template error reads the same way.
///
/// Markup is rendered with stand-ins for its values first; when the cache knows that shape, the
/// parse is skipped and the result is the shape with its values (``DocumentShapeCache``), which
/// builds the document, or writes the DOCX, only when asked.
struct DocumentRenderer: Sendable {
    let templates: TemplateLibrary
    let parser: FormMarkupParser
    let shapes: DocumentShapeCache

    init(templates: TemplateLibrary, parser: FormMarkupParser, shapes: DocumentShapeCache = DocumentShapeCache()) {
        self.templates = templates
        self.parser = parser
        self.shapes = shapes
    }

    func render(_ template: String, _ context: [String: Any]) throws(TemplateError) -> DocumentContent {
        var content = try renderContent(template, context)
        content.templateCharacters = templates.characters(of: template)
        return content
    }

    private func renderContent(_ template: String, _ context: [String: Any]) throws(TemplateError) -> DocumentContent {
        if shapes.isWorthStandingIn(for: template), let (markup, values) = try templates.renderWithStandIns(template, context) {
            switch shapes.entry(for: markup, of: template) {
            case .shape(let shape)?:
                return .filled(shape, values: values)
            case .unusable?:
                break
            case nil:
                if let document = try? parser.parse(String(decoding: markup, as: UTF8.self), source: template),
                    document.holdsStandInsOnlyInText(count: values.count)
                {
                    let shape = DocumentShape(document: document, count: values.count)
                    shapes.store(.shape(shape), for: markup)
                    return .filled(shape, values: values)
                }
                shapes.store(.unusable, for: markup)
            }
        }
        return .document(try renderInFull(template, context))
    }

    /// Renders with the values in the markup and parses it.
    func renderInFull(_ template: String, _ context: [String: Any]) throws(TemplateError) -> FormDocument {
        let markup = try templates.render(template, context)
        let file = templates.origins[template].map { $0 == .bundled ? "bundled:\(template).mustache" : $0.description } ?? template
        do {
            return try parser.parse(markup, source: file)
        } catch {
            var message = "the rendered markup is invalid: \(error.message)"
            if let excerpt = error.excerpt { message += " (rendered line: \(excerpt))" }
            throw TemplateError(file: file, line: error.line, column: error.column, message: message)
        }
    }
}

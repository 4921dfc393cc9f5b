/// Renders a template into form markup and parses the markup into a ``Document``: the one path
/// from templates to documents, so every template error reads the same way.
struct DocumentRenderer: Sendable {
    let templates: TemplateLibrary
    let parser: FormMarkupParser

    func render(_ template: String, _ context: [String: Any]) throws(TemplateError) -> Document {
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

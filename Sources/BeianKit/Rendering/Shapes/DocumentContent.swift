import Foundation

/// What a render produced: a document, or a cached shape and the values to fill into it, which
/// writes its DOCX without building the document at all; with the characters of the template
/// it came from, which the PDF writer embeds as a subset shared by every record of the template.
struct DocumentContent: Sendable {
    /// Where the document comes from.
    enum Source: Sendable {
        /// A document.
        case document(FormDocument)
        /// A shape and its values by stand-in index.
        case filled(DocumentShape, values: [String])
    }

    var source: Source
    /// The template's own characters; `nil` for a document not rendered from a template.
    var templateCharacters: TemplateCharacters?

    /// Content that is a document.
    static func document(_ document: FormDocument, templateCharacters: TemplateCharacters? = nil) -> DocumentContent {
        DocumentContent(source: .document(document), templateCharacters: templateCharacters)
    }

    /// Content filled into a shape.
    static func filled(_ shape: DocumentShape, values: [String], templateCharacters: TemplateCharacters? = nil) -> DocumentContent {
        DocumentContent(source: .filled(shape, values: values), templateCharacters: templateCharacters)
    }

    /// The document.
    var document: FormDocument {
        switch source {
        case .document(let document): document
        case .filled(let shape, let values): shape.document(filling: values)
        }
    }

    /// The Word file.
    func docx() -> Data {
        switch source {
        case .document(let document): document.docx()
        case .filled(let shape, let values): shape.docx(filling: values)
        }
    }
}

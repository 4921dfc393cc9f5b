import Foundation

/// What a render produced: a document, or a cached shape and the values to fill into it, which
/// writes its DOCX without building the document at all.
enum DocumentContent: Sendable {
    /// A document.
    case document(FormDocument)
    /// A shape and its values by stand-in index.
    case filled(DocumentShape, values: [String])

    /// The document.
    var document: FormDocument {
        switch self {
        case .document(let document): document
        case .filled(let shape, let values): shape.document(filling: values)
        }
    }

    /// The Word file.
    func docx() -> Data {
        switch self {
        case .document(let document): document.docx()
        case .filled(let shape, let values): shape.docx(filling: values)
        }
    }
}

import Foundation

/// A generated document with what a person should know about it.
public struct GeneratedDocument: Sendable {
    /// Which document this is.
    public var kind: DocumentKind
    /// A file name without extension, derived from the filing number and the kind: only ASCII
    /// letters, digits and dashes, so it is safe on every file system and in every mail client.
    public var fileStem: String
    /// The document tree.
    public var document: Document {
        get { content.document }
        set { content = .document(newValue) }
    }
    /// The document, or the cached shape and values it is filled in from when asked for.
    var content: DocumentContent
    /// Warnings and notes: the record's own and those of generating this document.
    public var diagnostics: [Diagnostic]

    /// Creates a generated document.
    public init(kind: DocumentKind, fileStem: String, document: Document, diagnostics: [Diagnostic]) {
        self.kind = kind
        self.fileStem = fileStem
        self.content = .document(document)
        self.diagnostics = diagnostics
    }

    /// A generated document of rendered content.
    init(kind: DocumentKind, fileStem: String, content: DocumentContent, diagnostics: [Diagnostic]) {
        self.kind = kind
        self.fileStem = fileStem
        self.content = content
        self.diagnostics = diagnostics
    }

    /// The document as a Word file.
    public func docx() -> RenderedFile { file(as: .docx) }

    /// The document as one printable HTML page.
    public func html() -> RenderedFile { file(as: .html) }

    /// The document as plain text.
    public func text() -> RenderedFile { file(as: .text) }

    /// The document in a format, with its media type and file name.
    public func file(as format: DocumentFormat) -> RenderedFile {
        RenderedFile(data: data(as: format), mediaType: format.mediaType, fileName: fileName(as: format))
    }

    /// The document's bytes in a format.
    func data(as format: DocumentFormat) -> Data {
        switch format {
        case .docx: content.docx()
        case .html: Data(document.html().utf8)
        case .text: Data(document.text().utf8)
        }
    }

    /// The file name in a format, such as `hubei-2019012345-deregistration-form.docx`.
    public func fileName(as format: DocumentFormat) -> String {
        fileStem + "." + format.fileExtension
    }

    /// The file stem of a document named `name` (such as `deregistration-form`) for a filing and,
    /// optionally, some of its websites.
    static func stem(for filing: Filing, websites: [Website], name: String) -> String {
        var stem = "\(filing.province.id)-\(filing.subject.filingNumber.serial)"
        let sequences = websites.compactMap(\.filingNumber.sequence)
        if !sequences.isEmpty {
            stem += "-sites-" + sequences.map(String.init).joined(separator: "-")
        }
        return stem + "-" + name
    }
}

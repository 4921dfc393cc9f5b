import Foundation

/// A generated document with what a person should know about it.
public struct GeneratedDocument: Sendable {
    /// Which document this is.
    public var kind: DocumentKind
    /// A file name without extension, derived from the filing number and the kind: only ASCII
    /// letters, digits and dashes, so it is safe on every file system and in every mail client.
    public var fileStem: String
    /// The document tree.
    public var document: FormDocument {
        get { content.document }
        set { content = .document(newValue, templateCharacters: content.templateCharacters) }
    }
    /// The document, or the cached shape and values it is filled in from when asked for.
    var content: DocumentContent
    /// Warnings and notes: the record's own and those of generating this document.
    public var diagnostics: [Diagnostic]
    /// The record the document was made from, to name the field behind a warning about the
    /// printed page; `nil` for documents made from a pair of records or by hand.
    var source: Filing?

    /// Creates a generated document.
    public init(kind: DocumentKind, fileStem: String, document: FormDocument, diagnostics: [Diagnostic]) {
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
    public func docx() -> RenderedFile { rendered(content.docx(), as: .docx) }

    /// The document as one printable HTML page.
    public func html() -> RenderedFile { rendered(Data(document.html().utf8), as: .html) }

    /// The document as plain text.
    public func text() -> RenderedFile { rendered(Data(document.text().utf8), as: .text) }

    private func rendered(_ data: Data, as format: DocumentFormat) -> RenderedFile {
        RenderedFile(data: data, mediaType: format.mediaType, fileName: fileName(as: format))
    }

    /// The document as a PDF laid out by beian, set in `fonts` (embedded as subsets). Throws
    /// when the input holds a character the fonts lack.
    public func pdf(fonts: PDFFonts) throws(BeianError) -> RenderedFile {
        do {
            return RenderedFile(
                data: try document.pdf(fonts: fonts, shared: content.templateCharacters), mediaType: DocumentFormat.pdf.mediaType,
                fileName: fileName(as: .pdf))
        } catch {
            throw .input(error)
        }
    }

    /// The document as PDF with the layout's warnings: words or identifiers wider than their box
    /// (a domain longer than its table cell), which the PDF cuts across lines at a character.
    public func pdfWithWarnings(fonts: PDFFonts) throws(BeianError) -> (file: RenderedFile, warnings: [Diagnostic]) {
        do {
            let (data, warnings) = try document.pdfWithWarnings(fonts: fonts, shared: content.templateCharacters)
            return (RenderedFile(data: data, mediaType: DocumentFormat.pdf.mediaType, fileName: fileName(as: .pdf)), located(warnings))
        } catch {
            throw .input(error)
        }
    }

    /// The document in a format, with its media type and file name. PDF is set in the system's
    /// fonts (``PDFFonts/system``); only PDF can throw: when the fonts are missing, or lack a
    /// character of the input.
    public func file(as format: DocumentFormat, fonts: PDFFonts? = nil) throws(BeianError) -> RenderedFile {
        RenderedFile(data: try data(as: format, fonts: fonts), mediaType: format.mediaType, fileName: fileName(as: format))
    }

    /// The document's bytes in a format.
    func data(as format: DocumentFormat, fonts: PDFFonts? = nil) throws(BeianError) -> Data {
        try dataWithWarnings(as: format, fonts: fonts).data
    }

    /// The document's bytes in a format, with the warnings of laying out a PDF.
    func dataWithWarnings(as format: DocumentFormat, fonts: PDFFonts? = nil) throws(BeianError) -> (data: Data, warnings: [Diagnostic]) {
        switch format {
        case .docx: return (content.docx(), [])
        case .html: return (Data(document.html().utf8), [])
        case .text: return (Data(document.text().utf8), [])
        case .pdf:
            let chosen: PDFFonts
            if let fonts {
                chosen = fonts
            } else {
                switch PDFFonts.system {
                case .success(let system): chosen = system
                case .failure(let error):
                    throw .input(InputError(Diagnostic(.error, "", code: "pdf.font-missing", error.description, arguments: ["detail": error.description])))
                }
            }
            do {
                let (data, warnings) = try document.pdfWithWarnings(fonts: chosen, shared: content.templateCharacters)
                return (data, located(warnings))
            } catch {
                throw .input(error)
            }
        }
    }

    /// Layout warnings with the path of the field their text came from, when the record has
    /// one holding it (a domain cut in its cell is `websites[0].domains[1]`).
    private func located(_ warnings: [Diagnostic]) -> [Diagnostic] {
        guard let source, !warnings.isEmpty else { return warnings }
        return warnings.map { warning in
            guard warning.path.isEmpty, let text = warning.arguments["text"], let path = source.fieldPath(holding: text) else {
                return warning
            }
            var located = warning
            located.path = path.description
            return located
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

/// A document beian generates, by the name the CLI, batch and the manifest use.
///
/// Each kind is declared beside its generator (`DocumentKinds/`); ``allCases`` lists the
/// registered ones, in the order the generator table holds them.
public struct DocumentKind: RawRepresentable, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The name, such as `deregistration-form`.
    public let rawValue: String

    /// The kind named `rawValue`, when one is registered.
    public init?(rawValue: String) {
        guard DocumentGenerators.all.contains(where: { $0.kind.rawValue == rawValue }) else { return nil }
        self.rawValue = rawValue
    }

    /// Declares a kind; only generators do.
    init(registering name: String) {
        self.rawValue = name
    }

    /// Every registered kind.
    public static var allCases: [DocumentKind] { DocumentGenerators.all.map(\.kind) }

    public var description: String { rawValue }
}

/// The file formats documents are written in.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Word (WordprocessingML), for printing, stamping and editing.
    case docx
    /// One self-contained printable HTML page.
    case html
    /// Plain UTF-8 text.
    case text
    /// PDF laid out by beian itself, with the Chinese fonts embedded: to print as it is.
    case pdf

    /// The file name extension.
    public var fileExtension: String {
        switch self {
        case .docx: "docx"
        case .html: "html"
        case .text: "txt"
        case .pdf: "pdf"
        }
    }

    /// The media type of the format's files, as an HTTP `Content-Type` names it.
    public var mediaType: String {
        switch self {
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .html: "text/html; charset=utf-8"
        case .text: "text/plain; charset=utf-8"
        case .pdf: "application/pdf"
        }
    }
}

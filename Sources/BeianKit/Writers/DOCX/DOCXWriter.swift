import Foundation

extension FormDocument {
    /// The document as a Word file (Office Open XML, `.docx`).
    ///
    /// A4 portrait with the margins of Chinese official paper; fonts and sizes through styles
    /// (宋体, 仿宋 or 黑体 after ``font``, Times New Roman for Latin text); tables at full text
    /// width with 0.5 pt rules. Tick boxes, blanks and seal spaces are text and spacing, so the
    /// file prints the same from Word, WPS and LibreOffice.
    ///
    /// The same document always gives the same bytes: the package carries no timestamps.
    public func docx() -> Data {
        Self.docxPackage(title: title, font: font, documentXML: WordDocumentXML.bytes(of: self))
    }

    /// The Word file of a document whose `word/document.xml` is already written; `core` is
    /// `docProps/core.xml` when already made (`DOCXParts.coreProperties(title:)`), as a document
    /// shape keeps it: then only `word/document.xml` is compressed per document.
    static func docxPackage(title: String, font: Typeface, documentXML: [UInt8], core: ZIPArchive.Entry? = nil) -> Data {
        let archive = ZIPArchive(entries: [
            DOCXParts.contentTypes,
            DOCXParts.packageRelationships,
            core ?? DOCXParts.coreProperties(title: title),
            DOCXParts.appProperties,
            ZIPArchive.Entry(path: DOCXParts.documentPath, contents: documentXML),
            DOCXParts.styles(for: font),
            DOCXParts.settings,
            DOCXParts.fontTable,
            DOCXParts.footer,
            DOCXParts.documentRelationships,
        ])
        return Data(archive.bytes())
    }
}

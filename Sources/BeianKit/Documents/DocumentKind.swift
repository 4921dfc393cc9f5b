/// The documents beian generates, by the names the CLI and batch use.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A province's deregistration application form (注销申请表).
    case deregistrationForm = "deregistration-form"
    /// The Shandong mailing package: checklist, 注销申请书 and mailing sheet.
    case shandongMail = "shandong-mail"
    /// A unit's authorization letter (单位授权委托书), with the transfer checklist for transfers.
    case authorizationLetter = "authorization-letter"
}

/// The file formats documents are written in.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Word (WordprocessingML), for printing, stamping and editing.
    case docx
    /// One self-contained printable HTML page.
    case html
    /// Plain UTF-8 text.
    case text

    /// The file name extension.
    public var fileExtension: String {
        switch self {
        case .docx: "docx"
        case .html: "html"
        case .text: "txt"
        }
    }
}

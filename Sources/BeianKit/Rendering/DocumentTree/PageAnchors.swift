/// The anchors of a document (paragraphs with an `id`) and the page references naming them,
/// in document order: what the paginating writers need before they write a reference that may
/// come before its anchor.
struct PageAnchors {
    /// Each anchor's name, in document order.
    private(set) var names: [String] = []
    /// Each anchor's page counted by explicit page breaks alone (1 + the breaks before it): the
    /// page it starts on when no page before it overflows.
    private(set) var breakPages: [String: Int] = [:]
    /// Every name a page reference uses, in document order.
    private(set) var references: [String] = []
    /// The first anchor name used twice.
    private var duplicate: String?

    init(_ document: FormDocument) {
        var page = 1
        for block in document.blocks {
            if case .pageBreak = block { page += 1 }
            visit(block, page: page)
        }
    }

    /// What is wrong with the anchors, or `nil`: a name used by two paragraphs, or a page
    /// reference to a name no paragraph carries.
    var problem: String? {
        if let duplicate { return "id=\"\(duplicate)\" is on two elements; a page reference must name one" }
        if let dangling = references.first(where: { breakPages[$0] == nil }) {
            return "<page-ref to=\"\(dangling)\"> names no element: add id=\"\(dangling)\" to the title, heading or paragraph it refers to"
        }
        return nil
    }

    /// Whether the document has page references at all (most do not, and skip the work).
    var isEmpty: Bool { references.isEmpty }

    /// The ordinal of `anchor` among the anchors, from 1: its Word bookmark's id.
    func bookmarkIndex(for anchor: String) -> Int? {
        names.firstIndex(of: anchor).map { $0 + 1 }
    }

    /// The name of Word bookmark `index`: `_RefBeian` and the ordinal, since Word's names allow
    /// only letters, digits and `_` (up to 40), and a leading `_` hides it from the user's
    /// bookmark list, as Word does for the targets of its own cross-references.
    static func bookmarkName(_ index: Int) -> String {
        "_RefBeian\(index)"
    }

    /// Whether `name` can be an anchor: an ASCII letter, then letters, digits, `-` and `_`,
    /// at most 64 characters.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic, name.utf8.count <= 64 else {
            return false
        }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }

    private mutating func visit(_ block: FormBlock, page: Int) {
        switch block {
        case .title(let paragraph), .heading(let paragraph), .paragraph(let paragraph), .note(let paragraph):
            if let anchor = paragraph.anchor {
                if breakPages[anchor] != nil, duplicate == nil { duplicate = anchor }
                if breakPages[anchor] == nil { names.append(anchor) }
                breakPages[anchor] = breakPages[anchor] ?? page
            }
            visit(paragraph.content)
        case .list(let list):
            list.items.forEach { visit($0) }
        case .table(let table):
            for row in table.rows {
                for cell in row.cells { cell.blocks.forEach { visit($0, page: page) } }
            }
        case .signature, .dateLine, .spacer, .pageBreak:
            break
        }
    }

    private mutating func visit(_ inlines: [FormInline]) {
        for inline in inlines {
            switch inline {
            case .pageReference(let anchor, let fallback):
                references.append(anchor)
                visit(fallback)
            case .checkbox(_, let label): visit(label)
            case .field(_, let value, _): visit(value)
            case .text, .blank, .lineBreak: break
            }
        }
    }
}

import CLibXML2

/// A read-only view of one node of a parsed libxml2 tree.
///
/// It borrows the node: it is valid only while the `xmlDoc` it belongs to is alive, which is why it
/// never leaves the parser.
struct MarkupNode {
    /// What a node is, as far as form markup cares.
    enum Kind {
        /// An element.
        case element
        /// Character data, from text or a CDATA section.
        case text
        /// An unexpanded entity reference; form markup never has one, since it has no DOCTYPE.
        case entityReference
        /// A comment or processing instruction, which prints nothing.
        case ignorable
    }

    /// The libxml2 node.
    let pointer: xmlNodePtr

    /// What the node is.
    var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: .text
        case XML_ENTITY_REF_NODE: .entityReference
        default: .ignorable
        }
    }

    /// The element or entity name; empty for other nodes.
    var name: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The character data of a text node; empty for other nodes.
    var text: String {
        pointer.pointee.content.map { String(cString: $0) } ?? ""
    }

    /// The 1-based line the node starts on in the parsed markup, when libxml2 recorded it.
    var line: Int? {
        let line = xmlGetLineNo(pointer)
        return line > 0 ? Int(line) : nil
    }

    /// The child nodes in document order.
    var children: [MarkupNode] {
        var nodes: [MarkupNode] = []
        var child = pointer.pointee.children
        while let node = child {
            nodes.append(MarkupNode(pointer: node))
            child = node.pointee.next
        }
        return nodes
    }

    /// The child elements, skipping whitespace, comments and processing instructions.
    var childElements: [MarkupNode] {
        children.filter { $0.kind == .element }
    }

    /// The value of an attribute written on the element, or `nil` when it is absent.
    ///
    /// DTD defaults are not filled in: the markup is parsed without loading a DTD so that no
    /// template can bring its own, and the defaults live with the code that reads each attribute.
    func attribute(_ name: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let attributeName = current.pointee.name, String(cString: attributeName) == name else { continue }
            var value = ""
            var child = current.pointee.children
            while let node = child {
                if let content = node.pointee.content { value += String(cString: content) }
                child = node.pointee.next
            }
            return value
        }
        return nil
    }
}

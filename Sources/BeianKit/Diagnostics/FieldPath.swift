/// The location of a value inside an input record, written like `websites[1].owner.mobile`.
///
/// Array indices count from 0, as in JSON tools: `websites[1]` is the second website.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// One step of a path.
    public enum Component: Sendable, Hashable {
        /// A field of an object: `subject`.
        case key(String)
        /// An element of an array: `[1]`.
        case index(Int)
    }

    /// The steps from the record's root.
    public private(set) var components: [Component]

    /// The record itself.
    public static let root = FieldPath(components: [])

    /// Creates a path from its steps.
    public init(components: [Component]) {
        self.components = components
    }

    /// Creates a path of dot-separated keys, such as `subject.owner`.
    public init(stringLiteral value: String) {
        // Literal paths name fields on every record; most have no dot to split at.
        if !value.utf8.contains(UInt8(ascii: ".")) {
            self.components = value.isEmpty ? [] : [.key(value)]
            return
        }
        self.components = value.split(separator: ".").map { .key(String($0)) }
    }

    /// This path extended by an object key.
    public func key(_ name: String) -> FieldPath {
        appending(.key(name))
    }

    /// This path extended by an array index.
    public func index(_ position: Int) -> FieldPath {
        appending(.index(position))
    }

    /// This path extended by an object key.
    public static func / (lhs: FieldPath, rhs: String) -> FieldPath { lhs.key(rhs) }

    /// One allocation per path: `components + [component]` made a temporary array as well,
    /// and every field of every record gets a path.
    private func appending(_ component: Component) -> FieldPath {
        var components: [Component] = []
        components.reserveCapacity(self.components.count + 1)
        components.append(contentsOf: self.components)
        components.append(component)
        return FieldPath(components: components)
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let name):
                if !text.isEmpty { text += "." }
                text += name
            case .index(let position):
                text += "[\(position)]"
            }
        }
        return text
    }
}

import Foundation
import Synchronization

/// Documents parsed from markup with stand-ins for their values, by that markup.
///
/// The records of a batch differ mostly in their values, not in the shape of their documents
/// (which sections show, how many websites a list has). Markup rendered with stand-ins is the
/// same for records of the same shape, so it is parsed, validated and mapped to a document once,
/// and each record only fills its values in. Before a shape is kept, the parsed document is
/// checked to hold every stand-in exactly once and only in text (``FormDocument/holdsStandInsOnlyInText(count:)``);
/// a shape that fails, or whose markup does not parse, is remembered as unusable and its records
/// take the full path, which also gives them the full path's error messages.
///
/// One cache serves every task of an engine. It holds at most `capacity` shapes and
/// `byteCapacity` bytes of markup, and starts over when either is reached, so memory stays
/// bounded whatever the input. A template whose records rarely share a shape stops using
/// stand-ins after a trial (``trialLookups``).
final class DocumentShapeCache: Sendable {
    /// What is known of one shape.
    enum Entry: Sendable {
        /// The document, with stand-ins in its text, and its DOCX part.
        case shape(DocumentShape)
        /// Records of this shape take the full path.
        case unusable
    }

    /// Markup as a dictionary key: its UTF-8 bytes, hashed and compared in one piece (`String`'s
    /// own hashing and equality normalise Unicode, which costs more than parsing Chinese text).
    struct Key: Hashable, Sendable {
        let markup: [UInt8]

        func hash(into hasher: inout Hasher) {
            markup.withUnsafeBytes { hasher.combine(bytes: $0) }
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.markup.count == rhs.markup.count
                && lhs.markup.withUnsafeBytes { left in
                    rhs.markup.withUnsafeBytes { right in memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0 }
                }
        }
    }

    private struct State: ~Copyable {
        var entries: [Key: Entry] = [:]
        var bytes = 0
        /// Per template: how often its shapes were looked up, and how often one was known.
        var lookups: [String: (all: Int, hits: Int)] = [:]
    }

    /// After this many lookups of a template's shapes, stand-ins are given up for a template
    /// whose shapes were known less than half the time: its records differ in shape (a value
    /// in an attribute, say), and rendering twice would only cost more. The trial is long
    /// enough for a batch's usual shapes (a few dozen, first seen among its first records, by
    /// several tasks at once) to be learnt before it is judged.
    static let trialLookups = 256

    let capacity: Int
    let byteCapacity: Int
    private let state = Mutex(State())

    /// A cache of at most `capacity` shapes and `byteCapacity` bytes of markup.
    init(capacity: Int = 256, byteCapacity: Int = 16 << 20) {
        self.capacity = capacity
        self.byteCapacity = byteCapacity
    }

    /// What is known of the shape of `markup`, rendered from `template`, if anything.
    func entry(for markup: [UInt8], of template: String) -> Entry? {
        let key = Key(markup: markup)
        return state.withLock { state in
            let entry = state.entries[key]
            var counts = state.lookups[template] ?? (0, 0)
            counts.all += 1
            if case .shape? = entry { counts.hits += 1 }
            state.lookups[template] = counts
            return entry
        }
    }

    /// Whether rendering `template` with stand-ins is still worth it (see ``trialLookups``).
    func isWorthStandingIn(for template: String) -> Bool {
        state.withLock { state in
            guard let counts = state.lookups[template], counts.all >= Self.trialLookups else { return true }
            return counts.hits * 2 >= counts.all
        }
    }

    /// Remembers what is known of the shape of `markup`.
    func store(_ entry: Entry, for markup: [UInt8]) {
        let size = markup.count
        state.withLock { state in
            if state.entries.count >= capacity || state.bytes + size > byteCapacity {
                state.entries.removeAll()
                state.bytes = 0
            }
            if state.entries.updateValue(entry, forKey: Key(markup: markup)) == nil { state.bytes += size }
        }
    }

    /// How many shapes are held.
    var count: Int { state.withLock { $0.entries.count } }
}

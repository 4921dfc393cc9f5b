import Foundation

/// Font subsets already made, shared by the tasks of a batch. Bounded: when full it starts
/// again, so a long batch of ever-different glyph sets cannot grow it without end.
final class PDFSubsetCache: @unchecked Sendable {
    struct Key: Hashable {
        var role: Int
        var glyphs: [UInt32]
    }

    typealias Subset = (font: Data, newGlyph: [UInt32: UInt32])

    /// The most subsets kept.
    static let capacity = 64

    private let lock = NSLock()
    private var subsets: [Key: Subset] = [:]

    /// The subset for `key`, made by `make` when not cached.
    func subset(_ key: Key, make: () -> Subset?) -> Subset? {
        lock.lock()
        let cached = subsets[key]
        lock.unlock()
        if let cached { return cached }
        guard let made = make() else { return nil }
        lock.lock()
        if subsets.count >= PDFSubsetCache.capacity { subsets.removeAll(keepingCapacity: true) }
        subsets[key] = made
        lock.unlock()
        return made
    }
}

import Foundation

/// Font subsets already made, shared by the tasks of a batch. Bounded: when full, the subsets
/// never asked for again are dropped (a record's own values make one-off glyph sets), and the
/// shared ones (a form's title and labels) stay.
final class PDFSubsetCache: @unchecked Sendable {
    struct Key: Hashable {
        var role: Int
        var glyphs: [UInt32]
    }

    /// A font program as its stream holds it.
    typealias Subset = PDFDeflate.Stream

    /// The most subsets kept.
    static let capacity = 256

    private let lock = NSLock()
    private var subsets: [Key: (subset: Subset, reused: Bool)] = [:]

    /// The subset for `key`, made by `make` when not cached.
    func subset(_ key: Key, make: () -> Subset?) -> Subset? {
        lock.lock()
        if let cached = subsets[key] {
            if !cached.reused { subsets[key]?.reused = true }
            lock.unlock()
            return cached.subset
        }
        lock.unlock()
        guard let made = make() else { return nil }
        lock.lock()
        if subsets.count >= PDFSubsetCache.capacity {
            subsets = subsets.filter(\.value.reused)
            // Every one reused and still full: start again rather than grow.
            if subsets.count >= PDFSubsetCache.capacity { subsets.removeAll() }
        }
        subsets[key] = (made, false)
        lock.unlock()
        return made
    }
}

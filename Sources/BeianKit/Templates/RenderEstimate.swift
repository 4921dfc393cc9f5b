import Foundation

/// An upper estimate of what rendering a template with a context produces, made before
/// rendering: each section counts as often as the longest list of its name in the context, each
/// variable as long as the longest value of its name, each partial as its own estimate. A
/// template that nests a section over a list inside itself multiplies, and is caught here in
/// microseconds instead of after gigabytes.
struct RenderEstimate {
    /// Bytes of output, saturating.
    var bytes: UInt64 = 0
    /// Line breaks in the output (partials indent each line).
    var newlines: UInt64 = 0
    /// Times sections repeat in total.
    var repeats: UInt64 = 0
    /// The chain of nested sections that repeats most, outermost first, with each one's count.
    var chain: [(section: String, times: UInt64, template: String, at: TemplateStructure.Position)] = []
    /// The product of `chain`'s counts.
    var chainProduct: UInt64 = 1

    mutating func add(_ other: RenderEstimate) {
        bytes = bytes.adding(other.bytes)
        newlines = newlines.adding(other.newlines)
        repeats = repeats.adding(other.repeats)
        if other.chainProduct > chainProduct || chain.isEmpty && !other.chain.isEmpty {
            chain = other.chain
            chainProduct = other.chainProduct
        }
    }

    /// The estimates of a set of templates with one context.
    struct Estimator {
        let structures: [String: TemplateStructure]
        let sizes: ContextSizes
        /// Whether to find the chain of sections that repeats most: only for error messages,
        /// so an estimate within the limits allocates none.
        let tracksChain: Bool
        private var memo: [MemoKey: RenderEstimate] = [:]

        private struct MemoKey: Hashable {
            var template: String
            var scopes: [ObjectIdentifier]
        }

        init(structures: [String: TemplateStructure], context: [String: Any], tracksChain: Bool = true) {
            self.structures = structures
            self.sizes = ContextSizes(context)
            self.tracksChain = tracksChain
        }

        /// The estimate of a template; partials must form no cycle (the library refuses those).
        mutating func estimate(_ template: String) -> RenderEstimate {
            estimate(template, scopes: [sizes.root])
        }

        /// A template's estimate where names resolve through `scopes` (innermost last), as in
        /// a partial included inside a section.
        private mutating func estimate(_ template: String, scopes: [ContextSizes.Scope]) -> RenderEstimate {
            let key = MemoKey(template: template, scopes: scopes.map(ObjectIdentifier.init))
            if let known = memo[key] { return known }
            let result = estimate(structures[template]?.nodes ?? [], in: template, scopes: scopes)
            memo[key] = result
            return result
        }

        private mutating func estimate(_ nodes: [TemplateStructure.Node], in template: String, scopes: [ContextSizes.Scope]) -> RenderEstimate {
            var total = RenderEstimate()
            for node in nodes {
                switch node {
                case .text(let bytes, let newlines):
                    total.bytes = total.bytes.adding(UInt64(bytes))
                    total.newlines = total.newlines.adding(UInt64(newlines))
                case .variable(let name, let escaped, let transformed):
                    let field = sizes.resolve(name, in: scopes)
                    var bytes = UInt64(escaped ? field.bytes : field.rawBytes)
                    // A transform (uppercased, count…) may change the length a little.
                    if transformed { bytes = Swift.max(bytes.multiplied(3), 32) }
                    total.bytes = total.bytes.adding(bytes)
                    total.newlines = total.newlines.adding(UInt64(field.newlines))
                case .section(let name, let inverted, let transformed, let body, let at):
                    let field = sizes.resolve(name, in: scopes)
                    var times = UInt64(1)
                    var inner = scopes
                    if !inverted {
                        times = UInt64(Swift.max(1, transformed ? Swift.max(field.items, field.entries) : field.items))
                        // Inside the section, names resolve first on the item (or object) it pushes.
                        if let pushed = field.items > 0 ? field.elements : field.object { inner.append(pushed) }
                        else if transformed || field.items > 0 { inner.append(ContextSizes.Scope()) }
                    }
                    let body = estimate(body, in: template, scopes: inner)
                    var section = RenderEstimate()
                    section.bytes = body.bytes.multiplied(times)
                    section.newlines = body.newlines.multiplied(times)
                    section.repeats = times.adding(body.repeats.multiplied(times))
                    if tracksChain {
                        section.chain = [(name, times, template, at)] + body.chain
                        section.chainProduct = times.multiplied(body.chainProduct)
                    }
                    total.add(section)
                case .partial(let name, let indentation, _):
                    var partial = estimate(name, scopes: scopes)
                    // A standalone partial's indentation is printed before each of its lines.
                    partial.bytes = partial.bytes.adding(UInt64(indentation).multiplied(partial.newlines.adding(1)))
                    total.add(partial)
                }
            }
            return total
        }
    }
}

/// The sizes of a template context's values by name, in scopes as Mustache sees them: the
/// context, and inside a section over a list, the list's items (all items of all lists of that
/// name, merged). For each name: the longest list, the largest dictionary, the longest text.
struct ContextSizes {
    /// The largest values under one name in a scope.
    struct Field {
        /// Items of the longest array under the name.
        var items = 0
        /// Entries of the largest dictionary under the name (what `enumerated(…)` iterates).
        var entries = 0
        /// Printed size, HTML-escaped and not, and its line breaks.
        var bytes = 0
        var rawBytes = 0
        var newlines = 0
        /// How many of the scope's dictionaries hold the name (when all do, a lookup stops here).
        var holders = 0
        /// The items of arrays under the name, merged.
        var elements: Scope?
        /// The dictionaries under the name, merged.
        var object: Scope?

        mutating func merge(_ other: Field) {
            items = Swift.max(items, other.items)
            entries = Swift.max(entries, other.entries)
            bytes = Swift.max(bytes, other.bytes)
            rawBytes = Swift.max(rawBytes, other.rawBytes)
            newlines = Swift.max(newlines, other.newlines)
        }
    }

    /// The names of a set of dictionaries (the context, or the items of a list).
    final class Scope {
        var dictionaries = 0
        var fields: [String: Field] = [:]
        /// For the items of lists: the largest item as printed, what `{{.}}` prints.
        var item: Field?
    }

    let root = Scope()
    /// The longest array anywhere, for `{{#.}}`.
    private(set) var longestList = 0
    /// The printed size of the whole context, for `{{.}}`.
    private(set) var whole = Field()

    init(_ context: [String: Any]) {
        whole = measure(context, into: root)
    }

    /// The largest value a tag's name may find looking through `scopes` from the innermost, as
    /// Mustache looks through its stack: a scope whose every dictionary holds the first part of
    /// the name ends the search; one where only some do adds its values and the search goes on.
    /// `a.b.c` then looks up `b` and `c` in what `a` holds.
    func resolve(_ name: String, in scopes: [Scope]) -> Field {
        if name == "." {
            // The current item when inside a section over a list, else the whole context.
            var field = scopes.count > 1 ? scopes.last?.item ?? whole : whole
            field.items = longestList
            return field
        }
        let parts = name.contains(".") ? name.split(separator: ".").map(String.init) : [name]
        guard let first = parts.first else { return Field() }
        var found = Field()
        var candidates: [Field] = []
        for scope in scopes.reversed() {
            guard let field = scope.fields[first] else { continue }
            candidates.append(field)
            if field.holders >= scope.dictionaries { break }
        }
        for candidate in candidates {
            var field = candidate
            for part in parts.dropFirst() {
                guard let next = field.object?.fields[part] ?? field.elements?.fields[part] else {
                    field = Field()
                    break
                }
                field = next
            }
            found.merge(field)
            if found.elements == nil { found.elements = field.elements }
            if found.object == nil { found.object = field.object }
        }
        return found
    }

    /// Records every named value inside `dictionary` into `scope` and returns its printed size
    /// as Swift describes it (what Mustache prints for `{{object}}`), bounded generously. Each
    /// value is cast once: casts from `Any` are most of the cost.
    private mutating func measure(_ dictionary: [String: Any], into scope: Scope) -> Field {
        scope.dictionaries += 1
        var size = Field()
        var raw = 2
        for (key, item) in dictionary {
            var known = scope.fields[key] ?? Field()
            known.holders += 1
            let inner: Field
            switch item {
            case let text as String:
                inner = Self.measure(text)
            case let nested as [String: Any]:
                let child = known.object ?? Scope()
                known.object = child
                known.entries = Swift.max(known.entries, nested.count)
                inner = measure(nested, into: child)
            case let array as [Any]:
                let child = known.elements ?? Scope()
                known.elements = child
                known.items = Swift.max(known.items, array.count)
                inner = measure(array, items: child)
            default:
                inner = Field(bytes: 32, rawBytes: 32)
            }
            known.merge(inner)
            scope.fields[key] = known
            raw = raw.addingSaturated(key.utf8.count + 8).addingSaturated(inner.rawBytes)
            size.newlines = size.newlines.addingSaturated(inner.newlines)
        }
        size.rawBytes = raw
        size.bytes = raw.multipliedSaturated(6)
        return size
    }

    /// Records the items of a list into `items` (the scope of all items of lists of one name).
    private mutating func measure(_ array: [Any], items scope: Scope) -> Field {
        longestList = Swift.max(longestList, array.count)
        var size = Field()
        var raw = 2
        var largest = scope.item ?? Field()
        for item in array {
            let inner: Field
            switch item {
            case let text as String: inner = Self.measure(text)
            case let dictionary as [String: Any]: inner = measure(dictionary, into: scope)
            case let nested as [Any]: inner = measure(nested, items: Scope())
            default: inner = Field(bytes: 32, rawBytes: 32)
            }
            largest.merge(inner)
            raw = raw.addingSaturated(inner.rawBytes.addingSaturated(4))
            size.newlines = size.newlines.addingSaturated(inner.newlines)
        }
        scope.item = largest
        size.rawBytes = raw
        size.bytes = raw.multipliedSaturated(6)
        return size
    }

    /// A text's printed size: HTML-escaped (a character becoming at most 6 bytes) and not.
    private static func measure(_ text: String) -> Field {
        var size = Field()
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): size.bytes += 6
            case 0x0A: size.bytes += 1; size.newlines += 1
            default: size.bytes += 1
            }
        }
        size.rawBytes = text.utf8.count
        return size
    }
}

extension UInt64 {
    func adding(_ other: UInt64) -> UInt64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }

    func multiplied(_ other: UInt64) -> UInt64 {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}

extension Int {
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }

    func multipliedSaturated(_ other: Int) -> Int {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}

extension String.UTF8View {
    /// Whether `needle`'s bytes occur in these bytes. UTF-8 is self-synchronising, so a byte
    /// match is a match of whole characters; unlike Foundation's `contains`, this does not
    /// route through `NSString` on Linux.
    func containsSequence(_ needle: String.UTF8View) -> Bool {
        let haystack = Array(self), pattern = Array(needle)
        guard !pattern.isEmpty else { return true }
        guard haystack.count >= pattern.count else { return false }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if haystack[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }
}

import CLibXML2

/// libxml2's process-wide set-up.
enum LibXML2 {
    /// Evaluate before the first libxml2 call. `xmlInitParser()` must run once before threads use
    /// the parser concurrently; Swift runs a static initialiser exactly once, under a lock.
    static let initialized: Void = xmlInitParser()
}

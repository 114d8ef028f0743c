/// Bounds that every match runs under, so that a bad pattern cannot hang a run.
public struct MatchLimits: Sendable, Equatable {
    /// Most backtracking steps one `pcre2_match` call may take (`pcre2_set_match_limit`).
    public var match: UInt32
    /// Most nested backtracking frames (`pcre2_set_depth_limit`, interpreter only).
    public var depth: UInt32
    /// Most heap memory, in KiB, the interpreter may use for backtracking (`pcre2_set_heap_limit`).
    public var heapKiB: UInt32
    /// Largest JIT stack, in bytes.
    public var jitStackBytes: Int

    /// Creates limits.
    public init(match: UInt32, depth: UInt32, heapKiB: UInt32, jitStackBytes: Int) {
        self.match = match
        self.depth = depth
        self.heapKiB = heapKiB
        self.jitStackBytes = jitStackBytes
    }

    /// The limits used unless told otherwise: generous for field patterns over long lines,
    /// small enough that catastrophic backtracking stops within a fraction of a second.
    public static let standard = MatchLimits(match: 5_000_000, depth: 50_000, heapKiB: 65_536, jitStackBytes: 1 << 20)
}

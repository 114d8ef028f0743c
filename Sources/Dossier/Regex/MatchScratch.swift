import CPCRE2
import Foundation

/// Match data, a match context with limits and a JIT stack, reused across matches on one
/// thread so that a loop over many buffers allocates nothing per call.
///
/// Not thread-safe: give each task its own.
public final class MatchScratch {
    /// The limits every match made with this scratch runs under.
    public let limits: MatchLimits
    let context: OpaquePointer
    /// Made only when a match outgrows the 32 KiB the JIT code uses by default.
    private var jitStack: OpaquePointer?
    private var data: OpaquePointer?
    private var pairs: UInt32 = 0

    /// Creates scratch space that enforces `limits`.
    public init(limits: MatchLimits = .standard) {
        self.limits = limits
        context = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(context, limits.match)
        pcre2_set_depth_limit_8(context, limits.depth)
        pcre2_set_heap_limit_8(context, limits.heapKiB)
    }

    /// The scratch of the calling thread, under the standard limits: made on first use and
    /// kept for the thread's life, so that the many short searches of the value parsers
    /// allocate nothing.
    ///
    /// Only for a search whose body starts no other search with it: a nested search would
    /// overwrite the match data the outer one is reading.
    static var ofThisThread: MatchScratch {
        if let pointer = pthread_getspecific(threadKey) {
            return Unmanaged<MatchScratch>.fromOpaque(pointer).takeUnretainedValue()
        }
        let scratch = MatchScratch()
        pthread_setspecific(threadKey, Unmanaged.passRetained(scratch).toOpaque())
        return scratch
    }

    /// The key of each thread's scratch; a thread that ends releases its own.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<MatchScratch>.fromOpaque(pointer).release()
        }
        return key
    }()

    /// Gives the JIT code a stack of up to `limits.jitStackBytes`; returns false when it
    /// already has one (so the match ran out of the largest stack allowed).
    func growJITStack() -> Bool {
        guard jitStack == nil, let stack = pcre2_jit_stack_create_8(32 * 1024, limits.jitStackBytes, nil) else { return false }
        jitStack = stack
        pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(stack))
        return true
    }

    deinit {
        if let data { pcre2_match_data_free_8(data) }
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        pcre2_match_context_free_8(context)
    }

    /// Match data large enough for every group of `regex`.
    func matchData(for regex: Regex) -> OpaquePointer {
        let needed = UInt32(regex.captureCount + 1)
        if let data, pairs >= needed { return data }
        if let data { pcre2_match_data_free_8(data) }
        let created = pcre2_match_data_create_8(needed, nil)!
        data = created
        pairs = needed
        return created
    }
}

import CPCRE2
import Synchronization

/// A PCRE2 pattern compiled once (with JIT, once used enough, when available) and matched
/// over UTF-8 bytes.
///
/// Patterns always run in UTF mode with Unicode properties (`\w`, `\d` and case folding
/// know `é` and `Œ`). A compiled `Regex` is immutable and can be shared between threads;
/// each matching call uses a `MatchScratch` of its own.
///
/// ```swift
/// let amount = try Regex(#"(?<value>\d[\d ]*)\s?€"#)
/// for match in try amount.matches(in: "Coût : 45 000 € par an") {
///     print(match[named: "value"]!)  // 9..<15
/// }
/// ```
public final class Regex: @unchecked Sendable {
    /// Compile options beyond the UTF and Unicode-property modes that are always on.
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        /// `(?i)`: letters match in either case.
        public static let caseless = Options(rawValue: UInt32(PCRE2_CASELESS))
        /// `(?m)`: `^` and `$` match at line starts and ends.
        public static let multiline = Options(rawValue: UInt32(PCRE2_MULTILINE))
        /// `(?s)`: `.` matches a line end too.
        public static let dotAll = Options(rawValue: UInt32(PCRE2_DOTALL))
        /// `(?x)`: white space and `#` comments in the pattern are ignored.
        public static let extended = Options(rawValue: UInt32(PCRE2_EXTENDED))
    }

    /// The pattern as written.
    public let pattern: String
    /// The options it was compiled with.
    public let options: Options
    /// Number of capturing groups.
    public let captureCount: Int
    /// Group number of each named group.
    public let groupNames: [String: Int]
    /// Whether the pattern runs as JIT code by now. A pattern is JIT-compiled once its
    /// searches have scanned `bytesBeforeJIT` in all, so that a short run does not pay for
    /// compiling the patterns it barely uses; never when the JIT compiler refuses it (the
    /// interpreter is the fallback). Both give the same matches.
    public var isJITCompiled: Bool { jitCode.load(ordering: .acquiring) != nil }

    /// The pattern for the interpreter.
    let code: OpaquePointer
    /// A JIT-compiled copy of `code`, once made.
    private let jitCode = Atomic<OpaquePointer?>(nil)
    /// The bytes the pattern's searches have been given so far, each search counting 64 more
    /// for its own cost; counted until the JIT copy is made.
    private let scanned = Atomic<Int>(0)
    /// About what the JIT compilation of a field pattern costs in interpreted searching.
    static let bytesBeforeJIT = 32_768

    /// Compiles `pattern`.
    ///
    /// - Throws: `RegexError` of kind `invalidPattern`, with the offset where PCRE2 stopped.
    public init(_ pattern: String, options: Options = []) throws(RegexError) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let flags = UInt32(PCRE2_UTF) | UInt32(PCRE2_UCP) | options.rawValue
        let compiled = pattern.utf8.withContiguousStorageIfAvailable { bytes in
            pcre2_compile_8(bytes.baseAddress, bytes.count, flags, &errorCode, &errorOffset, nil)
        } ?? Array(pattern.utf8).withUnsafeBufferPointer { bytes in
            pcre2_compile_8(bytes.baseAddress, bytes.count, flags, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw RegexError(kind: .invalidPattern, message: Regex.message(for: errorCode), offset: errorOffset, pattern: pattern)
        }
        self.code = compiled
        self.pattern = pattern
        self.options = options
        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        self.captureCount = Int(count)

        self.groupNames = Regex.readGroupNames(compiled)
    }

    deinit {
        pcre2_code_free_8(code)
        if let jitted = jitCode.load(ordering: .acquiring) { pcre2_code_free_8(jitted) }
    }

    /// Every non-overlapping match in `text`, in order.
    ///
    /// A Swift `String` is valid UTF-8 by construction, so PCRE2's UTF check is skipped.
    public func matches(in text: String, limits: MatchLimits = .standard) throws(RegexError) -> [RegexMatch] {
        var found: [RegexMatch] = []
        try search(text, from: 0, limits: limits) { match in
            found.append(match)
            return true
        }
        return found
    }

    /// The first match in `text` at or after byte `offset`, or `nil`.
    public func firstMatch(in text: String, from offset: Int = 0, limits: MatchLimits = .standard) throws(RegexError) -> RegexMatch? {
        var found: RegexMatch?
        try search(text, from: offset, limits: limits) { match in
            found = match
            return false
        }
        return found
    }

    private func search(_ text: String, from offset: Int, limits: MatchLimits, _ body: (RegexMatch) -> Bool) throws(RegexError) {
        var text = text
        // Its bodies only collect matches, so the thread's scratch serves.
        let scratch = limits == .standard ? MatchScratch.ofThisThread : MatchScratch(limits: limits)
        let outcome: Result<Void, RegexError> = text.withUTF8 { bytes in
            Result { () throws(RegexError) in
                try forEachMatch(in: bytes, from: offset, validated: true, scratch: scratch, body)
            }
        }
        try outcome.get()
    }

    /// Whether `text` has a match.
    public func isMatch(_ text: String, limits: MatchLimits = .standard) throws(RegexError) -> Bool {
        try firstMatch(in: text, limits: limits) != nil
    }

    /// Calls `body` with each non-overlapping match in `bytes`, in order, without copying them.
    ///
    /// When `validated` is false, the buffer's UTF-8 is checked once, on the first search,
    /// and every later search in the same buffer skips the check (`PCRE2_NO_UTF_CHECK`).
    ///
    /// - Parameters:
    ///   - bytes: the subject, UTF-8.
    ///   - offset: byte offset where the search starts.
    ///   - validated: whether the caller already knows `bytes` is valid UTF-8.
    ///   - scratch: match data and limits to reuse across calls on one thread.
    ///   - body: returns `false` to stop early.
    /// - Throws: `RegexError` when a limit is reached or the subject is not valid UTF-8.
    public func forEachMatch(
        in bytes: UnsafeBufferPointer<UInt8>,
        from offset: Int = 0,
        validated: Bool = false,
        scratch: MatchScratch,
        _ body: (RegexMatch) throws(RegexError) -> Bool
    ) throws(RegexError) {
        let matchData = scratch.matchData(for: self)
        let length = bytes.count
        let code = codeForSearch(length - min(offset, length))
        // PCRE2 wants a non-null subject even when it is empty.
        let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        var start = min(offset, length)
        var checkFlag: UInt32 = validated ? UInt32(PCRE2_NO_UTF_CHECK) : 0
        var retryNonEmpty = false
        while start <= length {
            let flags = checkFlag | (retryNonEmpty ? UInt32(PCRE2_NOTEMPTY_ATSTART) | UInt32(PCRE2_ANCHORED) : 0)
            let rc = pcre2_match_8(code, base, length, start, flags, matchData, scratch.context)
            checkFlag = UInt32(PCRE2_NO_UTF_CHECK)
            if rc == PCRE2_ERROR_NOMATCH {
                guard retryNonEmpty, start < length else { return }
                // No non-empty match here: step over one character and search on.
                start += 1
                while start < length, bytes[start] & 0xC0 == 0x80 { start += 1 }
                retryNonEmpty = false
                continue
            }
            if rc == PCRE2_ERROR_JIT_STACKLIMIT, scratch.growJITStack() { continue }
            guard rc >= 0 else { throw error(code: rc, matchData: matchData) }
            let match = readMatch(matchData)
            guard try body(match) else { return }
            let range = match.range
            retryNonEmpty = range.isEmpty
            start = range.upperBound
        }
    }

    /// The first match at or after `offset` in `bytes` (valid UTF-8), or `nil`; a pattern
    /// that opens with `\G` is tried at `offset` only (and stays in JIT code, which
    /// `PCRE2_ANCHORED` at match time would leave for the interpreter).
    ///
    /// - Throws: `RegexError` when a limit is reached.
    public func firstMatch(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int, scratch: MatchScratch) throws(RegexError) -> RegexMatch? {
        var found: RegexMatch?
        try forEachMatch(in: bytes, from: offset, validated: true, scratch: scratch) { match in
            found = match
            return false
        }
        return found
    }

    /// The code a search of `bytes` runs: the JIT copy once made, the interpreter's before.
    /// The search that takes the count past `bytesBeforeJIT` makes the copy; only one can,
    /// so no lock is needed, and a search under way keeps the code it started with.
    private func codeForSearch(_ bytes: Int) -> OpaquePointer {
        if let jitted = jitCode.load(ordering: .acquiring) { return jitted }
        let cost = bytes + 64
        let after = scanned.wrappingAdd(cost, ordering: .relaxed).newValue
        guard after >= Regex.bytesBeforeJIT, after - cost < Regex.bytesBeforeJIT, let copy = pcre2_code_copy_8(code) else { return code }
        guard pcre2_jit_compile_8(copy, UInt32(PCRE2_JIT_COMPLETE)) == 0 else {
            pcre2_code_free_8(copy)
            return code
        }
        jitCode.store(copy, ordering: .releasing)
        return copy
    }

    private func readMatch(_ matchData: OpaquePointer) -> RegexMatch {
        let ovector = pcre2_get_ovector_pointer_8(matchData)!
        let unset = cpcre2_unset()
        var groups: [Range<Int>?] = []
        groups.reserveCapacity(captureCount + 1)
        for group in 0...captureCount {
            let start = ovector[2 * group]
            let end = ovector[2 * group + 1]
            // `\K` can leave the start past the end; keep the range well formed.
            groups.append(start == unset ? nil : start..<max(start, end))
        }
        return RegexMatch(groups: groups, names: groupNames)
    }

    private func error(code rc: Int32, matchData: OpaquePointer) -> RegexError {
        let kind: RegexError.Kind
        var offset: Int?
        switch rc {
        case PCRE2_ERROR_MATCHLIMIT: kind = .matchLimit
        case PCRE2_ERROR_DEPTHLIMIT: kind = .depthLimit
        case PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_JIT_STACKLIMIT, PCRE2_ERROR_NOMEMORY: kind = .memoryLimit
        case PCRE2_ERROR_UTF8_ERR21...PCRE2_ERROR_UTF8_ERR1:
            kind = .invalidUTF8
            offset = pcre2_get_startchar_8(matchData)
        default: kind = .matchError
        }
        return RegexError(kind: kind, message: Regex.message(for: rc), offset: offset, pattern: pattern)
    }

    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return length > 0 ? String(decoding: buffer[0..<Int(length)], as: UTF8.self) : "PCRE2 error \(code)"
    }

    private static func readGroupNames(_ code: OpaquePointer) -> [String: Int] {
        var count: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>?
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard count > 0, let table else { return [:] }
        var names: [String: Int] = [:]
        for entry in 0..<Int(count) {
            // Each entry: the group number on two bytes, big-endian, then the zero-terminated name.
            let pointer = table + entry * Int(entrySize)
            let number = Int(pointer[0]) << 8 | Int(pointer[1])
            names[String(cString: pointer + 2)] = number
        }
        return names
    }
}

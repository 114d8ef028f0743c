import Foundation

/// A pattern searched only where one of its opening words (``OpeningWords``) starts: at each
/// such word, in order, the pattern is tried there alone (`\G`), which finds the very matches
/// a search at every byte finds, for a fraction of the work when its words are rare.
struct OpeningSearch: Sendable {
    /// The words every match opens with.
    let openings: OpeningWords
    /// The pattern as given.
    let regex: Regex
    /// The pattern anchored where a search starts (`\G(?:…)`; `PCRE2_ANCHORED` given at match
    /// time would leave the JIT code for the interpreter), compiled on its first search, so
    /// that a run that reads no prose pays nothing for it at start-up.
    private let anchored: LazyRegex

    /// The search for `regex`, or `nil` when its opening words cannot be told.
    init?(_ regex: Regex) {
        guard let openings = OpeningWords(pattern: regex.pattern) else { return nil }
        self.openings = openings
        self.regex = regex
        anchored = LazyRegex("\\G(?:" + regex.pattern + ")", options: regex.options)
    }

    /// Calls `body` with each non-overlapping match in `bytes` (valid UTF-8), in order, as
    /// ``Regex/forEachMatch(in:from:validated:scratch:_:)`` would; `starts` are `bytes`'s.
    ///
    /// - Throws: `RegexError` when a limit is reached.
    func forEachMatch(
        in bytes: UnsafeBufferPointer<UInt8>, starts: WordStarts, scratch: MatchScratch,
        _ body: (RegexMatch) throws(RegexError) -> Bool
    ) throws(RegexError) {
        // (It compiles, as the pattern does; were it not to, the search at every byte serves.)
        guard let anchored = anchored.regex else {
            return try regex.forEachMatch(in: bytes, validated: true, scratch: scratch, body)
        }
        var resume = 0
        for offset in starts.offsets(openingWith: openings) where offset >= resume {
            // An opening word is a letter: no match here is empty.
            guard let match = try anchored.firstMatch(in: bytes, from: offset, scratch: scratch) else { continue }
            guard try body(match) else { return }
            resume = match.range.upperBound
        }
    }
}

/// A pattern compiled on first use, once, whatever the thread.
private final class LazyRegex: @unchecked Sendable {
    private let pattern: String
    private let options: Regex.Options
    private let lock = NSLock()
    private var compiled: Regex??

    init(_ pattern: String, options: Regex.Options) {
        self.pattern = pattern
        self.options = options
    }

    /// The compiled pattern, or `nil` when it does not compile.
    var regex: Regex? {
        lock.lock()
        defer { lock.unlock() }
        if let compiled { return compiled }
        let regex = try? Regex(pattern, options: options)
        compiled = .some(regex)
        return regex
    }
}

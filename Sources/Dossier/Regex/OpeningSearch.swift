/// A pattern searched only where one of its opening words (``OpeningWords``) starts: at each
/// such word, in order, the pattern is tried there alone (`\G`), which finds the very matches
/// a search at every byte finds, for a fraction of the work when its words are rare.
struct OpeningSearch: Sendable {
    /// The words every match opens with.
    let openings: OpeningWords
    /// The pattern, anchored where a search starts (`\G(?:…)`; `PCRE2_ANCHORED` given at match
    /// time would leave the JIT code for the interpreter).
    let anchored: Regex

    /// The search for `regex`, or `nil` when its opening words cannot be told.
    init?(_ regex: Regex) {
        guard let openings = OpeningWords(pattern: regex.pattern),
              let anchored = try? Regex("\\G(?:" + regex.pattern + ")", options: regex.options),
              anchored.isAnchored
        else { return nil }
        self.openings = openings
        self.anchored = anchored
    }

    /// Calls `body` with each non-overlapping match in `bytes` (valid UTF-8), in order, as
    /// ``Regex/forEachMatch(in:from:validated:scratch:_:)`` would; `starts` are `bytes`'s.
    ///
    /// - Throws: `RegexError` when a limit is reached.
    func forEachMatch(
        in bytes: UnsafeBufferPointer<UInt8>, starts: WordStarts, scratch: MatchScratch,
        _ body: (RegexMatch) throws(RegexError) -> Bool
    ) throws(RegexError) {
        var resume = 0
        for offset in starts.offsets(openingWith: openings) where offset >= resume {
            // An opening word is a letter: no match here is empty.
            guard let match = try anchored.firstMatch(in: bytes, from: offset, scratch: scratch) else { continue }
            guard try body(match) else { return }
            resume = match.range.upperBound
        }
    }
}

/// A text handed to the value parsers: its matching view (fixed-width spaces as spaces,
/// typographic apostrophes as `'`) as UTF-8 bytes, with a map back to the text given.
///
/// Parsers report byte ranges in the text given, whatever folding happened.
struct ValueText {
    /// The folded bytes the patterns run on.
    let utf8: [UInt8]
    /// Maps folded offsets to offsets in the text given; `nil` when nothing was folded.
    private let map: OffsetMap?

    init(_ text: String) {
        let bytes = Array(text.utf8)
        let folded = MatchingView.fold(bytes)
        utf8 = folded?.utf8 ?? bytes
        map = folded?.map
    }

    /// Bytes that are already a matching view.
    init(bytes: [UInt8]) {
        utf8 = bytes
        map = nil
    }

    /// The string of a folded range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }

    /// Where `needle` (lowercase) last starts in `range`, ASCII letters in any case
    /// (``ASCIICaseless``), for the parsers' short tests (`soit`, `total`).
    func lastOffset(ofASCII needle: String, in range: Range<Int>) -> Int? {
        utf8.withUnsafeBufferPointer { ASCIICaseless.lastOffset(of: needle, in: $0, range: range) }
    }

    /// Whether `needle` (lowercase) stands in `range`, ASCII letters in any case.
    func containsASCII(_ needle: String, in range: Range<Int>) -> Bool {
        lastOffset(ofASCII: needle, in: range) != nil
    }

    /// A folded range as a range of the text given.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        map?.sourceRange(range) ?? range
    }

    /// The matches of `regex` inside `range` (whose ends start characters), in order; what
    /// comes before the range is still seen by lookbehinds, nothing after it is read.
    func matches(of regex: Regex, in range: Range<Int>) -> [RegexMatch] {
        var found: [RegexMatch] = []
        let scratch = MatchScratch.ofThisThread
        utf8.withUnsafeBufferPointer { buffer in
            // The caller gives a range whose ends are character boundaries.
            let subject = UnsafeBufferPointer(rebasing: buffer[..<range.upperBound])
            try? regex.forEachMatch(in: subject, from: range.lowerBound, validated: true, scratch: scratch) { match in
                found.append(match)
                return true
            }
        }
        return found
    }

    /// Whether `regex` (a pattern that ends with `$`) matches in the `window` bytes before
    /// `offset`: for the words that qualify what follows them (`environ`, `dans la limite de`).
    func isPreceded(by regex: Regex, at offset: Int, window: Int) -> Bool {
        !matches(of: regex, in: characterStart(atOrAfter: max(0, offset - window))..<offset).isEmpty
    }

    /// The first offset from `offset` on that starts a character (or the text's end).
    func characterStart(atOrAfter offset: Int) -> Int {
        var start = offset
        while start < utf8.count, utf8[start] & 0xC0 == 0x80 { start += 1 }
        return start
    }

    /// Whether `regex` (a pattern that opens with `\\G`) matches from `offset` within the
    /// `window` bytes after it: for the words that deny what precedes them (`n'en relèvent pas`).
    func isFollowed(by regex: Regex, at offset: Int, window: Int) -> Bool {
        var end = min(utf8.count, offset + window)
        while end > offset, end < utf8.count, utf8[end] & 0xC0 == 0x80 { end -= 1 }
        return !matches(of: regex, in: offset..<end).isEmpty
    }

    /// Every match of `regex`, in order, or the first `maximum`; the patterns are built in
    /// and bounded, so a limit hit (which would be a bug) yields no further matches rather
    /// than an error.
    func matches(of regex: Regex, maximum: Int = .max) -> [RegexMatch] {
        matchesUntilLimit(of: regex, maximum: maximum).matches
    }

    /// Every match of `regex`, in order, or the first `maximum`, up to a limit hit (runaway
    /// backtracking in a rule someone wrote), which ends the search and is returned beside
    /// the matches found.
    func matchesUntilLimit(of regex: Regex, limits: MatchLimits = .standard, maximum: Int = .max) -> (matches: [RegexMatch], limit: RegexError?) {
        collect(limits: limits, maximum: maximum) { buffer, scratch, body throws(RegexError) in
            try regex.forEachMatch(in: buffer, validated: true, scratch: scratch, body)
        }
    }

    /// The same matches as ``matchesUntilLimit(of:limits:maximum:)`` with `search`'s pattern,
    /// sought only at the text's word starts (`words`, from ``wordStarts()``) that open as it does.
    func matchesUntilLimit(
        of search: OpeningSearch, words: WordStarts, limits: MatchLimits = .standard, maximum: Int = .max
    ) -> (matches: [RegexMatch], limit: RegexError?) {
        collect(limits: limits, maximum: maximum) { buffer, scratch, body throws(RegexError) in
            try search.forEachMatch(in: buffer, starts: words, scratch: scratch, body)
        }
    }

    /// Where the text's words start, for ``matchesUntilLimit(of:words:limits:maximum:)``.
    func wordStarts() -> WordStarts {
        utf8.withUnsafeBufferPointer(WordStarts.init)
    }

    private typealias Search = (UnsafeBufferPointer<UInt8>, MatchScratch, (RegexMatch) throws(RegexError) -> Bool) throws(RegexError) -> Void

    private func collect(limits: MatchLimits, maximum: Int, _ search: Search) -> (matches: [RegexMatch], limit: RegexError?) {
        var found: [RegexMatch] = []
        let scratch = limits == .standard ? MatchScratch.ofThisThread : MatchScratch(limits: limits)
        let limit = utf8.withUnsafeBufferPointer { buffer -> RegexError? in
            do throws(RegexError) {
                try search(buffer, scratch) { match in
                    found.append(match)
                    return found.count < maximum
                }
                return nil
            } catch {
                return error
            }
        }
        return (found, limit)
    }
}

extension ValueText {
    /// The match of `regex` that starts at `offset` (patterns anchor with `\G`), or the first
    /// match at or after it otherwise.
    func match(_ regex: Regex, at offset: Int) -> RegexMatch? {
        var found: RegexMatch?
        let scratch = MatchScratch.ofThisThread
        utf8.withUnsafeBufferPointer { buffer in
            try? regex.forEachMatch(in: buffer, from: offset, validated: true, scratch: scratch) { match in
                found = match
                return false
            }
        }
        return found
    }
}

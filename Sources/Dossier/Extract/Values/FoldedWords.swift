/// The words of a text folded for comparison (lowercase, no accents, `œ` as `oe`, split at
/// anything that is not a letter or a digit), read straight from UTF-8: reconciliation folds
/// every name and title of a run, up to millions of them.
///
/// Gives the same words as splitting ``Folding/fold(_:)`` at spaces; text with letters beyond
/// Latin-1 and the `œ`/`æ` ligatures goes through ``Folding/fold(_:)`` itself.
enum FoldedWords {
    /// The folded words of `text`.
    static func of(_ text: String) -> [String] {
        var words: [String] = []
        fold(text) { words.append(String(decoding: $0, as: UTF8.self)) } slow: { words = slowWords(text) }
        return words
    }

    /// The folded words of `text` as hashes (``WordHash``), without making a string of any.
    static func hashes(_ text: String) -> [WordHash] {
        var hashes: [WordHash] = []
        fold(text) { hashes.append(WordHash($0)) } slow: { hashes = slowWords(text).map { WordHash(Array($0.utf8)[...]) } }
        return hashes
    }

    /// Calls `word` with each folded word's bytes, or `slow` alone when the text needs the
    /// full folding.
    private static func fold(_ text: String, word emit: (ArraySlice<UInt8>) -> Void, slow: () -> Void) {
        // Every word's bytes in one buffer, and where each word is.
        var word: [UInt8] = []
        word.reserveCapacity(text.utf8.count * 2)
        var ranges: [Range<Int>] = []
        var start = 0
        func flush() {
            if word.count > start { ranges.append(start..<word.count) }
            start = word.count
        }
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            case 0xC3:
                // Latin-1 letters: U+00C0 to U+00FF.
                guard let next = bytes.next(), let base = latin1[Int(next & 0x3F)] else { flush(); continue }
                word.append(contentsOf: base.utf8)
            case 0xC5:
                guard let next = bytes.next() else { flush(); continue }
                switch next {
                case 0x92, 0x93: word.append(contentsOf: "oe".utf8)
                case 0xB8: word.append(UInt8(ascii: "y"))
                default: return slow()
                }
            case 0xC2:
                // No-break space, guillemets, degree: separators.
                _ = bytes.next()
                flush()
            case 0x80...:
                // Typographic punctuation (E2 ...) separates; any other letter needs the full folding.
                if byte == 0xE2 {
                    _ = bytes.next()
                    _ = bytes.next()
                    flush()
                } else {
                    return slow()
                }
            default: flush()
            }
        }
        flush()
        for range in ranges { emit(word[range]) }
    }

    private static func slowWords(_ text: String) -> [String] {
        Folding.fold(text).split(separator: " ").map(String.init)
    }

    /// The base letters of U+00C0 to U+00FF by the last six bits of their second byte; nil
    /// for `×` and `÷`.
    private static let latin1: [String?] = {
        let half: [String?] = [
            "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
            "d", "n", "o", "o", "o", "o", "o", nil, "o", "u", "u", "u", "u", "y", "th",
        ]
        // U+00C0 to U+00DF, then U+00E0 to U+00FF.
        return half + ["ss"] + half + ["y"]
    }()
}

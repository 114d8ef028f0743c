/// The words a pattern's every match opens with, read from the pattern itself: a match of
/// `\b(?:co[uû]t\w*|budget)s?\s+de` starts at the start of a word that opens with `cout` or
/// `budget`. A text's word starts (``WordStarts``) then tell the few places where the
/// pattern may match, and it is tried there alone instead of at every byte.
///
/// The reading is sound or it gives up: it knows the part of PCRE2's syntax that rule packs
/// write (groups, alternations, quantifiers, classes, lookarounds, `\b`, `^`, inline
/// options), and returns `nil` for a pattern whose matches may start elsewhere than at a
/// word it can name: one that opens with a digit, a class of several letters, `\w`, no
/// `\b` or `^` before its first letter, or syntax it does not know. A pattern may also open
/// with any capital at a word start (`\b\p{Lu}`): the words that open with a capital are
/// its places; or with any digit at a word start (`\b\d`). A pattern anchored at line starts
/// (`(?m)^`) is left to PCRE2, which tries it there alone.
struct OpeningWords: Sendable {
    /// The keys of the words (their first letters, up to four) that may open a match.
    let keys: [WordKey]
    /// The buckets of ``WordStarts`` where such words are, each with the keys to try there:
    /// a key's first letter's, and the bucket of words whose first letter is unknown.
    let bucketKeys: [(bucket: Int, keys: [WordKey])]
    /// Whether a match opens with any capital, and only so.
    let isCapitalOnly: Bool

    /// The opening words of `pattern`, or `nil` when they cannot be told.
    init?(pattern: String) {
        var reader = PatternReader(Array(pattern.unicodeScalars))
        guard let keys = reader.alternatives(atWordStart: false), reader.isAtEnd, !reader.failed, !reader.readsLineStarts else { return nil }
        var unique: [WordKey] = []
        for key in keys where !unique.contains(key) { unique.append(key) }
        self.keys = unique
        var byBucket = [[WordKey]](repeating: [], count: WordStarts.bucketCount)
        for key in unique {
            // A key that reads no letter (any capital) is tried in every bucket.
            let buckets = key.mask == 0 ? Array(0..<WordStarts.unknownBucket) : [WordStarts.bucket(of: key)]
            for bucket in buckets + [WordStarts.unknownBucket] { byBucket[bucket].append(key) }
        }
        bucketKeys = byBucket.indices.filter { !byBucket[$0].isEmpty }.map { ($0, byBucket[$0]) }
        isCapitalOnly = unique == [WordKey(capital: true)]
    }
}

/// Reads a pattern's openings, alternative by alternative.
private struct PatternReader {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    /// Set when the pattern uses syntax the reader cannot skip with certainty.
    private(set) var failed = false
    /// Set when a match may open after `^`: PCRE2 tries such a pattern at line starts only,
    /// which are fewer than the words it opens with.
    private(set) var readsLineStarts = false

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    var isAtEnd: Bool { index == scalars.count }

    /// What one item of a pattern is, for its opening.
    private enum Item {
        /// Matches no character: `\b` and `^` (a word may start after them), lookarounds,
        /// inline options.
        case zeroWidth(wordStart: Bool)
        /// One literal letter, folded.
        case letter(UInt8)
        /// Any capital letter (`\p{Lu}`) or any digit (`\d`): its key, which reads no letter.
        case anyOf(WordKey)
        /// A group, with the openings of its alternatives (`nil` when unknown).
        case group([WordKey]?)
        /// Any other character or class.
        case other
    }

    /// The openings of the alternatives from here to the closing parenthesis (not read) or
    /// the end.
    mutating func alternatives(atWordStart: Bool) -> [WordKey]? {
        var keys: [WordKey]? = []
        while true {
            let openings = sequence(atWordStart: atWordStart)
            keys = keys.flatMap { known in openings.map { known + $0 } }
            guard index < scalars.count, scalars[index] == "|" else { return keys }
            index += 1
        }
    }

    /// The openings of one alternative, read to its end (`|`, `)` or the pattern's end).
    private mutating func sequence(atWordStart: Bool) -> [WordKey]? {
        var wordStart = atWordStart
        while index < scalars.count, scalars[index] != "|", scalars[index] != ")" {
            let item = readItem(atWordStart: wordStart)
            let repeats = readQuantifier()
            switch item {
            case .zeroWidth(let startsWord):
                wordStart = wordStart || startsWord
            case .group(let keys):
                guard repeats == .optional else { return skipRest(opening: keys) }
                // An optional group: the match opens with it or with what follows.
                let rest = sequence(atWordStart: wordStart)
                return keys.flatMap { known in rest.map { known + $0 } }
            case .letter(let letter):
                guard wordStart, repeats != .optional else { return skipRest(opening: nil) }
                let key = WordKey().appending(letter)
                return skipRest(opening: [repeats == .once ? readLetters(after: key) : key])
            case .anyOf(let key):
                guard wordStart, repeats != .optional else { return skipRest(opening: nil) }
                return skipRest(opening: [key])
            case .other:
                return skipRest(opening: nil)
            }
        }
        // An alternative that may match nothing opens with whatever follows it.
        return nil
    }

    /// `key` with the literal letters that follow, up to the key's capacity and to the first
    /// letter that may be missing or repeat (`prévues?` gives `prev`, `s+` ends with `s`).
    private mutating func readLetters(after key: WordKey) -> WordKey {
        var key = key
        while key.count < WordKey.capacity, index < scalars.count {
            let start = index
            guard case .letter(let letter) = readItem(atWordStart: false) else {
                index = start
                break
            }
            let repeats = readQuantifier()
            if repeats == .optional { break }
            key = key.appending(letter)
            if repeats == .several { break }
        }
        return key
    }

    // MARK: Items

    private mutating func readItem(atWordStart wordStart: Bool) -> Item {
        let scalar = scalars[index]
        index += 1
        switch scalar {
        case "\\": return readEscape()
        case "^":
            readsLineStarts = true
            return .zeroWidth(wordStart: true)
        case "$": return .zeroWidth(wordStart: false)
        case "[": return readClass()
        case "(": return readGroup(atWordStart: wordStart)
        case ".": return .other
        default:
            return WordCharacter.letter(of: scalar).map(Item.letter) ?? .other
        }
    }

    private mutating func readEscape() -> Item {
        guard index < scalars.count else { return failure() }
        let scalar = scalars[index]
        index += 1
        switch scalar {
        case "b": return .zeroWidth(wordStart: true)
        case "d": return .anyOf(.digit)
        case "A", "G", "z", "Z": return .zeroWidth(wordStart: false)
        case "B", "K", "X", "R":
            // A match that starts inside a word (`\B`) or elsewhere than it seems (`\K`), and
            // escapes of several characters: not read.
            return failure()
        case "p" where scalars[index...].starts(with: "{Lu}".unicodeScalars):
            index += 4
            return .anyOf(WordKey(capital: true))
        case "p", "P", "x", "o", "N", "g", "k":
            // `\p{L}`, `\x{e9}`, `\g{1}`, `\k<name>`: skip the braces or brackets.
            if index < scalars.count, let close = PatternReader.closers[scalars[index]] {
                guard let end = scalars[index...].firstIndex(of: close) else { return failure() }
                index = end + 1
            } else if scalar == "p" || scalar == "P" || scalar == "x" {
                index = min(index + (scalar == "x" ? 2 : 1), scalars.count)
            }
            return .other
        case "Q", "E", "c":
            // Quoted runs and control escapes: not worth reading.
            return failure()
        default:
            return .other
        }
    }

    /// The closing bracket of an escape's argument (`\\p{L}`, `\\k<name>`).
    private static let closers: [Unicode.Scalar: Unicode.Scalar] = ["{": "}", "<": ">", "'": "'"]

    /// A class is a letter when each of its members folds to the same letter (`[uû]`).
    private mutating func readClass() -> Item {
        var letters: Set<UInt8> = []
        var plain = true
        var first = true
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "]", !first { return plain && letters.count == 1 ? .letter(letters.first!) : .other }
            if first, scalar == "^" { plain = false }
            first = false
            switch scalar {
            case "\\":
                // Escapes in a class (`\s`, `\p{L}`, `\]`): the class is no single letter.
                plain = false
                if index < scalars.count {
                    let escaped = scalars[index]
                    index += 1
                    if ["p", "P", "x"].contains(escaped), index < scalars.count, scalars[index] == "{" {
                        guard let end = scalars[index...].firstIndex(of: "}") else { return failure() }
                        index = end + 1
                    }
                }
            case "[":
                // `[:alpha:]`
                plain = false
                guard let end = scalars[index...].firstIndex(of: "]") else { return failure() }
                index = end + 1
            case "-":
                plain = false
            default:
                if let letter = WordCharacter.letter(of: scalar) { letters.insert(letter) } else { plain = false }
            }
        }
        return failure()
    }

    private mutating func readGroup(atWordStart wordStart: Bool) -> Item {
        guard index < scalars.count else { return failure() }
        guard scalars[index] == "?" else {
            // `(*VERB)` is not read; a plain group is a capturing one.
            if scalars[index] == "*" { return failure() }
            return closeGroup(alternatives(atWordStart: wordStart))
        }
        index += 1
        guard index < scalars.count else { return failure() }
        let kind = scalars[index]
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        switch kind {
        case ":", ">", "|":
            index += 1
        case "=", "!":
            index += 1
            return skipLookaround()
        case "<" where next == "=" || next == "!":
            index += 2
            return skipLookaround()
        case "<", "'", "P":
            // A named group: `(?<name>`, `(?'name'`, `(?P<name>` (not `(?P=name)`).
            let close: Unicode.Scalar = kind == "'" ? "'" : ">"
            if kind == "P" {
                guard next == "<" else { return failure() }
                index += 1
            }
            guard let end = scalars[(index + 1)...].firstIndex(of: close) else { return failure() }
            index = end + 1
        case "#":
            guard let end = scalars[index...].firstIndex(of: ")") else { return failure() }
            index = end + 1
            return .zeroWidth(wordStart: false)
        default:
            // Inline options, `(?i)` or `(?i:…)`; anything else (conditions, recursion) fails.
            return readOptions(atWordStart: wordStart)
        }
        return closeGroup(alternatives(atWordStart: wordStart))
    }

    /// Skips a lookaround's body: it matches no character.
    private mutating func skipLookaround() -> Item {
        _ = alternatives(atWordStart: false)
        _ = closeGroup(nil)
        return .zeroWidth(wordStart: false)
    }

    /// Marks the pattern as not read, and stands for the item that was not.
    private mutating func failure() -> Item {
        failed = true
        return .other
    }

    /// `(?i)`, `(?-i)`, `(?im:` …: options change no opening, but extended mode (`x`) would
    /// make spaces mean nothing, which the reader does not follow.
    private mutating func readOptions(atWordStart wordStart: Bool) -> Item {
        while index < scalars.count, scalars[index].properties.isAlphabetic || scalars[index] == "-" || scalars[index] == "^" {
            if scalars[index] == "x" { failed = true }
            index += 1
        }
        guard index < scalars.count else { return failure() }
        let end = scalars[index]
        index += 1
        if end == ")" { return .zeroWidth(wordStart: false) }
        guard end == ":" else { return failure() }
        return closeGroup(alternatives(atWordStart: wordStart))
    }

    private mutating func closeGroup(_ keys: [WordKey]?) -> Item {
        guard index < scalars.count, scalars[index] == ")" else { return failure() }
        index += 1
        return .group(keys)
    }

    /// Skips the rest of an alternative once its opening is known, and returns that opening.
    private mutating func skipRest(opening: [WordKey]?) -> [WordKey]? {
        skipSequence()
        return opening
    }

    /// Skips the rest of an alternative, to `|`, `)` or the end.
    private mutating func skipSequence() {
        while index < scalars.count, scalars[index] != "|", scalars[index] != ")" {
            _ = readItem(atWordStart: false)
            _ = readQuantifier()
        }
    }

    /// How often an item matches, by its quantifier.
    private enum Repetition {
        /// No quantifier, or `{1}`.
        case once
        /// `?`, `*`, `{0,…}`: the item may be missing.
        case optional
        /// `+`, `{2}`, `{1,3}`: at least once, maybe more.
        case several
    }

    /// Reads a quantifier, if any.
    private mutating func readQuantifier() -> Repetition {
        guard index < scalars.count else { return .once }
        let repetition: Repetition
        switch scalars[index] {
        case "?", "*":
            repetition = .optional
            index += 1
        case "+":
            repetition = .several
            index += 1
        case "{":
            guard let end = scalars[index...].firstIndex(of: "}") else { return .once }
            let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            let bounds = body.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count), bounds.allSatisfy({ $0.isEmpty || Int($0) != nil }) else {
                // A brace that is no quantifier is a literal brace, read as the next item.
                return .once
            }
            let low = Int(bounds[0]) ?? 0
            repetition = low == 0 ? .optional : low == 1 && bounds.count == 1 ? .once : .several
            index = end + 1
        default:
            return .once
        }
        // Lazy or possessive.
        if index < scalars.count, scalars[index] == "?" || scalars[index] == "+" { index += 1 }
        return repetition
    }
}

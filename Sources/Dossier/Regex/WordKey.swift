/// The first four letters of a word, folded (lowercase ASCII, Latin-1 accents dropped), packed
/// in one integer so that a word and a pattern's opening are compared in one step.
///
/// Byte `i` (from the low end) holds letter `i`; a byte the key does not know (a letter beyond
/// Latin-1 in the text) is marked in `unknown` and matches any letter. A pattern that opens
/// with any capital (`\b\p{Lu}`) has a key that reads no letter and asks for a capital; one
/// that opens with a digit, the key ``digit``.
struct WordKey: Hashable, Sendable {
    /// The letters, one per byte, `0` past the word's end.
    var letters: UInt32 = 0
    /// The bytes of `letters` that are read (a pattern's opening shorter than four letters
    /// reads fewer).
    var mask: UInt32 = 0
    /// The bytes of `letters` that could be any letter.
    var unknown: UInt32 = 0
    /// A word's key: whether its first letter is (or may be) a capital. A pattern's: whether
    /// it opens with a capital.
    var capital = false

    /// How many letters a key holds at most.
    static let capacity = 4

    /// The key of a word that opens with a digit (or `_`): its first byte is `0`, which no
    /// letter is. As a pattern's opening, it asks for a digit.
    static let digit = WordKey().appending(0)

    /// Number of letters read.
    var count: Int { mask.nonzeroBitCount / 8 }

    /// The key with `letter` (a folded letter, `a` to `z`) after the letters it has.
    func appending(_ letter: UInt8) -> WordKey {
        let shift = UInt32(count * 8)
        return WordKey(letters: letters | UInt32(letter) << shift, mask: mask | 0xFF << shift, unknown: unknown, capital: capital)
    }

    /// The key with a letter it cannot fold after the letters it has.
    func appendingUnknown() -> WordKey {
        let shift = UInt32(count * 8)
        return WordKey(letters: letters, mask: mask | 0xFF << shift, unknown: unknown | 0xFF << shift, capital: capital)
    }

    /// Whether a word whose key is `self` may open with `opening` (a pattern's key): every
    /// letter the opening reads is the word's, or one the word's key does not know, and the
    /// word opens with a capital if the opening asks for one.
    func mayOpen(with opening: WordKey) -> Bool {
        (letters ^ opening.letters) & opening.mask & ~unknown == 0 && (capital || !opening.capital)
    }
}

/// How the bytes of UTF-8 text stand for the word keys: a letter folded to `a` to `z`, a
/// character of a word the key cannot fold, or a character that is no part of a word.
enum WordCharacter: Equatable {
    /// A Latin letter, folded.
    case letter(UInt8)
    /// A digit or `_`: part of a word (for `\b`), never a pattern's opening letter.
    case digit
    /// A character beyond ASCII and Latin-1 that may be a letter (`œ`, `Ł`, `K`).
    case unknown
    /// Anything else: white space, punctuation, symbols.
    case other

    /// The character that starts at `bytes[index]` (a character boundary) and its length.
    static func at(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (WordCharacter, length: Int) {
        let lead = bytes[index]
        switch lead {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return (.letter(lead), 1)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return (.letter(lead | 0x20), 1)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): return (.digit, 1)
        case ..<0x80: return (.other, 1)
        default: break
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count, length > 1 else { return (.other, 1) }
        let second = bytes[index + 1]
        switch lead {
        case 0xC3: return (latin1Letters[Int(second & 0x3F)], 2)
        // U+0080 to U+00BF: signs and punctuation, but for ª, µ and º.
        case 0xC2: return ([0xAA, 0xB5, 0xBA].contains(second) ? .unknown : .other, 2)
        // U+2000 to U+2FFF: punctuation and symbols, but for the letter-like ones (U+2100 to
        // U+214F, `K` among them, which matches `k` without case).
        case 0xE2: return (second == 0x84 || second == 0x85 ? .unknown : .other, 3)
        default: return (.unknown, length)
        }
    }

    /// U+00C0 to U+00FF, by their second UTF-8 byte's low six bits.
    private static let latin1Letters: [WordCharacter] = {
        let folded = Array("aaaaaa?ceeeeiiii?nooooo-?uuuuy??aaaaaa?ceeeeiiii?nooooo-?uuuuy?y".utf8)
        return folded.map { byte in
            switch byte {
            case UInt8(ascii: "-"): return .other
            case UInt8(ascii: "?"): return .unknown
            default: return .letter(byte)
            }
        }
    }()

    /// The folded letter of a pattern's literal character, or `nil` when it is none
    /// (`œ` included: a pattern's opening stops before it).
    static func letter(of scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        switch value {
        case 0x61...0x7A: return UInt8(value)
        case 0x41...0x5A: return UInt8(value | 0x20)
        case 0xC0...0xFF:
            if case .letter(let letter) = latin1Letters[Int(value & 0x3F)] { return letter }
            return nil
        default: return nil
        }
    }

    /// Whether the character that starts at `bytes[index]` is a capital or may be one: `A` to
    /// `Z`, `À` to `Þ` but `×`, and any letter beyond Latin-1 (`Œ`, `Ł`).
    static func mayBeCapital(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = bytes[index]
        switch lead {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return true
        case 0xC3: return index + 1 < bytes.count && (0x80...0x9E).contains(bytes[index + 1]) && bytes[index + 1] != 0x97
        case ..<0xC3: return false
        default: return true
        }
    }

    /// Whether the character is part of a word for `\b` for certain (an unknown character
    /// may be; a position after it may start a word).
    var isSurelyWord: Bool {
        switch self {
        case .letter, .digit: return true
        case .unknown, .other: return false
        }
    }
}

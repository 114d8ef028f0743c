import Foundation

/// Folding for comparison: lowercase, no accents, `œ` and `æ` spelled out, apostrophes and
/// punctuation gone, white space single.
public enum Folding {
    /// Latin letters with diacritics, and ligatures, as plain lowercase letters.
    private static let latin: [Character: String] = {
        var table: [Character: String] = ["œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"]
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
            ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"),
        ]
        for (letters, base) in groups {
            for letter in letters { table[letter] = base }
        }
        return table
    }()

    /// The folded form of `text` (`"L’Œuvre d'Émile"` gives `"l oeuvre d emile"`).
    public static func fold(_ text: String) -> String {
        foldLatin(text) ?? foldCharacters(text)
    }

    /// The same folding read from UTF-8 bytes, for text of ASCII, Latin-1, `œ`, `Ÿ` and
    /// typographic punctuation (almost every text here); `nil` for any other, whose
    /// characters ``foldCharacters(_:)`` reads.
    static func foldLatin(_ text: String) -> String? {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func append(_ bytes: some Collection<UInt8>) {
            if pendingSpace, !folded.isEmpty { folded.append(UInt8(ascii: " ")) }
            pendingSpace = false
            folded.append(contentsOf: bytes)
        }
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): append(CollectionOfOne(byte | 0x20))
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): append(CollectionOfOne(byte))
            case ..<0x80: pendingSpace = true
            case 0xC3:
                guard let next = bytes.next() else { return nil }
                switch latin1[Int(next & 0x3F)] {
                case .some(""): pendingSpace = true
                case .some(let base): append(base.utf8)
                case nil: return nil
                }
            case 0xC5:
                switch bytes.next() {
                case 0x92, 0x93: append("oe".utf8)
                case 0xB8: append(CollectionOfOne(UInt8(ascii: "y")))
                default: return nil
                }
            case 0xC2:
                // U+0080 to U+00BF: separators, but for the letters and numbers among them.
                guard let next = bytes.next(), ![0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE].contains(next) else { return nil }
                pendingSpace = true
            case 0xE2:
                // U+2000 to U+203F, punctuation, but for the zero-width joiners that join a
                // character to the one before; U+20A0 to U+20BF, currency signs (`€`).
                let second = bytes.next()
                guard let last = bytes.next(), second == 0x80 && !(0x8B...0x8F).contains(last) || second == 0x82 && last <= 0xBF else { return nil }
                pendingSpace = true
            default:
                return nil
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The base letters of U+00C0 to U+00FF by the last six bits of their second byte, as
    /// ``latin`` has them; `""` for `×` and `÷`, `nil` for the letters it leaves to Foundation.
    private static let latin1: [String?] = {
        let half: [String?] = [
            "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
            nil, "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", nil,
        ]
        // U+00C0 to U+00DF, then U+00E0 to U+00FF.
        return half + ["ss"] + half + ["y"]
    }()

    /// The folding read character by character.
    static func foldCharacters(_ text: String) -> String {
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            let piece: String
            if let ascii = character.asciiValue {
                switch ascii {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): piece = String(UnicodeScalar(ascii + 32))
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): piece = String(character)
                default: piece = ""
                }
            } else if let base = latin[character] {
                piece = base
            } else if character.isLetter || character.isNumber {
                // Beyond Latin-1 letters, let Foundation strip the marks.
                piece = String(character).lowercased().folding(options: .diacriticInsensitive, locale: nil)
            } else {
                piece = ""
            }
            if piece.isEmpty {
                pendingSpace = true
                continue
            }
            if pendingSpace, !folded.isEmpty { folded.append(" ") }
            pendingSpace = false
            folded += piece
        }
        return folded
    }
}

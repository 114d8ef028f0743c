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

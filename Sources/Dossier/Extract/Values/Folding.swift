import Foundation

/// Folding for comparison: lowercase, no accents, `œ` and `æ` spelled out, apostrophes and
/// punctuation gone, white space single.
public enum Folding {
    /// The folded form of `text` (`"L’Œuvre d'Émile"` gives `"l oeuvre d emile"`).
    public static func fold(_ text: String) -> String {
        let lowered = text.lowercased()
            .replacingOccurrences(of: "œ", with: "oe")
            .replacingOccurrences(of: "æ", with: "ae")
            .folding(options: [.diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
        var folded = ""
        var pendingSpace = false
        for character in lowered {
            if character.isLetter || character.isNumber {
                if pendingSpace, !folded.isEmpty { folded.append(" ") }
                pendingSpace = false
                folded.append(character)
            } else {
                pendingSpace = true
            }
        }
        return folded
    }
}

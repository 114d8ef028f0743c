/// The site a web page's `title` names beside the page's own name (`Prévenir les impayés à
/// Auch | Gers Logis Solidaire`, `Armor Littoral Habitat :: Garder le cap`), read for the
/// landlord who publishes the page: a landlord's news page says "our scheme" and names itself
/// only in its title, its logo and its footer.
struct PageSite {
    /// The title's text.
    let title: String

    /// The separators between a page's name and its site's, in the order they are looked for.
    private static let separators = [" | ", " :: ", " – ", " — ", " - ", " · "]

    /// Words a publication's name puts before its publisher's (`Journal de Blavet Habitat`,
    /// `Actualités d'Habitat du Pays Sous-Vosgien`), folded.
    private static let publicationWords: Set<String> = ["journal", "blog", "carnet", "actualites", "lettre", "magazine", "infos", "nouvelles", "gazette"]

    /// Words that open no landlord's name (`Un Toit pour Tous`, `Association …`), folded.
    private static let nonLandlordWords: Set<String> = ["un", "une", "pour", "association", "collectif", "federation", "reseau"]

    /// Where, in the title's UTF-8 bytes, the name of a landlord stands as the site's: the last
    /// piece of the title cut at its first separator, or the first when the last names none;
    /// `nil` when neither is shaped as a landlord's name (a few capitalised words, one of them
    /// a word of landlords' names: `Habitat`, `Logis`, `Toits`, `Office`…).
    func landlordRange() -> Range<Int>? {
        guard let separator = PageSite.separators.first(where: title.contains) else { return nil }
        let pieces = title.ranges(of: separator)
        guard let first = pieces.first, let last = pieces.last else { return nil }
        let candidates = [last.upperBound..<title.endIndex, title.startIndex..<first.lowerBound]
        for range in candidates {
            let named = PageSite.withoutPublication(title[range])
            guard PageSite.namesALandlord(named) else { continue }
            let utf8 = title.utf8
            return utf8.distance(from: utf8.startIndex, to: named.startIndex)..<utf8.distance(from: utf8.startIndex, to: named.endIndex)
        }
        return nil
    }

    /// `piece` without a publication's words before its publisher (`Journal de `, `Le carnet
    /// de `).
    private static func withoutPublication(_ piece: Substring) -> Substring {
        let words = FoldedWords.of(String(piece.prefix(24))).drop { ["le", "la", "les", "l"].contains($0) }
        guard let first = words.first, publicationWords.contains(first) else { return piece }
        let joiner = [" de ", " d'", " d’"].lazy.compactMap { piece.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
        return joiner.map { piece[$0.upperBound...] } ?? piece
    }

    /// Whether `text` is shaped as a landlord's name: two to six words, each capitalised but
    /// the particles, one a word of landlords' names, none of an association's.
    private static func namesALandlord(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        let folded = FoldedWords.of(String(text))
        guard (2...6).contains(words.count), !folded.contains(where: nonLandlordWords.contains),
              folded.contains(where: Organisations.landlordWords.contains) || folded.contains(where: Organisations.homeWords.contains)
        else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true || ["de", "du", "des", "d'", "d’", "et", "la", "l'", "l’"].contains(where: { word.hasPrefix($0) })
        }
    }
}

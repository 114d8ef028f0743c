import Foundation

/// A count with its qualifiers: `40 à 50 par an`, `une dizaine`, `22 (11 en accès et 11 en
/// maintien)`, `par an 40 à 45 en accès, 250 en maintien`.
public struct Quantity: Sendable, Equatable {
    /// Whether the count is for the whole project or for each year.
    public enum Period: String, Sendable, Equatable {
        case total
        case year
    }

    /// One labelled part of a count (`40 à 45 en accès`).
    public struct Part: Sendable, Equatable {
        public var label: String
        public var min: Int
        public var max: Int
    }

    /// Smallest value meant.
    public var min: Int
    /// Largest value meant.
    public var max: Int
    /// Whole project or per year.
    public var per: Period
    /// Whether the text gives an order of size.
    public var approximate: Bool
    /// The noun counted, as written (`ménages`, `personnes`), when the text names one.
    public var unit: String?
    /// The labelled parts, when the text splits the count.
    public var breakdown: [Part]
    /// Byte range of the count (and its parts) in the text parsed.
    public var range: Range<Int>

    public init(min: Int, max: Int, per: Period, approximate: Bool = false, unit: String? = nil, breakdown: [Part] = [], range: Range<Int> = 0..<0) {
        self.min = min
        self.max = max
        self.per = per
        self.approximate = approximate
        self.unit = unit
        self.breakdown = breakdown
        self.range = range
    }
}

/// Reads counts of households or dwellings from a field's text.
///
/// The main count is the first one, or, when the caller says which nouns it counts, the first
/// that counts one of them, past counts of other things (`36 logements pour 28 ménages`
/// read for households is 28; a bare count, as in `30 (dont 10 familles)`, stays first).
/// `environ`, `près de`, `autour de` make a count approximate. A number in words counts
/// before a counted noun, as an order of size, or as a value of its own after a label (`:
/// dix`). A range (`40 à 50`, `de 6 à 12`, `entre 40 et 50`,
/// `40-50`) is one count. Counts that each carry a label (`40 à 45 en accès, 250 en maintien`)
/// add up, with the parts kept; a parenthesis after the main count that splits it
/// (`22 (11 en accès et 11 en maintien)`) gives the parts of that count. A period phrase
/// (`par an`, `/an`, `annuel`, `annuellement`, `chaque année`, `tous les ans`, a season's
/// `chaque hiver`) belongs to the count written just before it, or to all of them when it
/// comes first.
/// Amounts in euros and years are not counts.
public enum Quantities {
    private static let separator = Regex.builtIn(#"\G\s*(?:à|a|-|–|et)\s*(?=\S)"#, options: .caseless)
    /// A count's label: `en accès`, `pour le maintien`, a kind in parentheses after what is
    /// counted (`12 entrants (accès)`, `20 locataires en place (maintien)`), or households
    /// named by their kind (`13 entrants et 19 locataires déjà en place`).
    private static let label = Regex.builtIn(
        #"\G\s*(?:(?:par\s+an|/\s*an)\s+)?(?:(?<unit>\p{L}+)\s+)?(?:(?:(?:en|pour)\s+\p{L}+\s+)?\(\s*(?<kind>accès|maintien)\s*\)|(?:en|pour)\s+(?:l'|le\s+|la\s+)?(?!(?:tout|totalité|moyenne)\b)(?<label>\p{L}[\p{L}'-]*))|\G\s*(?<group>(?:nouveaux\s+)?(?:entrants|arrivants)|locataires\s+(?:déjà\s+)?en\s+place)\b"#,
        options: .caseless
    )
    /// A count's label written before it, after a separator: `accès, 12 par an ; maintien, 20
    /// par an`, `accès : 12 – maintien : 20`.
    private static let leadingLabel = Regex.builtIn(
        #"(?:^|[;,.–—/]|\bet)\s*(?:(?:en|pour)\s+(?:l'|le\s+|la\s+)?)?(?<kind>accès|maintien)\s*[:,=]\s*$"#,
        options: .caseless
    )
    /// The word after a count, past a partitive (`huit de ses logements`, `12 de nos locataires`).
    private static let unit = Regex.builtIn(#"\G\s*(?:de\s+(?:ses|nos|leurs|ces|vos)\s+)?(?<unit>\p{L}+)"#, options: .caseless)
    /// Words that make a count a year's (`par an`, `chaque année`, `par exercice`, `l'an`, `sur
    /// douze mois`, `tous les douze mois`, `exercice budgétaire après exercice budgétaire`,
    /// `saison après saison`, `d'année en année`, `d'année civile en année civile`, `d'un
    /// exercice à l'autre`, `d'une année sur l'autre`, `sur un exercice`, `pour chacune des
    /// années`, `bon an mal an`, `à l'année, une quinzaine` but not `camping à l'année`).
    static let periodPattern = #"(?:\bpar\s+an\b|/\s*an\b|\bannuel(?:le|les|s|lement)?\b|\bpar\s+année\b|\bchaque\s+(?:année|hiver|été|saison)\b|\b(?:par|chaque)\s+exercice\b|\btous\s+les\s+(?:ans|douze\s+mois|12\s+mois)\b|\b(?:année|exercice|saison)(?:\s+\p{L}+)?\s+après\s+(?:année|exercice|saison)\b|\bd'(?:année|exercice)(?:\s+(?:civile|budgétaire|comptable))?\s+en\s+(?:année|exercice)\b|\bd'une?\s+(?:janvier|exercice|année|an|saison)(?:\s+d'\p{L}+)?\s+(?:à|sur)\s+l'autre\b|\bchacune?\s+des\s+(?:\p{L}+\s+)?(?:années|exercices|ans)\b|\bbon\s+an\s+mal\s+an\b|\bl'an\b|(?<!\p{L}\s)\bà\s+l'année\b|\b(?:sur|en)\s+(?:une\s+année|un\s+an|un\s+exercice|douze\s+mois|12\s+mois)\b)"#
    private static let period = Regex.builtIn(periodPattern, options: .caseless)
    /// A period phrase and nothing else (`à chaque exercice`, `par an.`).
    private static let periodAlone = Regex.builtIn(#"^\s*(?:à\s+)?"# + periodPattern + #"\s*[.,;]?\s*$"#, options: .caseless)

    /// Whether a text says only that a count is a year's (`à chaque exercice`, `par an`):
    /// written on a row of its own under a count, it goes with that count.
    static func isPeriodAlone(_ text: String) -> Bool {
        !ValueText(text).matches(of: periodAlone, maximum: 1).isEmpty
    }

    private static let whole = Regex.builtIn(
        #"\b(?:en\s+tout|au\s+total|(?:sur|pendant)\s+(?:toute\s+)?(?:la\s+|l')(?:durée|période|opération|action)|(?:sur|en)\s+(?:les\s+)?(?:\d+|deux|trois|quatre|cinq)\s+(?:ans|années))\b"#,
        options: .caseless
    )

    /// Whether a value says it counts the whole of the project (`en tout`, `au total`, `sur
    /// les trois ans`, `en trois ans`, `pendant toute la durée`, `sur toute l'opération`),
    /// whatever its label says.
    static func countsTheWhole(_ text: String) -> Bool {
        !ValueText(text).matches(of: whole, maximum: 1).isEmpty
    }

    /// Whether the words right after a count, up to the next figure, say it counts the whole
    /// of the project: `40 jeunes en tout` does; `10, soit 30 familles en trois ans` does not
    /// (the whole is the next count's).
    static func countsTheWhole(_ text: String, after range: Range<Int>) -> Bool {
        let clause = text.utf8.dropFirst(range.upperBound).prefix { !(0x30...0x39).contains($0) }
        return countsTheWhole(String(decoding: clause, as: UTF8.self))
    }

    /// Nouns that a count may count.
    static let units: Set<String> = [
        "ménage", "ménages", "personne", "personnes", "famille", "familles", "foyer", "foyers", "logement", "logements",
        "jeune", "jeunes", "femme", "femmes", "locataire", "locataires", "dossier", "dossiers", "diagnostic",
        "diagnostics", "accompagnement", "accompagnements", "mesure", "mesures", "situation", "situations",
        "bénéficiaire", "bénéficiaires", "place", "places", "résident", "résidents", "ménages/an",
        "appartement", "appartements", "studio", "studios", "pavillon", "pavillons", "maison", "maisons", "patient", "patients",
    ]

    /// Nouns that count households (`ménages`, `familles`, `personnes`, `jeunes`...).
    public static let householdNouns: Set<String> = [
        "ménage", "ménages", "personne", "personnes", "famille", "familles", "foyer", "foyers", "jeune", "jeunes",
        "femme", "femmes", "locataire", "locataires", "bénéficiaire", "bénéficiaires", "résident", "résidents", "ménages/an",
        "patient", "patients", "mère", "mères", "parent", "parents", "couple", "couples", "senior", "seniors", "aîné", "aînés",
        "adulte", "adultes", "retraité", "retraités", "habitant", "habitants",
    ]

    /// Nouns that count the people who work or volunteer, never households nor dwellings.
    private static let staffNouns: Set<String> = [
        "surveillant", "surveillants", "bénévole", "bénévoles", "animateur", "animateurs",
        "animatrice", "animatrices", "intervenant", "intervenants", "éducateur", "éducateurs", "éducatrice", "éducatrices",
        "conseiller", "conseillers", "conseillère", "conseillères", "encadrant", "encadrants", "moniteur", "moniteurs",
    ]

    /// Nouns that count dwellings (`logements`, `appartements`, `places`...).
    public static let housingNouns: Set<String> = [
        "logement", "logements", "appartement", "appartements", "studio", "studios", "pavillon", "pavillons",
        "maison", "maisons", "place", "places", "habitation", "habitations", "t1", "t2", "t3", "t4", "t5", "t6",
    ]

    /// Words that open a qualifier of the count before them rather than name what it counts
    /// (`40 sur les trois ans`, `12 en tout`).
    private static let qualifierWords: Set<String> = ["sur", "pour", "chaque", "par", "dont", "soit", "au", "en"]

    /// Words that say the count after them was replaced by the one before (`au lieu de 14`).
    private static let replaced = Regex.builtIn(#"\bau\s+lieu\s+(?:de|des|d')\s*$"#, options: .caseless)

    /// Words that make the count after them approximate, folded.
    private static let approximation = Regex.builtIn(#"\b(?:environ|près\s+de|autour\s+de|approximativement|quelque)\s*$"#, options: .caseless)

    /// The count `text` gives, or `nil` when it gives none; with `nouns`, the first count of
    /// one of them, past counts of other things.
    public static func parse(_ text: String, counting nouns: Set<String> = []) -> Quantity? {
        let value = ValueText(text)
        // (`17 mères (au lieu de 14)`: the count replaced is no candidate.)
        var counts = merged(counts(in: value), value: value).filter { !value.isPreceded(by: replaced, at: $0.range.lowerBound, window: 16) }
        for index in counts.indices where isApproximated(counts[index], in: value) { counts[index].approximate = true }
        guard var main = mainCount(counts, counting: nouns, in: value) else { return nil }
        if let total = restatedTotal(after: main, in: counts, value: value) { main = total }
        if let total = typedTotal(from: main, in: counts, value: value) { main = total }
        let periods = value.matches(of: period).map(\.range)
        var quantity = Quantity(
            min: main.min, max: main.max, per: .total, approximate: main.approximate, unit: nil, breakdown: [],
            range: main.range
        )
        if let word = nounRange(after: main, in: value), units.contains(value.string(word).lowercased()) {
            quantity.unit = value.string(word)
        }
        let parts = labelledParts(counts, value: value)
        // (The count of what is asked for may be a later part: `12 entrants (accès), 20
        // locataires en place (maintien)` counts households in both, unless a part counts
        // the other field's things.)
        let other = householdNouns.union(housingNouns).subtracting(nouns)
        if parts.count >= 2, parts.first?.count == main
            || (parts.contains { $0.count == main } && !parts.contains { noun(after: $0.count, in: value).map(other.contains) ?? false })
        {
            // Every count carries a label: they add up.
            quantity.min = parts.reduce(0) { $0 + $1.count.min }
            quantity.max = parts.reduce(0) { $0 + $1.count.max }
            quantity.breakdown = parts.map { Quantity.Part(label: $0.label, min: $0.count.min, max: $0.count.max) }
            quantity.range = parts.first!.count.range.lowerBound..<parts.last!.count.range.upperBound
        } else if let inner = parenthesis(after: main, value: value) {
            let innerParts = labelledParts(counts.filter { inner.contains($0.range.lowerBound) }, value: value)
            if innerParts.count >= 2 {
                quantity.breakdown = innerParts.map { Quantity.Part(label: $0.label, min: $0.count.min, max: $0.count.max) }
            }
        }
        if isPerYear(main, quantity: quantity, counts: counts, periods: periods, value: value) { quantity.per = .year }
        // `initialement 15 ménages, revu à 12`, `15 logements, on en a finalement 13`: the
        // count as revised.
        if let window = Revision.window(after: main.range, in: value),
           let revised = counts.first(where: { window.contains($0.range.lowerBound) && !isMeasure($0, in: value) })
        {
            (quantity.min, quantity.max, quantity.approximate, quantity.breakdown) = (revised.min, revised.max, revised.approximate, [])
            quantity.range = main.range.lowerBound..<revised.range.upperBound
            // (`… désormais sur 12 jeunes par an`: the revised count may say its year.)
            if isPerYear(revised, quantity: quantity, counts: counts, periods: periods, value: value) { quantity.per = .year }
        }
        quantity.range = value.originalRange(quantity.range)
        return quantity
    }

    /// The count that `soit` or `=` gives as the sum of the counts before it, `main` among
    /// them: `12 à 14 locataires suivis en maintien et 4 entrées accompagnées, soit 16 à 18
    /// ménages`, `30 entrées dans les lieux + 12 locataires suivis = 42 ménages`.
    private static func restatedTotal(after main: CountToken, in counts: [CountToken], value: ValueText) -> CountToken? {
        // (Most values have no `soit` and fewer than three counts: nothing to weigh.)
        guard counts.count >= 3, ASCIICaseless.contains("soit", in: value.utf8) || value.utf8.contains(UInt8(ascii: "=")) else { return nil }
        let counts = counts.filter { !isMeasure($0, in: value) }
        guard let mainIndex = counts.firstIndex(of: main) else { return nil }
        // Running sums, so that each total weighs its parts at once; the parts open at most
        // three counts before `main`.
        let mins = counts.reduce(into: [0]) { $0.append($0.last! + $1.min) }
        let maxes = counts.reduce(into: [0]) { $0.append($0.last! + $1.max) }
        for index in counts.indices.dropFirst(2) where index > mainIndex {
            let gap = value.string(counts[index - 1].range.upperBound..<counts[index].range.lowerBound)
            guard gap.contains("=") || Folding.fold(gap).split(whereSeparator: { !$0.isLetter }).contains("soit") else { continue }
            for start in max(0, mainIndex - 3)...mainIndex where index - start >= 2 {
                if mins[index] - mins[start] == counts[index].min, maxes[index] - maxes[start] == counts[index].max { return counts[index] }
            }
        }
        return nil
    }

    /// The count of dwellings of several types or kinds written one after another from `main`
    /// (`5 T2 et 2 T3`, `3 T1, 4 T2 et 1 T3`, `9 maisons de la cité et 2 appartements`): their
    /// sum, spanning them. A few words may tell where a kind is, before its `et`; a part
    /// (`dont`) or a replacement (`au lieu de`) is no further kind.
    private static func typedTotal(from main: CountToken, in counts: [CountToken], value: ValueText) -> CountToken? {
        // (Types add up with types, kinds with kinds: `8 appartements, 3 T2 et 5 T3` gives the
        // types of the eight.)
        let kind = typeEnd(of: main, in: value) == nil ? dwellingKind : dwellingType
        guard !main.approximate, let start = counts.firstIndex(of: main), var end = value.match(kind, at: main.range.upperBound)?.range.upperBound
        else { return nil }
        var total = main
        for count in counts[(start + 1)...] {
            let gap = FoldedWords.of(value.string(end..<count.range.lowerBound))
            guard !count.approximate, let next = value.match(kind, at: count.range.upperBound)?.range.upperBound,
                  gap.allSatisfy({ $0 == "et" }) || (gap.last == "et" && gap.count <= 5 && !gap.contains(where: notAnotherKind.contains))
            else { break }
            (total.min, total.max, total.range, end) = (total.min + count.min, total.max + count.max, total.range.lowerBound..<count.range.upperBound, next)
        }
        return total == main ? nil : total
    }

    /// Folded words that make the count after them a part, a replacement or a comparison of
    /// the one before, not another kind of dwelling.
    private static let notAnotherKind: Set<String> = ["dont", "soit", "sur", "parmi", "lieu", "contre", "plus", "sans", "ou"]

    /// Where the dwelling type after a count ends (`T2`, `T1 bis`), or nil when none follows.
    private static func typeEnd(of count: CountToken, in value: ValueText) -> Int? {
        value.match(dwellingType, at: count.range.upperBound)?.range.upperBound
    }

    private static let dwellingType = Regex.builtIn(#"\G\s*T[1-7](?:\s*bis)?\b"#, options: .caseless)
    /// A kind of dwelling after a count (`maisons`, `appartements`); `logements`, which may
    /// count them all, is none.
    private static let dwellingKind = Regex.builtIn(#"\G\s*(?:maisons?|appartements?|studios?|pavillons?)\b"#, options: .caseless)

    /// The count that `parse` reads: the first, or, with `nouns`, the first followed by one
    /// of them, skipping the counts followed by another word (`36 logements`, `2 ETP`) but
    /// not a bare count.
    private static func mainCount(_ counts: [CountToken], counting nouns: Set<String>, in value: ValueText) -> CountToken? {
        guard !nouns.isEmpty else { return counts.first }
        // A share, an amount, an age or a length is never a count (`31 % des locataires`,
        // `Jeunes de 18 à 30 ans`).
        let counts = counts.filter { !isMeasure($0, in: value) }
        for count in counts {
            // A count that a qualifier follows (`40 sur les trois ans`, `12 chaque année`) counts
            // what the label names.
            guard let word = noun(after: count, in: value), !qualifierWords.contains(word) else { return count }
            if nouns.contains(word) { return count }
            // A dwelling type counts dwellings (`10 T1 bis et T2`).
            if nouns.contains("t1"), typeEnd(of: count, in: value) != nil { return count }
        }
        // Else the first count that counts nothing of the other field (`un logement adapté`
        // counts no household; `38 diagnostics de ménages` still does). A value that opens
        // counting the staff (`2 surveillants dont 1 MNS` under `Effectif`) counts none.
        if let first = counts.first, noun(after: first, in: value).map(staffNouns.contains) == true { return nil }
        let other = householdNouns.union(housingNouns).subtracting(nouns)
        return counts.first { count in noun(after: count, in: value).map { !other.contains($0) } ?? true }
    }

    /// The word right after a count, lowercased (after `de`/`d'` for an order of size: `une
    /// vingtaine de familles`), or `nil` when no word follows.
    private static func noun(after count: CountToken, in text: ValueText) -> String? {
        nounRange(after: count, in: text).map { text.string($0).lowercased() }
    }

    /// Where the word right after a count is (see ``noun(after:in:)``).
    private static func nounRange(after count: CountToken, in text: ValueText) -> Range<Int>? {
        var index = count.range.upperBound
        if count.approximate, let match = text.match(ofWord, at: index), match.range.lowerBound == index { index = match.range.upperBound }
        guard let match = text.match(unit, at: index), match.range.lowerBound == index else { return nil }
        return match[named: "unit"]
    }

    /// Whether a count measures something else than things counted: a share or an amount
    /// (`%`, `€` after it) or a span of time or age (`ans`, `mois`).
    private static func isMeasure(_ count: CountToken, in text: ValueText) -> Bool {
        if text.match(shareOrAmount, at: count.range.upperBound) != nil { return true }
        return noun(after: count, in: text).map(measureWords.contains) ?? false
    }

    private static let shareOrAmount = Regex.builtIn(#"\G\s*(?:%|€)"#)

    /// (`j` and `h` as a planning tool writes days and hours: `1094 j`.)
    private static let measureWords: Set<String> = [
        "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "j", "heure", "heures", "h", "euros", "etp",
    ]

    private static let ofWord = Regex.builtIn(#"\G\s*(?:de\s+|d')"#, options: .caseless)

    /// Whether an approximating word (`environ`) stands right before `count` (within the 24
    /// bytes before it, started on a character).
    private static func isApproximated(_ count: CountToken, in text: ValueText) -> Bool {
        text.isPreceded(by: approximation, at: count.range.lowerBound, window: 24)
    }

    /// Counts in digits (integers, not amounts, not years) and in words, in folded offsets.
    private static func counts(in text: ValueText) -> [CountToken] {
        let amounts = EuroAmounts.scan(text).map(\.range)
        let digits = FrenchNumbers.scan(text).compactMap { token -> CountToken? in
            let number = NSDecimalNumber(decimal: token.value).intValue
            guard Decimal(number) == token.value, !hasDecimals(token.range, in: text), !amounts.contains(where: { $0.overlaps(token.range) }),
                  !(1990...2099).contains(number) || isFollowedByUnit(token.range, in: text),
                  !((1...31).contains(number) && isDayOfMonth(token.range, in: text)), !isNumbering(token.range, in: text)
            else { return nil }
            return CountToken(min: number, max: number, approximate: false, range: token.range)
        }
        // Words count only before a counted noun (`trois ménages`), as an order of size, or as
        // a value of their own (the whole text, or all that follows a label's colon or tab); `un`
        // after a preposition is an article (`accompagnés vers un logement chaque année`).
        let words = NumberWords.scan(text).filter { word in
            word.approximate || isFollowedByUnit(word.range, in: text) && !isArticle(word.range, in: text) || standsAlone(word.range, in: text)
        }
        return (digits + words).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether the number at `range` is a date's day (`merci de répondre avant le 16 août`,
    /// `le 1er mars`, `March 14, 2017`): a month's name follows it, or stands before it with
    /// the year after.
    private static func isDayOfMonth(_ range: Range<Int>, in text: ValueText) -> Bool {
        // (Most numbers have no letter on either side: no month to look for.)
        let bytes = text.utf8
        let isLetter = { (byte: UInt8) in (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
        var next = range.upperBound
        while next < bytes.count, bytes[next] == 0x20 { next += 1 }
        var previous = range.lowerBound
        while previous > 0, bytes[previous - 1] == 0x20 || bytes[previous - 1] == UInt8(ascii: ",") { previous -= 1 }
        guard next < bytes.count && isLetter(bytes[next]) || previous > 0 && isLetter(bytes[previous - 1]) else { return false }
        let after = FoldedWords.of(String(decoding: text.utf8[range.upperBound...].prefix(16), as: UTF8.self)).drop { $0 == "er" }
        if let word = after.first, monthNames.contains(word) { return true }
        let before = FoldedWords.of(String(decoding: text.utf8[..<range.lowerBound].suffix(12), as: UTF8.self))
        return before.last.map(monthNames.contains) == true && after.first.map { $0.count == 4 && $0.allSatisfy(\.isNumber) } == true
    }

    /// Whether the number at `range` names one of a series (`Véhicule 1`, `bâtiment 3`,
    /// `Lot 2`), no count.
    private static func isNumbering(_ range: Range<Int>, in text: ValueText) -> Bool {
        guard range.lowerBound > 0, text.utf8[range.lowerBound - 1] == 0x20 else { return false }
        let before = FoldedWords.of(String(decoding: text.utf8[..<range.lowerBound].suffix(14), as: UTF8.self))
        return before.last.map(numberedNouns.contains) == true
    }

    /// Nouns that a number after them names one of a series, folded.
    private static let numberedNouns: Set<String> = [
        "vehicule", "batiment", "bat", "lot", "tranche", "phase", "etape", "escalier", "ligne", "bus", "article", "chapitre", "annexe",
        "semaine", "etage", "niveau", "vague", "session", "numero",
    ]

    /// The months' names, folded: the French ones a duration reads (``Durations``), written
    /// whole, and the English ones a web page's date may use.
    static let monthNames: Set<String> = Set(Durations.months.keys.filter { !$0.contains(".") && !$0.contains(" ") }.map(Folding.fold)).union([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ])

    /// Whether a count stands alone in parentheses (`Vendôme (41)`): a département's code.
    private static func isCode(_ count: CountToken, in value: ValueText) -> Bool {
        count.range.lowerBound > 0 && count.range.upperBound < value.utf8.count
            && value.utf8[count.range.lowerBound - 1] == UInt8(ascii: "(") && value.utf8[count.range.upperBound] == UInt8(ascii: ")")
    }

    /// Whether `un` or `une` at `range` follows a preposition (`vers un logement`, `dans une
    /// maison`): an article, no count.
    private static func isArticle(_ range: Range<Int>, in text: ValueText) -> Bool {
        guard ["un", "une"].contains(text.string(range).lowercased()) else { return false }
        let before = FoldedWords.of(String(decoding: text.utf8[..<range.lowerBound].suffix(12), as: UTF8.self))
        return before.last.map(prepositions.contains) == true
    }

    /// Words after which `un` is an article.
    private static let prepositions: Set<String> = ["vers", "dans", "pour", "a", "en", "sur", "chez", "par", "de", "d"]

    /// Whether a number is written with decimals, even naught ones (`CC BY 4.0`, `3,0`): no
    /// count. (A point before three digits groups thousands: `1.500`.)
    private static func hasDecimals(_ range: Range<Int>, in text: ValueText) -> Bool {
        let written = text.utf8[range]
        if written.contains(UInt8(ascii: ",")) { return true }
        guard let point = written.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return range.upperBound - point <= 3
    }

    /// Whether `range` is all the text, or all that follows a colon or a tab, white space and
    /// a final full stop aside, or opens it before a comma.
    private static func standsAlone(_ range: Range<Int>, in text: ValueText) -> Bool {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        let after = text.utf8[range.upperBound...]
        // (A comma may open its breakdown: `huit, trois T2 et cinq T3`.)
        let opensBreakdown = after.first { !isSpace($0) } == UInt8(ascii: ",") && !["un", "une"].contains(text.string(range).lowercased())
        guard opensBreakdown || after.allSatisfy({ isSpace($0) || $0 == UInt8(ascii: ".") }) else { return false }
        let before = text.utf8[..<range.lowerBound].reversed().drop(while: { $0 == 0x20 })
        return before.first.map { $0 == UInt8(ascii: ":") || $0 == 0x09 } ?? true
    }

    private static func isFollowedByUnit(_ range: Range<Int>, in text: ValueText) -> Bool {
        guard let match = text.match(unit, at: range.upperBound), match.range.lowerBound == range.upperBound,
              let word = match[named: "unit"]
        else { return false }
        return units.contains(text.string(word).lowercased())
    }

    /// Joins `A à B` (and `de A à B`, `entre A et B`, `A-B`) into one count, unless a verb of
    /// change leads to it (`passe de 20 à 24`).
    private static func merged(_ counts: [CountToken], value: ValueText) -> [CountToken] {
        var result: [CountToken] = []
        for count in counts {
            if var last = result.last, !last.approximate, !count.approximate, count.max > last.min,
               let gap = value.match(separator, at: last.range.upperBound), gap.range.upperBound == count.range.lowerBound,
               !Revision.opensChange(at: last.range.lowerBound, in: value)
            {
                last.max = count.max
                last.range = last.range.lowerBound..<count.range.upperBound
                result[result.count - 1] = last
            } else {
                result.append(count)
            }
        }
        return result
    }

    private struct LabelledCount {
        var count: CountToken
        var label: String
    }

    /// The leading run of counts that each carry a label (`en accès`, `pour le maintien`,
    /// `(accès)`), after them or all before them (`accès, 12 ; maintien, 20`).
    private static func labelledParts(_ counts: [CountToken], value: ValueText) -> [LabelledCount] {
        var parts: [LabelledCount] = []
        for count in counts {
            guard let match = value.match(label, at: count.range.upperBound), match.range.lowerBound == count.range.upperBound,
                  let word = match[named: "kind"] ?? match[named: "label"] ?? match[named: "group"]
            else { break }
            parts.append(LabelledCount(count: count, label: value.string(word)))
        }
        guard parts.isEmpty else { return parts }
        for count in counts {
            let start = value.characterStart(atOrAfter: max(0, count.range.lowerBound - 24))
            guard let word = value.matches(of: leadingLabel, in: start..<count.range.lowerBound).last?[named: "kind"] else { break }
            parts.append(LabelledCount(count: count, label: value.string(word)))
        }
        return parts
    }

    /// The byte range inside a parenthesis opened right after `count`.
    private static func parenthesis(after count: CountToken, value: ValueText) -> Range<Int>? {
        var index = count.range.upperBound
        while index < value.utf8.count, value.utf8[index] == 0x20 { index += 1 }
        guard index < value.utf8.count, value.utf8[index] == UInt8(ascii: "("),
              let close = value.utf8[index...].firstIndex(of: UInt8(ascii: ")"))
        else { return nil }
        return index + 1..<close
    }

    private static func isPerYear(_ main: CountToken, quantity: Quantity, counts: [CountToken], periods: [Range<Int>], value: ValueText) -> Bool {
        let inner = parenthesis(after: main, value: value)
        // `24 au total, soit huit par an`, `30 ménages sur la période, à raison de dix par
        // an`: a count said to be the whole keeps that, whatever year's rate follows.
        let wholes = periods.isEmpty ? [] : value.matches(of: whole).map(\.range)
        for period in periods {
            if let inner, inner.contains(period.lowerBound) { continue }
            if wholes.contains(where: { $0.lowerBound >= main.range.upperBound && $0.upperBound <= period.lowerBound }) { continue }
            // A period phrase before every count qualifies them all.
            if period.upperBound <= main.range.lowerBound { return true }
            // Otherwise it qualifies the nearest count written before it, an age, a length or a
            // département's code aside (`60 locataires de plus de 75 ans accompagnés chaque
            // année`, `16 ménages du quartier des Rottes, à Vendôme (41), chaque année`).
            let owner = counts.last { $0.range.upperBound <= period.lowerBound && !isMeasure($0, in: value) && !isCode($0, in: value) }
            if let owner, owner.range.lowerBound >= quantity.range.lowerBound, owner.range.upperBound <= Swift.max(quantity.range.upperBound, main.range.upperBound) {
                return true
            }
        }
        return false
    }
}

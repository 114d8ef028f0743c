import Foundation

/// Reads a project's cost from the text of a cost field or sentence.
///
/// The first amount is the total, unless a qualifier follows it: `par an`, `/an`, `annuel`,
/// `par exercice`, `pour un exercice`, `la première année`, `en année pleine` (per year, even
/// with a length after it: `par an sur 3 ans`), `par ménage`, `par logement`, `par personne`,
/// `par jeune`, `par situation` (per household). `soit X par an` gives the cost per year beside
/// a total; `dont X pour Y` gives components; amounts joined by `+` with no total add up to it;
/// amounts that each follow a label of their own (`Investissement : X, Accompagnement : Y`) are
/// components with no total. A bare number is an amount when the label gives its currency
/// (`Coût (en euros)`, `Budget (k€)`), as `unit` or inside the text.
public enum CostReader {
    /// Words after an amount that make it a year's: those that make a count a year's
    /// (``Quantities/periodPattern``: `par an`, `d'une année sur l'autre`, …) and a cost's own
    /// (`à l'année`, `pour un an`, `pour douze mois`, `en année pleine`, `pour un exercice`, `la première année`).
    private static let perYear = Regex.builtIn(
        #"\G[^\d€;.]{0,40}?(?:"# + Quantities.periodPattern
            + #"|annuel|à\s+l'année\b|pour\s+(?:un|1)\s+an\b|pour\s+(?:douze|12)\s+mois\b|en\s+année\s+pleine|pour\s+une\s+année|(?:pour\s+)?(?:un|le\s+premier)\s+exercice\b|(?:la\s+)?première\s+année\b)"#, options: .caseless
    )
    /// `sur 3 ans`, `en trois ans`, `pour les trois années`, `pour les trois exercices`, `pour
    /// l'ensemble du projet` (or `de la convention`), `sur l'ensemble`, `pour la période`, `pour
    /// la totalité`, `au total`, `en tout`, `au terme de l'action`, `quand on additionne …`,
    /// `en cumulant …`: the amount is a total, whatever the label says.
    private static let total = Regex.builtIn(
        #"(?:\b(?:sur|pour|en)\s+(?:les\s+)?(?:\d+|deux|trois|quatre|cinq)\s+(?:ans|années|mois|exercices)\b|\b(?:(?:pour|sur)\s+l'\s*)?ensemble\s+(?:du|de\s+la|de\s+l'|d'une?)\s*(?:projet|convention|action|programme|dispositif|expérimentation)\b|\b(?:sur|pour)\s+(?:toute\s+)?la\s+(?:durée|période|convention|totalité)\b|\b(?:sur|pour)\s+tout(?:e\s+l'\s*action|\s+le\s+(?:projet|dispositif|programme))\b|\b(?:sur|pour)\s+l'\s*ensemble\b(?!\s+d)|\bau\s+total\b|\ben\s+tout\b|\bau\s+terme\s+de\s+l'\s*(?:action|opération|convention)\b|\bquand\s+on\s+additionne\b|\ben\s+cumulant\b)"#, options: .caseless
    )
    private static let perHousehold = Regex.builtIn(#"\G\s*(?:HT\s+|TTC\s+)?(?:par|pour\s+chaque)\s+(?:ménage|logement|personne|jeune|famille|situation|accompagnement|mesure|locataire)s?\b"#, options: .caseless)
    /// A component's label runs to a comma, a parenthesis or the next amount (`… et 78 000 €`).
    private static let component = Regex.builtIn(#"\G\s*(?:pour|de|d')\s*(?<label>(?:(?!\s+et\s+\d)[^,;+()]){2,60})"#, options: .caseless)

    /// Whether `total` is the cost of two to ten whole years at `perYear`, to the euro a year
    /// (an average rounded: `128 461 €`, then `42 820 € par an`).
    static func coversWholeYears(total: Decimal, perYear: Decimal) -> Bool {
        (2...10).contains { years in abs(Decimal(years) * perYear - total) <= Decimal(years) }
    }

    /// Whether a funding line opens with the whole sum before its funders' shares: an amount
    /// at its start whose clause (to the first `;` or `,`) names no funder nor share, then
    /// shares (`143 015 € sur 3 ans ; FNAVDL à hauteur de 55 %, …`, not `78 630 € FNAVDL
    /// (50 %)` nor `12 000 € demandés`).
    static func opensWithAllFunds(_ text: String) -> Bool {
        let value = ValueText(text)
        guard let amount = EuroAmounts.scan(value).first, amount.range.lowerBound < 8, amount.euros >= 1000 else { return false }
        let rest = value.string(amount.range.upperBound..<value.utf8.count)
        guard let end = rest.firstIndex(where: { $0 == ";" || $0 == "," }) else { return false }
        return !rest[..<end].contains { $0.isUppercase || $0 == "%" } && rest[end...].contains("%")
    }

    private enum Qualifier {
        case perYear
        case perHousehold
    }

    /// The cost `text` gives, or `nil`; `perYearLabel`: the label speaks of a year; `unit`:
    /// the unit its label gives.
    public static func read(_ text: String, perYearLabel: Bool = false, unit: LabelUnit? = nil) -> ProjectRecord.Cost? {
        let value = ValueText(text)
        var amounts = EuroAmounts.scan(value)
        // `119 742 € dans le dossier de départ, ramené à 106 920 €`: the amount as revised; not
        // a year's cost carried to its whole years (`43 673 € pour une année pleine, portés à
        // 131 019 € quand on additionne les trois exercices`).
        if let first = amounts.first, let window = Revision.window(after: first.range, in: value),
           let revised = amounts.firstIndex(where: { window.contains($0.range.lowerBound) }),
           value.match(perYear, at: first.range.upperBound) == nil || !coversWholeYears(total: amounts[revised].euros, perYear: first.euros)
        {
            amounts.removeFirst(revised)
        }
        var cost = ProjectRecord.Cost(total: nil, perYear: nil, perHousehold: nil, components: [], text: text)
        guard let first = amounts.first else {
            // `58 900` under `Coût (en euros)`.
            let (unit, offset) = unit.map { ($0, 0) } ?? LabelUnit.first(in: value) ?? (nil, 0)
            guard let factor = unit?.euroFactor, let number = LabelUnit.bareNumber(in: value, from: offset) else { return nil }
            if perYearLabel { cost.perYear = number * factor } else { cost.total = number * factor }
            return cost
        }
        func qualifier(of amount: EuroAmount) -> Qualifier? {
            // `par jeune et par an` is per household first.
            if value.match(perHousehold, at: amount.range.upperBound) != nil { return .perHousehold }
            if value.match(perYear, at: amount.range.upperBound) != nil { return .perYear }
            return nil
        }
        /// Whether `word` stands within the few words before the amount (`soit environ 160 000 €`).
        func precededBy(_ word: String, _ amount: EuroAmount) -> Bool {
            let window = max(0, amount.range.lowerBound - 25)..<amount.range.lowerBound
            guard let found = value.lastOffset(ofASCII: word + " ", in: window) else { return false }
            return !value.utf8[(found + word.utf8.count + 1)..<window.upperBound].contains { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }
        }
        // Where the text says the amount is a whole (`sur trois ans`), read once.
        let totalMarkers = value.matches(of: total).map(\.range)
        /// Whether a total marker follows the amount closely, or leads to it from past the
        /// amount before (`27 180 € ; sur la durée complète, 81 540 €`).
        func markedAsTotal(_ amount: EuroAmount, after previous: EuroAmount) -> Bool {
            totalMarkers.contains { marker in
                (amount.range.upperBound...amount.range.upperBound + 3).contains(marker.lowerBound)
                    || (marker.lowerBound >= previous.range.upperBound && marker.upperBound <= amount.range.lowerBound && amount.range.lowerBound - marker.upperBound <= 30)
            }
        }
        let plusJoined = amounts.count >= 2 && zip(amounts, amounts.dropFirst()).allSatisfy { left, right in
            value.utf8[left.range.upperBound..<right.range.lowerBound].contains(UInt8(ascii: "+"))
        }
        // `Coût de l'investissement : 150 084 € Accompagnement : 4 320 €`: amounts under
        // labels of their own are parts of the cost, and no total is given.
        let lead = 0..<first.range.lowerBound
        // A lead that speaks of the whole (`Ensemble du projet`, `sur 30 mois`) gives a total.
        let wholeLead = ["total", "global", "ensemble", " mois"].contains { value.containsASCII($0, in: lead) }
            || totalMarkers.contains { $0.upperBound <= first.range.lowerBound }
        if amounts.count >= 2, value.utf8[lead].contains(UInt8(ascii: ":")), !wholeLead {
            var start = 0
            for amount in amounts {
                let label = value.string(start..<amount.range.lowerBound)
                    .trimming { Trimming.isSpaceOrNewline($0) || " :-/+,;".unicodeScalars.contains($0) }
                cost.components.append(.init(euros: amount.euros, label: label))
                start = amount.range.upperBound
            }
            // Two labels that give the year's cost and the whole (`Coût par an : 52 740 € ; coût
            // total : 158 220 €`) are the two sides of one cost, no parts.
            if cost.components.count == 2, case let words = cost.components.map({ FoldedWords.of($0.label) }),
               let yearly = words.firstIndex(where: ValueShape.speaksOfAYear(words:)),
               words[1 - yearly].contains(where: { ["total", "global", "ensemble", "totalite"].contains($0) })
            {
                cost.perYear = cost.components[yearly].euros
                cost.total = cost.components[1 - yearly].euros
                cost.components = []
            }
            return cost
        }
        // A lead that speaks of the year (`Chaque année, l'action coûte 63 000 €`, `Rapporté à
        // une année, …`) reads as a per-year label.
        let yearlyLead = ["chaque ann", "par an", "annuel", "tous les ans", "une ann"].contains { value.containsASCII($0, in: lead) }
        // A total marker just before or after the first amount overrides a per-year label; one
        // after the next amount is that amount's (`38 700 €, soit 116 100 € sur trois ans`).
        // A marker past a semicolon speaks of what follows it.
        let clause = value.utf8[first.range.upperBound...].firstIndex(of: UInt8(ascii: ";")) ?? .max
        let around = max(0, first.range.lowerBound - 40)..<min(value.utf8.count, first.range.upperBound + 20, amounts.dropFirst().first?.range.lowerBound ?? .max, clause)
        // (A length after the year's qualifier tells how many years: `36 148 € par an sur 3 ans`.)
        let yearEnd = value.match(perYear, at: first.range.upperBound)?.range.upperBound ?? .max
        let markedTotal = totalMarkers.contains { marker in
            around.contains(marker.lowerBound) && !(marker.lowerBound >= yearEnd && FoldedWords.of(value.string(marker)).first == "sur")
        }
        // A later amount said of the year, of which the first is whole years (`118 833 € ;
        // 39 611 € à l'année` under `Budget, d'abord en tout, ensuite à l'année`): the first is
        // the total, whatever the label says of the year.
        let yearOfFirst = amounts.dropFirst().contains { amount in
            qualifier(of: amount) == .perYear && coversWholeYears(total: first.euros, perYear: amount.euros)
        }
        switch qualifier(of: first) {
        case .perYear? where !markedTotal: cost.perYear = first.euros
        case .perHousehold?: cost.perHousehold = first.euros
        default:
            if (perYearLabel || yearlyLead) && !markedTotal && !yearOfFirst {
                cost.perYear = first.euros
            } else if plusJoined {
                cost.total = amounts.reduce(0) { $0 + $1.euros }
            } else {
                cost.total = first.euros
            }
        }
        var afterComponent = false
        for (previous, amount) in zip(amounts, amounts.dropFirst()) {
            // `soit 49 500 € par an`, `c'est-à-dire 60 450 € par an`, `(37 200 € par an)`: the
            // same cost, by the year.
            let restated = ["soit", "donc", "c'est-à-dire", "ce qui fait", "ce qui représente", "ce qui donne"].contains { precededBy($0, amount) }
                || value.string(0..<amount.range.lowerBound).trimmingSpaces.hasSuffix("(")
            // `dont 780 000 € de personnel et 320 000 € de gestion`: both are parts.
            let part = precededBy("dont", amount) || plusJoined || (afterComponent && precededBy("et", amount))
            afterComponent = false
            if restated || cost.total.map({ coversWholeYears(total: $0, perYear: amount.euros) }) == true,
               qualifier(of: amount) == .perYear, cost.perYear == nil
            {
                cost.perYear = amount.euros
            } else if part {
                let label = value.match(component, at: amount.range.upperBound)?[named: "label"].map { value.string($0) } ?? ""
                cost.components.append(.init(euros: amount.euros, label: label.trimmingSpaces))
                afterComponent = true
            } else if qualifier(of: amount) == .perHousehold, cost.perHousehold == nil {
                cost.perHousehold = amount.euros
            } else if cost.total == nil, markedAsTotal(amount, after: previous)
                || (qualifier(of: amount) == nil && cost.perYear.map { coversWholeYears(total: amount.euros, perYear: $0) } == true
                    && (restated || !value.utf8[previous.range.upperBound..<amount.range.lowerBound].contains(0x0A)))
            {
                // `48 000 € par an, soit 144 000 € sur trois ans`: the whole beside the year;
                // so is `soit 174 930 € en cumul`, or on the same line `26 911 € chaque année,
                // 80 733 € pour l'opération`, a whole number of years' cost (not a budget line's
                // years under its yearly amount).
                cost.total = amount.euros
            }
        }
        if plusJoined {
            let label = value.match(component, at: first.range.upperBound)?[named: "label"].map { value.string($0) } ?? ""
            cost.components.insert(.init(euros: first.euros, label: label.trimmingSpaces), at: 0)
        }
        return cost
    }
}

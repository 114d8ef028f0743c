/// Finds the labels of the rule packs in a record's texts, and the value each introduces.
///
/// A label counts when a colon follows it (`Nbre de ménages accompagnés : 30`), its value
/// then running to the next label of the same text or to its end; or when it is the whole
/// text (a table cell `Durée du projet`, a line `Coût global du projet`), its value then
/// being the next cell of the row or the next block. Labels match whatever the case, the
/// accents, the spacing around `/` and the apostrophe used.
struct LabelFinder: Sendable {
    /// A label found, and where its value is.
    struct Hit {
        var field: RulePack.Field
        var rule: RulePack.LabelRule
        /// The unit holding the value, and the value's range in its matching view.
        var unit: Int
        var value: Range<Int>
        /// Whether the label stands inside a text rather than at its start (less sure).
        var inline: Bool
    }

    private let regex: Regex
    /// Each synonym's rule, and the number of the group that matches it.
    private let rules: [(field: RulePack.Field, rule: RulePack.LabelRule, group: Int)]

    init(rules: RuleSet) {
        var entries: [(synonym: String, field: RulePack.Field, rule: RulePack.LabelRule)] = []
        for pack in rules.packs.values {
            for rule in pack.labels {
                for synonym in rule.synonyms { entries.append((synonym, pack.field, rule)) }
            }
        }
        // Longer synonyms first, so that `Accès et / ou maintien dans le logement` wins over
        // `Accès et / ou maintien`; then a stable order.
        entries.sort { ($0.synonym.count, $1.synonym) > ($1.synonym.count, $0.synonym) }
        let alternatives = entries.enumerated().map { index, entry in "(?<l\(index)>\(LabelFinder.pattern(for: entry.synonym)))" }
        regex = Regex.builtIn(
            // Up to three more words may stand between a label and its colon (`Coût annuel de
            // fonctionnement :`).
            // A label opens the text or follows a space with a capital: trying only there keeps
            // the many alternatives from being tried at every byte of prose.
            #"(?:^|(?<=[\s*-])(?=\p{Lu}))(?:"# + alternatives.joined(separator: "|") + #")(?![\p{L}\p{N}])(?:(?:\s+[\p{L}'’]+){0,3}?(?<colon>\s*:))?"#,
            options: .caseless
        )
        let regex = self.regex
        self.rules = entries.enumerated().map { index, entry in (entry.field, entry.rule, regex.groupNames["l\(index)"]!) }
    }

    /// The labels of `text` and their values.
    func hits(in text: RecordText) -> [Hit] {
        var hits: [Hit] = []
        for (index, unit) in text.units.enumerated() {
            let view = unit.content.matchView
            // A label needs a colon after it or a short text of its own: long prose without a
            // colon holds none.
            guard view.count <= 120 || view.contains(UInt8(ascii: ":")) else { continue }
            let matches = ValueText(bytes: view).matches(of: regex)
            let kept = matches.filter { match in
                (match[named: "colon"] != nil && startsField(match.range, in: view)) || isWhole(match.range, of: view)
            }
            for (position, match) in kept.enumerated() {
                guard let (field, rule) = rule(of: match) else { continue }
                if match[named: "colon"] != nil {
                    let end = position + 1 < kept.count ? kept[position + 1].range.lowerBound : view.count
                    let value = trimmed(match.range.upperBound..<end, in: view)
                    // A value of punctuation alone (`maintien :?`) is no value: look further.
                    if view[value].contains(where: { $0 >= 0x80 || (0x30...0x39).contains($0) || (0x41...0x7A).contains($0) }) {
                        let atStart = view[..<match.range.lowerBound].allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "-") }
                        hits.append(Hit(field: field, rule: rule, unit: index, value: value, inline: !atStart))
                        continue
                    }
                }
                // A label alone: the value is in the next unit.
                if let next = unit.next, next < text.units.count {
                    let nextView = text.units[next].content.matchView
                    hits.append(Hit(field: field, rule: rule, unit: next, value: trimmed(0..<nextView.count, in: nextView), inline: false))
                }
            }
        }
        return hits
    }

    private func rule(of match: RegexMatch) -> (RulePack.Field, RulePack.LabelRule)? {
        rules.first { match[$0.group] != nil }.map { ($0.field, $0.rule) }
    }

    /// Whether a label with a colon opens a field: at the start of the text, or capitalised
    /// (`… 30 Nbre de logements mobilisés : 30`), unlike a phrase of prose (`pendant toute
    /// la durée de l'accompagnement : …`).
    private func startsField(_ range: Range<Int>, in view: [UInt8]) -> Bool {
        let filler: Set<UInt8> = [0x20, UInt8(ascii: "*"), UInt8(ascii: "-")]
        if view[..<range.lowerBound].allSatisfy(filler.contains) { return true }
        let first = String(decoding: view[range.lowerBound..<min(range.upperBound, range.lowerBound + 4)], as: UTF8.self).first
        return first?.isUppercase ?? false
    }

    /// Whether the label is the whole text, give or take white space, colons and stars.
    private func isWhole(_ range: Range<Int>, of view: [UInt8]) -> Bool {
        let filler: Set<UInt8> = [0x20, UInt8(ascii: ":"), UInt8(ascii: "*"), UInt8(ascii: "-")]
        return view[..<range.lowerBound].allSatisfy(filler.contains) && view[range.upperBound...].allSatisfy(filler.contains)
    }

    private func trimmed(_ range: Range<Int>, in view: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        let filler: Set<UInt8> = [0x20, UInt8(ascii: ":"), UInt8(ascii: "*"), UInt8(ascii: ";")]
        while lower < upper, filler.contains(view[lower]) { lower += 1 }
        while upper > lower, filler.contains(view[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// A synonym as a pattern: any case and accents, flexible spaces, `/` and apostrophes.
    static func pattern(for synonym: String) -> String {
        let classes: [Character: String] = [
            "a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]",
        ]
        var pattern = ""
        for character in synonym.replacingOccurrences(of: " / ", with: "/") {
            let base = String(character).folding(options: .diacriticInsensitive, locale: nil).lowercased()
            switch character {
            case " ": pattern += #"\s+"#
            case "/": pattern += #"\s*/\s*"#
            case "'", "’": pattern += #"'\s*"#
            case _ where base.count == 1 && classes[Character(base)] != nil: pattern += classes[Character(base)]!
            case _ where character.isLetter || character.isNumber: pattern += String(character)
            default: pattern += "\\" + String(character)
            }
        }
        return pattern
    }
}

import Foundation

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
        /// The label's field and rule; none for a label the packs do not know, whose value
        /// alone may tell its field.
        var field: RulePack.Field?
        var rule: RulePack.LabelRule?
        /// The label's words, in the unit where it stands.
        var label: String
        /// The unit holding the value, and the value's range in its matching view.
        var unit: Int
        var value: Range<Int>
        /// Whether the label stands inside a text rather than at its start (less sure).
        var inline: Bool
        /// Whether the label speaks of a year (`Coût annuel`, `Budget / an`).
        var perYear: Bool
        /// The unit the label gives its value in (`Coût (en euros)`).
        var valueUnit: LabelUnit?
        /// Whether the label was known by its head word rather than by a pack's wording.
        var byHead: Bool
        /// The label's range in the value's unit, when the two share it (`Durée : 3 ans`).
        var labelRange: Range<Int>? = nil
    }

    /// The packs' wordings by the folded letter they open with (`É` and `e` under `e`), each
    /// set one pattern anchored where it is tried: a label opens the text or follows a space,
    /// `*` or `-` with a capital, and only the wordings of that capital's letter are tried
    /// there, so that prose is read at the speed of a byte loop.
    private let wordings: [UInt32: Wordings]
    /// The head words of the label rules, folded, longest first.
    private let heads: [(words: [String], field: RulePack.Field, rule: RulePack.LabelRule)]
    /// The heads by their first word, each list in the order of `heads`.
    private let headsByFirstWord: [String: [(words: [String], field: RulePack.Field, rule: RulePack.LabelRule)]]

    /// The wordings that open with one letter: one pattern, and each wording's rule with the
    /// number of the group that matches it.
    private struct Wordings {
        let regex: Regex
        let rules: [(field: RulePack.Field, rule: RulePack.LabelRule, group: Int)]

        /// `entries` in their order (longer wordings first, so that `Accès et / ou maintien
        /// dans le logement` wins over `Accès et / ou maintien`).
        init?(_ entries: [(synonym: String, field: RulePack.Field, rule: RulePack.LabelRule)]) {
            guard !entries.isEmpty else { return nil }
            let alternatives = entries.enumerated().map { index, entry in "(?<l\(index)>\(LabelFinder.pattern(for: entry.synonym)))" }
            regex = Regex.builtIn(
                // Up to three more words may stand between a label and its colon (`Coût annuel
                // de fonctionnement :`), and a parenthesis, which may give the value's unit
                // (`Coût (en euros) :`, a cell `Durée (en mois)`).
                #"\G(?:"# + alternatives.joined(separator: "|") + #")(?![\p{L}\p{N}])(?:(?:\s+[\p{L}'’]+){0,3}?(?:\s*\([^()\n]{1,24}\))?(?<colon>\s*:)|\s*\([^()\n]{1,24}\))?"#,
                options: .caseless
            )
            let regex = regex
            rules = entries.enumerated().map { index, entry in (entry.field, entry.rule, regex.groupNames["l\(index)"]!) }
        }

        func rule(of match: RegexMatch) -> (RulePack.Field, RulePack.LabelRule)? {
            rules.first { match[$0.group] != nil }.map { ($0.field, $0.rule) }
        }
    }

    /// A letter folded for the choice of wordings: lowercase, without its accent.
    private static func initial(of scalar: Unicode.Scalar) -> UInt32 {
        if scalar.isASCII { return UInt32((0x41...0x5A).contains(scalar.value) ? scalar.value | 0x20 : scalar.value) }
        // Latin-1, `Œ` and `Ÿ` from the folding's table; Foundation strips the others' marks.
        if let folded = Folding.foldLatin(String(scalar)), let first = folded.unicodeScalars.first { return first.value }
        let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.unicodeScalars.first?.value ?? scalar.value
    }

    /// The initials of the capitals of Latin-1 and of `Œ` and `Ÿ` (`É`, `À`), worked out once;
    /// a rarer letter's is worked out where it stands.
    private static let latinInitials: [UInt32: UInt32] = Dictionary(uniqueKeysWithValues: (Array(0xC0...0xFF) + [0x152, 0x153, 0x178]).compactMap { value in
        Unicode.Scalar(value).map { (value, initial(of: $0)) }
    })

    /// ``initial(of:)``, from the table for the Latin letters.
    private static func knownInitial(of scalar: Unicode.Scalar) -> UInt32 {
        latinInitials[scalar.value] ?? initial(of: scalar)
    }

    /// The initial of the letter that opens a label at `offset` in `view`, if a label may
    /// start there: any letter at the start of the text, a capital after white space, `*`
    /// or `-`, and a capitalised word glued to a figure or a word before it, as cells run
    /// together (`: 14Logements mobilisés :`, `18 par anNbre de logements :`).
    private static func labelInitial(at offset: Int, in view: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let byte = view[offset]
        // Inside a character: no label starts here.
        if byte & 0xC0 == 0x80 { return nil }
        if offset == 0 {
            if byte < 0x80 { return UInt32((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) }
            return UTF8Bytes.scalar(in: view, at: 0).map(knownInitial)
        }
        let before = view[offset - 1]
        if before < 0x80 {
            let glued = (0x30...0x39).contains(before) || (0x61...0x7A).contains(before)
            guard before == 0x20 || (0x09...0x0D).contains(before) || before == UInt8(ascii: "*") || before == UInt8(ascii: "-")
                || glued && (0x41...0x5A).contains(byte) && offset + 1 < view.count && (0x61...0x7A).contains(view[offset + 1])
            else { return nil }
        } else {
            // A space beyond ASCII (no-break, narrow, ideographic): read the scalar it ends.
            var start = offset - 1
            while start > 0, view[start] & 0xC0 == 0x80 { start -= 1 }
            guard let scalar = UTF8Bytes.scalar(in: view, at: start), scalar.properties.isWhitespace else { return nil }
        }
        if byte < 0x80 { return (0x41...0x5A).contains(byte) ? UInt32(byte | 0x20) : nil }
        guard let scalar = UTF8Bytes.scalar(in: view, at: offset), scalar.properties.generalCategory == .uppercaseLetter else { return nil }
        return knownInitial(of: scalar)
    }

    /// A short phrase that opens with a capital and ends with a colon: a label, if its head
    /// word says which; at the start of its text, a list item's phrase may open in lowercase
    /// (`- coût de l'accompagnement : …`), and so may one after a semicolon (`Val Habitat (SA
    /// d'HLM) ; association partenaire : …`), which no phrase runs over. A question whose value follows it on a line of no
    /// colon (`Qui porte le projet ? Lauch Habitat`) counts as such a phrase (one group for
    /// all: a branch reset).
    private static let phrase = Regex.builtIn(
        #"(?:^|(?<=[\s*(›•-])|(?<=[\d\p{Ll}])(?=\p{Lu}\p{Ll}))(?|(?<phrase>(?:Qui|Quels?|Quelles?|Combien|Où|Quand|Comment|Avec\s+quel\w*)\b[^:?\n]{0,70}?)\s*\?(?=[ \t]+[^\s:][^:\n]*$)|(?<phrase>\p{Lu}[^:;\n]{0,70}?)\s*:(?!//)|(?:\A|(?<=;\s))(?<phrase>\p{Ll}[^:;\n]{0,40}?)\s*:(?!//))"#
    )
    /// Whether a byte may end a label phrase: a colon, or a question mark.
    private static func endsPhrase(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ":") || byte == UInt8(ascii: "?")
    }

    /// The most words a label phrase has (twelve for one split over two lines, which its
    /// layout tells for a label).
    private static let longestPhrase = 8
    private static let longestSplitPhrase = 12
    /// The most words of a label phrase that opens its line and ends with a colon.
    private static let longestLinePhrase = 10
    /// The most bytes of a label's second line that ends it without a colon (`chaque année`).
    private static let longestLabelTail = 24
    /// The most bytes of the value of a label alone on its line.
    private static let longestLineValue = 150
    /// Words that count, ask or qualify before a label's head (`Nombre de`, `Nb de`, `Volume
    /// annuel de`, `Objectif de`, `Combien de`, `Sur quelle`, `Dans quelle`, `Le`), folded.
    private static let countingWords: Set<String> = [
        "nombre", "nbre", "nb", "volume", "cohorte", "annuel", "annuelle", "total", "estimation", "estime", "previsionnel", "objectif",
        "combien", "quel", "quelle", "quels", "quelles", "sur", "dans", "de", "d", "des", "du", "le", "la", "les", "l",
    ]

    init(rules: RuleSet) {
        var entries: [(synonym: String, field: RulePack.Field, rule: RulePack.LabelRule)] = []
        for pack in rules.packs.values {
            for rule in pack.labels {
                for synonym in rule.synonyms { entries.append((synonym, pack.field, rule)) }
            }
        }
        // Longer synonyms first, so that `Accès et / ou maintien dans le logement` wins over
        // `Accès et / ou maintien`; then a stable order.
        let lengths = Dictionary(entries.map { ($0.synonym, $0.synonym.count) }) { first, _ in first }
        entries.sort { (lengths[$0.synonym]!, $1.synonym) > (lengths[$1.synonym]!, $0.synonym) }
        // One pattern an initial, the patterns compiled over the cores.
        let byInitial = Array(Dictionary(grouping: entries) { LabelFinder.initial(of: $0.synonym.unicodeScalars.first!) })
        let built = Parallel.map(Parallel.chunks(byInitial.count, minimum: 1)) { range in range.map { Wordings(byInitial[$0].value) } }
        wordings = Dictionary(uniqueKeysWithValues: zip(byInitial.map(\.key), built.joined()).compactMap { initial, wordings in wordings.map { (initial, $0) } })
        var heads: [(words: [String], field: RulePack.Field, rule: RulePack.LabelRule)] = []
        for pack in rules.packs.values.sorted(by: { $0.field.rawValue < $1.field.rawValue }) {
            for rule in pack.labels {
                for head in rule.heads { heads.append((LabelFinder.words(of: head), pack.field, rule)) }
            }
        }
        let joined = heads.map { $0.words.joined() }
        self.heads = heads.indices.sorted { (heads[$0].words.count, joined[$1]) > (heads[$1].words.count, joined[$0]) }.map { heads[$0] }
        self.headsByFirstWord = Dictionary(grouping: self.heads.filter { !$0.words.isEmpty }) { $0.words[0] }
    }

    /// The labels of `text` and their values.
    func hits(in text: RecordText) -> [Hit] {
        var hits: [Hit] = []
        var continuation: Int?
        for (index, unit) in text.units.enumerated() {
            let view = unit.content.matchView
            // A label split over two lines (`Nombre de ménages pris` / `en charge chaque année :`):
            // read whole on its first line; its second line gives nothing of its own.
            if index == continuation { continue }
            switch splitLabel(at: index, in: text) {
            case .none:
                break
            case .unknown:
                continuation = index + 1
                continue
            case .label(let hit):
                hits.append(hit)
                continuation = index + 1
                continue
            }
            // A label needs a colon after it or a short text of its own: long prose without a
            // colon holds none.
            guard view.count <= 120 || view.contains(where: LabelFinder.endsPhrase) else { continue }
            // (A caption under a figure alone labels that figure, even with no unit after it.)
            let captionsFigure = index > 0 && text.units[index - 1].next == index && LabelFinder.isFigure(text.units[index - 1].content.matchView)
            let labels = self.labels(
                in: view, alone: unit.next != nil || captionsFigure, cell: unit.isCell,
                figureNext: unit.next.map { LabelFinder.isFigure(text.units[$0].content.matchView) } ?? false
            )
            for (position, label) in labels.enumerated() {
                let (field, rule) = (label.field, label.rule)
                // The words of a label the packs do not know, for its value's shape to place (and
                // of a label of dwellings, which may count the landlord's stock, of households,
                // which may count those who left, of a cost, which may be one household's, of a
                // period, which may date a report, or of a title, which may name a partner).
                let words = field == nil || field == .housingUnits || field == .households || field == .cost || field == .duration || field == .title
                    ? String(decoding: view[label.range], as: UTF8.self) : ""
                if label.colon {
                    // A title may hold a colon (`Nom retenu : Lakou Lespwa : une clé, un suivi`):
                    // only a label the packs know ends it.
                    let next = labels[(position + 1)...].first { field != .title || $0.field != nil }
                    let end = next?.range.lowerBound ?? view.count
                    let value = trimmed(label.range.upperBound..<end, in: view)
                    // A cell that asks with a label's wording after its colon (`Public : accès ou
                    // maintien`) has its value in the next cell.
                    if unit.isCell, let next = unit.next, next < text.units.count, let (field, rule) = wholeWording(value, in: view) {
                        let nextView = text.units[next].content.matchView
                        hits.append(Hit(
                            field: field, rule: rule, label: "", unit: next, value: trimmed(0..<nextView.count, in: nextView), inline: false,
                            perYear: rule.perYear, valueUnit: nil, byHead: false
                        ))
                        continue
                    }
                    // A form's field left blank (`Ville : ..........`, a leader the matching
                    // view writes as a colon; `Nom : ______`) gives no value, not even the next
                    // line's.
                    if case let blank = view[value], !blank.isEmpty, blank.allSatisfy({ [0x2E, 0x5F, 0x20, 0x3A].contains($0) }),
                       blank.contains(0x3A) || blank.count >= 3
                    {
                        continue
                    }
                    // A value of punctuation alone (`maintien :?`) is no value: look further.
                    if view[value].contains(where: { $0 >= 0x80 || (0x30...0x39).contains($0) || (0x41...0x7A).contains($0) }) {
                        let atStart = view[..<label.range.lowerBound].allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "-") }
                        hits.append(Hit(
                            field: field, rule: rule, label: words, unit: index, value: value, inline: !atStart, perYear: label.perYear,
                            valueUnit: LabelFinder.valueUnit(of: label, in: view), byHead: label.byHead, labelRange: label.range
                        ))
                        continue
                    }
                }
                // A phrase that is no label of ours gives no value of its own line; a cell does,
                // in the next cell, with or without a colon (`Phase ciblée :` | `Accès`).
                guard field != nil || unit.isCell || label.numbered else { continue }
                // A caption in lowercase under a figure alone (a page's key figure: `7`, then
                // `familles accueillies chaque année`, maybe marked up as a field's label alone
                // in its row) goes on with that figure: its value.
                if !unit.isCell || unit.aloneInRow, !label.colon, captionsFigure,
                   case let previous = text.units[index - 1].content.matchView, previous.count <= 16,
                   String(decoding: view.prefix(4), as: UTF8.self).first?.isLowercase == true
                {
                    hits.append(Hit(
                        field: field, rule: rule, label: words, unit: index - 1, value: trimmed(0..<previous.count, in: previous), inline: false,
                        perYear: label.perYear, valueUnit: LabelFinder.valueUnit(of: label, in: view), byHead: label.byHead
                    ))
                    continue
                }
                // A label alone: the value is in the next unit (a line's value is a short one:
                // a long paragraph after a heading is prose, not a value).
                if let next = unit.next, next < text.units.count {
                    let nextView = text.units[next].content.matchView
                    if !unit.isCell, label.byHead, !label.colon, nextView.count > LabelFinder.longestLineValue { continue }
                    // A row of field names above their values (a grid's header written one
                    // name a line: `Intitulé projet`, `Bailleur`, `Commune(s)`): a name is no
                    // value of the name before it.
                    if !unit.isCell, !label.colon, isLabelAlone(nextView) { continue }
                    // A heading over lines of labels and values (`Porteurs`, then `Bailleur :
                    // …`) gives no value of its own: those lines' labels do.
                    if !unit.isCell, !label.colon, opensWithKnownLabel(nextView) { continue }
                    let (valueUnit, value) = restated(after: next, in: text) ?? (next, trimmed(0..<nextView.count, in: nextView))
                    hits.append(Hit(
                        field: field, rule: rule, label: words, unit: valueUnit, value: value, inline: false, perYear: label.perYear,
                        valueUnit: LabelFinder.valueUnit(of: label, in: view), byHead: label.byHead
                    ))
                }
            }
        }
        return hits
    }

    /// The figure as it stands when the value under a label is given twice, as first filed
    /// and as revised, each after a phrase of its own (`Chiffre du dossier : 18 par an`, then
    /// `Chiffre retenu aujourd'hui : 14 par an`): the revised one's unit and range.
    private func restated(after first: Int, in text: RecordText) -> (Int, Range<Int>)? {
        guard !text.units[first].isCell, let second = text.units[first].next, second < text.units.count else { return nil }
        func phrase(_ unit: Int) -> (words: [String], colon: Int)? {
            let view = text.units[unit].content.matchView
            guard let colon = view.prefix(60).firstIndex(of: UInt8(ascii: ":")) else { return nil }
            return (FoldedWords.of(String(decoding: view[..<colon], as: UTF8.self)), colon)
        }
        guard let filed = phrase(first), RecordText.namesFirstFigures(filed.words), !RecordText.namesRevisedFigures(filed.words),
              let revised = phrase(second), RecordText.namesRevisedFigures(revised.words)
        else { return nil }
        let view = text.units[second].content.matchView
        let value = trimmed(revised.colon + 1..<view.count, in: view)
        return value.isEmpty ? nil : (second, value)
    }

    /// What a line and the next say when a label may be split over both.
    private enum SplitLabel {
        /// No label is split there.
        case none
        /// A split label that the packs do not know: it gives no value.
        case unknown
        /// A split label and its value.
        case label(Hit)
    }

    /// The label that starts on line `index` and ends on the next, when it is split so: a short
    /// line that opens with a capital and holds no colon nor digit, then a line that opens in
    /// lowercase and ends the label with a colon; its value follows the colon, or is the line
    /// after. Without a colon, a second line of a few words (`Foyers aidés` / `chaque année`
    /// / `une quinzaine`) ends a label the packs know, and the line after is its value. Cells
    /// alone in their rows split a label as lines do.
    private func splitLabel(at index: Int, in text: RecordText) -> SplitLabel {
        let first = text.units[index]
        guard first.next == index + 1, index + 1 < text.units.count,
              case let following = text.units[index + 1], first.isCell ? first.aloneInRow && following.aloneInRow : !following.isCell
        else { return .none }
        let view = first.content.matchView
        let second = text.units[index + 1].content.matchView
        // The cheap tests first: most lines open with a capital and hold no colon early.
        guard UTF8Bytes.opensInLowercase(second) else { return .none }
        let colon = second.prefix(61).firstIndex(of: UInt8(ascii: ":"))
        guard colon != nil || second.count <= LabelFinder.longestLabelTail,
              view.count <= 60, let opening = view.first, (0x41...0x5A).contains(opening) || opening >= 0xC3, !UTF8Bytes.opensInLowercase(view),
              !view.contains(UInt8(ascii: ":")), !view.contains(where: { (0x30...0x39).contains($0) }),
              !second[..<(colon ?? second.count)].contains(where: { (0x30...0x39).contains($0) })
        else { return .none }
        let phrase = view + [0x20] + second[..<(colon ?? second.count)]
        guard let (field, rule, perYear) = head(of: phrase[...], longest: LabelFinder.longestSplitPhrase) else { return colon == nil ? .none : .unknown }
        let after = colon.map { trimmed($0 + 1..<second.count, in: second) } ?? 0..<0
        let valueUnit: Int
        let value: Range<Int>
        if !after.isEmpty {
            (valueUnit, value) = (index + 1, after)
        } else if let next = text.units[index + 1].next, next < text.units.count {
            (valueUnit, value) = (next, trimmed(0..<text.units[next].content.matchView.count, in: text.units[next].content.matchView))
        } else {
            return colon == nil ? .none : .unknown
        }
        return .label(Hit(
            field: field, rule: rule, label: String(decoding: phrase, as: UTF8.self), unit: valueUnit, value: value, inline: false,
            perYear: perYear, valueUnit: nil, byHead: true
        ))
    }

    /// A label found in a text: the rule it is (none for a phrase that only ends the value
    /// before it), and whether a colon ends it.
    private struct Label {
        var range: Range<Int>
        var colon: Bool
        var field: RulePack.Field?
        var rule: RulePack.LabelRule?
        var perYear: Bool
        /// Known by its head word rather than by one of the packs' wordings.
        var byHead = false
        /// A questionnaire's numbered question, whose answer is the next line.
        var numbered = false
    }

    /// Whether a line is a label the packs know, alone (`Bailleur`, `Nb foyers`), with no
    /// colon: a label's value is no such line.
    private func isLabelAlone(_ view: [UInt8]) -> Bool {
        guard view.count <= 60, !view.contains(UInt8(ascii: ":")) else { return false }
        return labels(in: view, alone: true, cell: false).contains { $0.field != nil && $0.range == 0..<view.count }
    }

    /// Whether a text opens with a label the packs know and its colon (`Bailleur : …`).
    private func opensWithKnownLabel(_ view: [UInt8]) -> Bool {
        guard let colon = view.prefix(40).firstIndex(of: UInt8(ascii: ":")), colon > 0, let first = view.first,
              (0x41...0x5A).contains(first) || first >= 0xC3
        else { return false }
        return head(of: view[..<colon]) != nil
    }

    /// Whether a line is short enough to be a label alone, its value on the next line
    /// (`### Porteur`, a definition list's term): five words at most, no digit, not in
    /// capitals (a brochure's `LES PARTENAIRES` opens a section), no final full stop.
    private static func isShortLine(_ view: [UInt8]) -> Bool {
        guard view.count <= 50, !view.contains(where: { (0x30...0x39).contains($0) }), view.last != UInt8(ascii: ".") else { return false }
        // Five words at most: at most four gaps between runs of other bytes.
        var words = 0
        var inWord = false
        for byte in view {
            if byte == 0x20 { inWord = false } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words <= 5 && !InlineText.isMostlyUppercase(String(decoding: view, as: UTF8.self))
    }

    /// The most labels, and label-like phrases, read in one line or cell: a real one holds a
    /// few; a text that repeats labels by the hundred thousand (a 5 MB line) stays bounded,
    /// and its fields still reach ``RecordContext/candidatesLimit``, which says so.
    static let labelsPerUnit = 20_000

    /// The labels of one text, in order: the packs' wordings, then the phrases that start
    /// with a head word where no wording was found.
    /// `alone`: whether a next unit may hold the value of a label alone; `cell`: whether the
    /// text is a table cell rather than a line (a line alone must be short, and say little
    /// beyond its head); `figureNext`: whether the next unit is a figure alone.
    private func labels(in view: [UInt8], alone: Bool, cell: Bool, figureNext: Bool = false) -> [Label] {
        if alone, !cell, let question = numberedQuestion(view) { return [question] }
        var labels: [Label] = []
        for (match, wordings) in wordingMatches(in: view) {
            let colon = match[named: "colon"] != nil
            guard (colon && startsField(match.range, in: view)) || isWhole(match.range, of: view),
                  let (field, rule) = wordings.rule(of: match)
            else { continue }
            // The words between a wording and its colon, or after a wording alone in its cell,
            // may give the year (`Ménages accompagnés sur une année :`, `Ménages accompagnés (par an)`).
            let words = colon ? view[match.range].dropLast() : view[match.range.lowerBound...]
            let perYear = rule.perYear || ValueShape.speaksOfAYear(String(decoding: words, as: UTF8.self))
            labels.append(Label(range: match.range, colon: colon, field: field, rule: rule, perYear: perYear))
        }
        guard !heads.isEmpty else { return labels }
        var phrases: [Label] = []
        if view.contains(where: LabelFinder.endsPhrase) {
            // Both lists run left to right: one cursor finds the labels a phrase overlaps,
            // so that a long line with many labels stays linear.
            var next = 0
            var quotes = Guillemets(view)
            for match in ValueText(bytes: view).matches(of: LabelFinder.phrase, maximum: LabelFinder.labelsPerUnit) {
                while next < labels.count, labels[next].range.upperBound <= match.range.lowerBound { next += 1 }
                let overlapsLabel = next < labels.count && labels[next].range.lowerBound < match.range.upperBound
                guard let range = match[named: "phrase"], !overlapsLabel, !quotes.encloses(range.lowerBound) else { continue }
                // A phrase that runs over a full stop (`Budget global de 93 780 € pour trois ans.
                // Répartition :`) is a label from the sentence after it.
                var start = range.lowerBound
                if let stop = view[range].dropLast().lastIndex(where: { $0 == UInt8(ascii: ".") }), stop + 2 < range.upperBound,
                   view[stop + 1] == 0x20,
                   (0x41...0x5A).contains(view[stop + 2]) || (view[stop + 2] == 0xC3 && stop + 3 < range.upperBound && view[stop + 3] < 0xA0)
                {
                    start = stop + 2
                }
                // A phrase may open before its label (`… du T2 au T4, dans le diffus Type de
                // trajectoire :`): the label is then the last capitalised words that have a head.
                // (One that opens its line before a colon may say more, `Ménages que l'office
                // prévoit de suivre sur douze mois :`, unless a sentence's article or a figure
                // tells a sentence: `Le budget total atteint 151 334 € pour les trois ans :`.)
                let longest = start == 0 && LabelFinder.mayRunLong(view[start..<range.upperBound], in: view) ? LabelFinder.longestLinePhrase : LabelFinder.longestPhrase
                var head = self.head(of: view[start..<range.upperBound], longest: longest)
                if head == nil {
                    // (A capitalised word, not one in capitals: `SOLIDARITÉ FEMMES ACCUEIL` is a name.)
                    for offset in (start..<range.upperBound).dropFirst().dropLast() where view[offset - 1] == 0x20 && (0x41...0x5A).contains(view[offset]) && (0x61...0x7A).contains(view[offset + 1]) {
                        if let found = self.head(of: view[offset..<range.upperBound]) {
                            (start, head) = (offset, found)
                            break
                        }
                    }
                }
                // A phrase in lowercase after a semicolon is a label only by its head (`;
                // association partenaire :`, not `; dernier jour :`).
                if head == nil, start > 0, UTF8Bytes.opensInLowercase(view[start...]) { continue }
                phrases.append(Label(
                    range: start..<match.range.upperBound, colon: true, field: head?.0, rule: head?.1, perYear: head?.2 ?? false, byHead: head != nil
                ))
            }
        }
        // (A question alone, with no value after it, is a label alone too.)
        if phrases.isEmpty, !view.contains(UInt8(ascii: ":")), labels.isEmpty, alone, view.count <= 60 || LabelFinder.identifier(opening: view[...]) != nil,
           !LabelFinder.holdsFigure(view[...]), cell || LabelFinder.isShortLine(view), !LabelFinder.isSentence(view)
        {
            // A cell or a short line that holds a phrase alone labels the next cell or line;
            // a cell the packs do not know still does, its value then telling the field.
            // (A cell's label may say more than a line's: `Nombre de ménages bénéficiaires sur
            // la durée du projet`.)
            // A line above a figure alone (`Ménages relogés par an` then `12`, a converted
            // PDF's rows) may say as much as a cell.
            if let (field, rule, perYear) = head(of: view[...], alone: !cell && !figureNext, longest: cell ? LabelFinder.longestSplitPhrase : LabelFinder.longestPhrase) {
                phrases.append(Label(range: 0..<view.count, colon: false, field: field, rule: rule, perYear: perYear, byHead: true))
            } else if cell, view.first.map({ $0 >= 0x80 || (0x41...0x5A).contains($0) }) ?? false {
                phrases.append(Label(range: 0..<view.count, colon: false, field: nil, rule: nil, perYear: false))
            }
        }
        return (labels + phrases).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether a text is a sentence, an article to a full stop (`Les partenaires coordonnent
    /// leurs interventions.`, a logical framework's expected result): no label.
    private static func isSentence(_ view: [UInt8]) -> Bool {
        guard view.last == UInt8(ascii: "."), let first = FoldedWords.of(String(decoding: view.prefix(8), as: UTF8.self)).first else { return false }
        return ["le", "la", "les", "l", "un", "une", "des"].contains(first)
    }

    /// Whether a label phrase may have up to ``longestLinePhrase`` words: a colon ends it, and
    /// it holds no figure and opens with no article or pronoun.
    private static func mayRunLong(_ phrase: ArraySlice<UInt8>, in view: [UInt8]) -> Bool {
        guard view[phrase.endIndex...].first(where: { $0 != 0x20 }) == UInt8(ascii: ":"),
              !phrase.contains(where: { (0x30...0x39).contains($0) }),
              let first = FoldedWords.of(String(decoding: phrase.prefix(12), as: UTF8.self)).first
        else { return false }
        return !["le", "la", "les", "l", "un", "une", "des", "on", "il", "elle", "nous", "ce", "cette"].contains(first)
    }

    /// Whether a text is a figure with a few words at most (`12`, `142 290 €`, `36 sur trois
    /// ans, T2, T3 et T4`): the value a line above it may label.
    private static func isFigure(_ view: [UInt8]) -> Bool {
        guard let first = view.first, (0x30...0x39).contains(first), view.count <= 40 else { return false }
        return !view.contains(UInt8(ascii: ":"))
    }

    /// A numbered question alone on its line (`2.3 Combien de ménages prévoyez-vous
    /// d'accompagner chaque année ?`, `B5. Nombre total de ménages qui seront accompagnés`):
    /// a questionnaire's, whose answer is the next line, however much the question says.
    private func numberedQuestion(_ view: [UInt8]) -> Label? {
        guard view.count <= 130, let start = LabelFinder.questionStart(view), !view.contains(UInt8(ascii: ":")) else { return nil }
        var question = view[start...]
        while let last = question.last, last == UInt8(ascii: "?") || last == 0x20 { question = question.dropLast() }
        guard !LabelFinder.holdsFigure(question), let (field, rule, perYear) = head(of: question, longest: LabelFinder.longestSplitPhrase) else {
            return Label(range: 0..<view.count, colon: false, field: nil, rule: nil, perYear: false, numbered: true)
        }
        return Label(range: 0..<view.count, colon: false, field: field, rule: rule, perYear: perYear, byHead: true, numbered: true)
    }

    /// Where the question starts after its number (`2.3 `, `B5. `, `Q4 – `), when a line
    /// opens with one and then a capital.
    private static func questionStart(_ view: [UInt8]) -> Int? {
        var index = 0
        if index < view.count, (0x41...0x5A).contains(view[index]) { index += 1 }
        let digits = index
        while index < view.count, (0x30...0x39).contains(view[index]) || (view[index] == UInt8(ascii: ".") && index > digits) { index += 1 }
        guard index > digits, index - digits <= 6 else { return nil }
        if index < view.count, view[index] == UInt8(ascii: ")") { index += 1 }
        // (Then spaces, a hyphen or an en dash, `E2 80 93`.)
        while index < view.count, view[index] == 0x20 || view[index] == UInt8(ascii: "-") || view[index...].starts(with: [0xE2, 0x80, 0x93]) {
            index += view[index] == 0xE2 ? 3 : 1
        }
        guard index < view.count, index > digits + 1 || view[index - 1] == 0x20 else { return nil }
        let lead = view[index]
        return (0x41...0x5A).contains(lead) || (lead == 0xC3 && index + 1 < view.count && view[index + 1] < 0xA0) ? index : nil
    }

    /// The packs' wordings in `view`, left to right and without overlaps, at most
    /// ``labelsPerUnit`` of them.
    private func wordingMatches(in view: [UInt8]) -> [(RegexMatch, Wordings)] {
        var found: [(RegexMatch, Wordings)] = []
        let scratch = MatchScratch.ofThisThread
        view.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count, found.count < LabelFinder.labelsPerUnit {
                guard let initial = LabelFinder.labelInitial(at: offset, in: buffer), let wordings = wordings[initial],
                      let match = try? wordings.regex.firstMatch(in: buffer, from: offset, scratch: scratch)
                else {
                    offset += 1
                    continue
                }
                found.append((match, wordings))
                offset = max(match.range.upperBound, offset + 1)
            }
        }
        return found
    }

    /// The field and rule of the packs' wording that `range` of `view` holds whole, whatever
    /// the case of its first letter.
    private func wholeWording(_ range: Range<Int>, in view: [UInt8]) -> (RulePack.Field, RulePack.LabelRule)? {
        guard !range.isEmpty else { return nil }
        return view.withUnsafeBufferPointer { buffer in
            guard let first = UTF8Bytes.scalar(in: buffer, at: range.lowerBound),
                  let wordings = wordings[LabelFinder.knownInitial(of: first)],
                  let match = try? wordings.regex.firstMatch(in: UnsafeBufferPointer(rebasing: buffer[..<range.upperBound]), from: range.lowerBound, scratch: .ofThisThread),
                  match.range.upperBound == range.upperBound
            else { return nil }
            return wordings.rule(of: match)
        }
    }

    /// The unit a label's parenthesis gives (`Budget (k€)`), if any.
    private static func valueUnit(of label: Label, in view: [UInt8]) -> LabelUnit? {
        // A data field's name may end with its unit (`duree_mois`, `cout_eur`).
        if let identifier = identifier(opening: view[label.range]), let last = identifier.split(separator: UInt8(ascii: "_")).last,
           let unit = LabelUnit(String(decoding: last, as: UTF8.self))
        {
            return unit
        }
        // A label of months (`Mois de suivi prévus`, `Nombre de mois`) counts in months; only a
        // label that opens with an `m` or an `n` is read for it.
        if let opening = view[label.range].first, [UInt8(ascii: "m"), UInt8(ascii: "n")].contains(opening | 0x20) {
            let words = FoldedWords.of(String(decoding: view[label.range].prefix(16), as: UTF8.self))
            if words.first == "mois" || words.starts(with: ["nombre", "de", "mois"]) { return LabelUnit("mois") }
        }
        // A label that names its unit after `en` (`Durée en mois`, `Durée de l'engagement, en
        // mois`, `Montant en euros`, `Durée en mois inscrite`, `Durée en mois de la
        // convention`); only a label that holds ` en ` is read for it.
        let phrase = Array(view[label.range].suffix(48))
        if ASCIICaseless.contains(" en ", in: phrase) {
            let words = FoldedWords.of(String(decoding: phrase, as: UTF8.self))
            for index in words.indices.dropLast() where words[index] == "en" {
                if let unit = LabelUnit("en " + words[index + 1]) { return unit }
            }
        }
        guard view[label.range].contains(UInt8(ascii: "(")) else { return nil }
        return LabelUnit.first(in: ValueText(bytes: Array(view[label.range])))?.unit
    }

    /// Whether a short text holds a figure, other than a length that qualifies a label (`Coût
    /// sur 12 mois`, `Coût total 3 ans`): such a text is a value, not a label alone.
    private static func holdsFigure(_ view: ArraySlice<UInt8>) -> Bool {
        var index = view.startIndex
        while index < view.endIndex {
            guard (0x30...0x39).contains(view[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < view.endIndex, (0x30...0x39).contains(view[end]) { end += 1 }
            var word = end
            while word < view.endIndex, view[word] == 0x20 { word += 1 }
            let rest = view[word...]
            if index == view.startIndex || !(rest.starts(with: "mois".utf8) || rest.starts(with: "an".utf8)) { return true }
            index = end
        }
        return false
    }

    /// The data field's name that opens a label (`nb_menages`, then maybe its description),
    /// if any: ASCII letters and digits joined by underscores.
    private static func identifier(opening phrase: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let name = phrase.prefix { byte in (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "_") }
        guard name.contains(UInt8(ascii: "_")), name.first.map({ (0x61...0x7A).contains($0) }) == true,
              name.endIndex == phrase.endIndex || phrase[name.endIndex] == 0x20
        else { return nil }
        return name
    }

    /// Whether a phrase is a label the heads know (`Porteur`, `Bailleur associé`), not a name.
    func isHeadLabel(_ phrase: String) -> Bool {
        head(of: Array(phrase.utf8)[...]) != nil
    }

    /// The field, rule and yearly flag of a label phrase that starts with a head word.
    /// `alone`: a label alone on its line, which says little beyond its head (`Logements
    /// mobilisables`, not `Le territoire et les besoins`) but for a clause that says which
    /// (`Organisme qui pilote l'action`). `longest`: the most words the phrase may have.
    private func head(
        of phrase: ArraySlice<UInt8>, alone: Bool = false, longest: Int = LabelFinder.longestPhrase
    ) -> (RulePack.Field, RulePack.LabelRule, Bool)? {
        let words = LabelFinder.words(of: String(decoding: phrase, as: UTF8.self))
        // A data field's name that opens the phrase says what it asks, whatever description
        // follows (`nb_menages Ménages accompagnés, total sur toute la période du projet`).
        if let name = LabelFinder.identifier(opening: phrase).map({ FoldedWords.of(String(decoding: $0, as: UTF8.self)) }),
           let found = headEntry(of: [name[...], name.drop(while: LabelFinder.countingWords.contains)], alone: alone)
        {
            return (found.field, found.rule, found.rule.perYear || ValueShape.speaksOfAYear(words: name))
        }
        // (Elisions and one-letter words, `l'`, `à`, `d'`, `qu'`, do not make a phrase longer.)
        guard !words.isEmpty, words.count(where: { $0.utf8.count > 1 && $0 != "qu" }) <= longest else { return nil }
        var content = words[...]
        // (`D'où vient l'offre` asks for an origin: its `d'` stays, so that `où` names no place.)
        while let first = content.first, LabelFinder.countingWords.contains(first), !(first == "d" && content.dropFirst().first == "ou") {
            content = content.dropFirst()
        }
        // A label that offers a choice or joins two questions (`Office ou ESH porteur`,
        // `Démarrage et durée`) is known by any of its parts, and one whose parenthesis says
        // what it asks (`Déroulé (dates)`) by that parenthesis.
        let options = content.indices.filter { content[$0] == "ou" || content[$0] == "et" }.map { content[($0 + 1)...] }
        // A label that asks for a name (`Nom du bailleur porteur`, `Nom de la commune`) is
        // known by what it names, when no head speaks of the name itself.
        // One that ends asking for it (`Projet présenté sous le nom`) is the name of its first word.
        var named = content.first == "nom" ? [content.dropFirst().drop(while: LabelFinder.nameLinks.contains)] : []
        if content.count > 2, content.last == "nom", let first = content.first { named += [["nom", "du", first], ["nom", "de", "l", first]] }
        // A denomination of something other than the project (`Dénomination complète du
        // bailleur porteur`, `Appellation de l'organisme qui porte la démarche`) is known by
        // what it names before the title's heads `dénomination`, `appellation`.
        if let first = content.first, LabelFinder.denominationWords.contains(first), let found = headEntry(of: [LabelFinder.named(after: content)], alone: alone), found.field != .title {
            return (found.field, found.rule, found.rule.perYear || ValueShape.speaksOfAYear(words: words))
        }
        // `Logis`, `Toits` and `Cases` before a participle in lowercase (`Logis rouverts à la
        // location`, `Toits mis en jeu`) are dwellings, not a landlord's name (`Logis Atlantique`).
        if content.count >= 2, let first = content.first, LabelFinder.dwellingSynonyms.contains(first),
           LabelFinder.opensWithParticiple(phrase, after: 1)
        {
            named.append(["logements"] + content.dropFirst())
        }
        guard let found = headEntry(of: [words[...], content] + named + options + [LabelFinder.parenthesis(of: phrase)], alone: alone) else { return nil }
        // A negated verb makes a sentence (`L'office ne change pas le nombre d'appartements :
        // huit logements`) whose colon brings no name, though it may bring a figure (`Le
        // nombre de logements ne bouge pas : 13`); a label may negate a participle (`Ménages
        // ne relevant pas du DALO`).
        if RecordContext.nameFields.contains(found.field), LabelFinder.negatesAVerb(words) { return nil }
        return (found.field, found.rule, found.rule.perYear || ValueShape.speaksOfAYear(words: words))
    }

    /// Whether folded words hold `ne` (or `n'`) and a verb that is no participle in `-ant`,
    /// then `pas`, `plus`, `jamais` or `guère`.
    private static func negatesAVerb(_ words: [String]) -> Bool {
        words.indices.dropLast(2).contains { index in
            (words[index] == "ne" || words[index] == "n") && !words[index + 1].hasSuffix("ant") && negations.contains(words[index + 2])
        }
    }

    private static let negations: Set<String> = ["pas", "plus", "jamais", "guere"]

    /// What a label's first word names, past up to two adjectives and the `de` that links
    /// them (`Dénomination complète du bailleur porteur`: `bailleur porteur`); nothing when
    /// another word links them (`Dénomination choisie par le candidat`).
    private static func named(after content: ArraySlice<String>) -> ArraySlice<String> {
        let rest = content.dropFirst()
        let adjectives = rest.prefix { !nameLinks.contains($0) }
        guard adjectives.count <= 2, let link = rest.dropFirst(adjectives.count).first, ofWords.contains(link) else { return [] }
        return rest.dropFirst(adjectives.count).drop(while: nameLinks.contains)
    }

    /// A label's first words that name something else's name (`Dénomination`, `Appellation`).
    private static let denominationWords: Set<String> = ["denomination", "appellation", "designation"]

    /// The `de` that links a name's label to what it names.
    private static let ofWords: Set<String> = ["de", "du", "des", "d"]

    /// The small words between a name's label and what it names (`de la`, `du`, `d'`).
    private static let nameLinks: Set<String> = ["de", "du", "des", "d", "l", "la", "le"]

    /// Words that stand for dwellings in a label when a participle follows them (`cases`, the
    /// houses of La Réunion and the Antilles).
    private static let dwellingSynonyms: Set<String> = ["logis", "toits", "cases"]

    /// Whether the word after the first `count` words of `phrase` is a participle in
    /// lowercase (`rouverts`, `mis`, `retenus`, `fournies`).
    private static func opensWithParticiple(_ phrase: ArraySlice<UInt8>, after count: Int) -> Bool {
        let words = String(decoding: phrase, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard words.count > count, let first = words[count].first, first.isLowercase else { return false }
        let word = Folding.fold(String(words[count]))
        return ["e", "es", "ee", "ees", "i", "is", "ie", "ies", "u", "us", "ue", "ues", "t", "ts", "te", "tes"].contains { word.hasSuffix($0) }
            && !word.hasSuffix("ique") && !word.hasSuffix("iques") && (word.utf8.count >= 4 || ["mis", "pris"].contains(word))
    }

    /// The folded words of a label or a head, without plural marks (`Référent(s)`,
    /// `chargée(s)`) or a reflexive `s'` (`Le projet s'intitule`), which are not words.
    private static func words(of text: String) -> [String] {
        FoldedWords.of(text).filter { $0 != "s" && $0 != "e" && $0 != "es" }
    }

    /// The first head that opens one of `candidates` (folded words), tried in order; `alone`
    /// as for ``head(of:alone:longest:)``.
    private func headEntry(of candidates: [ArraySlice<String>], alone: Bool) -> (field: RulePack.Field, rule: RulePack.LabelRule)? {
        for candidate in candidates {
            if let first = candidate.first, let entry = headsByFirstWord[first]?.first(where: { candidate.starts(with: $0.words) }),
               !alone || candidate.count - entry.words.count <= 2
                   || (candidate.dropFirst(entry.words.count).first == "qui" && candidate.count - entry.words.count <= 4)
            {
                return (entry.field, entry.rule)
            }
            // A name's head of three words or more whose first word an adjective follows (`Nom
            // limousin de l'action`, `Baptême breton de l'action`, `Baptême bas-alpin de
            // l'action`, `Société manchoise à la barre`; not `Société anonyme d'HLM`).
            if candidate.count >= 4, let first = candidate.first, ["nom", "bapteme", "societe"].contains(first), case let second = candidate[candidate.startIndex + 1],
               second.utf8.count > 2, !LabelFinder.linkWords.contains(second), !LabelFinder.nameLinks.contains(second), !LabelFinder.companyForms.contains(second)
            {
                for adjective in 1...2 where candidate.count >= adjective + 3 {
                    let skipped = [first] + candidate.dropFirst(adjective + 1)
                    if let entry = headsByFirstWord[first]?.first(where: { $0.words.count >= 3 && skipped.starts(with: $0.words) }),
                       !alone || skipped.count - entry.words.count <= 2
                    {
                        return (entry.field, entry.rule)
                    }
                }
            }
        }
        return nil
    }

    /// The words after `Société` that give a company's legal form, not an adjective of place.
    private static let companyForms: Set<String> = ["anonyme", "cooperative", "civile", "publique", "immobiliere", "economie"]

    /// Small words that link a head's words (`Nom du porteur`), never an adjective.
    private static let linkWords: Set<String> = ["dans", "pour", "avec", "sans", "sous", "chez", "entre", "vers", "apres", "avant"]

    /// The folded words of a label's last parenthesis (`Déroulé (dates)`: `dates`), if any.
    private static func parenthesis(of phrase: ArraySlice<UInt8>) -> ArraySlice<String> {
        guard let close = phrase.lastIndex(of: UInt8(ascii: ")")),
              let open = phrase[..<close].lastIndex(of: UInt8(ascii: "("))
        else { return [] }
        return FoldedWords.of(String(decoding: phrase[(open + 1)..<close], as: UTF8.self))[...]
    }

    /// Whether a label with a colon opens a field: at the start of the text, or capitalised
    /// (`… 30 Nbre de logements mobilisés : 30`), unlike a phrase of prose (`pendant toute
    /// la durée de l'accompagnement : …`).
    private func startsField(_ range: Range<Int>, in view: [UInt8]) -> Bool {
        if view[..<range.lowerBound].allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "-") }) { return true }
        let first = String(decoding: view[range.lowerBound..<min(range.upperBound, range.lowerBound + 4)], as: UTF8.self).first
        return first?.isUppercase ?? false
    }

    /// Whether the label is the whole text, give or take white space, colons and stars.
    private func isWhole(_ range: Range<Int>, of view: [UInt8]) -> Bool {
        // `Accès ou maintien ?`: a label asked as a question is whole too.
        let filler = { (byte: UInt8) in
            byte == 0x20 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?")
        }
        return view[..<range.lowerBound].allSatisfy(filler) && view[range.upperBound...].allSatisfy(filler)
    }

    /// `range` without the spaces, colons, stars and semicolons at its edges.
    func trimmed(_ range: Range<Int>, in view: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        let filler = { (byte: UInt8) in byte == 0x20 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: ";") }
        while lower < upper, filler(view[lower]) { lower += 1 }
        while upper > lower, filler(view[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The letters a synonym's pattern gives with their accents.
    private static let accented: [Character: String] = [
        "a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]",
    ]

    /// A synonym as a pattern: any case and accents, flexible spaces, `/` and apostrophes.
    static func pattern(for synonym: String) -> String {
        let characters = Array(synonym)
        var pattern = ""
        var index = 0
        while index < characters.count {
            var character = characters[index]
            index += 1
            // ` / ` is read as `/`, which allows any spacing.
            if character == " ", index + 1 < characters.count, characters[index] == "/", characters[index + 1] == " " {
                character = "/"
                index += 2
            }
            let base = character.isASCII ? character.lowercased() : Folding.fold(String(character))
            switch character {
            case " ": pattern += #"\s+"#
            case "/": pattern += #"\s*/\s*"#
            case "'", "’": pattern += #"'\s*"#
            case _ where base.count == 1 && accented[Character(base)] != nil: pattern += accented[Character(base)]!
            case _ where character.isLetter || character.isNumber: pattern += String(character)
            default: pattern += "\\" + String(character)
            }
        }
        return pattern
    }
}

import Foundation

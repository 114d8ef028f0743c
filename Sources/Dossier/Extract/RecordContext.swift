import Crypto
import Foundation

/// Everything needed to read one record, and the reading itself.
struct RecordContext {
    let document: Document
    let segment: RecordSegment
    let rules: RuleSet
    let labels: LabelFinder
    /// The bounds the prose patterns run under.
    let patternLimits: MatchLimits
    /// The carrier a brochure's table of contents gives this section.
    var contentsCarrier: (InlineText, Range<Int>)?
    /// Reads carrier lists.
    let organisations = Organisations()

    init(document: Document, segment: RecordSegment, rules: RuleSet, labels: LabelFinder, patternLimits: MatchLimits = .standard) {
        self.document = document
        self.segment = segment
        self.rules = rules
        self.labels = labels
        self.patternLimits = patternLimits
    }

    /// A value's text, where it is, and what found it.
    struct Candidate {
        var text: String
        var evidence: Evidence
        var perYear: Bool
        /// The unit the label gives a bare number in (`Coût (en euros)`).
        var unit: LabelUnit?
        /// Whether the label asks for a cost per household (`Coût par ménage et par an`).
        var perHousehold = false
        /// The mode a choice label's value picks (`Nouvel arrivant ou locataire en place :
        /// Locataire en place`), where the value alone names none.
        var chosenMode: ProjectRecord.Mode?
        /// Whether a last-resort pattern found it: it completes no other value.
        var lastResort = false
        /// Whether its count must name what it counts: under a label that names no dwelling
        /// (`Places : 12 par séance` of a workshop, `Places : 24 danseurs`; not `Combien de
        /// places ?` over `… 8 appartements …`).
        var namesWhatItCounts = false
    }

    func record() -> ProjectRecord {
        var record = ProjectRecord(
            id: identifier(), kind: segment.kind, layout: segment.layout, file: document.source.name,
            sha256: document.source.sha256, section: segment.section, sectionAsWritten: segment.sectionAsWritten, span: segment.span
        )
        if segment.kind == .indexRow {
            let cells = segment.indexCells.map(\.text) + Array(repeating: "", count: max(0, 4 - segment.indexCells.count))
            record.index = ProjectRecord.IndexEntry(number: cells[0], localisation: cells[1], organisation: cells[2], page: cells[3])
            return record
        }
        let text = RecordText(segment)
        let (labelled, glued) = labelCandidates(in: text)
        let pool = CandidatePool(text: text, labelled: labelled, gluedLabels: glued)
        record.diagnostics += limitDiagnostics(pool.labelled)
        readHead(into: &record, pool: pool)
        // Labels first; the prose phrases only add up when no label gives the mode.
        record.mode = first(pool.labelled[.mode], into: &record.alternatives, key: "mode") {
            // (An answer that picks both of a choice label's options says both, whatever words
            // it uses: `Entrant ou déjà locataire : Entrée et maintien`.)
            $0.chosenMode == .accessAndMaintenance ? $0.chosenMode : ModeReader.answer($0.text) ?? $0.chosenMode
        } ?? optionsNoteMode(text) ?? titleMode(record.title) ?? proseMode(patternCandidates(.mode, in: pool))
        record.households = choose(
            .households, in: pool, into: &record.alternatives, key: "households", weight: RecordContext.householdsWeight, proseWeight: RecordContext.proseCountWeight
        ) {
            RecordContext.count($0, of: Quantities.householdNouns)
        }
        record.housingUnits = choose(
            .housingUnits, in: pool, into: &record.alternatives, key: "housing_units", weight: RecordContext.dwellingsWeight, proseWeight: RecordContext.proseDwellingsWeight
        ) {
            RecordContext.count($0, of: Quantities.housingNouns)
        }
        record.duration = choose(.duration, in: pool, into: &record.alternatives, key: "duration", weight: RecordContext.durationWeight) {
            Durations.parse($0.text, unit: $0.unit)
        }
            .map { chosen in
                // The periods read by the same rule: among the labels, or else the patterns.
                let labelled = pool.labelled[.duration] ?? []
                return mergedPeriods(chosen, labelled.contains { $0.evidence.rule == chosen.evidence.rule } ? labelled : patternCandidates(.duration, in: pool))
            }
        // A label of a cost per household gives no cost of its own, only that side of another.
        let readCost = { (candidate: Candidate) in
            candidate.perHousehold ? nil : CostReader.read(candidate.text, perYearLabel: candidate.perYear, unit: candidate.unit)
        }
        let chosenCost = choose(.cost, in: pool, into: &record.alternatives, key: "cost", weight: RecordContext.costWeight, readCost)
        // With no cost told otherwise than by a last resort, a funding line that opens with the
        // whole sum before its funders (`Financement | 143 015 € sur 3 ans ; FNAVDL à hauteur de
        // 55 %, …`) gives the cost.
        if chosenCost.map({ isLastResort($0.evidence, of: .cost, in: pool) }) ?? true, let funded = fundingTotal(in: pool, read: readCost) {
            record.cost = funded
        } else if let chosen = chosenCost {
            // A side taken from another label or phrase keeps its evidence among the alternatives.
            // (A last resort completes only the value it carries on, on the next line: `47 219 €
            // pour un exercice,` then `soit 141 657 € au bout des trois exercices`.)
            let carriesOn = { (other: Candidate) in
                chosen.evidence.text.hasSuffix(",") && other.evidence.span.start.line == chosen.evidence.span.end.line + 1
            }
            var (cost, completion) = completedCost(
                chosen, others: { (pool.labelled[.cost] ?? []) + patternCandidates(.cost, in: pool).filter { !$0.lastResort || carriesOn($0) } },
                read: readCost
            )
            if cost.value.perHousehold == nil, let label = pool.labelled[.cost]?.first(where: \.perHousehold),
               let read = CostReader.read(label.text, unit: label.unit)
            {
                cost.value.perHousehold = read.perHousehold ?? read.perYear ?? read.total
                completion.append(label.evidence)
            }
            if !completion.isEmpty {
                let kept = record.alternatives["cost"] ?? []
                record.alternatives["cost"] = (kept + completion.filter { !kept.contains($0) }).sorted { $0.span.bytes.lowerBound < $1.span.bytes.lowerBound }
            }
            record.cost = cost
        }
        if record.duration == nil, let cost = record.cost, let months = RecordContext.monthsCovered(by: cost.value) {
            // With no length told, a total that is whole years of the yearly cost (`109 749 €,
            // soit 36 583 € chaque année`) tells how long the project runs, less surely.
            var evidence = cost.evidence
            evidence.rule = "duration.cost-ratio"
            evidence.confidence = 0.3
            record.duration = Found(value: Duration(months: months), evidence: evidence)
        }
        record.contacts = contacts(pool.labelled[.contacts] ?? [], text: pool.text, organisations: (record.carriers + record.partners).map(\.value))
        let funding = { (candidates: [Candidate]) in
            candidates.compactMap { candidate in FundingReader.read(candidate.text).map { Found(value: $0, evidence: candidate.evidence) } }
        }
        record.funding = funding(pool.labelled[.funding] ?? [])
        if record.funding.isEmpty { record.funding = funding(patternCandidates(.funding, in: pool)) }
        record.diagnostics += pool.findings.diagnostics
        return record
    }

    /// The cost a funding line gives when it opens with the whole sum before its funders'
    /// shares, less surely than a cost's own label or phrase.
    private func fundingTotal(in pool: CandidatePool, read: (Candidate) -> ProjectRecord.Cost?) -> Found<ProjectRecord.Cost>? {
        guard let candidate = pool.labelled[.funding]?.first(where: { CostReader.opensWithAllFunds($0.text) }),
              let cost = read(candidate)
        else { return nil }
        var evidence = candidate.evidence
        evidence.rule = "cost.funding-total"
        evidence.confidence *= 0.8
        return Found(value: cost, evidence: evidence)
    }

    /// Whether a last-resort pattern of `field` found the value at `evidence`.
    private func isLastResort(_ evidence: Evidence, of field: RulePack.Field, in pool: CandidatePool) -> Bool {
        patternCandidates(field, in: pool).contains { $0.lastResort && $0.evidence == evidence }
    }

    /// The months a cost's total covers at its yearly rate, when the total is one and a half
    /// to five years of it, in whole or half years, to the yearly figure's rounding (half a
    /// euro a year).
    static func monthsCovered(by cost: ProjectRecord.Cost) -> Int? {
        guard let total = cost.total, let yearly = cost.perYear, yearly > 0, total > yearly else { return nil }
        for halfYears in 3...10 where abs(yearly * Decimal(halfYears) / 2 - total) <= Decimal(halfYears) / 4 {
            return halfYears * 6
        }
        return nil
    }

    // MARK: Head: title, carriers, territory, year

    private func readHead(into record: inout ProjectRecord, pool: CandidatePool) {
        if let title = headTitle() {
            record.title = title
        } else if pool.labelled[.title, default: []].isEmpty, let name = boxName(in: pool.text) {
            record.title = name
        } else {
            // (The calls the prose names are read once, and only for a record with a title to check.)
            var calls: Set<[String]>?
            record.title = choose(.title, in: pool, into: &record.alternatives, key: "title") { candidate in
                // (A landlord's name under `Dénomination` is the applicant's, not the project's,
                // also with its kind in parentheses, `Scorff Habitat (office public de l'habitat)`;
                // a clause in lowercase to its period, after a sentence's colon, names nothing:
                // `L'opération relève du maintien : personne ne déménage.`; nor does a table's
                // heading beside `Désignation`, `Quantité`.)
                guard !candidate.text.isEmpty, !Organisations.isLandlordName(RecordContext.withoutClosingAside(candidate.text)),
                      !RecordContext.namesAColumn(candidate.text),
                      !(candidate.text.first?.isLowercase == true && candidate.text.hasSuffix("."))
                else { return nil }
                // (A name in guillemets that a line's end cuts, `le projet « Un toit pour` /
                // `repartir »`, is one name.)
                let name = RecordContext.withoutProgrammeAside((RecordContext.quotedName(in: candidate.text) ?? candidate.text).replacingOccurrences(of: "\n", with: " "))
                if calls == nil { calls = RecordContext.callNames(in: pool.prose) }
                return calls!.contains(FoldedWords.of(name)) ? nil : name
            } ?? boldName() ?? headingThePageNames() ?? ficheTitle() ?? tableHead()?.title ?? pageTitle()
        }
        if !segment.carrierLines.isEmpty {
            let lines = segment.carrierLines
            let text = lines.map(\.text).joined(separator: " ")
            let evidence = evidence(spanning: lines, rule: "carriers.head", confidence: 0.9)
            var (carriers, partners) = organisations.parse(text, index: segment.indexCarriers)
            if let index = segment.indexCarriers {
                let cut = organisations.cut(carriers, in: text, atIndexNames: index)
                carriers = Organisations.parted(cut.carriers, asIndexNames: index)
                partners += cut.partners.filter { !partners.contains($0) }
            }
            record.carriers = carriers.map { Found(value: $0, evidence: evidence) }
            record.partners = partners.map { Found(value: $0, evidence: evidence) }
        } else {
            // Labels, then the brochure's table of contents, then prose patterns.
            // (A table's header row gives a column's heading beside `Bailleur`, `Ménages suivis
            // en 2017`: a figure's name, no organisation's.)
            let read = { (candidates: [Candidate]) in
                candidates.filter { !RecordContext.namesAFigure($0.text) }
                    .map { candidate in (candidate.evidence, self.organisations.parse(candidate.text)) }.filter { !$0.1.carriers.isEmpty }
            }
            var options = read(pool.labelled[.carriers] ?? [])
            if let (content, range) = contentsCarrier {
                let name = String(decoding: content.matchView[range], as: UTF8.self)
                options.append((evidence(content, matchRange: range, rule: "carriers.contents", confidence: 0.8), ([name], [])))
            }
            if options.isEmpty { options = read(patternCandidates(.carriers, in: pool)) }
            if options.isEmpty, let site = publishingLandlord(in: pool) ?? mastheadLandlord(in: pool) { options.append(site) }
            if let best = options.enumerated().min(by: { ($1.element.0.confidence, $0.offset) < ($0.element.0.confidence, $1.offset) })?.element {
                record.carriers = best.1.carriers.map { Found(value: $0, evidence: best.0) }
                record.partners = best.1.partners.map { Found(value: $0, evidence: best.0) }
            }
        }
        // A partners label adds the partners a carrier line did not name.
        if let candidate = pool.labelled[.partners]?.first {
            let known = Set(record.partners.map { Folding.fold($0.value) })
            record.partners += organisations.split(candidate.text).map(Organisations.name)
                .filter { !known.contains(Folding.fold($0)) }
                .map { Found(value: $0, evidence: candidate.evidence) }
        }
        if let place = segment.place {
            let value = place.text
            record.territory = Found(
                value: ProjectRecord.Territory(reading: value),
                evidence: evidence(place, matchRange: 0..<place.matchView.count, rule: "territory.head", confidence: 0.9)
            )
        } else {
            record.territory = choose(.territory, in: pool, into: &record.alternatives, key: "territory") { candidate in
                // A meeting's venue (`Lieu : salle du conseil, mairie de …`, `agence de …`) is
                // no project's territory.
                let words = FoldedWords.of(String(candidate.text.prefix(40)))
                if let first = words.first, RecordContext.venueWords.contains(first) { return nil }
                // Nor a part of a year under a sector's column (`Secteur | 1er semestre`), nor
                // its dates (`27 février, 29 mai`), nor a measure (`Zone surveillée : 180 m de
                // rive`), nor a population (`La ville en bref` over `environ 28 000 habitants`).
                if words.contains(where: RecordContext.partsOfYear.contains)
                    || words.allSatisfy({ $0.allSatisfy(\.isNumber) || $0 == "er" || Quantities.monthNames.contains($0) })
                    || (words.first?.allSatisfy(\.isNumber) == true && words.dropFirst().first.map(RecordContext.measures.contains) == true)
                    || (words.contains("habitants") && words.drop(while: { ["environ", "pres", "de", "plus", "quelque"].contains($0) }).first?.allSatisfy(\.isNumber) == true)
                {
                    return nil
                }
                // Nor a table's heading beside `Où` (`| Heure | Où | Quoi |`), nor a street's
                // address (`Lieux : rue des Tanneurs, …` above `Commune : Saint-Dizier (52)`).
                if RecordContext.namesAColumn(candidate.text) || words.first.map(RecordContext.streetWords.contains) == true { return nil }
                // Nor a web address (`Site du club : goban-armagnac.example.fr – …`).
                if let first = candidate.text.split(separator: " ").first, first.count > 4, first.dropLast().contains("."),
                   first.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "/" || $0 == ":" })
                {
                    return nil
                }
                // Nor a spot told in small letters, whatever a building's letter
                // (`Où : sur la pelouse derrière le bâtiment C, …`).
                if candidate.text.first?.isLowercase == true, !candidate.text.contains(where: \.isNumber),
                   !candidate.text.split(separator: " ").contains(where: { $0.first?.isUppercase == true && $0.filter(\.isLetter).count >= 2 })
                {
                    return nil
                }
                // A place is named with a capital or a code: an audit's `Périmètre : conventions,
                // pièces de dépense, …` names none, nor a funder's share (`Ville de Sedan : 8 %`).
                guard candidate.text.contains(where: { $0.isUppercase || $0.isNumber }), !candidate.text.contains(where: { $0 == "%" || $0 == "€" }) else { return nil }
                // A count of dwellings before their place (`Où ? 12 logements réservés à
                // Capesterre-Belle-Eau`) gives the place.
                let territory = ProjectRecord.Territory(reading: RecordContext.placeAfterACount(candidate.text))
                // A list of capitalised words read as places only when it names a département.
                if candidate.evidence.rule.hasSuffix("department"), territory.departments.isEmpty { return nil }
                // `Presqu'île Habitat (OPH)` is no place: what a place puts in parentheses is
                // its département, its towns (`Métropole de Lille (Lille, Roubaix)`) or its
                // population (`Mortagne-au-Perche (4 050 habitants)`).
                let parenthesis = candidate.text.hasSuffix(")") && ProjectRecord.Territory.population(in: candidate.text) == nil
                    ? candidate.text.split(separator: "(").last ?? "" : ""
                return territory.departments.isEmpty && !parenthesis.isEmpty && !parenthesis.contains(",") ? nil : territory
            } ?? tableHead()?.place
            // Towns listed without their département take the codes of a département line
            // (`Communes : Lure, Roye` under `Département : Haute-Saône (70)`), a candidate not
            // chosen and so already among the alternatives with its evidence.
            if var found = record.territory, found.value.departments.isEmpty,
               let codes = pool.labelled[.territory]?.lazy
                .filter({ $0.evidence.rule == RecordContext.departmentLabel })
                .map({ Departments.codes(in: $0.text) }).first(where: { !$0.isEmpty }) {
                found.value.departments = codes
                record.territory = found
            }
        }
        if let year = segment.year, let number = Int(year.text) {
            record.year = Found(value: number, evidence: evidence(year, matchRange: 0..<year.matchView.count, rule: "year.head", confidence: 0.9))
        }
    }

    /// Words that head a table's columns beside a label's (`| Heure | Où | Quoi |`,
    /// `Désignation  Quantité  Prix unitaire HT`), folded.
    private static let columnWords: Set<String> = [
        "quoi", "qui", "quand", "comment", "combien", "pourquoi", "heure", "horaire", "horaires", "date", "dates", "quantite", "quantites",
        "prix", "montant", "montants", "total", "unite", "reference",
    ]

    /// Whether a label's value is one word that heads a table's column (``columnWords``).
    private static func namesAColumn(_ value: String) -> Bool {
        columnWords.contains(Folding.fold(value.trimmingSpaces))
    }

    /// The folded first words of a street's address.
    private static let streetWords: Set<String> = ["rue", "avenue", "boulevard", "bd", "allee", "impasse", "chemin", "quai", "route", "square", "cours"]

    /// The parts of a year a calendar heads its columns with, folded.
    private static let partsOfYear: Set<String> = ["semestre", "trimestre", "quadrimestre"]

    /// What follows the last ` à ` of a value that opens with a count, when a capital opens it
    /// (`12 logements réservés à Capesterre-Belle-Eau`), or the value.
    private static func placeAfterACount(_ value: String) -> String {
        guard value.first?.isNumber == true, let at = value.range(of: " à ", options: .backwards),
              value[at.upperBound...].first?.isUppercase == true
        else { return value }
        return String(value[at.upperBound...])
    }

    /// Units of length and area, folded: a value that opens with one measured is no place.
    private static let measures: Set<String> = ["m", "km", "metres", "kilometres", "ha", "hectares", "m2"]

    /// The unit of a budget's bare numbers.
    private static let euros = LabelUnit("€")

    /// The rule of a form's département line.
    private static let departmentLabel = "territory.label.department"

    private func headTitle() -> Found<String>? {
        guard let first = segment.titleLines.first, let last = segment.titleLines.last else { return nil }
        let pieces = segment.titleLines.map { line in
            String(decoding: line.content.utf8[line.titleStart..<(line.titleEnd ?? line.content.utf8.count)], as: UTF8.self)
        }
        let title = pieces.joined(separator: " ").trimmingSpaces
        guard !title.isEmpty else { return nil }
        let start = first.content.decodedRange(ofText: first.titleStart..<first.content.utf8.count).lowerBound
        let end = last.titleEnd.map { last.content.decodedRange(ofText: last.titleStart..<$0).upperBound } ?? last.content.decodedRange?.upperBound ?? start
        return Found(value: title, evidence: evidence(decoded: start..<max(start, end), rule: "title.head", confidence: 0.9))
    }

    /// The first row of a one-project page's first table, when it holds a text alone (a header
    /// across the table: the title, not a sentence that ends in a point) or a text and a place
    /// that names its département.
    private func tableHead() -> (title: Found<String>, place: Found<ProjectRecord.Territory>?)? {
        guard segment.layout == .document, let table = segment.blocks.first(where: { $0.kind == .table }), let row = table.rows.first else { return nil }
        let cells = row.cells.filter { !$0.content.isEmpty }
        // A title beside a place is in capitals, as a monograph's head (`DES CLÉS POUR DEMAIN`).
        let departments = cells.count == 2 && cells[1].text.count <= 60 && !cells[0].text.contains(where: \.isLowercase)
            ? Departments.codes(in: cells[1].text) : []
        // (A header across a table has rows under it: a lone cell is a form field's label.)
        // (A figure is no name: `38` over its caption, a page's key figure.)
        guard let first = cells.first, (cells.count == 1 && table.rows.count >= 2) || !departments.isEmpty,
              first.text.count <= 120, first.text.contains(where: \.isLetter), !first.text.contains(":"), !first.text.hasSuffix("."),
              !RecordContext.namesTheForm(first.text)
        else { return nil }
        let title = Found(value: first.text, evidence: evidence(first.content, matchRange: 0..<first.content.matchView.count, rule: "title.table-head", confidence: 0.7))
        guard !departments.isEmpty else { return (title, nil) }
        let place = cells[1].content
        return (title, Found(
            value: ProjectRecord.Territory(value: place.text, departments: departments),
            evidence: evidence(place, matchRange: 0..<place.matchView.count, rule: "territory.table-head", confidence: 0.7)
        ))
    }

    /// A call for projects named in guillemets (`l'appel à projets « … »`, `au titre du
    /// programme national « 10 000 logements … »`): after `programme`, a name with a figure or
    /// of housing (a project may call itself a programme: `le programme « Sortir de l'hôtel »,
    /// retenu par l'appel à projets …`); anywhere, a name that counts dwellings (`le dossier
    /// « 10 000 logements HLM accompagnés »`).
    private static let callName = Regex.builtIn(
        #"(?|\bappel\s+à\s+projets?\s+(?:national\s+)?«\s*(?<name>[^»\n]{2,80}?)\s*»|\bprogramme\s+(?:national\s+)?«\s*(?<name>[^»\n]{0,80}?(?:\d|\blogement)[^»\n]{0,80}?)\s*»|«\s*(?<name>[^»\n]{0,20}?\d[\d\s]*\s+logements\b[^»\n]{0,60}?)\s*»)"#,
        options: .caseless
    )

    /// The folded words of the calls for projects that `prose` names: a call's name is no
    /// project's title (`Projet « … »` under a page's heading names the call it answers).
    static func callNames(in prose: ValueText) -> Set<[String]> {
        Set(prose.matches(of: callName).compactMap { $0[named: "name"].map { FoldedWords.of(prose.string($0)) } })
    }

    /// The name in guillemets that opens a title's value (`« Chez soi : un bail »`), after a
    /// short reference at most (`n° 61-2016-04, « … »`), and that more words may follow
    /// (`« Clé en main », Herbasse Habitat et …`): the title, without its guillemets nor what
    /// the value says beside it; a subtitle after a colon, or after a dash when it opens in
    /// lowercase, is the title's (`« Bien chez soi » : accès et maintien accompagnés`, `« Premiers
    /// pas chez soi » – accompagner les mères seules …`).
    static func quotedName(in value: String) -> String? {
        guard let open = value.firstIndex(of: "«"), value.distance(from: value.startIndex, to: open) <= 24,
              let close = value[open...].firstIndex(of: "»")
        else { return nil }
        if open > value.startIndex, !value[..<open].contains(where: \.isNumber) { return nil }
        let name = value[value.index(after: open)..<close].trimmingSpaces
        guard !name.isEmpty else { return nil }
        let after = value[value.index(after: close)...].trimmingSpaces
        if let mark = after.first, [":", "–", "—"].contains(mark), case let subtitle = after.dropFirst().trimmingSpaces,
           !subtitle.isEmpty, subtitle.count <= 60, !subtitle.contains(":"), !subtitle.contains("«"),
           mark == ":" || subtitle.first?.isLowercase == true
        {
            return name + " \(mark) " + subtitle
        }
        return name
    }

    /// Whether a cost label's folded words ask for the cost of one household (`par ménage`,
    /// `pour chaque famille`, `rapporté à un ménage`), or of one support (`Coût d'un suivi annuel`).
    static func asksPerHousehold(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { pair in
            ["par", "chaque", "un", "une"].contains(pair.0) && (RecordContext.householdUnits.contains(pair.1) || RecordContext.supportUnits.contains(pair.1))
        }
    }

    /// Whether a cost label's folded words price one thing that is no household, no year and
    /// no part of the project (`Coût moyen d'une nuitée d'hôtel évitée`, `Prix d'un repas`):
    /// its amount is a comparison, not the project's cost.
    private static func pricesOneThing(_ words: [String]) -> Bool {
        words.indices.dropFirst().dropLast().contains { index in
            words[index - 1] == "d" && ["un", "une"].contains(words[index])
                && !householdUnits.contains(words[index + 1]) && !projectUnits.contains(words[index + 1])
        }
    }

    /// Whether a cost label's folded words give the budget of a body or of works, not of the
    /// project (`Budget annuel de la médiathèque`, `Budget de fonctionnement de l'association`,
    /// `Montant des travaux`).
    private static func budgetsAnother(_ words: [String]) -> Bool {
        words.indices.dropFirst().contains { index in
            guard bodies.contains(words[index]) else { return false }
            // `de la médiathèque`, `d'une association`, `du club`.
            let before = words[..<index].suffix(2)
            return ["de", "du", "d", "des"].contains(before.last ?? "")
                || (before.count == 2 && ["la", "l", "le", "une", "un"].contains(before.last ?? "") && ["de", "d"].contains(before.first ?? ""))
        }
    }

    /// Folded nouns of the bodies whose own budget a document may give beside the project's,
    /// and of works (`Montant des travaux`, `Coût du chantier`), which no project of the
    /// programme pays.
    private static let bodies: Set<String> = [
        "mediatheque", "bibliotheque", "association", "structure", "ccas", "commune", "ville", "mairie", "club", "college", "ecole",
        "musee", "federation", "societe", "entreprise", "cooperative", "paroisse", "amicale", "comite", "travaux", "chantier",
    ]

    /// Folded nouns of the project, its years and its parts, as a cost label counts them.
    private static let projectUnits: Set<String> = [
        "an", "annee", "exercice", "projet", "action", "operation", "accompagnement", "dispositif", "poste", "etp", "mesure", "suivi",
    ]

    /// Whether a duration label's folded words date a report rather than the project
    /// (`Période examinée`, `Période couverte par le bilan`, `… du compte rendu`).
    static func datesAReport(_ words: [String]) -> Bool {
        words.contains { word in ["examin", "rapport", "bilan"].contains(where: word.hasPrefix) }
            || zip(words, words.dropFirst()).contains { $0 == "compte" && $1 == "rendu" }
    }

    /// Whether a text opens with the name of a figure and names nothing with a capital after
    /// it (`Ménages suivis en 2017`, `Coût total`), unlike an organisation (`Logements du Lac
    /// Genin`).
    private static func namesAFigure(_ text: String) -> Bool {
        guard FoldedWords.of(String(text.prefix(20))).first.map(figureHeadWords.contains) == true else { return false }
        return !text.split(separator: " ").dropFirst().contains { $0.first?.isUppercase == true }
    }

    /// The folded words that open the name of a figure.
    private static let figureHeadWords: Set<String> = [
        "menages", "logements", "familles", "personnes", "jeunes", "nombre", "cout", "budget", "duree", "montant", "entrees", "sorties",
        "somme", "part", "fraction", "pourcentage", "taux",
    ]

    /// The folded words that open a meeting's venue rather than a place (`salle`, `agence`).
    private static let venueWords: Set<String> = ["salle", "salles", "agence", "siege", "bureau", "bureaux", "locaux", "mairie", "amphitheatre", "auditorium"]

    /// What a cost per household is counted by, folded.
    private static let householdUnits: Set<String> = ["menage", "personne", "famille", "foyer", "locataire", "jeune", "beneficiaire", "logement", "patient"]

    /// One household's support, as a cost label prices it (`Coût d'un suivi annuel`, `Coût par
    /// accompagnement`), folded.
    private static let supportUnits: Set<String> = ["suivi", "accompagnement", "mesure"]

    /// Whether a table's head names the kind of document or a numbered part of it rather than
    /// the project (`Fiche d'identité du projet`, `Synthèse`, a form's `1. Les structures`).
    private static func namesTheForm(_ head: String) -> Bool {
        if let first = head.split(separator: " ").first, (2...3).contains(first.count), first.hasSuffix("."), first.dropLast().allSatisfy(\.isNumber) {
            return true
        }
        let words = FoldedWords.of(head).filter { !["le", "la", "les", "l", "du", "de", "d"].contains($0) }
        guard let first = words.first else { return false }
        return ["fiche", "synthese", "recapitulatif", "resume", "presentation", "identite", "projet"].contains(first)
    }

    /// A one-project page's title: its only first-level heading (`<h1>`, `# …`), when short
    /// and no label and value (`Contact :`, `Durée : 3 ans`); a title may have a colon before
    /// a phrase of its own (`Impayés : rester en lien pour éviter l'expulsion`). A page with
    /// no first-level heading (a CMS that gives its article an `<h2>`) has its title in the
    /// first heading, when it is the only one of its level, heads the others and has a few
    /// words (not a rubric such as `Contact`).
    private func pageTitle() -> Found<String>? {
        guard segment.layout == .document else { return nil }
        let headings = segment.blocks.compactMap { block -> (level: Int, content: InlineText)? in
            if case .heading(let level) = block.kind { return (level, block.content) } else { return nil }
        }
        guard let top = headings.map(\.level).min() else { return nil }
        let tops = headings.filter { $0.level == top }
        guard tops.count == 1, let heading = tops.first?.content, !heading.isEmpty, heading.text.count <= 120,
              top == 1 || (headings.first?.level == top && heading.text.split(separator: " ").count >= 3)
        else { return nil }
        return RecordContext.headingName(heading.text).map { name in
            Found(value: RecordContext.withoutPlaceTail(name), evidence: evidence(heading, matchRange: 0..<heading.matchView.count, rule: "title.page-heading", confidence: 0.6))
        }
    }

    /// The project's name a page's heading gives: the one name in guillemets after a rubric and
    /// its colon (`Retour d'expérience : « La clé dès la sortie » à Wittelsheim`; `Un
    /// accompagnement « cousu main » dans …` quotes words of its own title); the name before a
    /// news update's words (`Première clé : où en est-on ?`, `… – point d'étape`); else the
    /// heading, unless a colon ends it with fewer than three words or with a figure.
    private static func headingName(_ text: String) -> String? {
        if let open = text.firstIndex(of: "«"), text[..<open].contains(":"), let close = text[open...].firstIndex(of: "»"),
           !text[close...].dropFirst().contains("«"),
           case let name = text[text.index(after: open)..<close].trimmingSpaces, !name.isEmpty
        {
            return String(name)
        }
        if let name = nameBeforeUpdate(text) { return name }
        if let colon = text.lastIndex(of: ":") {
            let after = text[text.index(after: colon)...]
            guard after.split(separator: " ").count >= 3, !after.contains(where: \.isNumber) else { return nil }
        }
        return text
    }

    /// The name before a colon or a dash when what follows says the text is a news update
    /// (`où en est-on ?`, `point d'étape`, `le point à mi-parcours`, `des chiffres revus à la
    /// hausse`, `premier bilan`) or opens by speaking of the project itself (`: notre projet
    /// anti-expulsions à Briançon`, `: l'opération de Tulle`), else nil. Without a colon or a
    /// dash, the last comma parts the name from a revision's words (`Toit d'Alizé, le projet
    /// amendé`, `…, version revue`).
    static func nameBeforeUpdate(_ heading: String) -> String? {
        if let mark = heading.subtitleMark() {
            let words = FoldedWords.of(String(heading[mark.upperBound...]))
            let aboutTheProject = words.count >= 2 && projectDeterminers.contains(words[0]) && projectNouns.contains(words[1])
            return name(before: mark, in: heading, if: aboutTheProject || says(words, oneOf: updateWords))
        }
        guard let comma = heading.range(of: ", ", options: .backwards) else { return nil }
        return name(before: comma, in: heading, if: says(FoldedWords.of(String(heading[comma.upperBound...])), oneOf: revisionWords))
    }

    /// The heading before `mark`, of two words at least, when `condition` holds.
    private static func name(before mark: Range<String.Index>, in heading: String, if condition: Bool) -> String? {
        let name = heading[..<mark.lowerBound].trimmingSpaces
        guard condition, name.split(separator: " ").count >= 2 else { return nil }
        return String(name)
    }

    /// Whether folded `words` hold one of `phrases` (folded words joined by spaces).
    private static func says(_ words: [String], oneOf phrases: [String]) -> Bool {
        let text = " " + words.joined(separator: " ") + " "
        return phrases.contains { text.contains(" \($0) ") }
    }

    /// Folded determiners and nouns that open a subtitle about the project itself (`notre
    /// projet`, `l'opération`, `cette action`).
    private static let projectDeterminers: Set<String> = ["notre", "le", "l", "la", "cette", "cet", "ce", "leur", "son", "sa"]
    private static let projectNouns: Set<String> = ["projet", "operation", "action", "dispositif", "experimentation"]

    /// Folded words that say a heading's end announces a news update.
    private static let updateWords = [
        "ou en est", "point d etape", "le point", "bilan", "mise a jour", "revus", "revues", "revoit", "ajuste", "actualise",
        "nouvelles", "mi parcours", "avancement", "premiers resultats", "un an apres", "apres un an", "ses chiffres",
    ]

    /// Folded words that, after a comma, say a heading's end tells of a revision (`Toit
    /// d'Alizé, le projet amendé`, `Une clé au cirque, version revue`).
    private static let revisionWords = [
        "version revue", "nouvelle version", "le projet amende", "le dossier boucle", "deuxieme acte", "second acte",
    ]

    /// A heading's name without the place that a comma adds after it (`La Dore pour voisine, à
    /// Courpière`: `La Dore pour voisine`; `…, dans les Côtes-d'Armor`); a place inside the
    /// name (`Un toit à Courpière`) stays.
    static func withoutPlaceTail(_ name: String) -> String {
        guard let match = try? placeTail.firstMatch(in: name) else { return name }
        return String(decoding: name.utf8.prefix(match.range.lowerBound), as: UTF8.self).trimmingSpaces
    }

    private static let placeTail = Regex.builtIn(#",\s+(?:(?:à|au|aux|en)\s+|dans\s+(?:(?:le|la|les)\s+|l['’]))\p{Lu}[\p{L}'’-]*(?:[\s-]+(?:\p{Lu}[\p{L}'’-]*|sur|lès|les|le|la|de|du|des|en|d'))*\s*$"#)

    /// A name without the parenthesis that closes it (`Scorff Habitat (office public de
    /// l'habitat)`: `Scorff Habitat`).
    private static func withoutClosingAside(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex else { return name }
        return String(name[..<open]).trimmingSpaces
    }

    /// `name` without a last parenthesis that names the programme, nor the emphasis marks left
    /// before it (`*Valises posées* (programme « 10 000 logements Hlm accompagnés »)`).
    private static func withoutProgrammeAside(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex,
              namesTheProgramme(String(name[open...]))
        else { return name }
        return String(name[..<open].trimmingSpaces.trimmingCharacters(in: ["*", "_", " "]))
    }

    /// A fiche's title: the heading right after a `FICHE PROJET` heading, or after a first
    /// heading that names the fiche otherwise (`Fiche d'expérience`, `Fiche action`,
    /// `Programme « … » – fiche de capitalisation`; further down, `Fiche technique` heads a
    /// part of a page). A first heading may give the name after a dash (`Fiche projet – Le
    /// trait d'union`), unless what follows names a place or the programme (`Fiche
    /// d'opération – Ariège`, `Fiche action — Programme 10 000 …`, `Fiche action – Langres`
    /// over `Lieu : Langres (52)`, a land's one word over a longer heading). Headings that
    /// name the programme (`Programme « 10 000 logements HLM accompagnés »`) are passed over,
    /// and a place after a dash (`Le Relais du Bocage – Bressuire (79)`) is left out of the
    /// name.
    private func ficheTitle() -> Found<String>? {
        let headings = segment.blocks.filter { if case .heading = $0.kind { return true } else { return false } }.map(\.content)
        // (A first heading that names the call, `Appel à projets « 10 000 logements … »`, leaves
        // the fiche's own heading first.)
        let lead = headings.firstIndex { !RecordContext.namesTheProgramme($0.text) || RecordContext.beforeDash($0.text).rest != nil } ?? 0
        guard let marker = headings.indices.first(where: { index in
            let (name, rest) = RecordContext.ficheParts(headings[index].text)
            let words = FoldedWords.of(name)
            if words == ["fiche", "projet"] || (index == lead && words.first == "fiche" && words.count <= 3) { return true }
            // `Programme « 10 000 logements … » – fiche de capitalisation`
            let after = rest.map(FoldedWords.of) ?? []
            return index == lead && after.first == "fiche" && after.count <= 3 && RecordContext.namesTheProgramme(name)
        }) else { return nil }
        let found = { (heading: InlineText, name: String) in
            Found(value: RecordContext.withoutPlaceTail(name), evidence: self.evidence(heading, matchRange: 0..<heading.matchView.count, rule: "title.fiche-heading", confidence: 0.8))
        }
        let (_, rest) = RecordContext.ficheParts(headings[marker].text)
        let next = headings[(marker + 1)...].first { !RecordContext.namesTheProgramme($0.text) }
        // (One word after the dash, over a heading of three words or more, names a land:
        // `Fiche d'opération – Ténarèze`, then `UN BAIL POUR REPARTIR`.)
        let namesALand = rest.map { FoldedWords.of($0).count == 1 } == true && next.map { FoldedWords.of($0.text).count >= 3 } == true
        if let rest, !RecordContext.namesPlaceOrProgramme(rest), !RecordContext.namesTheProgramme(rest), !RecordContext.namesAKindOfFiche(rest),
           FoldedWords.of(rest).first != "fiche", !writesAsPlace(rest), !namesALand
        {
            return found(headings[marker], rest)
        }
        guard let heading = next else { return nil }
        let (name, place) = RecordContext.beforeDash(heading.text)
        return found(heading, place.map(RecordContext.namesPlaceOrProgramme) == true ? name : heading.text)
    }

    /// Whether the record writes `name` elsewhere as a place with its département, alone or
    /// first of a list (`Fiche action – Langres`, then `Lieu : Langres (52)`; `Fiche opération
    /// – Gap`, then `Territoire : Gap et Veynes (Hautes-Alpes)`).
    private func writesAsPlace(_ name: String) -> Bool {
        segment.blocks.contains { block in
            let text = block.content.text
            guard let found = text.range(of: name), text[found.upperBound...].first.map({ $0 == " " || $0 == "," }) == true,
                  let open = text[found.upperBound...].prefix(40).firstIndex(of: "("),
                  !text[found.upperBound..<open].contains(where: { ".:;".contains($0) }),
                  let close = text[open...].prefix(30).firstIndex(of: ")")
            else { return false }
            return !Departments.codes(in: String(text[open...close])).isEmpty
        }
    }

    /// A web page's project named in bold (`l'action <strong>Cap sur le canal</strong>`, `Le
    /// projet s'appelle <strong>…</strong>`, `<strong>Premiers pas sur le quai</strong> est
    /// porté par …`, `…, montée par`, `portent ensemble <strong>…</strong>`), or in bold words
    /// the headline repeats (`À Valenton, la Première volée change de dimension`), over a
    /// headline that tells the news: the first such bold words of a paragraph or a list item,
    /// two to eight of them, that read as a name; not a label (bold words before a colon), a
    /// figure, an address, an organisation or a landlord, an association named as such (`l'association
    /// <strong>Les Halages</strong>`), a person (a surname in capitals, a name after a role's
    /// colon). Else the page's only bold name that opens with an article, beside bold figures
    /// (`À Montmorency, <strong>L'Orée des Châtaigniers</strong> n'est plus seulement …`, then
    /// `<strong>17 ménages</strong>`).
    private func boldName() -> Found<String>? {
        guard segment.layout == .document else { return nil }
        let headings = segment.blocks.compactMap { block -> [String]? in
            if case .heading = block.kind { return FoldedWords.of(block.content.text) } else { return nil }
        }
        // Bold names that nothing around says are the project's.
        var names: [Found<String>] = []
        var firstHeadlined: Found<String>?
        for block in segment.blocks {
            switch block.kind {
            case .paragraph, .listItem: break
            default: continue
            }
            let content = block.content
            for range in content.emphases where range.count < content.utf8.count {
                let name = String(decoding: content.utf8[range], as: UTF8.self).trimmingSpaces
                let words = name.split(separator: " ")
                let folded = FoldedWords.of(name)
                guard (1...8).contains(words.count), name.first?.isUppercase == true,
                      !name.contains(where: { $0.isNumber || "@€%:".contains($0) }),
                      !words.contains(where: { word in let letters = word.filter(\.isLetter); return letters.count >= 2 && letters.allSatisfy(\.isUppercase) }),
                      !RecordContext.boldOrganisationWords.contains(folded.first ?? ""), !folded.contains(where: RecordContext.landlordWords.contains)
                else { continue }
                let lead = String(decoding: content.utf8[..<range.lowerBound].suffix(40), as: UTF8.self).trimmingSpaces
                let before = FoldedWords.of(lead)
                let after = FoldedWords.of(String(decoding: content.utf8[range.upperBound...].prefix(30), as: UTF8.self))
                // (`Son nom : …` names the project; `Référente projet : …`, a person; `portent
                // ensemble …` the project carried, not `mené avec …`, a partner.)
                let introduced = before.last.map(RecordContext.namingWords.contains) == true && (!lead.hasSuffix(":") || before.last == "nom")
                    || !lead.hasSuffix(":") && before.last.map(RecordContext.launchingWords.contains) == true
                    || before.suffix(2).first.map(RecordContext.launchingWords.contains) == true && before.last == "ensemble"
                // (`… est porté par`, `…, montée par`.)
                let verb = after.first == "est" ? 1 : 0
                let carried = after.count >= verb + 2 && RecordContext.carryingWords.contains(after[verb]) && after[verb + 1] == "par"
                // (`<strong>La Fontaine du Cians</strong>, l'action que …`.)
                let apposed = after.count >= 2 && RecordContext.apposingDeterminers.contains(after[0]) && RecordContext.projectNouns.contains(after[1])
                // (A headline may fold the name's article into `du`, `des`: `l'action du Fil
                // d'Arroux` for `Le Fil d'Arroux`.)
                let core = folded.count >= 3 && ["le", "la", "les", "l"].contains(folded[0]) ? Array(folded.dropFirst()) : folded
                let headlined = headings.contains { $0.firstRange(of: core) != nil }
                // (Not a partner: `avec <strong>…</strong>`, `l'association <strong>…</strong>`,
                // `<strong>…</strong>, l'association …`, `une intervenante de <strong>…</strong>`.)
                let association = before.last == "association" || after.prefix(3).contains("association")
                let partner = association || before.last.map { ["avec", "de", "d", "et"].contains($0) } == true
                let found = Found(value: name, evidence: evidence(decoded: content.decodedRange(ofText: range), rule: "title.bold-name", confidence: 0.6))
                // (One word is a name only where the text says so: `Le projet s'appelle
                // <strong>Passe-Saône</strong>`; an association's name before `, le projet …`
                // is the partner's, or after `avec`.)
                if introduced || (words.count >= 2 && (carried || apposed && !association && before.last != "avec")) { return found }
                guard words.count >= 2 else { continue }
                // (Bold words the headline repeats yield to a name the text introduces further
                // on: `l'association <strong>La Halte</strong>`, then `Leur projet, <em>Le
                // Palier</em>`.)
                if headlined {
                    if firstHeadlined == nil { firstHeadlined = found }
                    continue
                }
                if !partner, let first = folded.first, ["le", "la", "les", "l", "un", "une"].contains(first) { names.append(found) }
            }
        }
        if let firstHeadlined { return firstHeadlined }
        // (The page's only bold name that opens with an article, once or repeated, beside bold
        // figures: a post that sets its project's name and its revised figures in bold.)
        guard let only = names.first, names.allSatisfy({ $0.value == only.value }) else { return nil }
        let boldFigures = segment.blocks.contains { block in
            block.content.emphases.contains { range in block.content.utf8[range].first.map { (0x30...0x39).contains($0) } == true }
        }
        return boldFigures ? only : nil
    }

    /// The name in guillemets that a notice's box about the project gives as the project's:
    /// the first after a word of launching or of the project (`AU FAIT : … notre office lance
    /// « Le Sas du Pays-Haut »`, `nous ont présenté « … »`) or before `une action`, `l'action`
    /// (`« La Cordée », une action …`), else the first in the box's heading or alone on its line
    /// (`… ACCUEILLE « LE PALIER DU MAGNOAC »`); a name of a few words in capitals, not the
    /// programme's (`« 10 000 logements HLM accompagnés »`), over the names the notice
    /// around gives (its residence's, `« LES COTEAUX »`).
    private func boxName(in text: RecordText) -> Found<String>? {
        guard let box = text.box else { return nil }
        var headed: Found<String>?
        for quoted in RecordContext.quotedNames(in: text, box: box) {
            let name = quoted.name
            let words = FoldedWords.of(name)
            guard name.first?.isUppercase == true, (1...10).contains(words.count), name.count <= 60, !name.contains(where: { "?!".contains($0) }),
                  !words.allSatisfy(RecordContext.programmeWords.contains)
            else { continue }
            let before = FoldedWords.of(quoted.before).suffix(3)
            let after = FoldedWords.of(quoted.after).prefix(5)
            // (`… du programme « Le Pas de deux », que l'office mène avec …`.)
            let introduced = before.contains(where: RecordContext.launchingWords.contains)
                || after.first == "que" && after.contains(where: RecordContext.launchingWords.contains)
            // (`« … », une action …`, `« … », action montée par …`.)
            let apposed = after.count >= 2 && RecordContext.apposingDeterminers.contains(after[after.startIndex])
                && RecordContext.projectNouns.contains(after[after.startIndex + 1])
                || after.first.map(RecordContext.projectNouns.contains) == true
            let heading = quoted.unit == box.lowerBound || (before.isEmpty && quoted.endsLine)
            guard introduced || apposed || (heading && headed == nil) else { continue }
            let found = Found(value: name, evidence: evidence(decoded: quoted.range, rule: "title.box-quoted", confidence: 0.55))
            if introduced || apposed { return found }
            headed = found
        }
        return headed
    }

    /// A name in guillemets in a notice's box, and the words around it.
    private struct QuotedName {
        /// The unit where the name opens.
        var unit: Int
        var name: String
        /// The source range of its words (not the spaces inside the guillemets).
        var range: Range<Int>
        /// The 40 bytes before it, and the 40 after it, on the box's next line too when the
        /// name ends its line (`« L'Envol du Lac », une` then `action d'Oust Lac Habitat`).
        var before: String
        var after: String
        /// Whether nothing follows it on its line.
        var endsLine: Bool
    }

    /// The names in guillemets of a box's units, in order. A name that a line's end cuts
    /// (`« Le Pas de` then `deux », que …`) is one name.
    private static func quotedNames(in text: RecordText, box: Range<Int>) -> [QuotedName] {
        var names: [QuotedName] = []
        for unit in box {
            let content = text.units[unit].content
            let utf8 = content.utf8
            let next = box.contains(unit + 1) ? text.units[unit + 1].content : nil
            var start = 0
            while let open = utf8[start...].firstRange(of: "«".utf8) {
                let before = String(decoding: utf8[..<open.lowerBound].suffix(40), as: UTF8.self)
                let inner: String, range: Range<Int>, rest: ArraySlice<UInt8>
                var after = ""
                if let close = utf8[open.upperBound...].firstRange(of: "»".utf8) {
                    start = close.upperBound
                    let words = RecordContext.wordsRange(open.upperBound..<close.lowerBound, in: utf8)
                    inner = String(decoding: utf8[words], as: UTF8.self)
                    range = content.decodedRange(ofText: words)
                    rest = utf8[close.upperBound...]
                    if rest.count <= 24, let next { after = String(decoding: next.utf8.prefix(40), as: UTF8.self) }
                } else if let next, let close = next.utf8.prefix(40).firstRange(of: "»".utf8) {
                    start = utf8.count
                    let head = RecordContext.wordsRange(open.upperBound..<utf8.count, in: utf8)
                    let tail = RecordContext.wordsRange(0..<close.lowerBound, in: next.utf8)
                    inner = String(decoding: utf8[head], as: UTF8.self) + " " + String(decoding: next.utf8[tail], as: UTF8.self)
                    let lower = content.decodedRange(ofText: head).lowerBound
                    range = lower..<max(lower, next.decodedRange(ofText: tail).upperBound)
                    rest = next.utf8[close.upperBound...]
                } else {
                    break
                }
                guard !inner.isEmpty else { continue }
                names.append(QuotedName(
                    unit: unit, name: inner, range: range, before: before,
                    after: String(decoding: rest.prefix(40), as: UTF8.self) + " " + after, endsLine: rest.allSatisfy { $0 == 0x20 }
                ))
            }
        }
        return names
    }

    /// `range` without the spaces at its edges (the name inside guillemets, `«  L'Envol  »`).
    private static func wordsRange(_ range: Range<Int>, in utf8: [UInt8]) -> Range<Int> {
        let scalars = String(decoding: utf8[range], as: UTF8.self).unicodeScalars
        let lead = scalars.prefix(while: Trimming.isSpace).reduce(0) { $0 + $1.utf8.count }
        let trail = scalars.reversed().prefix(while: Trimming.isSpace).reduce(0) { $0 + $1.utf8.count }
        return (range.lowerBound + lead)..<max(range.lowerBound + lead, range.upperBound - trail)
    }

    /// The determiners of a project named right after a name (`« … », une action`, `« … »,
    /// l'action que nous menons`).
    private static let apposingDeterminers = projectDeterminers.union(["un", "une"])

    /// Words before a name that say it names a project launched or carried (`notre office
    /// lance`, `l'agence mène`, `accueille`, `l'action`).
    private static let launchingWords: Set<String> = [
        "lance", "lancent", "lancera", "lancee", "mene", "menent", "menera", "conduit", "conduisent", "porte", "portent", "pilote", "pilotent",
        "accueille", "accueillent", "accueillera", "ouvre", "ouvrent", "presente", "presentent", "baptise", "baptisee", "nomme", "nommee",
        "appele", "appelee", "intitule", "intitulee", "action", "projet", "dispositif", "operation", "demarche",
    ]

    /// Words right before a name that say it names the project (`l'action`, `le projet`,
    /// `s'appelle`, `baptisé`, `Son nom :`).
    private static let namingWords: Set<String> = [
        "action", "projet", "dispositif", "operation", "demarche", "nom", "appelle", "baptise", "baptisee", "appele", "appelee", "intitule", "intitulee", "nomme", "nommee",
    ]

    /// Words after a name that say who carries the project it names (`est porté par`).
    private static let carryingWords: Set<String> = ["porte", "portee", "mene", "menee", "conduit", "conduite", "monte", "montee"]

    /// Words of a landlord's name (`Marne et Suize Habitat`, `Logis de la Touvre`).
    private static let landlordWords: Set<String> = ["habitat", "logis", "logement", "hlm", "habitations", "residences", "immobiliere"]

    /// First words of bold words that name an organisation or a body, not the project.
    private static let boldOrganisationWords: Set<String> = [
        "association", "office", "commune", "ville", "mairie", "conseil", "departement", "communaute", "region", "comite", "fnavdl", "etat", "caf",
    ]

    /// The heading a web page's `title` names (`Un bail à Melle | Passerelles du Mellois`, over
    /// an `<h1>` of the site's name and one of the post's): the first heading that opens with
    /// one of ``pageParts(ofTitle:)``, of two words at least, and names neither the programme,
    /// nor a figure, nor a fiche; the part alone when the heading goes on past it after a dash
    /// (`Kaz Koudmen – présentation du projet`), else as ``headingName(_:)`` reads it, or whole.
    private func headingThePageNames() -> Found<String>? {
        guard segment.layout == .document, let pageTitle = document.pageTitle else { return nil }
        let named = RecordContext.pageParts(ofTitle: pageTitle).map(FoldedWords.of).filter { $0.count >= 2 }
        guard !named.isEmpty else { return nil }
        for block in segment.blocks {
            guard case .heading = block.kind else { continue }
            let heading = block.content
            let words = FoldedWords.of(heading.text)
            guard let part = named.first(where: { words.starts(with: $0) }), words.first != "fiche",
                  words.firstRange(of: ["10", "000", "logements"]) == nil, !RecordContext.namesAFigure(heading.text)
            else { continue }
            let (name, rest) = RecordContext.beforeDash(heading.text)
            let value = rest != nil && FoldedWords.of(name) == part ? name : RecordContext.headingName(heading.text) ?? heading.text
            return Found(value: value, evidence: evidence(heading, matchRange: 0..<heading.matchView.count, rule: "title.page-title", confidence: 0.7))
        }
        return nil
    }

    /// The landlord a web page's `title` names as its site (``PageSite``), for a page whose text
    /// names no carrier and does not speak as an association (`notre association`).
    private func publishingLandlord(in pool: CandidatePool) -> (Evidence, (carriers: [String], partners: [String]))? {
        guard segment.layout == .document, let title = document.titleElement, let range = PageSite(title: title.text).landlordRange(),
              !pool.prose.containsASCII("notre association", in: 0..<pool.prose.utf8.count)
        else { return nil }
        let name = String(decoding: title.utf8[range], as: UTF8.self)
        return (evidence(decoded: title.decodedRange(ofText: range), rule: "carriers.page-site", confidence: 0.4), ([name], []))
    }

    /// The landlord whose name heads a brochure (`CÉVENNES SOMMIÉROIS HABITAT`, then `LA LETTRE
    /// DES QUARTIERS`): the carrier of a section that names none but `l'office`; a name without
    /// a landlord's word (`SÈVRE GÂTINE FOYERS`) when the section's contact writes from its
    /// domain (`…@sevregatine-foyers.fr`).
    private func mastheadLandlord(in pool: CandidatePool) -> (Evidence, (carriers: [String], partners: [String]))? {
        guard segment.layout == .brochureSection, let masthead = document.blocks.first(where: { !$0.content.isEmpty })?.content else { return nil }
        let name = masthead.text
        let writesFromIt = { (2...5).contains(name.split(separator: " ").count) && Contacts.emails(in: pool.text.joined).contains { Contacts.domainNames($0.email, oneOf: [name]) } }
        guard Organisations.isLandlordName(name) || writesFromIt() else { return nil }
        return (evidence(masthead, matchRange: 0..<masthead.matchView.count, rule: "carriers.masthead", confidence: 0.4), ([masthead.text], []))
    }

    /// The parts of a page's `title` that may name the page, not its site: the title cut at the
    /// first of the separators (` | `, ` – `, ` — `, ` - `, ` · `, ` > `, ` » `, ` :: `) that it
    /// holds, less the last piece, the site's (`Garder son toit | Les Amarres – association
    /// d'entraide`), each piece cut again at the others.
    private static func pageParts(ofTitle title: String) -> [String] {
        let separators = [" | ", " – ", " — ", " - ", " · ", " > ", " » ", " :: "]
        guard let first = separators.first(where: title.contains) else { return [title] }
        let pieces = title.components(separatedBy: first).dropLast()
        return separators.reduce(Array(pieces)) { parts, separator in parts.flatMap { $0.components(separatedBy: separator) } }
    }

    /// Whether a heading's part names a kind of fiche, with its year or number at most
    /// (`Retour d'expérience 2020`, `Bilan`, `Synthèse n° 3`), not a project.
    private static func namesAKindOfFiche(_ text: String) -> Bool {
        let words = FoldedWords.of(text).filter { !$0.allSatisfy(\.isNumber) && $0 != "n" }
        return !words.isEmpty && words.allSatisfy(ficheKindWords.contains)
    }

    /// The folded words of the kinds of fiche (`retour d'expérience`, `bilan`, `synthèse`).
    private static let ficheKindWords: Set<String> = ["retour", "d", "experience", "bilan", "synthese", "capitalisation", "presentation", "session", "edition"]

    /// A fiche's heading before and after its dash, or after the colon of a fiche's kind
    /// (`Fiche action : Un toit après la rue`).
    private static func ficheParts(_ text: String) -> (name: String, rest: String?) {
        let parts = beforeDash(text)
        guard parts.rest == nil, let colon = text.range(of: " : "),
              case let kind = FoldedWords.of(String(text[..<colon.lowerBound])), kind.first == "fiche", kind.count <= 3
        else { return parts }
        let rest = text[colon.upperBound...].trimmingSpaces
        return (String(text[..<colon.lowerBound]), rest.isEmpty ? nil : String(rest))
    }

    /// A heading's text before its first dash (` – `, ` — `, ` - `), and what follows the dash.
    private static func beforeDash(_ text: String) -> (name: String, rest: String?) {
        guard let dash = text.subtitleMark(dashesOnly: true) else { return (text, nil) }
        let rest = text[dash.upperBound...].trimmingSpaces
        return (String(text[..<dash.lowerBound].trimmingSpaces), rest.isEmpty ? nil : String(rest))
    }

    /// Whether a heading names the programme a fiche answers (`Programme « … »`, `« 10 000
    /// logements Hlm accompagnés » – session 2015`, `Appel à projets « 10 000 logements HLM
    /// accompagnés »`, `Dispositif « 10 000 logements HLM accompagnés »`).
    private static func namesTheProgramme(_ text: String) -> Bool {
        if FoldedWords.of(String(text.prefix(24))).first == "programme" { return true }
        var words = FoldedWords.of(beforeDash(text).name)[...]
        if words.starts(with: ["appel", "a"]), words.dropFirst(2).first?.hasPrefix("projet") == true {
            words = words.dropFirst(3).drop { $0 == "national" }
        } else if words.first == "dispositif" {
            words = words.dropFirst()
        }
        return !words.isEmpty && words.allSatisfy(programmeWords.contains)
    }

    /// Whether a heading's part names a place (`Ariège`, `Bressuire (79)`) or the programme's
    /// own words (`Logements accompagnés`) rather than a project.
    private static func namesPlaceOrProgramme(_ text: String) -> Bool {
        let folded = Folding.fold(text)
        if Departments.byName[folded] != nil || Departments.regions[folded] != nil { return true }
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), !Departments.codes(in: String(text[open...])).isEmpty { return true }
        let words = FoldedWords.of(text)
        return !words.isEmpty && words.allSatisfy(RecordContext.programmeWords.contains)
    }

    /// What a figure line's rule weighs on a line that a paragraph wraps: under a prose count's.
    static let wrappedLineWeight = 0.45

    /// The fields whose prose figures a notice's box about the project gives rather than the
    /// notice around it.
    static let boxedFigures: Set<RulePack.Field> = [.households, .housingUnits, .cost, .duration]

    /// The folded words of the programme's name.
    private static let programmeWords: Set<String> = ["10", "000", "logements", "logement", "hlm", "accompagnes", "accompagne"]

    /// How much a length weighs among the others its labels, or else its prose, give. No
    /// project of the programme lasts less than a year, so a shorter length (`suivi
    /// hebdomadaire pendant trois mois`, `Durée moyenne d'un accompagnement : 7 mois`) is most
    /// likely one household's, and weighs half. A length that another place of the text
    /// states again (`118 044 € sur trois ans` and `De septembre 2016 à fin août 2019`) gains
    /// half of each such statement's confidence.
    static func durationWeight(_ found: Found<Duration>, among all: [Found<Duration>]) -> Double {
        guard let months = found.value.months else { return found.evidence.confidence }
        let span = found.evidence.span.bytes
        let restated = all.filter { other in
            other.value.months == months && !other.evidence.span.bytes.overlaps(span)
        }
        let weight = found.evidence.confidence + restated.reduce(0) { $0 + $1.evidence.confidence / 2 }
        return months < 12 ? weight / 2 : weight
    }

    /// How much a count of households or dwellings read in prose weighs among the others: a
    /// count over 500 is rather a landlord's tenants or stock, or a town's people (`1 263
    /// locataires du bailleur`, `1 267 logements dans la Combe`), than a project's, and weighs
    /// half. A count read as a whole yields to the same count that another phrase reads by
    /// the year from the same words (`Chaque année, 8 ménages de la commune sont suivis`), as
    /// sure, or less sure when the whole's reading holds the count alone (`nous
    /// accompagnerons 6 ménages` then `nouveaux locataires chaque année`).
    static func proseCountWeight(_ found: Found<Quantity>, among all: [Found<Quantity>]) -> Double {
        let weight = found.value.max > 500 ? found.evidence.confidence / 2 : found.evidence.confidence
        guard found.value.per != .year else { return weight }
        let yearly = all.filter { other in
            other.value.per == .year && other.value.min == found.value.min && other.value.max == found.value.max
                && other.evidence.span.bytes.lowerBound == found.evidence.span.bytes.lowerBound
        }.map(\.evidence.confidence).max()
        guard let yearly else { return weight }
        if yearly >= found.evidence.confidence { return weight - 0.01 }
        return FoldedWords.of(found.evidence.text).count > 4 ? weight : min(weight, yearly) - 0.01
    }

    /// How much a count of households under a label weighs: its confidence, and nothing from a
    /// thousand up under a label no pack knows (`Inscrits dans ce bureau : 2 570 locataires`,
    /// a polling station's voters), more than any project of the programme helps.
    static func householdsWeight(_ found: Found<Quantity>, among _: [Found<Quantity>]) -> Double {
        found.value.max >= 1_000 && found.evidence.rule.hasSuffix(".value-shape") ? 0 : found.evidence.confidence
    }

    /// How much a cost weighs: its confidence, and nothing when every side it gives is under
    /// 200 € (`l'adhésion annuelle coûte 10 € par foyer`, `5 € par enfant et par trimestre`): a
    /// fee or a price, not what a project of the programme costs; it stays an alternative for
    /// the auditor.
    static func costWeight(_ found: Found<ProjectRecord.Cost>, among _: [Found<ProjectRecord.Cost>]) -> Double {
        let sides = [found.value.total, found.value.perYear, found.value.perHousehold].compactMap { $0 }
        return !sides.isEmpty && sides.allSatisfy({ $0 < 200 }) ? 0 : found.evidence.confidence
    }

    /// How much a count of dwellings under a label weighs: its confidence, and nothing from a
    /// thousand up, a stock, the landlord's or a territory's (`Logements locatifs sociaux |
    /// 29 306`), that no project of a programme of 10 000 dwellings reserves; it stays an
    /// alternative for the auditor.
    static func dwellingsWeight(_ found: Found<Quantity>, among _: [Found<Quantity>]) -> Double {
        found.value.max >= 1_000 ? 0 : found.evidence.confidence
    }

    /// How much a count of dwellings read in prose weighs: as ``proseCountWeight(_:among:)``
    /// says, and nothing from a thousand up (`1 267 logements dans la Combe, dont 380 occupés
    /// par des plus de 70 ans`), as ``dwellingsWeight(_:among:)`` says.
    static func proseDwellingsWeight(_ found: Found<Quantity>, among all: [Found<Quantity>]) -> Double {
        min(dwellingsWeight(found, among: all), proseCountWeight(found, among: all))
    }

    /// Several date ranges read by the same rule (`du 1er janvier 2016 au 31 décembre 2016`,
    /// then 2017, then 2018) make one duration: the first start to the last end, their
    /// months added up. Ranges that overlap give one period twice (`Période du projet`, then
    /// `Période couverte par la convention`): the chosen one stands.
    private func mergedPeriods(_ chosen: Found<Duration>, _ candidates: [Candidate]) -> Found<Duration> {
        let periods = candidates.filter { $0.evidence.rule == chosen.evidence.rule }.compactMap { Durations.parse($0.text, unit: $0.unit) }
            .filter { $0.start != nil && $0.end != nil && $0.months != nil }
            .sorted { $0.start! < $1.start! }
        // (Dates are ISO 8601, `2017-10` or `2017-10-01`: their strings sort as they fall.)
        guard periods.count >= 2, chosen.value.start != nil, zip(periods, periods.dropFirst()).allSatisfy({ $0.end! < $1.start! }) else { return chosen }
        var merged = chosen
        merged.value.start = periods.compactMap(\.start).min()
        merged.value.end = periods.compactMap(\.end).max()
        merged.value.months = periods.reduce(0) { $0 + ($1.months ?? 0) }
        return merged
    }

    /// The mode a form's note beside its mode options gives: the options' check boxes lost
    /// their state (`Accès au logement FORMCHECKBOX`, `Conservation du bail FORMCHECKBOX`), and
    /// the labelled line right after them, or right before, says which were meant
    /// (`Commentaire libre de l'office : l'action mêle les deux`).
    private func optionsNoteMode(_ text: RecordText) -> Found<ProjectRecord.Mode>? {
        let units = text.units
        var start = units.startIndex
        while let first = units[start...].firstIndex(where: { $0.content.offersAnUntoldOption }) {
            let options = first..<(units[first...].firstIndex { !$0.content.offersAnUntoldOption } ?? units.endIndex)
            start = options.upperBound
            // (Options of another question, `Logements neufs FORMCHECKBOX`, have no note here.)
            let modes = options.map { ModeReader.option(units[$0].content.text) }
            guard modes.contains(.access), modes.contains(.maintenance) else { continue }
            for note in [options.upperBound, options.lowerBound - 1] where units.indices.contains(note) {
                let content = units[note].content
                guard !content.offersAnUntoldOption, let colon = content.utf8.firstIndex(of: UInt8(ascii: ":")) else { continue }
                let value = (content.utf8[(colon + 1)...].firstIndex { $0 != UInt8(ascii: " ") } ?? content.utf8.count)..<content.utf8.count
                guard let mode = ModeReader.note(String(decoding: content.utf8[value], as: UTF8.self), options: modes) else { continue }
                let found = evidence(decoded: content.decodedRange(ofText: value), rule: "mode.options-note", confidence: 0.8)
                return Found(value: mode, evidence: found)
            }
        }
        return nil
    }

    /// The mode a title states (`ACCOMPAGNEMENT POUR L'ACCÈS AU LOGEMENT`, `MAINTENIR À DOMICILE`).
    /// A name that a sentence gives (`une action que nous avons appelée « Reloger sans
    /// rupture »`) is a slogan inside prose that says more: its phrases decide.
    private func titleMode(_ title: Found<String>?) -> Found<ProjectRecord.Mode>? {
        guard let title, !title.evidence.rule.hasPrefix("title.prose."), let mode = ModeReader.read(title.value) else { return nil }
        var evidence = title.evidence
        evidence.rule = "mode.title"
        evidence.confidence = 0.7
        return Found(value: mode, evidence: evidence)
    }

    /// The mode that the prose patterns' phrases add up to: access, keeping housed, or both;
    /// phrases that say the project does one only (`ne concerne que l'accès au logement`,
    /// `(maintien dans le logement)`) decide when they agree, whatever a form's options list
    /// or a passing phrase (`un relogement plus adapté`) says beside them.
    private func proseMode(_ candidates: [Candidate]) -> Found<ProjectRecord.Mode>? {
        let read = candidates.compactMap { candidate in
            ModeReader.read(candidate.text, rule: candidate.evidence.rule).map { ($0, candidate) }
        }
        let only = read.filter { $0.1.evidence.rule == "mode.prose.only" }
        if let first = only.first, only.allSatisfy({ $0.0 == first.0 }) { return Found(value: first.0, evidence: first.1.evidence) }
        guard let first = read.first else { return nil }
        let modes = Set(read.map(\.0))
        let mode: ProjectRecord.Mode = modes.count > 1 || modes.contains(.accessAndMaintenance) ? .accessAndMaintenance : first.0
        return Found(value: mode, evidence: first.1.evidence)
    }

    // MARK: Contacts

    private func contacts(_ candidates: [Candidate], text: RecordText, organisations: [String]) -> [Found<Contact>] {
        // Addresses anywhere in the record, with the names written around them.
        let anywhere = text.units.contains(where: { Contacts.mayHoldAddress($0.content.matchView) }) ? Contacts.parse(text.joined) : []
        let labelled = candidates.map { Contacts.parse($0.text) }
        // The organisations that a person's address stands for: their mailboxes (`contact@`,
        // `accueil@`, on a letterhead or a `Standard :` line) are no contact of the project.
        let personal = Set((labelled.joined() + anywhere).compactMap(\.email).filter { !Contacts.isGeneralMailbox($0) }.compactMap(Contacts.domain))
        func isOrganisationMailbox(_ contact: Contact) -> Bool {
            guard contact.name == nil, let email = contact.email, Contacts.isGeneralMailbox(email), let domain = Contacts.domain(of: email) else { return false }
            return personal.contains(domain)
        }
        // A venue's mailbox (`etat-civil@`, `amicale.thermes@`), whoever signs with it, is no
        // contact of the project beside a person's address.
        func isVenuesBesideAPerson(_ email: String) -> Bool { Contacts.isVenueMailbox(email) && !personal.isEmpty }
        var found: [Found<Contact>] = []
        // The addresses read from a message's headers.
        var senders: Set<String> = []
        for (candidate, contacts) in zip(candidates, labelled) {
            for contact in contacts where contact.email != nil || contact.name != nil {
                if isOrganisationMailbox(contact) || contact.email.map({ Contacts.isStateOfficial($0) || Contacts.isRecruitment($0) }) == true { continue }
                if contact.email.map(isVenuesBesideAPerson) == true { continue }
                // Two labels may give the same person (`Contact`, then `Référent`): once.
                if let email = contact.email?.lowercased(), found.contains(where: { $0.value.email?.lowercased() == email }) { continue }
                // A lone address under a phrase the packs do not know (`Pour toute information
                // :`), in a brochure section, is the publisher's too (see below).
                if segment.layout == .brochureSection, contact.name == nil, candidate.evidence.rule.hasSuffix(".value-shape") { continue }
                // A general mailbox under a label (`Assistance technique : support@…`, `Contact de
                // l'association départementale : contact@…`) beside a person's address is a
                // service's, not a contact of the project.
                // (Unless a person reads it: `contact@… (Bastien ROUGIER, éducateur)`.)
                if contact.email.map(Contacts.isGeneralMailbox) == true, !personal.isEmpty, !contact.readerFollows { continue }
                found.append(Found(value: contact, evidence: candidate.evidence))
            }
        }
        for contact in anywhere {
            guard let email = contact.email, !found.contains(where: { $0.value.email?.lowercased() == email.lowercased() }) else { continue }
            // A brochure section's people sign with their names; a lone address there is the
            // publisher's, on the pages that follow the last section.
            if segment.layout == .brochureSection, contact.name == nil { continue }
            // A lone address of the organisation of a contact already found (`communication@`
            // beside `j.arribat@` of the same domain, named or given by a label) is its general
            // mailbox, not a contact of the project; so is a service's mailbox there, whoever
            // answers it (`X, service des marchés, marches@…`).
            if contact.name == nil || Contacts.isGeneralMailbox(email), let domain = Contacts.domain(of: email),
               found.contains(where: { $0.value.email.flatMap(Contacts.domain) == domain })
            {
                continue
            }
            if isOrganisationMailbox(contact) || Contacts.isStateOfficial(email) || Contacts.isRecruitment(email) || isVenuesBesideAPerson(email) {
                continue
            }
            // A lone general mailbox (`redaction@`, `contact@`) beside a person's address is the
            // publisher's or a switchboard, not a contact of the project, whichever comes first
            // (a town magazine's masthead, `accueil@mairie-…`, above the article's contact).
            // (Not a project's organisation's mailbox that a list of contacts gives its own item:
            // `- Le Quai du Thouet, accueil des familles – accueil@quaiduthouet.fr`.)
            if contact.name == nil, Contacts.isGeneralMailbox(email),
               !personal.isEmpty || namesAPersonsAddress(found),
               !isListedOrganisationMailbox(contact, email: email, in: text, organisations: organisations)
            {
                continue
            }
            // An e-mail's sender and readers are contacts only when no label names one (a
            // colleague who asked for the summary that names the contact is none).
            guard let (unit, range) = text.location(of: contact.range), !text.units[unit].aside, !text.isByline(unit),
                  !text.isAddressee(unit, before: range.lowerBound), !text.isPublishers(unit, address: email, from: range.lowerBound),
                  found.isEmpty || !text.units[unit].mailHeader
            else { continue }
            // A lone address in the letterhead of a document whose label gives a person's
            // address (minutes headed by the tenants' association's mailbox, then `Pour tout
            // contact : Mme X, …, x@…`) is its writer's.
            if contact.name == nil, unit < RecordContext.letterheadUnits, segment.layout == .document,
               namesAPersonsAddress(found)
            {
                continue
            }
            if text.units[unit].mailHeader { senders.insert(email.lowercased()) }
            found.append(Found(value: contact, evidence: evidence(text.units[unit].content, matchRange: range, rule: "contacts.anywhere", confidence: 0.7)))
        }
        // A message's sender or reader at none of the project's organisations (a hospital's
        // coordinator writing to the team) is no contact beside a person of the text who is at
        // one of them.
        if !senders.isEmpty, found.contains(where: { found in
            found.value.email.map { !senders.contains($0.lowercased()) && Contacts.domainNames($0, oneOf: organisations) } ?? false
        }) {
            found.removeAll { found in
                guard let email = found.value.email, senders.contains(email.lowercased()) else { return false }
                return !Contacts.domainNames(email, oneOf: organisations) && !Contacts.localPartNames(email, oneOf: organisations)
            }
        }
        // Beside a contact at one of the project's organisations (`c.bourquardez@logis-allaine.fr`
        // for Logis de l'Allaine), a web mail or town hall address under a phrase the packs do
        // not know, and that names none of them (`Pour joindre le collectif : collectif.sud@
        // laposte.net`, `Pour toute question sur le conseil de quartier : …@ville-…`), is the
        // writer's; a partner's own (`entraide.baronnies@orange.fr`) stays.
        // So is a mailbox that answers for no one (`ape.jeanjaures@gmail.com` under `Contact`,
        // `direction du logement de la Région, instruction.logement@…`) and names none of them.
        if found.contains(where: { $0.value.email.map { Contacts.domainNames($0, oneOf: organisations) } ?? false }) {
            found.removeAll { found in
                guard let email = found.value.email, !Contacts.localPartNames(email, oneOf: organisations) else { return false }
                if found.value.name == nil, !Contacts.domainNames(email, oneOf: organisations),
                   Contacts.isPublicMailbox(email) || Contacts.isServiceMailbox(email)
                {
                    return true
                }
                return found.evidence.rule.hasSuffix(".value-shape") && Contacts.isPublicMailbox(email)
            }
        }
        // A person named beside a mailbox that bears no part of their name (`Jean-Luc WALTER –
        // benevoles@…`, `Odile MARIE, … cal@…`) answers a service's box; beside a contact of the
        // same domain whose address bears their own name (`m.ehrhart@…`), it is no contact of
        // the project.
        let namedBoxes = Set(found.filter { Contacts.bearsTheName($0.value) }.compactMap { $0.value.email.flatMap(Contacts.domain) })
        found.removeAll { found in
            guard found.value.name != nil, let email = found.value.email, let domain = Contacts.domain(of: email) else { return false }
            return namedBoxes.contains(domain) && !Contacts.bearsTheName(found.value)
        }
        return found
    }

    /// Whether a lone mailbox is one of the project's organisations' (its domain names it) on
    /// an item of a list that no label opens (a fiche's `## Contacts`: `- Le Quai du Thouet,
    /// accueil des familles – accueil@quaiduthouet.fr`): the list gives it as a contact of its
    /// own, where a label gives a desk (`- Pour l'association : accueil@…`, `- Les
    /// Coutelières, accueil : contact@…`).
    private func isListedOrganisationMailbox(_ contact: Contact, email: String, in text: RecordText, organisations: [String]) -> Bool {
        guard let (unit, range) = text.location(of: contact.range), text.units[unit].isListItem,
              !text.units[unit].content.matchView[..<range.lowerBound].contains(UInt8(ascii: ":"))
        else { return false }
        return Contacts.domainNames(email, oneOf: organisations)
    }

    /// Whether contacts already found give a person's address, not only general mailboxes.
    private func namesAPersonsAddress(_ found: [Found<Contact>]) -> Bool {
        found.contains { $0.value.email.map { !Contacts.isGeneralMailbox($0) } ?? false }
    }

    /// The range of the name that a label gives before its role in parentheses (`Val Habitat
    /// (bailleur, …)`), when the label's head is in the parenthesis: the name is no label.
    private func roleHolder(of hit: LabelFinder.Hit, in unit: InlineText) -> Range<Int>? {
        guard let range = hit.labelRange else { return nil }
        let view = unit.matchView
        guard let open = view[range].firstIndex(of: UInt8(ascii: "(")) else { return nil }
        let trimmed = labels.trimmed(range.lowerBound..<open, in: view)
        let name = String(decoding: view[trimmed], as: UTF8.self)
        guard name.first?.isUppercase == true, name.split(separator: " ").count <= 6, !labels.isHeadLabel(name) else { return nil }
        return trimmed
    }

    /// How many lines open a document with its writer's letterhead (name, town, street, mailbox).
    private static let letterheadUnits = 5

    // MARK: Candidates

    /// A record's text, and the values its labels introduce, by field.
    struct CandidatePool {
        let text: RecordText
        let labelled: [RulePack.Field: [Candidate]]
        /// Where the labels that follow another label's value in their unit stand, by unit
        /// (fields run together on one line): no prose value runs into one (`Nombre de foyers
        /// sur les trois années : 54 Logements réservés à l'opération : sans objet` counts no
        /// dwellings).
        let gluedLabels: [Int: [Range<Int>]]
        /// The text the prose patterns read.
        let prose: ValueText
        /// What reading the prose met that the record must say (a rule stopped at a limit).
        let findings = Findings()
        /// The candidates of the prose patterns, by field, each field's read once.
        let patterned = PatternCandidates()

        init(text: RecordText, labelled: [RulePack.Field: [Candidate]], gluedLabels: [Int: [Range<Int>]]) {
            self.text = text
            self.labelled = labelled
            self.gluedLabels = gluedLabels
            self.prose = ValueText(bytes: Array(text.joined.utf8))
        }
    }

    /// The values the labels of `text` introduce, by field, and where the labels that follow
    /// another label's value in their unit stand, by unit (see ``CandidatePool/gluedLabels``).
    private func labelCandidates(in text: RecordText) -> (candidates: [RulePack.Field: [Candidate]], glued: [Int: [Range<Int>]]) {
        var candidates: [RulePack.Field: [Candidate]] = [:]
        var labelRanges: [Int: [Range<Int>]] = [:]
        var bounds = DateBounds()
        let hits = labels.hits(in: text)
        // A monograph's head is no label's value (`LOGIS DE LA BLAISE ET FOYERS DU PLATEAU`,
        // then `238.3.4. DEUX BAILLEURS…` in the next cell: `Foyers` heads no count there).
        let heads = Set((segment.titleLines.map(\.content) + segment.carrierLines).compactMap(\.decodedRange))
        for (index, hit) in hits.enumerated() {
            if let range = hit.labelRange { labelRanges[hit.unit, default: []].append(range) }
            let unit = text.units[hit.unit].content
            if !hit.inline, hit.labelRange == nil, let range = unit.decodedRange, heads.contains(range) { continue }
            // A line that goes on with the sentence above opens no label in lowercase (`… son
            // action menée avec`, then `l'association Les Mille Étangs : 8 ménages …`).
            if let range = hit.labelRange, range.lowerBound == 0, text.units[hit.unit].goesOn,
               String(decoding: unit.matchView[range].prefix(4), as: UTF8.self).first?.isLowercase == true,
               !unit.matchView[range].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: ";") })
            {
                continue
            }
            // A label alone whose value's line holds a label of the same field (`Les ménages`,
            // then `Familles épaulées au fil d'une année : 10 à 13 ménages`) gives way to it.
            if hit.labelRange == nil, hit.byHead, let field = hit.field, RecordContext.figureFields.contains(field),
               hits.contains(where: { $0.unit == hit.unit && $0.labelRange != nil && $0.field == field })
            {
                continue
            }
            let value = String(decoding: unit.matchView[hit.value], as: UTF8.self)
            // The value up to the next label of its unit, if one follows in it (`Du 1er juillet
            // 2019 au 30 juin 2022 Contact : …`): its shape tells an unknown label's field, and
            // its length whether it is a paragraph.
            let own = RecordContext.ownPart(of: hit, before: hits[(index + 1)...], in: unit) ?? value
            // The label's words, folded once (the finder gives them for the labels that need them).
            let labelWords = hit.label.isEmpty ? [] : FoldedWords.of(hit.label)
            if hit.field == nil {
                // A date is its value up to the next label (`Lancement : 1er octobre 2016. Fin
                // prévue : …`), without the stop that ends it; a line's end may put its year on
                // the next line (`Fin prévue : 30 septembre` / `2019 ; elle coûte …`).
                let clause = RecordContext.withoutStops(hit.value.lowerBound..<(hit.value.lowerBound + own.utf8.count), in: unit.matchView)
                let year = clause.upperBound == unit.matchView.count ? text.yearOpening(after: hit.unit) : nil
                let date = String(decoding: unit.matchView[clause], as: UTF8.self)
                let range = unit.decodedRange(ofMatch: clause)
                bounds.note(label: labelWords, value: year.map { date + " " + $0.text } ?? date, at: range.lowerBound..<(year?.end ?? range.upperBound))
            }
            let (field, rule, base): (RulePack.Field, String, Double)
            // A label that offers access or keeping housed, answered by one (`Locataires nouveaux
            // ou en place : Maintien`), gives the mode, whatever field its head names.
            let chosenMode = hit.field == .mode ? nil : ModeReader.chosen(label: labelWords, value: value)
            if chosenMode != nil {
                (field, rule, base) = (.mode, "mode.label.choice", ValueShape.confidence)
            } else if let known = hit.field, let knownRule = hit.rule {
                (field, rule, base) = (known, knownRule.id, knownRule.confidence)
            } else if hit.field == nil, !hit.inline, !ValueShape.countsLeavers(labelWords), !ValueShape.reportsProgress(labelWords),
                      let clauses = ValueShape.figureClauses(of: own, label: labelWords)
            {
                // A label no pack knows over a list of figures (`Ce que retient le comité : 13
                // familles par an, 10 logements, 187 452 €`): a candidate per figure, unless it
                // reports an outcome so far (`Point d'étape : 14 ménages suivis, 5 logements …`).
                let confidence = ValueShape.confidence + (RecordText.saysRevised(labelWords) ? 0.15 : 0)
                let perYear = hit.perYear || ValueShape.speaksOfAYear(words: labelWords)
                for (range, field) in clauses where candidates[field, default: []].count < RecordContext.candidatesLimit {
                    let clause = hit.value.lowerBound + range.lowerBound..<hit.value.lowerBound + range.upperBound
                    candidates[field, default: []].append(Candidate(
                        text: String(decoding: unit.matchView[clause], as: UTF8.self),
                        evidence: evidence(unit, matchRange: clause, rule: field.rawValue + ".label.value-clause", confidence: confidence),
                        perYear: perYear, unit: hit.valueUnit
                    ))
                }
                continue
            } else if let shaped = ValueShape.field(of: own, label: labelWords, unit: hit.valueUnit),
                      shaped == .mode ? text.units[hit.unit].isCell : !hit.inline,
                      // A funder's row gives its amount and its share (`FNAVDL | 49 896 € | 40 %`);
                      // a `Total` row with its share (`Total | 94 837 € | 100 %`), the whole.
                      shaped != .cost || !isShare(after: hit.unit, in: text) || RecordText.saysTotal(labelWords)
            {
                // (A mode told by its value alone is trusted in a table, where rows are fields,
                // even after other labels of its cell; a line `… : Accès` in prose may describe
                // one phase of several.)
                // A label the packs do not know: its value tells the field.
                (field, rule, base) = (shaped, shaped.rawValue + ".label.value-shape", ValueShape.confidence)
            } else {
                continue
            }
            if text.units[hit.unit].aside, field != .carriers { continue }
            // In a notice that boxes the project, an amount that only its shape tells, outside
            // the box (`Buvette tenue par le comité des fêtes (bénéfices : 1 200 € en 2015)`), is
            // the notice's own.
            if rule.hasSuffix(".value-shape"), field == .cost, text.box.map({ !$0.contains(hit.unit) }) == true { continue }
            // `Gwenaëlle X, Office des Mille Étangs : g.x@…`: an address names no organisation.
            if field == .carriers || field == .partners, own.contains("@") { continue }
            // `De : Name <address>`, `À : …`: an e-mail's sender and readers are read with the
            // addresses of the text (see ``contacts(_:text:)``).
            if field == .contacts, text.units[hit.unit].mailHeader { continue }
            // `Contact de la publication : …`, `Contact presse : …`, a heading `Contact pour les
            // réservations` name the publisher's.
            if field == .contacts, hit.value.lowerBound > 0
                ? FoldedWords.of(String(decoding: unit.matchView[..<hit.value.lowerBound].suffix(60), as: UTF8.self)).contains(where: RecordText.publisherWords.contains)
                : text.isUnderPublishersHeading(hit.unit)
            {
                continue
            }
            // `Somme Habitat (fonds propres)` in a budget is a funder's name, whatever field
            // its first word heads (`Somme des charges`); a landlord's kind (`Office Hlm`) still
            // asks for the carrier.
            if let known = hit.field, known != .carriers, known != .partners,
               Organisations.isLandlordName(String(hit.label.prefix { $0 != "(" }).trimmingSpaces)
            {
                continue
            }
            // `Projet adossé à l'association : La Filature` names a partner, not the project.
            if field == .title, labelWords.first.map(ValueShape.actionWords.contains) == true,
               labelWords.dropFirst().contains(where: ValueShape.organisationWords.contains)
            {
                continue
            }
            // `Logements de l'organisme : 4 270 logements` counts the landlord's stock.
            if hit.field == .housingUnits, ValueShape.isLandlordStock(value, label: labelWords) { continue }
            // `Jeunes sortis du dispositif avec un bail : 9`, `Point d'étape : 14 ménages suivis`
            // count an outcome so far.
            if field == .households, ValueShape.countsLeavers(labelWords) || ValueShape.reportsProgress(labelWords) { continue }
            // An option whose check box lost its state (`Accès au logement FORMCHECKBOX`) is no
            // answer: the form offered it, and nothing says it was ticked.
            if field == .mode, unit.offersAnUntoldOption { continue }
            // A name or a place is no answer of a checkbox (`… du Territoire de Belfort : oui`).
            if RecordContext.nameFields.contains(field), ["oui", "non"].contains(FoldedWords.of(value).first ?? "") { continue }
            // `Coût moyen d'une nuitée d'hôtel évitée : 62 €` prices a thing for comparison.
            // `Budget d'acquisition annuel de la médiathèque : 25 337 €` is another's budget.
            if hit.field == .cost, RecordContext.pricesOneThing(labelWords) || RecordContext.budgetsAnother(labelWords) { continue }
            // `Période examinée : …`, `Période couverte par le rapport : …` date a report.
            if hit.field == .duration, RecordContext.datesAReport(labelWords) { continue }
            // A label inside a text is a little less sure than one that opens a cell or a line;
            // a figure that a label's head word introduces with a paragraph (`Ménages visés par
            // l'action`, `Déroulement de l'accompagnement`) is a description more often than
            // the figure, and yields to a figure-shaped value; so does a count that opens a
            // paragraph under a label no pack knows (`Combien : 16 familles par an, orientées …`).
            var confidence = hit.inline ? base - 0.05 : base
            // A budget's row that a label no pack knows calls the total (`Total sur 3 ans`,
            // `Sous-total dépenses`) outranks its other rows.
            if field == .cost, hit.field == nil, RecordText.saysTotal(labelWords) { confidence += 0.1 }
            // A label that says its figure was revised (`Budget révisé`, `Logements (révisé)`)
            // outranks the figures first filed; one that says its figure was the one first
            // announced (`Coût annoncé dans le dossier de candidature`) yields to the others.
            if RecordContext.figureFields.contains(field) || field == .cost {
                if RecordText.saysRevised(labelWords) {
                    confidence += 0.15
                } else if RecordText.saysFirstAnnounced(labelWords) {
                    confidence -= 0.15
                }
            }
            if hit.byHead || hit.field == nil, RecordContext.figureFields.contains(field), own.utf8.count > RecordContext.paragraphLength {
                confidence -= 0.2
            }
            // (In hundredths, as the packs write them: `0.8`, not `0.7999999999999999`.)
            confidence = (confidence * 100).rounded() / 100
            let perYear = hit.perYear || (hit.field == nil && ValueShape.speaksOfAYear(words: labelWords))
                || ((field == .households || field == .cost) && yearGoesOn(after: hit, in: text))
            guard candidates[field, default: []].count < RecordContext.candidatesLimit else { continue }
            var candidate = Candidate(
                text: value, evidence: evidence(unit, matchRange: hit.value, rule: rule, confidence: confidence), perYear: perYear, unit: hit.valueUnit
            )
            candidate.namesWhatItCounts = field == .housingUnits && labelWords.contains("places")
                && !labelWords.contains { $0.hasPrefix("logement") || $0.hasPrefix("appartement") }
            // A name with its role in parentheses (`**Val Habitat** (bailleur, 3 174 logements) :
            // repérage, …`) is the carrier or partner; what follows is what it does.
            if field == .carriers || field == .partners, hit.field != nil, let name = roleHolder(of: hit, in: unit) {
                candidate.text = String(decoding: unit.matchView[name], as: UTF8.self)
                candidate.evidence = evidence(unit, matchRange: name, rule: rule + ".role", confidence: confidence)
            }
            if field == .cost { candidate.perHousehold = RecordContext.asksPerHousehold(labelWords) }
            candidate.chosenMode = chosenMode
            candidates[field, default: []].append(candidate)
        }
        // A budget's `Total` row under columns of years: a year's cost, beside the total its
        // `Total` column gives (a budget's words over the table make its bare numbers euros).
        for total in text.totalCells where candidates[.cost, default: []].count < RecordContext.candidatesLimit {
            let content = text.units[total.unit].content
            let rule = total.perYear ? "cost.table.year-column" : "cost.table.total-column"
            candidates[.cost, default: []].append(Candidate(
                text: content.matchText,
                evidence: evidence(content, matchRange: 0..<content.matchView.count, rule: rule, confidence: ValueShape.confidence),
                perYear: total.perYear, unit: total.inEuros ? RecordContext.euros : nil
            ))
        }
        // `Date de début : 01/09/2017` and `Date de fin : 31/08/2020`, labels of their own: a period.
        if let (period, range) = bounds.period {
            let evidence = evidence(decoded: range, rule: "duration.label.start-end", confidence: ValueShape.confidence)
            candidates[.duration, default: []].append(Candidate(text: period, evidence: evidence, perYear: false))
        }
        // (The first label of a unit follows no value: `X / Association Y : …` heads a text.)
        return (candidates, labelRanges.mapValues { Array($0.sorted { $0.lowerBound < $1.lowerBound }.dropFirst()) })
    }

    /// Whether a value that ends its line goes on, on the next line, with the year it counts
    /// (`Nbre de ménages accompagnés : 35 ménages`, then `par an, repérés …` under it; `une
    /// trentaine de locataires`, then `en difficulté chaque année`): a value split over two
    /// lines, whose second line opens in lowercase, holds no label and is short.
    private func yearGoesOn(after hit: LabelFinder.Hit, in text: RecordText) -> Bool {
        let view = text.units[hit.unit].content.matchView
        guard hit.unit + 1 < text.units.count, view[hit.value.upperBound...].allSatisfy({ $0 == 0x20 }) else { return false }
        // A paragraph's sentence goes on over its wrapped lines (`… : 5 ménages sortant d'un
        // hébergement ou d'un` / `logement indigne entrent chaque année dans …`).
        if text.units[hit.unit + 1].goesOn,
           RecordContext.saysAYear(String(decoding: view[hit.value], as: UTF8.self), then: text.restOfSentence(in: hit.unit, from: view.count))
        {
            return true
        }
        guard let end = text.units[hit.unit].content.decodedRange?.upperBound,
              let start = text.units[hit.unit + 1].content.decodedRange?.lowerBound, end <= start,
              case let gap = document.source.utf8[end..<start], gap.filter({ $0 == 0x0A }).count == 1,
              gap.allSatisfy({ $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x20 })
        else { return false }
        // (A next line with a figure of its own gives that figure's year: `289 257 €, pour toute`
        // / `l'opération de trois ans (96 419 € par an)`; nor does a value that says it is the whole.)
        let next = text.units[hit.unit + 1].content.text
        guard next.first?.isLowercase == true, next.utf8.count <= 80, !next.contains(":"), !next.contains(where: \.isNumber),
              !Quantities.countsTheWhole(String(decoding: view[hit.value], as: UTF8.self) + " " + next)
        else { return false }
        return (try? RecordContext.yearWords.isMatch(next)) == true
    }

    /// Whether the rest of a count's sentence (see ``RecordText/restOfSentence(in:from:)``)
    /// says the count is a year's (`… sont installés et` / `suivis chaque année`; from the
    /// count's last word: `… accueillis chaque` / `année dans …`), and the count does not say
    /// it is the whole. (What the count's text holds, its reader reads.)
    private static func saysAYear(_ count: String, then rest: String) -> Bool {
        let lastWord = count.split(separator: " ").last.map(String.init) ?? ""
        return (try? RecordContext.yearWords.isMatch(lastWord + " " + rest)) == true && !Quantities.countsTheWhole(count + " " + rest)
    }

    /// Words of the year (`par an`, `par année`, `chaque année`, `annuellement`, `sur une
    /// année`).
    private static let yearWords = Regex.builtIn(#"\b(?:par\s+an(?:née)?|chaque\s+année|annuellement|tous\s+les\s+ans|sur\s+une\s+année)\b"#)

    /// `range` of `view` without the spaces and the stops (`.`, `,`, `;`) that end it.
    private static func withoutStops(_ range: Range<Int>, in view: [UInt8]) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound, [0x20, UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";")].contains(view[end - 1]) { end -= 1 }
        return range.lowerBound..<end
    }

    /// The part of a label's value before the next label of its unit (`2 ans renouvelable
    /// Contact : …`); `nil` when no label follows in it.
    private static func ownPart(of hit: LabelFinder.Hit, before later: ArraySlice<LabelFinder.Hit>, in unit: InlineText) -> String? {
        // (Hits come unit by unit, in order: the next one is the next label, if in this unit.)
        guard let following = later.first, following.unit == hit.unit, let next = following.labelRange?.lowerBound,
              hit.value.lowerBound < next, next < hit.value.upperBound
        else { return nil }
        return String(decoding: unit.matchView[hit.value.lowerBound..<next], as: UTF8.self)
    }

    /// The count a candidate gives of the things `nouns` name, by the year when its label
    /// says so. A bare number inside a paragraph (`Femmes victimes de violences, orientées
    /// par l'hôpital ou le 3919.`) counts nothing: in prose, a count names what it counts,
    /// unless it opens the value (`28, soit 6 relogés et 22 aidés à rester`); nor does a
    /// place's département code.
    private static func count(_ candidate: Candidate, of nouns: Set<String>) -> Quantity? {
        // (A date, `2017-06-19` beside a post's tag `logement`, counts nothing.)
        guard !RecordContext.isADate(candidate.text), var quantity = Quantities.parse(candidate.text, counting: nouns) else { return nil }
        // `Aucun logement mobilisé ; le bailleur possède 1 171 logements`: a value that opens
        // saying there is none gives none, whatever figure follows.
        if quantity.range.lowerBound > 0, RecordContext.opensWithNone(candidate.text) { return nil }
        if quantity.unit == nil {
            if candidate.namesWhatItCounts { return nil }
            let opensOrShort = candidate.text.utf8.count <= paragraphLength || quantity.range.lowerBound < 16
            guard opensOrShort, !RecordContext.isDepartmentCode(quantity.min, in: candidate.text),
                  !RecordContext.tellsAnHour(quantity.range, in: candidate.text)
            else { return nil }
        }
        // Dwellings `accompagnés` name the programme (`10 000 logements HLM accompagnés`): a
        // project's dwellings are given, its households accompanied.
        if nouns == Quantities.housingNouns, RecordContext.namesTheProgramme(candidate.text, after: quantity.range) { return nil }
        // (A count that says it is the whole, `environ 40 jeunes en tout`, overrides a label
        // of the year; a whole told of the next count, `10, soit 30 familles en trois ans`, does not.)
        if candidate.perYear, !Quantities.countsTheWhole(candidate.text, after: quantity.range) { quantity.per = .year }
        return quantity
    }

    /// Whether a value is a date alone (`2017-06-19`, `19/06/2017`).
    private static func isADate(_ text: String) -> Bool {
        guard text.utf8.count <= 14 else { return false }
        let bytes = Array(text.trimmingSpaces.utf8)
        let shape = String(decoding: bytes.map { (0x30...0x39).contains($0) ? UInt8(ascii: "9") : $0 }, as: UTF8.self)
        return ["9999-99-99", "99/99/9999", "9/99/9999", "99/9/9999", "9/9/9999", "99.99.9999"].contains(shape)
    }

    /// Whether a value opens saying there is none (`Aucun`, `Néant`, `Sans objet`, `Pas de`).
    private static func opensWithNone(_ text: String) -> Bool {
        let words = FoldedWords.of(String(decoding: text.utf8.prefix(24), as: UTF8.self)).prefix(2)
        return ["aucun", "aucune", "neant"].contains(words.first ?? "") || words.elementsEqual(["sans", "objet"]) || words.elementsEqual(["pas", "de"])
    }

    /// Whether the words after a count of dwellings (`logements HLM accompagnés`) make it the
    /// programme's name.
    private static func namesTheProgramme(_ text: String, after range: Range<Int>) -> Bool {
        let words = FoldedWords.of(String(decoding: text.utf8.dropFirst(range.lowerBound).prefix(60), as: UTF8.self))
        guard let noun = words.firstIndex(where: { $0.hasPrefix("logement") }) else { return false }
        return words.dropFirst(noun + 1).prefix(2).contains { $0.hasPrefix("accompagne") }
    }

    /// Whether the figure at `range` of `text` (UTF-8 offsets) tells an hour or its minutes
    /// (`mardi et jeudi, 18 h 30 – 20 h`, `9h`): a timetable counts nothing.
    private static func tellsAnHour(_ range: Range<Int>, in text: String) -> Bool {
        // (Most values tell no hour: only those with an `h` are read.)
        guard text.utf8.contains(UInt8(ascii: "h")) else { return false }
        let bytes = Array(text.utf8)
        let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        var before = range.lowerBound
        while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
        if before >= 2, bytes[before - 1] == UInt8(ascii: "h"),
           isDigit(bytes[before - 2]) || (before >= 3 && bytes[before - 2] == 0x20 && isDigit(bytes[before - 3]))
        {
            return true
        }
        var after = range.upperBound
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        guard after < bytes.count, bytes[after] == UInt8(ascii: "h") else { return false }
        // (`20 h`, `9h,`; not `12 habitants`, whose `h` opens a word: a letter, or a byte of a
        // letter beyond ASCII, follows it.)
        let opensAWord = { (byte: UInt8) in byte >= 0x80 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
        return after + 1 == bytes.count || !opensAWord(bytes[after + 1])
    }

    /// Whether `number` stands in parentheses after a place (`Vosges (88)`, `Gap (05)`).
    private static func isDepartmentCode(_ number: Int, in text: String) -> Bool {
        let code = number < 10 ? "(0\(number))" : "(\(number))"
        guard let range = text.range(of: code), range.lowerBound > text.startIndex else { return false }
        return Departments.codes(in: String(text[..<range.upperBound])).contains { Int($0) == number }
    }

    /// Whether the cell after `unit`, in its row, holds a share (`40 %`).
    private func isShare(after unit: Int, in text: RecordText) -> Bool {
        guard text.units[unit].isCell, let next = text.units[unit].next, next < text.units.count, text.units[next].isCell else { return false }
        let share = text.units[next].content.text.trimmingSpaces
        return share.hasSuffix("%") && share.count <= 8
    }

    /// The fields whose value names something: a yes or a no answers none of them.
    static let nameFields: Set<RulePack.Field> = [.title, .territory, .carriers, .partners]

    /// The fields whose value is a figure, and the length from which a labelled value is a
    /// paragraph rather than a figure with its qualifiers.
    private static let figureFields: Set<RulePack.Field> = [.households, .housingUnits, .duration]
    private static let paragraphLength = 80

    /// How many candidates of one field a record reads, from its labels and from its prose
    /// patterns each: the first in reading order. No real record comes near; a text that
    /// repeats a label a hundred thousand times stays fast, with a warning.
    static let candidatesLimit = 1_000

    /// A warning for each field whose labels gave more candidates than were read.
    private func limitDiagnostics(_ labelled: [RulePack.Field: [Candidate]]) -> [Diagnostic] {
        labelled.filter { $0.value.count >= RecordContext.candidatesLimit }.keys.map(\.rawValue).sorted().map { field in
            Diagnostic(severity: .warning, id: "extract.candidates-limit",
                       message: "\(field): more than \(RecordContext.candidatesLimit) labelled values; the first \(RecordContext.candidatesLimit) were read",
                       span: segment.span)
        }
    }

    /// The prose patterns' candidates of the fields read so far: a field's patterns run once
    /// however many readings ask for them (the duration's, then its periods').
    final class PatternCandidates {
        var byField: [RulePack.Field: [Candidate]] = [:]
        /// Where the words of the prose start, read for the first pattern that opens with
        /// known words (a record whose labels give every field needs none).
        private var words: WordStarts?

        func wordStarts(of prose: ValueText) -> WordStarts {
            if let words { return words }
            let found = prose.wordStarts()
            words = found
            return found
        }
    }

    /// Diagnostics met while candidates are read lazily, field by field.
    final class Findings {
        private(set) var diagnostics: [Diagnostic] = []

        /// Adds `diagnostic`, once: a field's patterns may be read more than once.
        func add(_ diagnostic: Diagnostic) {
            if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
        }
    }

    /// The values the prose patterns of `field`'s pack find in the record.
    private func patternCandidates(_ field: RulePack.Field, in pool: CandidatePool) -> [Candidate] {
        if let known = pool.patterned.byField[field] { return known }
        let candidates = readPatterns(field, in: pool)
        pool.patterned.byField[field] = candidates
        return candidates
    }

    /// A denial right after a phrase (`les locataires déjà en place n'en relèvent pas`), or a
    /// phrase that leaves it to others (`… relèvent d'un autre dispositif`, `… restent suivis
    /// par le service social du bailleur`).
    private static let denial = Regex.builtIn(
        #"\G[^.;:\n]{0,40}?\b(?:n'en\s+relèvent\s+pas|n'en\s+relève\s+pas|ne\s+relèvent\s+pas|ne\s+sont\s+pas\s+concernée?s|n'est\s+pas\s+concernée?|en\s+sont\s+exclue?s|relèvent\s+d'(?:un\s+autre|une\s+autre)\s+\p{L}+|rest(?:ent|ant|eront)\s+(?:suivis|accompagnés|pris\s+en\s+charge)\s+par)"#,
        options: .caseless
    )

    /// The FNAVDL named further in an amount's sentence and line, before any other amount.
    private static let fundedBy = Regex.builtIn(#"\G[^.€\n]{0,100}?\bFNAVDL\b"#, options: .caseless)
    /// Words after an amount, in its clause, that leave it out of the project (`…, hors
    /// projet`, `hors de l'action`).
    private static let outsideTheProject = Regex.builtIn(
        #"\G[^.;:\n]{0,60}?\bhors\s+(?:(?:du\s+|de\s+l'|de\s+la\s+)?(?:projet|action|dispositif|opération|programme))\b"#,
        options: .caseless
    )

    /// An association's name up to a word of it: `l'association Gers `.
    private static let associationsFirstWords = Regex.builtIn(#"\b[Aa]ssociation\h+(?:(?:\p{Lu}[\p{L}'’-]*|de|des|du|la|le)\h+|l['’])*$"#)

    /// A negation that runs to the end of the text before a phrase (`on ne suit pas nos `,
    /// `aucune famille `, `Ici, pas de `).
    private static let negation = Regex.builtIn(
        #"(?:\b(?:ne\b|n')[^.;:\n]{0,40}\bpas\b[^.;:\n]{0,24}|\baucune?\s+(?:\p{L}+\s+){0,2}|\bpas\s+(?:de\s+|d['’]))$"#, options: .caseless
    )

    /// The fields whose labelled values hold figures of a field that are theirs, not that
    /// field's: a funder's amount, the span over which households are counted.
    private static let valuesHolding: [RulePack.Field: [RulePack.Field]] = [.cost: [.funding], .duration: [.households, .housingUnits]]

    /// The fields whose figures a later decision revises: a first-filed one gives way.
    private static let revisable: Set<RulePack.Field> = [.households, .housingUnits, .cost]

    private func readPatterns(_ field: RulePack.Field, in pool: CandidatePool) -> [Candidate] {
        guard let pack = rules.packs[field], !pack.patterns.isEmpty else { return [] }
        let prose = pool.prose
        // A form's options whose check boxes lost their state (`Accès au logement FORMCHECKBOX`,
        // `Maintien dans le logement FORMCHECKBOX`) say what the form offers, not the mode.
        let options = field == .mode ? Set(pool.text.units.indices.filter { pool.text.units[$0].content.offersAnUntoldOption }) : []
        var candidates: [Candidate] = []
        // (Asked of the record once, and only when a figure first filed is found.)
        var revisionIsTold: Bool?
        func tellsRevision() -> Bool {
            if revisionIsTold == nil { revisionIsTold = FirstFigures.revisionIsTold(in: prose) }
            return revisionIsTold == true
        }
        for pattern in pack.patterns where candidates.count < RecordContext.candidatesLimit {
            // A pattern that must match once is read to its second match (its third when the
            // record has a title, which may hold one of them); a mode phrase whose
            // rule names its kind, to its first outside the options (the prose mode keeps each
            // kind's first phrase only); another, to as many as the field still takes.
            let firstOnly = field == .mode && ModeReader.kind(ofRule: pattern.id) != nil
            let wanted = pattern.single ? (segment.titleLines.isEmpty ? 2 : 3)
                : firstOnly ? 1 + options.count
                : RecordContext.candidatesLimit - candidates.count
            var (matches, limit) = pattern.openingSearch.map {
                prose.matchesUntilLimit(of: $0, words: pool.patterned.wordStarts(of: prose), limits: patternLimits, maximum: wanted)
            }
                ?? prose.matchesUntilLimit(of: pattern.regex, limits: patternLimits, maximum: wanted)
            // A landlord's word that ends an association's name (`l'association Gers Entraide
            // Logement accompagne, avec Auch Habitat Gascon, …`) names no landlord, there or
            // where the name stands alone (its contact's `Gers Entraide Logement`).
            if field == .carriers {
                let associations = matches.compactMap { match in
                    match[named: "value"].flatMap { range in
                        prose.isPreceded(by: RecordContext.associationsFirstWords, at: range.lowerBound, window: 80) ? Folding.fold(prose.string(range)) : nil
                    }
                }
                if !associations.isEmpty {
                    matches.removeAll { match in
                        let name = match[named: "value"].map { Folding.fold(prose.string($0)) } ?? ""
                        return associations.contains { name.hasSuffix($0) }
                    }
                }
            }
            if let limit {
                pool.findings.add(Diagnostic(
                    severity: .warning, id: "extract.\(limit.kind.rawValue)",
                    message: "rule \(pattern.id) stopped at the regex \(limit.kind.rawValue) (\(limit.message)); its later matches in this record were not read",
                    span: segment.span
                ))
            }
            // A rule that must match once may find the same words twice (`le projet « X »` in
            // the subject line, then in the letter): once; or a name first written short, then
            // whole (`« Deuxième chance »`, `« Deuxième chance – prévenir … »`): the whole.
            var kept = matches
            if pattern.single {
                // The one value of two matches, the longer when one starts the other, in any
                // case (`ALLIER THERMAL HABITAT` over its section, `Allier Thermal Habitat` in
                // its contact block: the one in small letters). The record's title is no
                // second name when the text names one (`LA FERME ET LE LOGIS` over `Pays de
                // Pontivy Habitat travaille ici avec …`).
                // (A landlord's name a line's end cuts, `Bandrélé` / `Lagon Habitat`, read whole
                // with `across`, is the same name as `BANDRÉLÉ LAGON HABITAT`.)
                let agreed = { (pair: ArraySlice<RegexMatch>, across: Bool) -> RegexMatch? in
                    let values = pair.map { match in
                        match[named: "value"].map { range in prose.string(across ? pool.text.nameAcrossLines(range) ?? range : range) } ?? ""
                    }
                    let folded = values.map { Folding.fold($0.replacingOccurrences(of: "\n", with: " ")) }
                    let rank = { (index: Int) in (folded[index].count, values[index] == values[index].uppercased() ? 0 : 1) }
                    guard let whole = values.indices.max(by: { rank($0) < rank($1) }),
                          folded.allSatisfy({ folded[whole].hasPrefix($0) })
                    else { return nil }
                    return pair[pair.startIndex + whole]
                }
                let titles = Set(segment.titleLines.compactMap(\.content.decodedRange))
                // A title that an article opens is a phrase, whatever landlord's word it holds
                // (`LES POÊLIERS DU LOGIS`): it names no carrier.
                if field == .carriers {
                    matches.removeAll { match in
                        guard let range = match[named: "value"], let (unit, local) = pool.text.location(of: range),
                              let decoded = pool.text.units[unit].content.decodedRange, titles.contains(decoded)
                        else { return false }
                        let before = FoldedWords.of(String(decoding: pool.text.units[unit].content.matchView[..<local.lowerBound], as: UTF8.self))
                        return before.count == 1 && ["le", "la", "les", "l"].contains(before[0])
                    }
                }
                let inText = matches.filter { match in
                    guard let range = match[named: "value"], let (unit, _) = pool.text.location(of: range),
                          let decoded = pool.text.units[unit].content.decodedRange
                    else { return true }
                    return !titles.contains(decoded)
                }
                guard let one = agreed(matches.prefix(2), false) ?? (field == .carriers ? agreed(matches.prefix(2), true) : nil)
                    ?? (inText.count < matches.count ? agreed(inText.prefix(2), false) : nil)
                else { continue }
                kept = [one]
            }
            for match in kept {
                guard let range = match[named: "value"], let (unit, local) = pool.text.location(of: range),
                      field == .carriers || !pool.text.units[unit].aside, !options.contains(unit),
                      !(pool.gluedLabels[unit] ?? []).contains(where: { local.lowerBound < $0.lowerBound && $0.lowerBound < local.upperBound })
                else { continue }
                // A list's amounts and lengths are a budget's parts or a step's (`- 60 000 € pour
                // l'accompagnement`, `- Passer le relais au bout de deux ans`): no last resort's.
                if pattern.lastResort, field == .cost || field == .duration, pool.text.units[unit].isListItem { continue }
                // A count of dwellings under a label of the landlord's stock is no project's.
                if field == .housingUnits, pool.text.isUnderStockLabel(unit, range: local) { continue }
                // `prépare le relogement avec chaque famille pendant deux mois`: a length said
                // of each household is not the project's.
                if field == .duration, Durations.followsEachHousehold(range, in: prose) { continue }
                // `Le dispositif ne concerne pas les nouveaux entrants`, `les locataires déjà en
                // place n'en relèvent pas`: a mode denied.
                if field == .mode, prose.isPreceded(by: RecordContext.negation, at: range.lowerBound, window: 80)
                    || prose.isFollowed(by: RecordContext.denial, at: range.upperBound, window: 80)
                {
                    continue
                }
                // `Un budget de 4 000 € par an pour de petits travaux, hors projet`: another
                // budget than the project's.
                if field == .cost, prose.isFollowed(by: RecordContext.outsideTheProject, at: range.upperBound, window: 80) { continue }
                // `Le dossier déposé prévoyait 24 foyers`: a count or a cost first filed gives way
                // to one told otherwise.
                let firstFiled = RecordContext.revisable.contains(field) && FirstFigures.lead(to: range.lowerBound, in: prose) && tellsRevision()
                // A last resort takes no figure that the text says was replaced, but the dwellings
                // a first filing names beside its figures (`La demande déposée parlait de 14
                // ménages …, dans huit appartements`), which a revision seldom changes.
                if firstFiled, pattern.lastResort, field != .housingUnits { continue }
                // In a notice that boxes the project (`AU FAIT : …`, with the FNAVDL), a figure
                // outside the box is the notice's own (`L'installation a coûté 21 740 €`, `9
                // logements ont été enfumés`), and weighs half.
                let outsideBox = RecordContext.boxedFigures.contains(field) && pool.text.box.map { !$0.contains(unit) } == true
                // An amount whose sentence goes on to the FNAVDL (`Elle revient à 61 929 € pour ses
                // trois années ; le FNAVDL en apporte 75 %`) is the project's cost, and gains a tenth.
                let funded = field == .cost && prose.isFollowed(by: RecordContext.fundedBy, at: range.upperBound, window: 120)
                // A figure line's rule (`.figures.`) reads lines that open with their figure; on a
                // paragraph's line that goes on with the sentence above it (`… Chaque année,` then
                // `8 ménages sont accueillis dans 5 logements …`) or below it (`6 ménages … sont
                // installés` then `chaque année dans …`) it is no surer than prose.
                let wrapped = pattern.id.contains(".figures.")
                    && (pool.text.units[unit].goesOn || unit + 1 < pool.text.units.count && pool.text.units[unit + 1].goesOn)
                let confidence = min(1, pattern.confidence * (firstFiled ? FirstFigures.weight : 1) * (outsideBox ? 0.5 : 1) * (wrapped ? RecordContext.wrappedLineWeight : 1) + (funded ? 0.1 : 0))
                // A landlord's name that a line's end cuts (`longeront, Ouche` / `Percheronne
                // Habitat et …`) is read whole.
                let across = field == .carriers ? pool.text.nameAcrossLines(range).flatMap { whole in pool.text.decodedRange(of: whole).map { (whole, $0) } } : nil
                // (A landlord's word alone, its name not read whole over the line's end, names no one.)
                if field == .carriers, across == nil, RecordText.isLandlordsWord(prose.string(range)) { continue }
                let found = across.map { evidence(decoded: $0.1, rule: pattern.id, confidence: confidence) }
                    ?? evidence(pool.text.units[unit].content, matchRange: local, rule: pattern.id, confidence: confidence)
                // Nor a figure that another field's labelled value holds (`Financement | 78 630 €
                // FNAVDL (50 %)`, `Public : une dizaine de ménages accueillis en deux ans`).
                if pattern.lastResort, RecordContext.valuesHolding[field, default: []].contains(where: { other in
                    pool.labelled[other]?.contains { $0.evidence.span.bytes.overlaps(found.span.bytes) } == true
                }) {
                    continue
                }
                // A count of households whose sentence goes on to its year (`5 ménages sortant d'un
                // foyer, sur` / `une année ;`).
                let yearly = pattern.perYear || field == .households
                    && RecordContext.saysAYear(prose.string(range), then: pool.text.restOfSentence(in: unit, from: local.upperBound))
                candidates.append(Candidate(
                    text: across.map { prose.string($0.0).replacingOccurrences(of: "\n", with: " ") } ?? prose.string(range),
                    evidence: found,
                    perYear: yearly,
                    lastResort: pattern.lastResort
                ))
                if firstOnly { break }
            }
        }
        // In reading order, so that the earliest of equally sure candidates wins.
        let order = candidates.indices.sorted { (candidates[$0].evidence.span.bytes.lowerBound, $0) < (candidates[$1].evidence.span.bytes.lowerBound, $1) }
        return order.map { candidates[$0] }
    }

    /// A cost read under one label, given the side it lacks by another label, or else a prose
    /// phrase, that gives that side alone or beside the same other side (`Budget d'une année` |
    /// `71 400 €` then `Coût total sur trois ans` | `214 200 €`; `Coût sur trois ans` | `113 940 €`
    /// then `coûte 113 940 € …, soit 37 980 € par an`), when the total is the year's cost times
    /// whole years, to the euro a year (an average rounded: `128 461 €`, then `42 820 € par
    /// an`; a works budget beside a yearly running cost is another cost), with the evidence
    /// of the side taken. `others` is read only when a side is missing.
    private func completedCost(
        _ chosen: Found<ProjectRecord.Cost>, others: () -> [Candidate], read: (Candidate) -> ProjectRecord.Cost?
    ) -> (cost: Found<ProjectRecord.Cost>, evidence: [Evidence]) {
        var found = chosen
        guard (found.value.total == nil) != (found.value.perYear == nil) else { return (found, []) }
        for candidate in others() where candidate.evidence != chosen.evidence {
            guard let other = read(candidate), other.components.isEmpty else { continue }
            if let perYear = found.value.perYear, let total = other.total, other.perYear == nil || other.perYear == perYear, CostReader.coversWholeYears(total: total, perYear: perYear) {
                found.value.total = total
                return (found, [candidate.evidence])
            }
            if let total = found.value.total, let perYear = other.perYear, other.total == nil || other.total == total, CostReader.coversWholeYears(total: total, perYear: perYear) {
                found.value.perYear = perYear
                return (found, [candidate.evidence])
            }
        }
        return (found, [])
    }

    /// The value of `field` that the labels give, or else the prose patterns: each ranked by
    /// `weight` when given, the prose also by `proseWeight`.
    private func choose<Value>(
        _ field: RulePack.Field, in pool: CandidatePool, into alternatives: inout [String: [Evidence]], key: String,
        weight: ((Found<Value>, [Found<Value>]) -> Double)? = nil, proseWeight: ((Found<Value>, [Found<Value>]) -> Double)? = nil,
        _ read: (Candidate) -> Value?
    ) -> Found<Value>? {
        first(pool.labelled[field], into: &alternatives, key: key, read, weight: weight)
            ?? first(patternCandidates(field, in: pool), into: &alternatives, key: key, read, weight: proseWeight ?? weight)
    }

    /// How many candidates set aside a field keeps as `alternatives`: the most confident,
    /// in reading order. A pathological text (a label repeated a hundred thousand times on
    /// one line) must not make a record of megabytes.
    static let alternativesLimit = 10

    /// The most confident candidate that reads (the earliest on a tie); the next most
    /// confident others that read go to `alternatives`. `weight` may rank the candidates
    /// otherwise, knowing them all; by default a candidate weighs its rule's confidence.
    private func first<Value>(
        _ candidates: [Candidate]?, into alternatives: inout [String: [Evidence]], key: String, _ read: (Candidate) -> Value?,
        weight: ((Found<Value>, [Found<Value>]) -> Double)? = nil
    ) -> Found<Value>? {
        let readable = (candidates ?? []).compactMap { candidate in
            read(candidate).map { Found(value: $0, evidence: candidate.evidence) }
        }
        let weights = readable.map { found in weight.map { $0(found, readable) } ?? found.evidence.confidence }
        // Positions in `readable` (reading order), weightiest first; the values stay put. A
        // candidate that weighs nothing is no value, even alone, and stays an alternative.
        let ranked = readable.indices.sorted { (weights[$1], $0) < (weights[$0], $1) }
        guard let best = ranked.first, weights[best] > 0 else {
            if !ranked.isEmpty { alternatives[key] = ranked.prefix(RecordContext.alternativesLimit).sorted().map { readable[$0].evidence } }
            return nil
        }
        let others = ranked.dropFirst().prefix(RecordContext.alternativesLimit).sorted().map { readable[$0].evidence }
        if !others.isEmpty { alternatives[key] = others }
        return readable[best]
    }

    // MARK: Evidence

    private func evidence(_ content: InlineText, matchRange: Range<Int>, rule: String, confidence: Double) -> Evidence {
        evidence(decoded: content.decodedRange(ofMatch: matchRange), rule: rule, confidence: confidence)
    }

    private func evidence(spanning lines: [InlineText], rule: String, confidence: Double) -> Evidence {
        let start = lines.first?.decodedRange?.lowerBound ?? 0
        let end = lines.last?.decodedRange?.upperBound ?? start
        return evidence(decoded: start..<max(start, end), rule: rule, confidence: confidence)
    }

    private func evidence(decoded: Range<Int>, rule: String, confidence: Double) -> Evidence {
        let text = String(decoding: document.source.utf8[decoded], as: UTF8.self)
        return Evidence(text: text, span: document.source.span(of: decoded), rule: rule, confidence: confidence)
    }

    private func identifier() -> String {
        let key = "\(document.source.sha256):\(segment.span.bytes.lowerBound)-\(segment.span.bytes.upperBound)"
        return Hexadecimal.string(SHA256.hash(data: Data(key.utf8)).prefix(8))
    }
}

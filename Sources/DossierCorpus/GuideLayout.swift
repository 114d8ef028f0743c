/// A national guide of numbered monographs, as `guide-monographies.txt`: a title page, a
/// summary with a statistics table (not a project), then categories, each with an index
/// table (`N°`, `Localisation`, `Organisme`, `Page`) and its monographs.
///
/// A monograph is a tab-separated table: the carrier line in capitals and the numbered title
/// on its first row (or the carrier line alone above a head line), the place and the three
/// figures on the next rows, then labelled rows, with the markup and quirks of the sample
/// (`<div style=...>` places, `<ul>`, `<i>`, `<br>`, Markdown bold, a mode value on the row
/// below its label, a contact glued to the duration). In one guide in four a monograph is
/// printed with a wrong number (`9.4.` where the index says `1.4`): its gold keeps the
/// index's number in `section` and the printed one in `section_as_written`.
enum GuideLayout {
    static func write(_ projects: [ProjectFacts], using random: inout SplitMix64) -> CorpusDocument {
        var lines = frontMatter(using: &random)
        var indexRows: [GoldRecord] = []
        var monographs: [GoldRecord] = []
        var keys: [(project: Int, key: String)] = []
        // Categories of consecutive projects, numbered `1.n` or `2.1.n`.
        var remaining = projects[...]
        var category = 0
        var page = random.int(in: 5...9)
        let misprinted = random.chance(0.25) ? random.int(in: 0...projects.count - 1) : nil
        var position = 0
        while !remaining.isEmpty {
            category += 1
            let count = remaining.count <= 5 ? remaining.count : random.int(in: 2...min(8, remaining.count))
            let group = remaining.prefix(count)
            remaining = remaining.dropFirst(count)
            let prefix = random.chance(0.5) ? "\(category)" : "\(category).\(random.int(in: 1...3))"
            lines += ["", "", "", random.pick(["Projets de catégorie \(category) :", "\(prefix). : " + French.capitalsWithoutAccents(random.pick(categoryNames))]), ""]
            lines += [random.pick(categoryNames.map(French.capitalisingFirst)), "", "", ""]
            var table = [random.pick(indexHeaders)]
            var bodies: [[String]] = []
            for (number, facts) in zip(1..., group) {
                let section = "\(prefix).\(number)"
                let printed = misprinted == position ? "\(category + 8).\(number)" : section
                position += 1
                let cells = Cells(facts: facts, amounts: random.pick(French.AmountStyle.allCases))
                let (body, gold) = monograph(cells, section: section, printed: printed, using: &random)
                bodies.append(body)
                monographs.append(gold)
                keys.append((facts.id, section))
                let row = indexRow(facts, section: section, page: page, using: &random)
                indexRows.append(GoldRecord(indexRow: row))
                table.append([row.section, row.localisation, row.organisation, row.page].joined(separator: "\t"))
                page += random.int(in: 0...1)
            }
            lines += table + [""]
            for body in bodies { lines += body + [""] }
            page += 1
        }
        lines += ["", "Retrouvez l'Union sociale pour l'habitat sur internet :", "www.union-habitat.org", ""]
        return CorpusDocument(text: lines.joined(separator: "\n"), storage: .utf8, fileExtension: "txt",
                              records: indexRows + monographs, keys: keys)
    }

    /// One monograph's lines, and its gold.
    private static func monograph(_ cells: Cells, section: String, printed: String, using random: inout SplitMix64) -> ([String], GoldRecord) {
        let facts = cells.facts
        var gold = GoldRecord(key: section)
        gold.section = section
        gold.sectionAsWritten = printed == section ? nil : printed
        let title = French.capitalsWithoutAccents(facts.title.text)
        gold.title = title
        let (carrierLine, carriers, partners) = cells.carrierLine(accents: false, using: &random)
        gold.carriers = carriers
        gold.partners = partners
        let head = printed + random.pick([". ", ". ", " "]) + title
        var lines: [String] = []
        let headOnItsOwnLine = random.chance(0.2)
        if headOnItsOwnLine {
            lines += [carrierLine, head]
        } else {
            lines.append(carrierLine + "\t\t" + head + "\t")
        }
        let (place, territory) = cells.place(using: &random)
        gold.territory = territory
        let placeCell = random.chance(0.5) ? "<div style=\"border: 1px solid #333; padding: 4px 6px; display: inline-block;\">\(place)</div>" : place
        let (households, householdsGold) = cells.households(using: &random)
        let housing = cells.housingUnits
        gold.households = householdsGold
        gold.housingUnits = housing.gold
        gold.mode = facts.mode
        let householdsLabel = random.pick(Cells.Labels.households)
        let housingLabel = random.pick(Cells.Labels.housing)
        let modeLabel = random.pick(Cells.Labels.mode)
        let mode = cells.mode(using: &random)
        let indent = headOnItsOwnLine ? "" : random.pick(["\t\t", "\t\t", "\t"])
        if random.chance(0.5) {
            lines.append("\(indent)\(placeCell)\t\(householdsLabel) : \(households) \(housingLabel) : \(housing.text) \(modeLabel) : \(mode)")
        } else {
            lines += [
                "\(indent)\(placeCell)\t\(householdsLabel) :\t\(households)",
                "\(indent)\t\(housingLabel) :\t\(housing.text)",
            ]
            // The mode's value may fall on the next row, under the label's row.
            lines += random.chance(0.1) ? ["\(indent)\t\(modeLabel) :", "\(indent)\t\t\(mode)"] : ["\(indent)\t\(modeLabel) :\t\(mode)"]
        }
        let prose = Prose(facts: facts)
        let objectives = prose.objectives(using: &random)
        var rows = [
            ("Objectifs", random.chance(0.15)
                ? "<ul style=\"list-style-type: none\"> " + objectives.map { "- " + $0 }.joined(separator: " ; ") + ". "
                : objectives.joined(separator: " ; ")),
            ("Profil des ménages", random.chance(0.1)
                ? "<i>\(French.capitalisingFirst(facts.audience.description))</i>" : French.capitalisingFirst(facts.audience.description)),
        ]
        if random.chance(0.8) { rows.append(("Statut d'occupation", prose.occupancy(using: &random))) }
        rows += [
            ("Nature de l'accompagnement", prose.support(using: &random)),
            ("Nature de l'offre", prose.offer(using: &random) + (random.chance(0.1) ? "<br>" + prose.offer(using: &random) : "")),
            ("Moyens mis en œuvre", random.chance(0.1) ? "**" + prose.means(using: &random) + "**" : prose.means(using: &random)),
        ]
        // Most guides keep the form's order; some put the rows in their own.
        if random.chance(0.3) { rows = random.shuffled(rows) }
        rows.insert(("Nature du projet", prose.nature(using: &random)), at: 0)
        let (cost, duration, contacts) = cells.closingCells(into: &gold, using: &random)
        let durationLabel = random.pick(Cells.Labels.duration)
        var closing = [(cost.label, cost.text)]
        if random.chance(0.06) {
            // The contact glued into the duration cell, with no contact row.
            closing.append((durationLabel, duration + " " + contacts))
        } else {
            closing.append((durationLabel, duration))
            closing.append((random.pick(Cells.Labels.contact), contacts))
        }
        if random.chance(0.15) { closing.swapAt(0, 1) }
        rows += closing
        lines += rows.map { $0.0 + "\t" + $0.1 + "\t\t" }
        return (lines, gold)
    }

    private static func indexRow(_ facts: ProjectFacts, section: String, page: Int, using random: inout SplitMix64) -> GoldRecord.IndexRow {
        GoldRecord.IndexRow(
            section: section,
            localisation: random.chance(0.8) ? facts.place.town : facts.place.department.name,
            organisation: French.list(facts.carriers.map(\.name)),
            page: "p.\(page)"
        )
    }

    private static let indexHeaders = [
        "N°\tLocalisation du projet\tOrganisme(s) Hlm porteur de projet\tPage",
        "N°\tLocalisation du projet\tOrganisme Hlm porteur du projet\tPage",
        "<i>N°</i>\t<i>Localisation du projet</i>\t<i>Organisme Hlm porteur du projet</i>\t<i>Page</i>",
    ]

    private static let categoryNames = [
        "plateformes de coordination entre bailleurs et associations", "projets pour des ménages cumulant difficultés économiques et sociales",
        "plateformes territoriales d'accompagnement", "projets portés par plusieurs organismes", "démarches d'aller vers les locataires",
        "projets en direction des jeunes", "projets en direction des publics sortant d'hébergement",
    ]

    private static func frontMatter(using random: inout SplitMix64) -> [String] {
        let year = random.int(in: 2015...2019)
        let session = random.pick(["première", "deuxième", "troisième", "quatrième"])
        let editors = (0..<2).map { _ in
            Person.random(at: Organisation(name: "Union sociale pour l'habitat", domain: "union-habitat.org"), using: &random)
        }
        var lines = [
            "", "", "Direction", "des politiques", "urbaines et sociales", "",
            French.month(random.int(in: 1...12)).uppercased(), "\(year)", "",
            "Les projets « 10 000 logements Hlm accompagnés » – \(session) session : monographies", "", "POLITIQUES SOCIALES", "", "", "",
            "Rédaction et coordination :", "",
        ]
        for editor in editors { lines += ["\(editor.name), \(editor.role.prefix(1).lowercased() + editor.role.dropFirst())", ""] }
        if random.chance(0.6) {
            lines += ["CONTACTS", ""]
            for editor in editors {
                lines += [editor.name.uppercased(), "", editor.email, "01 40 75 \(random.int(in: 10...99)) \(random.int(in: 10...99))", ""]
            }
        }
        lines += [
            "", "", "Sommaire", "", "Synthèse3", "", "- 1 : Bilan de la \(session) session.....3**", "- 2 : Répartition territoriale5**", "",
            "Monographies des projets7", "", "", "Synthèse", "", "1. Bilan de la \(session) session", "",
            "Pour cette \(session) session, les dossiers déposés sont plus nombreux et mieux construits : bailleurs et associations y décrivent ensemble qui repère, qui loge et qui suit.",
            "",
            "Le comité de sélection a surtout retenu des projets où **l'association partenaire a écrit le dossier avec le bailleur**, et non après lui.",
        ]
        if random.chance(0.7) {
            lines += ["", "", "", "2. Répartition territoriale", "", "Répartition régionale des projets retenus", "",
                      "Région\tNombre de projets retenus\tNombre de ménages accompagnés prévus"]
            var projects = 0, households = 0
            for region in random.sample(regions, count: random.int(in: 4...8)) {
                let count = random.int(in: 1...7), planned = random.int(in: 40...400)
                projects += count
                households += planned
                lines.append("\(region)\t\(count)\t\(French.number(planned))")
            }
            lines += ["Total\t\(projects)\t\(French.number(households))", "",
                      "Les fiches qui suivent en présentent une partie, regroupées par grandes familles de projets."]
        }
        return lines
    }

    private static let regions = [
        "Auvergne-Rhône-Alpes", "Bretagne", "Centre-Val de Loire", "Hauts-de-France", "Ile-de-France", "Normandie",
        "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Grand Est", "Bourgogne-Franche-Comté",
    ]
}

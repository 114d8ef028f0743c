/// A one-project HTML page, as `fiche-html.html` and `fiche-icf.html`: a `<style>`, often a
/// `<script>` holding a decoy amount that is no part of the page's text, headings, a
/// paragraph and a list, then either a table of labelled rows whose first row spans the
/// title (numbered or not) beside the place, or paragraphs of `<strong>Label :</strong>
/// value`.
enum PageLayout {
    static func write(_ facts: ProjectFacts, using random: inout SplitMix64) -> CorpusDocument {
        let cells = Cells(facts: facts, amounts: random.pick([.spaces, .noBreak]))
        let prose = Prose(facts: facts)
        var gold = GoldRecord(key: "document")
        let title = facts.title.text.uppercased()
        gold.title = title
        gold.mode = facts.mode
        let carrier = facts.carriers[0].name, partner = facts.partners[0].name
        var html = [
            "<!DOCTYPE html>", "<html lang=\"fr\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>\(random.pick(["Fiche projet", "Catalogue des projets"])) &ndash; \(escaped(facts.title.text))</title>",
            "<style>", "body { font-family: Georgia, serif; margin: 1.5em 3em; color: #222; }", "table.fiche { border-collapse: collapse; }",
            "table.fiche td { border: 1px solid #888; padding: 3px 10px; }", "td[colspan] { background: #eef; font-weight: bold; }", "</style>",
        ]
        if random.chance(0.6) {
            let decoy = French.euros(random.int(in: 100...999) * 1_000 + 999)
            html += ["<script>", "// Valeur de démonstration du calculateur, sans rapport avec ce projet",
                     "var demo = \"Coût global du projet : \(decoy) sur 3 ans\";",
                     "window.addEventListener(\"load\", function () { document.title += \"\"; void demo; });", "</script>"]
        }
        html += ["</head>", "<body>", "<h1>Appel à projets &laquo;&nbsp;10 000 logements Hlm accompagnés&nbsp;&raquo;</h1>",
                 "<h2>\(escaped(carrier)) &amp; l'association \(escaped(partner))</h2>",
                 "<p>\(escaped(prose.nature(using: &random)))</p>", "<ul>"]
        html += prose.conditions(using: &random).map { "<li>\(escaped($0.prefix(1).lowercased() + $0.dropFirst()))</li>" }
        html.append("</ul>")
        html += random.chance(0.7) ? table(cells, into: &gold, using: &random) : paragraphs(cells, into: &gold, using: &random)
        html += ["<p>Rédigé d'après le dossier déposé en \(French.month(random.int(in: 1...12))) \(facts.startYear - 1).</p>", "</body>", "</html>", ""]
        return CorpusDocument(text: html.joined(separator: "\n"), fileExtension: "html", project: facts.id, gold: gold)
    }

    /// The monograph table: title and place, then a row a field.
    private static func table(_ cells: Cells, into gold: inout GoldRecord, using random: inout SplitMix64) -> [String] {
        let facts = cells.facts, prose = Prose(facts: facts)
        var head = escaped(gold.title!)
        if random.chance(0.5) {
            let section = "\(random.int(in: 1...3)).\(random.int(in: 1...4)).\(random.int(in: 1...20))"
            gold.section = section
            head = section + ". " + head
        }
        let (place, territory) = cells.place(using: &random)
        gold.territory = territory
        let (line, carriers, partners) = cells.carrierLine(accents: true, using: &random)
        gold.carriers = carriers
        gold.partners = partners
        let (households, householdsGold) = cells.households(using: &random)
        gold.households = householdsGold
        gold.housingUnits = cells.housingUnits.gold
        let (cost, duration, contacts) = cells.closingCells(into: &gold, using: &random)
        var rows: [(String, String)] = [
            (random.pick(Cells.Labels.carriers), escaped(line)),
            (random.pick(Cells.Labels.households) + " :", escaped(households)),
            (random.pick(Cells.Labels.housing) + " :", cells.housingUnits.text),
            (random.pick(Cells.Labels.mode) + " :", cells.mode(using: &random)),
            ("Nature du projet", escaped(prose.nature(using: &random))),
            ("Objectifs", prose.objectives(using: &random).map(escaped).joined(separator: "<br>")),
            ("Profil des ménages", escaped(French.capitalisingFirst(facts.audience.description))),
        ]
        if random.chance(0.6) { rows.append(("Statut d'occupation", escaped(prose.occupancy(using: &random)))) }
        rows += [
            ("Nature de l'accompagnement", escaped(prose.support(using: &random))),
            ("Moyens mis en œuvre", escaped(prose.means(using: &random))),
            (cost.label, emphasisedAmount(escaped(cost.text))),
            (random.pick(Cells.Labels.duration), duration),
            (random.pick(Cells.Labels.contact), escaped(contacts)),
        ]
        return ["<table class=\"fiche\">", "<tr><td colspan=\"2\">\(head)</td><td>\(escaped(place))</td></tr>"]
            + rows.map { "<tr><td>\(escaped($0.0))</td><td>\($0.1)</td></tr>" } + ["</table>"]
    }

    /// The fields as paragraphs of `<strong>Label :</strong> value`.
    private static func paragraphs(_ cells: Cells, into gold: inout GoldRecord, using random: inout SplitMix64) -> [String] {
        let facts = cells.facts
        let place = facts.place
        let territory = random.pick(["\(place.town) (\(place.department.name))", "\(place.town), \(place.department.name)"])
        gold.territory = (territory, [place.department.code])
        gold.carriers = facts.carriers.map(\.name)
        gold.partners = facts.partners.map(\.name)
        let (households, householdsGold) = cells.households(using: &random)
        gold.households = householdsGold
        gold.housingUnits = cells.housingUnits.gold
        let (cost, duration, contacts) = cells.closingCells(into: &gold, using: &random)
        let carriers = French.list(facts.carriers.map(\.name)) + ", en partenariat avec l'association " + French.list(facts.partners.map(\.name))
        let fields: [(String, String)] = [
            (random.pick(["Intitulé du projet", "Titre du projet", "Nom du projet"]), gold.title!),
            (random.pick(Cells.Labels.carriers + ["Porteur(s) du projet"]), carriers),
            (random.pick(["Territoire d'intervention", "Localisation", "Territoire", "Territoire concerné"]), territory),
            (random.pick(["Type de projet", "Accès ou maintien", "Catégorie"]), cells.mode(using: &random)),
            (random.pick(Cells.Labels.households + ["Nb de ménages suivis"]), households),
            (random.pick(Cells.Labels.housing), cells.housingUnits.text),
            (cost.label, cost.text),
            (random.pick(Cells.Labels.duration + ["Calendrier", "Durée prévue"]), duration),
            (random.pick(Cells.Labels.contact + ["Référent(s)"]), contacts),
        ]
        return fields.map { "<p><strong>\(escaped($0.0)) :</strong> \(escaped($0.1))</p>" }
    }

    /// The first amount of a cost in bold, as a page would stress it.
    private static func emphasisedAmount(_ text: String) -> String {
        guard let euro = text.firstIndex(of: "€") else { return text }
        let end = text.index(after: euro)
        return "<b>" + text[..<end] + "</b>" + text[end...]
    }

    /// The text with `&`, `<` and `>` as entities, and no-break spaces as `&nbsp;`.
    private static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\u{00A0}": result += "&nbsp;"
            default: result.append(character)
            }
        }
        return result
    }
}

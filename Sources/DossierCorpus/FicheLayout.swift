/// A one-project "fiche projet" exported to Markdown, as `fiche-projet.md`,
/// `fiche-toulouse.md` and `fiche-windows1252.txt`: headings, `**Label :** value` pairs three
/// blank lines apart (`Catégorie`, `Porteurs du projet`, `Période`, `Territoire concerné`),
/// `- › **Label :** text` bullets, the cost and funding shares in a sentence, and a contact
/// as a `mailto:` link. One fiche in four is stored in Windows-1252, as a `.txt` file.
enum FicheLayout {
    static func write(_ facts: ProjectFacts, using random: inout SplitMix64) -> CorpusDocument {
        let prose = Prose(facts: facts)
        let audience = facts.audience
        var gold = GoldRecord(key: "document")
        let title = random.chance(0.5) ? facts.title.text.uppercased() : facts.title.text
        gold.title = title
        gold.carriers = facts.carriers.map(\.name)
        gold.partners = facts.partners.map(\.name)
        gold.mode = facts.mode
        let place = facts.place
        let territory = random.pick(["\(place.town) (\(place.department.name))", "\(place.town), \(place.department.name)", "\(place.town) (\(place.department.code))"])
        gold.territory = (territory, [place.department.code])
        let (period, duration) = self.period(facts, using: &random)
        gold.duration = duration
        let pairGap = ["", "", "", ""]
        var lines = ["", "", "## FICHE PROJET", "", "### \(title)", "",
                     "\(French.capitalisingFirst(French.month(random.int(in: 1...12)))) \(facts.startYear + random.int(in: 3...6))", "",
                     "## Programme « 10 000 logements HLM accompagnés »", "", "", "", "## Présentation du projet", "",
                     prose.nature(using: &random)]
        let partners = French.list(facts.partners.map { French.association($0.name, using: &random) })
        var pairs = [
            (random.pick(["Catégorie", "Catégorie", "Type de projet"]), category(facts.mode, using: &random)),
            ("Mots clés", random.pick(["Jeunes, autonomie, bail", "Isolement, voisinage, santé", "Hébergement, bail direct, soutien", "Impayés, prévention, aller vers"])),
            (random.pick(["Porteurs du projet", "Porteurs du projet", "Porteur(s) du projet"]), French.list(facts.carriers.map(\.name) + [partners])),
            (random.pick(["Période", "Période", "Durée", "Calendrier"]), period),
            (random.pick(["Territoire concerné", "Territoire concerné", "Territoire", "Localisation"]), territory),
        ]
        // The form's order, or another.
        if random.chance(0.3) { pairs = random.shuffled(pairs) }
        for (label, value) in pairs { lines += pairGap + ["**\(label) :** " + value] }
        lines += ["## Contexte et genèse", "", prose.nature(using: &random) + " " + prose.modeSentences(using: &random).joined(separator: " "), "",
                  "\(facts.partners[0].name) connaissait bien ce public ; \(facts.carriers[0].name) cherchait de son côté des solutions pour ses agences.", "",
                  "## Les principaux objectifs", "", "Les partenaires se sont fixé ces ambitions :", ""]
        lines += prose.objectives(using: &random).enumerated().map { "\($0 + 1). \($1)," } + ["", "## Le public cible", ""]
        lines.append("- › **Profil des publics visés par l'action :** \(audience.description).")
        let (households, householdsGold, housingGold) = beneficiaries(facts, using: &random)
        gold.households = householdsGold
        gold.housingUnits = housingGold
        lines += ["- › **\(random.pick(["Nombre de bénéficiaires", "Nombre de bénéficiaires", "Nombre de ménages accompagnés", "Public accompagné"])) :** " + households,
                  "", "## La mise en œuvre", "",
                  "##### **\(random.pick(["Un repérage partagé", "Un référent unique", "Une présence dès le premier jour", "Un suivi qui s'adapte"]))**", "",
                  prose.support(using: &random) + ".", "", "### Ressources du projet", "",
                  "**Moyens humains :** " + prose.means(using: &random) + ".", ""]
        let (money, cost) = self.money(facts, using: &random)
        gold.cost = cost
        gold.funding = facts.funding.map { .init(source: $0.source, euros: nil, percent: $0.percent) }
        lines += ["**Moyens financiers :** " + money, "", "## Les enseignements", "",
                  "Bailleur et association parlent désormais le même langage, et les agences font remonter les difficultés plus tôt.", "", "### Contacts", ""]
        for person in facts.contacts {
            let phone = random.chance(0.3) ? person.phone : nil
            lines += ["- › **\(person.name)**, \(person.role) chez \(person.organisation.name)  ",
                      "[\(person.email)](mailto:\(person.email))" + (phone.map { " – " + $0 } ?? ""), ""]
            gold.contacts.append(GoldRecord.Contact(person, phone: phone, role: person.role, organisation: person.organisation.name))
        }
        let legacy = random.chance(0.25)
        return CorpusDocument(text: lines.joined(separator: "\n"), storage: legacy ? .windows1252 : .utf8,
                              fileExtension: legacy ? "txt" : "md", project: facts.id, gold: gold)
    }

    private static func category(_ mode: Mode, using random: inout SplitMix64) -> String {
        switch mode {
        case .access: random.pick(["Accès au logement", "Accès"])
        case .maintenance: random.pick(["Maintien", "Maintien dans le logement"])
        case .both: random.pick(["Accès et maintien", "Accès et maintien dans le logement"])
        }
    }

    /// The period: years (`2016-2019`), months (`janvier 2016 – juin 2017 (18 mois)`), or a
    /// renewable year.
    private static func period(_ facts: ProjectFacts, using random: inout SplitMix64) -> (String, GoldRecord.Duration) {
        let start = String(facts.startYear)
        switch facts.months {
        case 12:
            return ("un an renouvelable, à partir de \(start)", .init(months: 12, start: nil, end: nil, renewable: true))
        case 18:
            return ("janvier \(start) – juin \(facts.startYear + 1) (18 mois)", .init(months: 18, start: start + "-01", end: "\(facts.startYear + 1)-06", renewable: false))
        default:
            let end = String(facts.endYear)
            let text = random.chance(0.7) ? "\(start)-\(end)" : "\(French.word(facts.months / 12)) ans (\(start)-\(end))"
            return (text, .init(months: facts.months, start: start, end: end, renewable: false))
        }
    }

    /// The beneficiaries bullet, and the households and dwellings it gives.
    private static func beneficiaries(_ facts: ProjectFacts, using random: inout SplitMix64) -> (String, GoldRecord.Quantity, GoldRecord.Quantity?) {
        let noun = facts.audience.noun
        var text: String
        let households: GoldRecord.Quantity
        if random.chance(0.5) {
            text = "\(facts.householdsPerYear) \(noun) par an"
            households = .init(min: facts.householdsPerYear, max: facts.householdsPerYear, perYear: true, unit: noun)
            if facts.months > 12 { text += ", soit \(facts.totalHouseholds) sur la durée du projet" }
        } else {
            text = "\(facts.totalHouseholds) \(noun) sur la durée du projet"
            households = .init(min: facts.totalHouseholds, max: facts.totalHouseholds, perYear: false, unit: noun)
        }
        guard random.chance(0.4) else { return (text + ".", households, nil) }
        text += ", dans \(facts.housingUnits) logements mobilisés dans le parc existant."
        return (text, households, .init(min: facts.housingUnits, max: facts.housingUnits, perYear: false))
    }

    /// The cost and funding sentence.
    private static func money(_ facts: ProjectFacts, using random: inout SplitMix64) -> (String, GoldRecord.Cost) {
        let style = random.pick([French.AmountStyle.spaces, .noBreak])
        let year = French.euros(facts.costPerYear, style)
        let who = "\(facts.householdsPerYear) \(facts.audience.noun)"
        var options: [(String, GoldRecord.Cost)] = [
            ("Le coût annuel s'élève à \(year) pour \(who) accompagnés.", .init(perYear: facts.costPerYear)),
            ("Le dispositif coûte chaque année \(year) pour \(who), soit environ \(French.euros(facts.costPerHousehold, style)) par \(facts.audience.singular).",
             .init(perYear: facts.costPerYear, perHousehold: facts.costPerHousehold)),
        ]
        if facts.months >= 24 {
            options.append(("Le coût global du projet est de \(French.euros(facts.totalCost, style)) sur \(facts.months / 12) ans.", .init(total: facts.totalCost)))
        }
        let (sentence, cost) = random.pick(options)
        let shares = facts.funding
        let funders = shares.dropFirst().map { "par \($0.sourceWithArticle) (\($0.percent) %)" }
        return (sentence + " Il est couvert par le \(shares[0].source) à hauteur de \(shares[0].percent) %, " + French.list(funders) + ".", cost)
    }
}

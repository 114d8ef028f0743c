/// A regional brochure converted from PDF, as `brochure-regionale.txt` and
/// `brochure-crlf.txt`: title lines, an editorial with signatures, a table of contents that
/// names each section's carrier (`- 6-9 Organisme :**`), then one section a project.
///
/// A section opens with bullet lines for its year and its place (`- 2019`, `- Reims (51)`),
/// sometimes after the carrier's name and a `Partenariat avec ...` line; then its title in
/// capitals, prose, the objectives (which say the mode), a contact block (name, title,
/// organisation, e-mail) and a list of figures. A brochure of one section has no table of
/// contents: its carrier line opens it. One brochure in four has CRLF line ends.
enum BrochureLayout {
    static func write(_ projects: [ProjectFacts], using random: inout SplitMix64) -> CorpusDocument {
        var lines: [String] = []
        if projects.count > 1 { lines += frontMatter(projects, using: &random) }
        var records: [GoldRecord] = []
        for facts in projects {
            let (section, gold) = self.section(facts, carrierLine: projects.count == 1 || random.chance(0.5), using: &random)
            lines += section + ["", "", ""]
            records.append(gold)
        }
        let region = random.pick(regions)
        lines += ["Les Hlm en \(region.name)", "", "Edition \(random.int(in: 2019...2023))", "",
                  "Pour en savoir plus sur ces projets :", "contact@arhlm-\(region.slug).org", ""]
        return CorpusDocument(text: lines.joined(separator: "\n"), storage: random.chance(0.25) ? .utf8WithCRLF : .utf8, fileExtension: "txt",
            records: records, keys: zip(projects, records).map { ($0.id, $1.key) }
        )
    }

    /// One section's lines and gold.
    private static func section(_ facts: ProjectFacts, carrierLine: Bool, using random: inout SplitMix64) -> ([String], GoldRecord) {
        let carrier = facts.carriers[0].name, partner = facts.partners[0].name
        let title = facts.title.text.uppercased()
        var gold = GoldRecord(key: title)
        gold.title = title
        gold.carriers = [carrier]
        gold.partners = [partner]
        gold.territory = ("\(facts.place.town) (\(facts.place.department.code))", [facts.place.department.code])
        gold.year = facts.startYear
        gold.mode = facts.mode
        var lines: [String] = []
        if carrierLine {
            lines += [random.chance(0.3) ? French.capitalsWithoutAccents(carrier) : carrier, "",
                      "Partenariat avec \(random.pick(["l'association ", ""]))\(partner)", "", "", ""]
        }
        lines += ["- \(facts.startYear)", "- \(gold.territory!.value)", "", title, "", "Les partenaires associés à l'initiative du projet", "", "", ""]
        let prose = Prose(facts: facts)
        lines += [prose.theme(using: &random), ""]
        let opening = random.pick([
            "À \(facts.place.town), **\(carrier) et \(partner) ont choisi d'agir ensemble** pour \(facts.audience.description).",
            "**\(carrier) a sollicité l'association \(partner)** pour imaginer une réponse commune, pensée pour \(facts.audience.description).",
            "Tout est parti d'un constat partagé par les équipes de \(carrier) et de \(partner) : **les réponses habituelles ne suffisaient plus**.",
        ])
        lines += [opening + " " + prose.modeSentences(using: &random).joined(separator: " "), "", prose.nature(using: &random), "", ""]
        lines += ["OBJECTIFS DU PROJET", "", ""]
        for objective in objectives(facts.mode, using: &random) { lines += [objective, "", ""] }
        lines += ["COMMENT FONCTIONNE LA DÉMARCHE ?", "", "Ce que vise la démarche :", ""]
        lines += prose.objectives(using: &random).map { "- " + $0 } + [""]
        if random.chance(0.6) { lines += ["DÉCLINAISON OPÉRATIONNELLE", "", prose.support(using: &random) + ".", ""] }
        lines += ["PAROLE AUX ACTEURS", "", "« " + prose.quotation(using: &random) + " »", ""]
        for person in facts.contacts {
            let organisation = person.organisation.name.uppercased()
            let phone = random.chance(0.3) ? person.phone : nil
            lines += [person.name] + (random.chance(0.5) ? [""] : []) + [person.role, organisation, person.email]
            lines += phone.map { ["Tél. " + $0] } ?? []
            lines.append("")
            gold.contacts.append(GoldRecord.Contact(person, phone: phone, role: person.role, organisation: organisation))
        }
        lines += ["LES CONDITIONS DE RÉUSSITE", ""] + prose.conditions(using: &random).map { "- " + $0 } + [""]
        lines += ["LES FREINS IDENTIFIÉS", ""] + prose.obstacles(using: &random).map { "- " + $0 } + [""]
        lines += [random.pick(["QUELQUES CHIFFRES", "EN QUELQUES CHIFFRES", "LES INFOS CLÉS DU PROJET"]), ""]
        lines += figures(facts, into: &gold, using: &random)
        return (lines, gold)
    }

    /// The objectives, one a line: the mode's, and another.
    private static func objectives(_ mode: Mode, using random: inout SplitMix64) -> [String] {
        let access = "Accès au logement"
        let maintenance = random.pick(["Maintien dans le logement", "Maintien à domicile"])
        let other = random.pick(["Lien social", "Insertion professionnelle", "Vie de quartier", "Autonomie", "Santé", "Mise à l'abri"])
        switch mode {
        case .access: return [access, other]
        case .maintenance: return [maintenance, other]
        case .both: return [access, maintenance]
        }
    }

    /// The figures list, in a random order, each figure given or not.
    private static func figures(_ facts: ProjectFacts, into gold: inout GoldRecord, using random: inout SplitMix64) -> [String] {
        var figures: [String] = []
        if random.chance(0.85) {
            let noun = facts.audience.noun
            let followed = ["accompagnés", "suivis"].map { noun == "femmes" || noun == "personnes" || noun == "familles" ? $0 + "es" : $0 }
            if random.chance(0.6) {
                figures.append("\(facts.totalHouseholds) \(noun) \(random.pick(followed)) depuis \(facts.startYear)")
                gold.households = .init(min: facts.totalHouseholds, max: facts.totalHouseholds, perYear: false, unit: noun)
            } else {
                figures.append("\(facts.householdsPerYear) \(noun) \(random.pick(followed)) chaque année")
                gold.households = .init(min: facts.householdsPerYear, max: facts.householdsPerYear, perYear: true, unit: noun)
            }
        }
        if random.chance(0.7) {
            figures.append("\(facts.housingUnits) logements \(random.pick(["mobilisés en diffus", "mobilisés dans le parc existant", "réservés au projet"]))")
            gold.housingUnits = .init(min: facts.housingUnits, max: facts.housingUnits, perYear: false)
        }
        if random.chance(0.85) {
            let year = French.euros(facts.costPerYear, random.pick(French.AmountStyle.allCases))
            if facts.months > 12, random.chance(0.2) {
                figures.append("\(French.euros(facts.totalCost)) au total pour le suivi social")
                gold.cost = .init(total: facts.totalCost)
            } else {
                figures.append(random.pick([
                    "\(year) par an pour le suivi social", "\(year) par an pour le suivi social et la gestion locative adaptée",
                    "\(year) consacrés chaque année au suivi social", "Coût du projet : \(year) par an",
                ]))
                gold.cost = .init(perYear: facts.costPerYear)
            }
        }
        return random.shuffled(figures).map { "- " + $0 }
    }

    private static func frontMatter(_ projects: [ProjectFacts], using random: inout SplitMix64) -> [String] {
        var lines = ["", "", "\(projects.count + random.int(in: 0...4)) \(random.pick(["INITIATIVES SOLIDAIRES", "COOPÉRATIONS SOLIDAIRES", "PROJETS ACCOMPAGNÉS"]))", "",
                     "POUR LOGER ET ACCOMPAGNER", "LES MÉNAGES FRAGILES", "Edition \(random.int(in: 2019...2023))", "", "", "", "", "", "EDITO", ""]
        lines += [
            "Bailleurs sociaux et associations ont ouvert leurs dossiers pour ce recueil. **Chaque page raconte une coopération née d'un besoin concret**, souvent repéré par un gardien ou un travailleur social.",
            "",
            "Les difficultés n'y sont pas cachées, des budgets à reconduire chaque année aux logements trop rares. **Ces démarches montrent pourtant que l'on peut loger autrement**, en prenant le temps.",
            "",
        ]
        let titles = [
            (feminine: "Présidente de l'Association régionale Hlm", masculine: "Président de l'Association régionale Hlm"),
            (feminine: "Déléguée aux politiques sociales", masculine: "Délégué aux politiques sociales"),
        ]
        for title in titles {
            let person = Person.random(at: Organisation(name: "Association régionale Hlm", domain: "arhlm.org"), using: &random)
            lines += ["\(person.name),", person.feminine ? title.feminine : title.masculine, ""]
        }
        lines += ["", "", "SOMMAIRE", ""]
        var page = random.int(in: 4...6)
        for facts in projects {
            lines += ["- \(page)-\(page + 3) \(facts.carriers[0].name) :**", facts.title.text, "-"]
            page += 4
        }
        return lines + ["", "", ""]
    }

    private static let regions: [(name: String, slug: String)] = [
        ("Grand Est", "grandest"), ("Bretagne", "bretagne"), ("Hauts-de-France", "hdf"), ("Occitanie", "occitanie"),
        ("Normandie", "normandie"), ("Auvergne-Rhône-Alpes", "aura"), ("Nouvelle-Aquitaine", "nouvelle-aquitaine"),
    ]
}

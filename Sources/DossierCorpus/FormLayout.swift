/// A one-project application form, a Word form converted to text, as
/// `formulaire-candidature.txt`, `formulaire-valenciennes.txt` and `formulaire-mojibake.txt`:
/// `Label : value` lines (often a no-break space before the colon, typographic apostrophes),
/// `FORMCHECKBOX` options whose state is lost, a budget table flattened into tab-indented
/// lines and lone amounts, and a referent at the end.
///
/// No label gives the mode: the households line (`par an 20 en accès, 40 en maintien`) and
/// the prose do. The cost is the budget's total; the duration, the one the start sentence
/// gives. One form in ten is stored as mojibake, one in ten with CRLF line ends.
enum FormLayout {
    static func write(_ facts: ProjectFacts, using random: inout SplitMix64) -> CorpusDocument {
        let colon = random.pick([" :", "\u{00A0}:", "\u{00A0}:"])
        let amounts = random.pick([French.AmountStyle.noBreak, .noBreak, .narrow, .spaces])
        let euros = { (value: Int) in French.euros(value, amounts) }
        let prose = Prose(facts: facts)
        var gold = GoldRecord(key: "document")
        let place = facts.place
        let territory = random.pick([
            "\(place.town) (\(place.department.name))", "\(place.town) et communes voisines (\(place.department.name))",
            "\(place.town), \(place.department.name)", "\(place.town) (\(place.department.code))",
        ])
        gold.territory = (territory, [place.department.code])
        gold.title = facts.title.text
        gold.carriers = facts.carriers.map(\.name)
        gold.partners = facts.partners.map(\.name)
        gold.mode = facts.mode
        let carriers = French.list(facts.carriers.map { $0.name + random.pick(["", " (OPH)", " (SA d’HLM)", " (ESH)"]) })
        let partners = French.list(facts.partners.map { French.association($0.name, using: &random) })

        var lines = [" Les Hlm, habiter mieux, bien vivre ensemble", "", "", "", "", "Appel à projets", "",
                     "Mise en place de 10\u{00A0}000 logements HLM accompagnés", "", "Présentation synthétique du projet"]
        lines.append("Localisation du projet\(colon) \(territory)")
        lines.append("Nom du projet\(colon) \(facts.title.text)")
        lines.append(random.pick(["Statut et nom du ou des porteur(s) du projet", "Nom du ou des porteur(s) du projet"]) + "\(colon) \(carriers), en partenariat avec \(partners)")
        lines.append("Descriptif sommaire du projet et objectifs poursuivis\(colon) ")
        lines.append(prose.nature(using: &random) + " " + prose.modeSentences(using: &random).joined(separator: " "))
        lines += ["", "Le dispositif s’organiserait ainsi\(colon) "]
        lines += prose.objectives(using: &random).map { "- " + $0 } + [""]
        lines.append("Les objectifs de l’action\(colon) ")
        if facts.mode != .maintenance {
            lines += ["Sur l’accès au logement\(colon)", "", "- Ouvrir le parc ordinaire à \(facts.audience.description), bail à l’appui,", ""]
        }
        if facts.mode != .access {
            lines += ["Sur la prévention des expulsions\(colon)", "Reprendre langue avec les locataires silencieux bien avant le juge, et bâtir avec eux un échéancier tenable. "]
        }
        lines.append("Publics cibles du projet")
        let (households, householdsGold) = self.households(facts, using: &random)
        gold.households = householdsGold
        lines += ["Nombre de ménages accompagnés\(colon) \(households)", "",
                  "Ménages éligibles au DALO\(colon) oui ", "ou relevant globalement des publics cibles du PDALPD\(colon) oui ", "",
                  "Caractéristiques des publics cibles\(colon)", "", "1. \(French.capitalisingFirst(facts.audience.description)), sur orientation du SIAO ou des partenaires. ",
                  "Modalités de mobilisation des logements", "Création d’une offre nouvelle  FORMCHECKBOX ", "",
                  "Aménagement de logement existant  FORMCHECKBOX ", "    Mobilisation de logements existants sans aménagement  FORMCHECKBOX ", ""]
        lines.append("Nombre de logements\(colon) \(facts.housingUnits)")
        gold.housingUnits = .init(min: facts.housingUnits, max: facts.housingUnits, perYear: false)
        lines += ["Typologie des logements\(colon) T1 et T2 pour l’essentiel", "Accompagnement",
                  "Méthodologie de réalisation de l'accompagnement (étendue de l’accompagnement et objectifs visés, méthodes\u{00A0}- l’aller vers, autres…, durée et adaptabilité)\(colon) ",
                  prose.support(using: &random) + ". ", "Partenariat",
                  "Partenaires mobilisés\u{00A0}- exemples\(colon) collectivités territoriales, SIAO, associations, coordination entre les organismes, …\(colon) ", "",
                  "Le Département, le SIAO, la CAF, le CCAS de \(place.town), \(facts.partners.map(\.name).joined(separator: ", "))", "",
                  "Montage financier (solidité financière du plan de financement et d’exploitation du projet, optimisation des coûts)\(colon) ", "", ""]
        lines += budget(facts, euros: euros, into: &gold, using: &random)
        lines += ["Inscription de la démarche dans la durée ", "", ""]
        let (start, duration) = self.duration(facts, using: &random)
        lines.append(start)
        gold.duration = duration
        if random.chance(0.9) {
            let person = facts.contacts[0]
            let role = person.role.prefix(1).lowercased() + person.role.dropFirst()
            let phone = random.chance(0.4) ? person.phone : nil
            lines.append(random.pick(["Personne référente", "Contact"]) + "\(colon) \(person.name), \(role) – \(person.email)" + (phone.map { ", tél. " + $0 } ?? ""))
            gold.contacts = [GoldRecord.Contact(person, phone: phone, role: role)]
        }
        lines += ["Caractère reproductible de la démarche\(colon) Faible   FORMCHECKBOX ", "   Moyen    FORMCHECKBOX ", "   Fort  FORMCHECKBOX ", ""]
        let storage = random.pick(weighted: [(Storage.utf8, 8), (.mojibake, 1), (.utf8WithCRLF, 1)])
        return CorpusDocument(text: lines.joined(separator: "\n"), storage: storage, project: facts.id, gold: gold)
    }

    /// The households line: a count a year, split between access and maintenance for both.
    private static func households(_ facts: ProjectFacts, using random: inout SplitMix64) -> (String, GoldRecord.Quantity) {
        let year = facts.householdsPerYear
        guard facts.mode == .both else {
            return ("\(year) par an", .init(min: year, max: year, perYear: true, unit: nil))
        }
        let (access, maintenance) = (facts.accessPerYear, facts.maintenancePerYear)
        let text = random.chance(0.5) ? "par an \(access) en accès, \(maintenance) en maintien" : "\(access) par an en accès, \(maintenance) en maintien"
        return (text, .init(min: year, max: year, perYear: true, unit: nil, breakdown: [("accès", access), ("maintien", maintenance)]))
    }

    /// The budget flattened: expenses, receipts, their totals, and the subsidy asked for.
    private static func budget(_ facts: ProjectFacts, euros: (Int) -> String, into gold: inout GoldRecord, using random: inout SplitMix64) -> [String] {
        let total = facts.totalCost
        let period = facts.months % 12 == 0 ? (facts.months == 12 ? "1 an" : "\(facts.months / 12) ans") : "\(facts.months) mois"
        let support = total / 100 * random.int(in: 6...8) * 10
        let subsidy = total / 100 * random.int(in: 5...8) * 10
        let carrier = facts.carriers[0].name, partner = facts.partners[0].name
        gold.cost = .init(total: total)
        gold.funding = [.init(source: carrier, euros: total - subsidy), .init(source: "Appel à projets 10 000 logements Hlm accompagnés", euros: subsidy)]
        return [
            "Cout total du projet (sur \(period))", "\tDépenses ", "\tRecettes", "",
            "\t\(random.int(in: 1...3)) postes d’accompagnement social (\(partner))", euros(support), "",
            "Coordination et gestion locative adaptée par \(carrier)", "", euros(total - support), "", "",
            "\t\(carrier) (fonds propres)", euros(total - subsidy), "",
            "Appel à projets 10\u{00A0}000 logements Hlm accompagnés", "", euros(subsidy), "",
            "\tTotal\u{00A0}: ", "", euros(total), "", "",
            "Au titre de l’appel à projets, la subvention demandée est de \(euros(subsidy)) sur \(period)\u{00A0}; le reste du budget est couvert par l’organisme. ",
        ]
    }

    /// The start sentence, which gives the duration.
    private static func duration(_ facts: ProjectFacts, using random: inout SplitMix64) -> (String, GoldRecord.Duration) {
        let month = French.month(random.pick([1, 1, 4, 6, 9]))
        let length = facts.months == 12 ? "12 mois, renouvelable" : (facts.months % 12 == 0 ? "\(French.word(facts.months / 12)) ans" : "\(facts.months) mois")
        let sentence = "Lancement prévu le 1er \(month) \(facts.startYear), sur une durée de \(length). "
        return (sentence, .init(months: facts.months, start: String(facts.startYear), end: nil, renewable: facts.renewable))
    }
}

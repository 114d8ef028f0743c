/// A narrative submission, prose only, as `candidature-narrative.txt` and
/// `candidature-bobigny.txt`: numbered headings with a leading space, `·` bullets, no field
/// labels. The carrier and partner open it (`Carrier / association Partner : ...`); the
/// place, the yearly volume (`un volume annuel d’accompagnement de 25 ménages`), the cost,
/// the periods and the funding shares are sentences. It has no title.
enum NarrativeLayout {
    static func write(_ facts: ProjectFacts, using random: inout SplitMix64) -> CorpusDocument {
        let prose = Prose(facts: facts)
        let carrier = facts.carriers.map(\.name), partner = facts.partners[0].name
        let town = facts.place.town
        var gold = GoldRecord(key: "document")
        gold.carriers = carrier
        gold.partners = facts.partners.map(\.name)
        gold.mode = facts.mode
        let nbsp = random.chance(0.6) ? "\u{00A0}" : " "
        let euros = { (value: Int) in French.euros(value, nbsp == " " ? .spaces : .noBreak) }
        // `implantée à Laval` reads as the town; a town of several words or with an article, as `Town (53)`.
        let placeSentence: String
        let oneWord = town.count >= 3 && town.first!.isUppercase && town.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
        if oneWord, random.chance(0.5) {
            placeSentence = "\(carrier[0]), \(random.pick(["entreprise sociale pour l’habitat", "office public de l’habitat", "bailleur social"])) implanté à \(town), gère aujourd’hui \(French.number(random.int(in: 12...180) * 100, separator: nbsp)) logements."
            gold.territory = (town, [facts.place.department.code])
        } else {
            let place = "\(town) (\(facts.place.department.code))"
            placeSentence = "\(carrier[0]) gère aujourd’hui \(French.number(random.int(in: 12...180) * 100, separator: nbsp)) logements, dont une part importante à \(place)."
            gold.territory = (place, [facts.place.department.code])
        }
        var lines = [" 1. \(random.pick(["La réponse aux besoins dans le territoire", "Un constat partagé sur le terrain", "Le contexte du projet"]))", "",
                     "\(French.list(carrier)) / association \(partner)\(nbsp): \(random.pick(["une coopération née sur le terrain", "aller au-devant des plus fragiles", "une réponse construite à deux"]))",
                     placeSentence,
                     "L’association \(partner) intervient depuis longtemps auprès \(facts.audience.afterDe), avec des bénévoles d’abord, puis avec une équipe de travailleurs sociaux salariés.",
                     prose.nature(using: &random) + " " + prose.modeSentences(using: &random).joined(separator: " "),
                     "Ce constat nous a décidés à travailler autrement\(nbsp):"]
        lines += prose.objectives(using: &random).map { "· " + $0.prefix(1).lowercased() + $0.dropFirst() }
        lines += ["Quelques données locales…",
                  "· \(town) compte environ \(French.number(random.int(in: 8...160) * 1000, separator: nbsp)) habitants",
                  "· \(random.int(in: 18...45))\(nbsp)% des locataires concernés vivent seuls", "",
                  " 2. \(random.pick(["L’accompagnement", "La démarche proposée"]))", "",
                  "· \(random.pick(["Le premier contact", "Le repérage", "Le lien avec les équipes du bailleur"]))",
                  prose.support(using: &random) + ". " + prose.quotation(using: &random),
                  "\tPartenaires mobilisés autour de l’accompagnement\(nbsp): ", "",
                  "CCAS de \(town), centre médico-psychologique, CAF, services d’aide à domicile, \(partner).", ""]
        if facts.mode != .maintenance, random.chance(0.6) {
            lines += [" 3. L’offre de logement mobilisée", "",
                      "\(carrier[0]) mettra à disposition \(facts.housingUnits) logements, proches des commerces et des lignes de bus.", ""]
            gold.housingUnits = .init(min: facts.housingUnits, max: facts.housingUnits, perYear: false)
        }
        lines += [" \(gold.housingUnits == nil ? 3 : 4). Coût de l’accompagnement\(nbsp); Echéancier\(nbsp); Partenariat financier", ""]
        // The nouns the rules count here: `ménages`, `personnes` and `familles` after a yearly
        // volume; `ménages` and `familles` after `accompagner`.
        let together = facts.mode == .both ? ", accès et maintien confondus" : ""
        let noun: String
        if random.chance(0.7) {
            noun = ["ménages", "personnes", "familles"].contains(facts.audience.noun) ? facts.audience.noun : "ménages"
            lines.append("Les partenaires visent un volume annuel d’accompagnement de \(facts.householdsPerYear) \(noun)\(together).")
        } else {
            noun = facts.audience.noun == "familles" ? "familles" : "ménages"
            lines.append("Nous proposons d’accompagner \(facts.householdsPerYear) \(noun) par an\(together).")
        }
        gold.households = .init(min: facts.householdsPerYear, max: facts.householdsPerYear, perYear: true, unit: noun)
        let perHousehold = ", soit \(euros(facts.costPerHousehold)) par \(String(noun.dropLast()))"
        if facts.months >= 24, random.chance(0.3) {
            lines.append("Le coût global du projet s’élève à \(euros(facts.totalCost)) sur \(French.word(facts.months / 12)) ans.")
            gold.cost = .init(total: facts.totalCost)
        } else if random.chance(0.5) {
            lines.append("Le coût de ce volume annuel est de \(euros(facts.costPerYear))\(perHousehold), bilan initial inclus.")
            gold.cost = .init(perYear: facts.costPerYear, perHousehold: facts.costPerHousehold)
        } else {
            lines.append("Nous estimons le coût de cet accompagnement à \(euros(facts.costPerYear)) par an\(perHousehold).")
            gold.cost = .init(perYear: facts.costPerYear, perHousehold: facts.costPerHousehold)
        }
        lines += schedule(facts, into: &gold, using: &random)
        lines += funding(facts, euros: euros, nbsp: nbsp, into: &gold)
        if random.chance(0.5) {
            let person = facts.contacts[0]
            lines.append("Pour toute question sur ce dossier, vous pouvez joindre \(person.name), \(person.role.lowercased()), à l’adresse \(person.email).")
            gold.contacts = [GoldRecord.Contact(person)]
        }
        return CorpusDocument(text: lines.joined(separator: "\n") + "\n", project: facts.id, gold: gold)
    }

    /// The periods: one-year date ranges, or a range of months.
    private static func schedule(_ facts: ProjectFacts, into gold: inout GoldRecord, using random: inout SplitMix64) -> [String] {
        let start = facts.startYear
        gold.duration = .init(months: facts.months, start: String(start), end: String(start + (facts.months - 1) / 12), renewable: facts.renewable)
        if facts.months % 12 == 0, random.chance(0.6) {
            let years = facts.months / 12
            var lines = [years == 1 ? "Le projet couvrira une année civile, renouvelable\u{00A0}:" : "Le projet couvrira \(French.word(years)) années civiles\u{00A0}:"]
            lines += (0..<years).map { "· du 1er janvier \(start + $0) au 31 décembre \(start + $0)" }
            return lines
        }
        let endMonth = facts.months == 18 ? "juin" : "décembre"
        let endYear = start + (facts.months - 1) / 12
        return ["Le projet se déroulera de janvier \(start) à \(endMonth) \(endYear)\(facts.renewable ? ", une période renouvelable" : "")."]
    }

    /// The funding shares, each with its yearly amount.
    private static func funding(_ facts: ProjectFacts, euros: (Int) -> String, nbsp: String, into gold: inout GoldRecord) -> [String] {
        var lines: [String] = []
        for (index, share) in facts.funding.enumerated() {
            let amount = facts.costPerYear * share.percent / 100
            let source = index == 0 ? "appel à projets" : share.source
            gold.funding.append(.init(source: source, euros: amount, percent: share.percent))
            switch index {
            case 0: lines.append("La part restante, soit \(share.percent)\(nbsp)%, représente \(euros(amount)) par an et est demandée à l’appel à projets.")
            case 1: lines.append("\(share.source) prendra à sa charge \(share.percent)\(nbsp)% du coût annuel, soit \(euros(amount)).")
            default: lines.append("\(French.capitalisingFirst(share.sourceWithArticle)) a été sollicité\(share.sourceWithArticle.hasPrefix("la ") ? "e" : "") pour \(share.percent)\(nbsp)%, soit \(euros(amount)) par an.")
            }
        }
        // The applicant's own share first, the request last, as the submissions write them.
        return Array(lines.dropFirst()) + [lines[0]]
    }
}

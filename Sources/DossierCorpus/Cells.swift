/// The labels and values of a monograph's table, as the guide and the HTML pages write
/// them, each value with the gold of what it says.
struct Cells {
    let facts: ProjectFacts
    /// How the amounts are written.
    var amounts: French.AmountStyle = .spaces

    private func euros(_ value: Int) -> String { French.euros(value, amounts) }

    /// Label wordings the rule packs know, the first most common.
    enum Labels {
        static let households = ["Nbre de ménages accompagnés", "Nbre de ménages accompagnés", "Nombre de ménages accompagnés", "Ménages accompagnés", "Nombre de ménages"]
        static let housing = ["Nbre de logements mobilisés", "Nbre de logements mobilisés", "Nombre de logements mobilisés", "Logements mobilisés", "Nbre de logements"]
        static let mode = ["Accès et / ou maintien", "Accès et / ou maintien", "Accès et/ou maintien", "Accès / maintien", "Accès ou maintien"]
        static let cost = ["Coût global du projet", "Coût global du projet", "Coût total du projet", "Coût du projet", "Budget du projet", "Budget prévisionnel"]
        static let annualCost = ["Coût annuel du projet", "Coût annuel", "Budget annuel"]
        static let duration = ["Durée du projet", "Durée du projet", "Durée de l'action", "Durée de l'expérimentation", "Durée"]
        static let contact = ["Contact", "Contact", "Contacts", "Personne à contacter", "Contact du projet", "Référent du projet"]
        static let carriers = ["Porteur du projet", "Porteurs du projet", "Organisme porteur", "Organisme porteur du projet", "Bailleur porteur"]
    }

    /// The households: a total, a count a year, a total with its yearly count or its parts,
    /// or an order of size (`une vingtaine`, 16 to 24) when the total is round.
    func households(using random: inout SplitMix64) -> (text: String, gold: GoldRecord.Quantity) {
        let total = facts.totalHouseholds, year = facts.householdsPerYear
        var options: [(String, GoldRecord.Quantity)] = [
            ("\(total)", .init(min: total, max: total, perYear: false, unit: "ménages")),
            ("\(total)", .init(min: total, max: total, perYear: false, unit: "ménages")),
            ("\(year) par an", .init(min: year, max: year, perYear: true, unit: "ménages")),
        ]
        if facts.months >= 24 {
            options.append(("\(total) (\(year) par an)", .init(min: total, max: total, perYear: false, unit: "ménages")))
        }
        if facts.mode == .both {
            let access = facts.accessPerYear * facts.months / 12, maintenance = total - access
            if access > 0, maintenance > 0, facts.months % 12 == 0 {
                options.append(("\(total) (\(access) en accès et \(maintenance) en maintien)", .init(
                    min: total, max: total, perYear: false, unit: "ménages", breakdown: [("accès", access), ("maintien", maintenance)]
                )))
            }
        }
        if let order = French.orderOfSize[total] {
            let spread = max(1, total / 5)
            options.append(("une \(order) de ménages", .init(min: total - spread, max: total + spread, perYear: false, approximate: true, unit: "ménages")))
        }
        return random.pick(options)
    }

    /// The dwellings, a count for the whole project.
    var housingUnits: (text: String, gold: GoldRecord.Quantity) {
        ("\(facts.housingUnits)", .init(min: facts.housingUnits, max: facts.housingUnits, perYear: false))
    }

    /// The mode, as the `Accès et / ou maintien` row words it.
    func mode(using random: inout SplitMix64) -> String {
        switch facts.mode {
        case .access: random.pick(["Accès au logement", "Accès au logement", "Accès"])
        case .maintenance: random.pick(["Maintien dans le logement", "Maintien dans le logement", "Maintien"])
        case .both: random.pick(["Accès et maintien", "Accès et maintien dans le logement"])
        }
    }

    /// The cost row: its label and value. A total over the years, a cost a year, or both,
    /// sometimes with its cost per household or one of its parts; under a yearly label
    /// (`Coût annuel`), the amount alone.
    func cost(using random: inout SplitMix64) -> (label: String, text: String, gold: GoldRecord.Cost) {
        if random.chance(0.12) {
            let thousands = "\(facts.costPerYear / 1000)" + (facts.costPerYear % 1000 == 0 ? "" : ",\(facts.costPerYear % 1000 / 100)")
            let text = random.chance(0.7) ? euros(facts.costPerYear) : thousands + " k€"
            return (random.pick(Labels.annualCost), text, .init(perYear: facts.costPerYear))
        }
        let total = facts.totalCost, year = facts.costPerYear, years = facts.months / 12
        var options: [(String, GoldRecord.Cost)] = [
            ("\(euros(year)) par an", .init(perYear: year)),
            ("\(euros(year))/an", .init(perYear: year)),
            ("\(euros(year)) par an, soit \(euros(facts.costPerHousehold)) par ménage accompagné", .init(perYear: year, perHousehold: facts.costPerHousehold)),
        ]
        let part = year * random.int(in: 40...75) / 10_000 * 100
        options.append(("\(euros(year)) par an, dont \(euros(part)) pour l'accompagnement social", .init(perYear: year)))
        if facts.months >= 24 {
            options += [
                ("\(euros(total)) sur \(years) ans", .init(total: total)),
                ("\(euros(total)) sur \(years) ans, soit \(euros(year)) par an", .init(total: total, perYear: year)),
                ("\(euros(total)) sur \(French.word(years)) ans, comprenant diagnostics, accompagnement et coordination", .init(total: total)),
            ]
            if total >= 1_000_000, total % 100_000 == 0 {
                let millions = "\(total / 1_000_000)" + (total % 1_000_000 == 0 ? "" : ",\(total % 1_000_000 / 100_000)")
                options.append(("\(millions) million\(total >= 2_000_000 ? "s" : "") d'euros sur \(years) ans", .init(total: total)))
            }
        }
        if facts.months == 18 {
            options.append(("\(euros(total)) pour 18 mois", .init(total: total)))
        }
        if facts.months > 12 {
            options.append(("\(euros(total)), correspondant à l'accompagnement de \(facts.totalHouseholds) ménages", .init(total: total)))
        }
        let (text, gold) = random.pick(options)
        return (random.pick(Labels.cost), text, gold)
    }

    /// The duration: a length in years or months, renewable when it is one year, or the
    /// years it runs (`2016-2019`).
    func duration(using random: inout SplitMix64) -> (text: String, gold: GoldRecord.Duration) {
        let text: String
        switch facts.months {
        case 12: text = random.pick(["1 an renouvelable", "un an renouvelable", "1 an reconductible"])
        case 18: text = random.pick(["18 mois", "18 mois", "dix-huit mois"])
        default:
            let years = facts.months / 12
            if random.chance(0.15) {
                return ("\(facts.startYear)-\(facts.endYear)", .init(months: facts.months, start: String(facts.startYear), end: String(facts.endYear), renewable: false))
            }
            text = random.pick(["\(years) ans", "\(years) ans", "\(French.word(years)) ans", "\(facts.months) mois"])
        }
        return (text, .init(months: facts.months, renewable: facts.renewable))
    }

    /// The people to contact, `Name - address`, two of them parted by ` / `, sometimes with
    /// a phone number.
    /// The cost, the duration and the contacts cells, drawn in that order, their gold set on
    /// `gold`: the closing rows of a guide's monograph and of a page.
    func closingCells(into gold: inout GoldRecord, using random: inout SplitMix64) -> (cost: (label: String, text: String), duration: String, contacts: String) {
        let cost = self.cost(using: &random)
        gold.cost = cost.gold
        let duration = self.duration(using: &random)
        gold.duration = duration.gold
        let contacts = self.contacts(using: &random)
        gold.contacts = contacts.gold
        return ((cost.label, cost.text), duration.text, contacts.text)
    }

    func contacts(using random: inout SplitMix64) -> (text: String, gold: [GoldRecord.Contact]) {
        let dash = random.pick([" - ", " - ", " – "])
        let withPhone = random.chance(0.15)
        let text = facts.contacts.map { $0.name + dash + $0.email + (withPhone ? dash + $0.phone : "") }.joined(separator: " / ")
        return (text, facts.contacts.map { GoldRecord.Contact($0, phone: withPhone ? $0.phone : nil) })
    }

    /// The place: a town and its département, by name or code.
    func place(using random: inout SplitMix64) -> (text: String, gold: (value: String, departments: [String])) {
        let place = facts.place
        let text = random.pick([
            "\(place.town), \(place.department.name)", "\(place.town), \(place.department.name)",
            "\(place.town) (\(place.department.name))", "\(place.town) (\(place.department.code))",
        ])
        return (text, (text, [place.department.code]))
    }

    /// The carriers and partners in capitals (`A, B ET C EN PARTENARIAT AVEC L'ASSOCIATION X`),
    /// with or without accents, and the gold names as printed.
    func carrierLine(accents: Bool, using random: inout SplitMix64) -> (text: String, carriers: [String], partners: [String]) {
        let capitals = { (text: String) in accents ? text.uppercased() : French.capitalsWithoutAccents(text) }
        let carriers = facts.carriers.map { capitals($0.name) }
        let partners = facts.partners.map { capitals($0.name) }
        let named = partners.map { name in
            let vowel = name.first.map { "AEIOUÉÈÊÂÎÔ".contains($0) } ?? false
            return random.pick(vowel ? ["L'" + name, "L'ASSOCIATION " + name] : ["L'ASSOCIATION " + name, name])
        }
        let phrase = random.pick([" EN PARTENARIAT AVEC ", " EN PARTENARIAT AVEC ", " EN LIEN AVEC "])
        return (French.list(carriers, and: "ET") + phrase + named.joined(separator: " ET "), carriers, partners)
    }
}

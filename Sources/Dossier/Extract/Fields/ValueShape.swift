/// The field of a `Label : value` pair whose label no rule pack knows, told by the value's
/// shape: an e-mail address is a contact, a name in guillemets under a label of the action
/// the title, a place and its département the territory, landlords named as such the
/// carriers, a town and its population the territory, a short value opening with `Accès` or
/// `Maintien` the mode, an amount in euros
/// a cost (unless the label speaks of funding), a count of households or of dwellings one
/// of those, a short length of time a duration (`Objectif de suivi : 18 à 22 ménages par
/// an`, `Enveloppe sollicitée : 96 k€`).
enum ValueShape {
    /// The confidence of a value placed by its shape: below a label the packs know.
    static let confidence = 0.7

    /// Nouns that count households or people.
    private static let households: Set<String> = [
        "menages", "menage", "familles", "famille", "personnes", "personne", "locataires", "locataire", "jeunes",
        "femmes", "foyers", "seniors", "beneficiaires", "residents", "hommes", "adultes", "patients", "aines",
    ]
    /// Word starts of a label that says people are helped (`Aînés accompagnés chaque année`),
    /// and whole words (`logés` but not `logements`).
    private static let helped = ["accompagn", "suivi", "aide", "reloge", "epaule", "soutenu"]
    private static let helpedWords: Set<String> = ["loges", "logees", "heberges", "hebergees", "accueillis", "accueillies", "installes", "installees"]
    /// First words of a label that names the action.
    static let actionWords: Set<String> = ["action", "projet", "operation", "demarche", "dispositif", "experimentation"]
    /// Nouns that count dwellings.
    private static let dwellings: Set<String> = ["logements", "logement", "appartements", "studios", "places", "pavillons", "maisons"]
    /// The first letters of label words of parking and vehicles (and the scaffolding that
    /// takes their places): places under them are no dwellings.
    private static let parkingWords = ["parking", "stationn", "garage", "voiture", "vehicule", "velo", "echafaud"]
    /// The first letters of label words whose amounts are not the project's cost: of funding,
    /// a wage (`Rémunération : 2 094 € brut mensuel`), a member's fee (`Adhésion annuelle à
    /// l'association : 15 €`), a rent (`La première quittance de loyer : 286 €`), a debt
    /// (`Dette moyenne à l'entrée : 1 294 €`) or a price list (`Tarifs : 9 € plein`).
    private static let notCostWords = [
        "financ", "subvention", "apport", "produit", "aide", "sollicit", "demand", "particip", "remuner", "salaire", "adhesion", "cotisation",
        "loyer", "quittance", "dette", "impaye", "arriere", "recette", "caution", "tarif",
    ]
    /// Label words of the people who help (`Nos bénévoles : 23 personnes`): a count under
    /// them counts no households.
    private static let helpers: Set<String> = [
        "benevole", "benevoles", "salarie", "salaries", "equipe", "intervenants", "intervenantes", "administrateurs", "adherents", "membres",
    ]

    /// The field `value` belongs to, under a label whose folded words are `words` and that
    /// gives `unit` for a bare number, or nil.
    static func field(of value: String, label words: [String], unit: LabelUnit? = nil) -> RulePack.Field? {
        if value.utf8.contains(UInt8(ascii: "@")), !Contacts.parse(value).isEmpty {
            // A length of time the contact is glued to (`1 an renouvelable deux fois Armelle
            // CUENOT - a.cuenot@…`) is a duration; the address is read with the text's.
            return opensWithALength(value) ? .duration : .contacts
        }
        // A name in guillemets under a label of the action (`Action visitée : « … »`, `Nom sous
        // lequel l'action est présentée : « … »`): the title.
        // (`Dossier : n° 61-2016-04, « … »`: the name after the file's number.)
        if namesTheAction(words), RecordContext.quotedName(in: value) != nil { return .title }
        // A short value that ends with a département in parentheses (`Pont-Audemer et communes
        // voisines (Eure)`, `Yzeure (03)`): the territory.
        if value.utf8.count <= 80, value.hasSuffix(")"), let open = value.lastIndex(of: "("),
           !Departments.codes(in: String(value[open...])).isEmpty, value[..<open].first?.isUppercase == true
        {
            return .territory
        }
        // A town and its population in parentheses (`Mortagne-au-Perche (4 050 habitants)`):
        // the territory.
        // (The population with its département is the case above.)
        if value.utf8.count <= 80, value.first?.isUppercase == true, let population = ProjectRecord.Territory.population(in: value),
           !value[..<population.lowerBound].contains(where: \.isNumber)
        {
            return .territory
        }
        // Organisations that say which is the landlord (`X (bailleur) et Y (association)`), or a
        // name with its association (`Coly Logement, avec l'association L'Embellie`).
        if ASCIICaseless.contains("(bailleur", in: value) || ASCIICaseless.contains("(office", in: value) { return .carriers }
        if value.utf8.count <= 120, value.first?.isUppercase == true,
           ["avec l'association", "et l'association"].contains(where: { ASCIICaseless.contains($0, in: value) })
        {
            return .carriers
        }
        // `Accès`, `Accès et maintien`, `Maintien dans le logement`, `maintien – rester chez
        // soi malgré les dettes` (told by what comes before the dash): the mode.
        if let first = FoldedWords.of(String(value.prefix(12))).first, ["acces", "maintien"].contains(first) {
            let head = value.utf8.count <= 40 ? value[...] : value.range(of: " – ").map { value[..<$0.lowerBound] } ?? value[...]
            if head.utf8.count <= 40, ModeReader.read(String(head)) != nil { return .mode }
        }
        // A short value that a figure opens (`18 à 22 ménages`, `environ 40`, `une
        // trentaine`): prose after a colon is longer and opens with words.
        let openingWords = FoldedWords.of(String(value.prefix(16)))
        let opening = openingWords.joined(separator: " ") + " "
        let orders = ["une dizaine", "une douzaine", "une quinzaine", "une vingtaine", "une trentaine", "une quarantaine", "une cinquantaine", "une centaine"]
        // A short period from a start to an end (`de juillet 2015 à juin 2018`, `du 1er mars
        // 2016 au …`, a value that is a period and nothing else: `février 2015 – janvier
        // 2018`): a duration.
        // (Read once: a short value's duration serves the three tests that ask for one.)
        // (A longer value under a short label is told by its first clause: `dix-huit mois à
        // partir de septembre 2018, renouvelable une fois`.)
        let shortLabel = words.count(where: { $0.utf8.count > 1 }) <= 4
        let clause = value.utf8.count <= 60 || !shortLabel ? value : firstClause(of: value)
        let duration = clause.utf8.count <= 60 ? Durations.parse(clause) : nil
        if let duration, duration.start != nil, duration.months != nil,
           ["de ", "du ", "d "].contains(where: opening.hasPrefix) || duration.range.count >= value.utf8.count - 2
        {
            return .duration
        }
        // Dates that end the value after a few words of their own (`lancement le 5 novembre
        // 2018, terme le 4 novembre 2021`, `Entrée dans le dispositif : 16 avril 2018 ; sortie :
        // 15 avril 2021`, `ouverture du suivi le 2 mai 2016, dernier jour le 1er mai 2019`): a
        // duration. (A value of up to 90 bytes that the reading above did not read whole, by
        // its first clause or for its length, is read whole for them.)
        let wholeValueUnread = duration?.start == nil && value.utf8.count <= 90 && (clause.utf8.count < value.utf8.count || clause.utf8.count > 60)
        if let dated = wholeValueUnread ? Durations.parse(value) : duration,
           dated.start != nil, dated.months != nil, dated.range.upperBound >= value.utf8.count - 2, leadsIntoDates(value.utf8.prefix(dated.range.lowerBound))
        {
            return .duration
        }
        // A bare number under a label of months or years (`Mois d'engagement signés : 24`,
        // `Engagement exprimé en mois : 30`) that names no moment nor a debt (`Mois de
        // démarrage`, `Mois de loyer impayés`): a duration.
        if unit?.monthsPerUnit != nil, !words.contains(where: notLengthWords.contains), let number = Int(value.trimmingSpaces), (1...120).contains(number) {
            return .duration
        }
        // A length in words (`Deux ans, renouvelables une fois`), written first (not `une
        // dizaine de ménages accueillis en deux ans`): a duration.
        if duration?.months != nil, let first = openingWords.first, NumberWords.units[first] != nil,
           openingWords.prefix(3).dropFirst().contains(where: ValueShape.timeUnits.contains)
        {
            return .duration
        }
        // (`de 25 à 30`: a range.)
        let range = opening.hasPrefix("de ") && value.dropFirst(3).first?.isNumber == true
        guard value.first?.isNumber == true || range || (orders + ["environ ", "pres de ", "plus de ", "entre ", "chaque annee "]).contains(where: opening.hasPrefix)
        else { return nil }
        // An amount right at the start is a cost however long the explanation after it.
        let text = ValueText(value)
        if let amount = EuroAmounts.scan(text).first, amount.range.lowerBound < 8 {
            // (A funder's amount with its share in parentheses, `FNAVDL : 78 630 € (50 %)`, is funding.)
            if isShare(text.utf8[amount.range.upperBound...]) { return nil }
            // (`Commande groupée de cire : 9,80 € le kilo` prices one thing, not the project; so
            // does an amount under a thousand euros under a label of no field, `Poches : 1 €`.)
            if pricesAUnit(String(decoding: text.utf8[amount.range.upperBound...].prefix(24), as: UTF8.self)) || amount.euros < 1000 { return nil }
            // (`Moyens financiers engagés` speaks of the cost: `financier` is no funding word.)
            return words.contains { word in !word.hasPrefix("financier") && notCostWords.contains(where: word.hasPrefix) } ? nil : .cost
        }
        // A count with a long explanation after it, under a short label (`Combien : 16 familles
        // par an, orientées par …`), is told by its first clause; longer prose, or prose after
        // a sentence that ends in a colon, is no count.
        let figure = value.utf8.count <= 100 || !shortLabel ? value : firstClause(of: value)
        guard figure.utf8.count <= 100 else { return nil }
        if let quantity = Quantities.parse(figure) {
            // A bare count (`de 25 à 30`) counts households when its label says they are
            // helped (`Aînés accompagnés chaque année`) or names them in a few words (`Aînés
            // visités`), not in a longer description (`Famille monoparentale avec moins de 3
            // enfants : 4424`, a statistic), nor when it names the support itself (`Qualité de
            // l'accompagnement proposé : 4`, a mark).
            let unit = quantity.unit.map { FoldedWords.of($0).joined(separator: " ") }
                ?? (saysHelped(words)
                    || (words.count <= 3 && words.first.map(households.contains) == true) ? "menages" : "")
            if households.contains(unit) { return countsHelpers(words) ? nil : .households }
            // A landlord's stock (`Patrimoine géré : 3 850 logements`) is no project's dwellings,
            // nor are places beside a car park (`Échafaudages côté parking : 12 places`).
            if dwellings.contains(unit) {
                let parking = unit == "places" && words.contains { word in parkingWords.contains(where: word.hasPrefix) }
                return isLandlordStock(figure, label: words) || parking ? nil : .housingUnits
            }
        }
        // (A length of more than five years is an age, `DES CLÉS À DIX-HUIT ANS`, or a wider
        // programme's period, `2014 - 2020 INTERREG V-A`, not a project's.)
        guard let months = duration?.months, months <= 60, !opensWithSectionNumber(value) else { return nil }
        return .duration
    }

    /// Whether the words before a value's dates only name them (`lancement le`, `premier
    /// accueil le`, `Entrée dans le dispositif :`): a few words, no figure.
    private static func leadsIntoDates(_ lead: Substring.UTF8View) -> Bool {
        lead.count <= 32 && !lead.contains(where: { (0x30...0x39).contains($0) }) && lead.count(where: { $0 == 0x20 }) <= 5
    }

    /// Label words of a moment or a debt, not a length.
    private static let notLengthWords: Set<String> = [
        "debut", "demarrage", "lancement", "ouverture", "fin", "cloture", "premier", "dernier", "loyer", "loyers", "impayes", "retard", "dette",
        "attente", "delai", "age", "anciennete",
    ]

    /// Folded words of a length's unit.
    private static let timeUnits: Set<String> = ["an", "ans", "annee", "annees", "mois", "semaine", "semaines"]

    /// Whether a label names the people who help (`Nos bénévoles`), not people helped
    /// (`Salariés suivis sur la période`).
    private static func countsHelpers(_ words: [String]) -> Bool {
        words.contains(where: helpers.contains) && !saysHelped(words)
    }

    /// Whether a label's folded words say people are helped (`Ménages accompagnés`, `Public
    /// suivi`, `logées`), not the support itself (`accompagnement`, a label that opens with
    /// `Suivi`: `Suivi : 2 RDV par semaine`).
    private static func saysHelped(_ words: [String]) -> Bool {
        words.indices.contains { index in
            let word = words[index]
            return helpedWords.contains(word)
                || (helped.contains(where: word.hasPrefix) && !word.hasPrefix("accompagnement") && !(index == 0 && word == "suivi"))
        }
    }

    /// Whether a value opens with a length of time (`1 an renouvelable`, `Trois ans`).
    private static func opensWithALength(_ value: String) -> Bool {
        guard let first = FoldedWords.of(String(value.prefix(12))).first, first.first?.isNumber == true || NumberWords.units[first] != nil,
              let duration = Durations.parse(value), duration.months != nil
        else { return false }
        return duration.range.lowerBound <= 1
    }

    /// The figures of a value that lists several, one clause each (`16 familles par an, 12
    /// logements, 224 739 € sur trois ans`; `sans changement – 8 personnes par an, 8
    /// logements`), under a label no pack knows: each clause's range in the value's bytes and
    /// its field, when two clauses or more give figures of different fields and every clause
    /// with a figure gives one. Clauses part at a comma, a semicolon, a dash or `et` outside
    /// parentheses; a field given twice is a breakdown of one figure (`40 à 45 en accès, 250
    /// en maintien`), not a list.
    static func figureClauses(of value: String, label words: [String]) -> [(range: Range<Int>, field: RulePack.Field)]? {
        let bytes = Array(value.utf8)
        guard bytes.count <= 240 else { return nil }
        var clauses: [Range<Int>] = []
        var start = 0, depth = 0, index = 0
        func separator(at index: Int) -> Int? {
            for mark in clauseMarks where bytes[index...].starts(with: mark) { return mark.count }
            return nil
        }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth = max(0, depth - 1)
            default:
                if depth == 0, let length = separator(at: index) {
                    clauses.append(start..<index)
                    index += length
                    start = index
                    continue
                }
            }
            index += 1
        }
        clauses.append(start..<bytes.count)
        guard clauses.count >= 2 else { return nil }
        var found: [(range: Range<Int>, field: RulePack.Field)] = []
        for clause in clauses {
            let text = String(decoding: bytes[clause], as: UTF8.self).trimmingSpaces
            // A clause with a figure that gives no field (`en 2017`, `nous avions annoncé 24
            // jeunes`) makes the value prose, not a list of figures.
            guard let field = field(of: text, label: words), clauseFields.contains(field) else {
                if text.utf8.contains(where: { (0x30...0x39).contains($0) }) { return nil }
                continue
            }
            if found.contains(where: { $0.field == field }) { return nil }
            let lead = bytes[clause].prefix { $0 == 0x20 }.count
            found.append((clause.lowerBound + lead..<clause.lowerBound + lead + text.utf8.count, field))
        }
        return found.count >= 2 ? found : nil
    }

    /// What parts the clauses of a list of figures: `, `, `; `, ` – `, ` - `, ` et `.
    private static let clauseMarks: [[UInt8]] = [", ", "; ", " – ", " — ", " - ", " et "].map { Array($0.utf8) }
    /// The fields a clause of a list of figures may give.
    private static let clauseFields: Set<RulePack.Field> = [.households, .housingUnits, .cost, .duration]

    /// Whether a text opens with a section's number (`64.3.3. DES CLÉS …`): a heading, not a
    /// value.
    private static func opensWithSectionNumber(_ value: String) -> Bool {
        let number = value.prefix { $0.isNumber || $0 == "." }
        return number.filter { $0 == "." }.count >= 2 && number.first?.isNumber == true
    }

    /// Organisations a label may name before the action (`Nom de l'association porteuse du projet`).
    static let organisationWords: Set<String> = ["association", "bailleur", "organisme", "structure", "porteur", "porteuse", "partenaire", "operateur"]

    /// Whether a label's folded words speak of the action itself: they open with it (`Action
    /// visitée`) or with a file (`Dossier`), or name it (`Nom sous lequel l'action est
    /// présentée`, not `Nom de l'association porteuse du projet`).
    private static func namesTheAction(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        if actionWords.contains(first) || first == "dossier" { return true }
        guard first == "nom", let action = words.firstIndex(where: actionWords.contains) else { return false }
        return !words[..<action].contains(where: organisationWords.contains)
    }

    /// Whether `bytes` open with a share in parentheses (` (50 %)`).
    private static func isShare(_ bytes: ArraySlice<UInt8>) -> Bool {
        let rest = bytes.drop { $0 == 0x20 }
        guard rest.first == UInt8(ascii: "(") else { return false }
        let inside = rest.dropFirst().prefix { $0 != UInt8(ascii: ")") }
        return inside.contains(UInt8(ascii: "%")) && inside.allSatisfy { byte in
            (0x30...0x39).contains(byte) || byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "%")
        }
    }

    /// Whether the words after an amount make it a unit's price (`le kilo`, `la nuitée`,
    /// `l'unité`, `par repas`).
    private static func pricesAUnit(_ after: String) -> Bool {
        let words = FoldedWords.of(after)
        guard words.count >= 2, ["le", "la", "l", "par"].contains(words[0]) else { return false }
        return priceUnits.contains(words[1])
    }

    /// Folded nouns of the things a unit price is given for.
    private static let priceUnits: Set<String> = [
        "kilo", "kg", "litre", "pot", "piece", "unite", "metre", "m2", "heure", "repas", "nuit", "nuitee", "seance", "ticket", "entree",
        "exemplaire", "boite", "bouteille", "paquet", "sac", "carton", "essaim", "ruche", "place", "couvert", "menu", "kit",
    ]

    /// A value up to its first comma or semicolon (`16 familles par an`, out of `16 familles
    /// par an, orientées par …`).
    private static func firstClause(of value: String) -> String {
        String(value.prefix { $0 != "," && $0 != ";" })
    }

    /// Landlords, as a label names them.
    private static let landlords: Set<String> = ["organisme", "bailleur", "office", "oph", "esh", "societe"]
    /// Word starts that say dwellings are given to the project (`apportés`, `mobilisés`).
    private static let given = ["mobilis", "apport", "reserv", "dedi", "propos", "remis", "mis", "affect", "offert", "capt", "attribu", "flech", "concern", "retenu"]

    /// Whether `value`, under a label whose folded words are `label`, counts a landlord's whole
    /// stock rather than the dwellings a project takes: under a label of the stock
    /// (`Patrimoine géré`, `Logements gérés`; not `Patrimoine fléché`, the stock given to the
    /// project), or under one of the landlord's dwellings (`Logements de l'organisme`, `Parc
    /// du bailleur`), or with a first clause that says so
    /// (`Les 3 120 logements du bailleur`), when it counts a thousand or more
    /// (`Logements du bailleur : 15 logements du T2 au T4` are the project's, as are
    /// `Logements apportés par l'organisme`).
    static func isLandlordStock(_ value: String, label words: [String]) -> Bool {
        let givenToProject = words.contains { word in given.contains { word.hasPrefix($0) } }
        if words.contains(where: { ($0 == "patrimoine" && !givenToProject) || $0.hasPrefix("gere") }) { return true }
        let count = Quantities.parse(value, counting: Quantities.housingNouns)?.min ?? 0
        // (`Parc existant des deux organismes : 2 946 logements`, `Patrimoine existant, 2 476
        // logements`, `Parc existant : 3 407 logements`: hundreds of a stock, where the project
        // uses the homes the households already rent.)
        if count >= 500, (words + FoldedWords.of(value)).contains(where: { $0 == "parc" || $0 == "patrimoine" }) { return true }
        // (`Gâtine et Thouet Habitat : 3 931 logements`: hundreds under a landlord's name.)
        if count >= 500, words.count >= 2, let last = words.last, ["habitat", "logis", "hlm", "habitations"].contains(last) { return true }
        // (`Les 3 120 logements du bailleur situés à … ; …` says whose they are itself.)
        guard namesLandlordsDwellings(words) || namesLandlordsDwellings(FoldedWords.of(firstClause(of: value))) else { return false }
        // (`Parc de la société sur l'archipel : 412 logements`: a stock by its word, from a hundred.)
        if count >= 100, words.contains(where: { ["parc", "stock"].contains($0) }) { return true }
        return count >= 1_000
    }

    /// Whether a label's folded words count the people who have left the scheme (`Jeunes
    /// sortis du dispositif`, `sorties de l'accompagnement`): a result so far, not whom the
    /// project means to help.
    static func countsLeavers(_ words: [String]) -> Bool {
        words.contains { $0 == "sortis" || $0 == "sorties" } && words.contains { ["dispositif", "accompagnement", "action", "programme", "projet"].contains($0) }
    }

    /// Whether a label's folded words report where the project stands (`Point d'étape`,
    /// `Réalisé à ce jour`, `Ménages rencontrés depuis le démarrage`): its counts are results
    /// so far, not whom it means to help.
    static func reportsProgress(_ words: [String]) -> Bool {
        words.contains { $0 == "etape" || $0.hasPrefix("realise") } || zip(words, words.dropFirst()).contains { $0 == ("ce", "jour") }
            || words.indices.contains { words[$0] == "depuis" && words[($0 + 1)...].prefix(2).contains(where: ValueShape.starts.contains) }
    }

    /// A project's start, as `depuis le …` dates a result from it.
    private static let starts: Set<String> = ["demarrage", "debut", "lancement", "ouverture"]

    /// Whether a label's folded words name the landlord's own dwellings (`de l'organisme`,
    /// `du bailleur`, `des deux bailleurs`) and say nothing of giving them to the project.
    private static func namesLandlordsDwellings(_ words: [String]) -> Bool {
        guard !words.contains(where: { word in given.contains(where: word.hasPrefix) }) else { return false }
        return words.indices.contains { index in
            guard ["de", "du", "des"].contains(words[index]) else { return false }
            // (`du bailleur`, `de l'organisme`, `de la société`, `des deux bailleurs`.)
            let owner = words[(index + 1)...].first { !["l", "la", "deux", "trois", "quatre"].contains($0) }.map { $0.hasSuffix("s") ? String($0.dropLast()) : $0 }
            return owner.map(landlords.contains) ?? false
        }
    }

    /// Whether a label speaks of a year (`Coût annuel`, `Budget par an`, `Coût par année`).
    static func speaksOfAYear(_ label: String) -> Bool {
        speaksOfAYear(words: FoldedWords.of(label))
    }

    /// The folded words that name a year's round (`d'un janvier à l'autre`, not `d'un bout à
    /// l'autre`).
    private static let yearWords: Set<String> = [
        "an", "annee", "exercice", "saison", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre", "printemps", "ete", "automne", "hiver",
    ]

    /// Whether a label's folded words speak of a year: `annuel`, a last word `an` or
    /// `année`, `en année pleine` (a full year's), `d'une année` (one year's), `chaque année`,
    /// `tous les ans`, `par an` or `par exercice` anywhere (`Ménages relogés chaque année via
    /// l'opération`), `sur douze mois`, or from one year to the next (`d'un janvier à l'autre`,
    /// `d'une année sur l'autre`).
    static func speaksOfAYear(words: [String]) -> Bool {
        let fromOneToTheNext = words.indices.contains { index in
            index + 5 < words.count && words[index] == "d" && ["un", "une"].contains(words[index + 1]) && ValueShape.yearWords.contains(words[index + 2])
                && ["a", "sur"].contains(words[index + 3]) && words[index + 4] == "l" && words[index + 5] == "autre"
        }
        return fromOneToTheNext || words.contains { $0.hasPrefix("annuel") } || words.last == "an" || words.last == "annee" || words.suffix(2) == ["annee", "pleine"]
            || zip(words, zip(words.dropFirst(), words.dropFirst(2))).contains { $0 == "tous" && $1 == ("les", "ans") }
            || zip(words, words.dropFirst()).contains { pair in
                pair == ("une", "annee") || pair == ("chaque", "annee") || pair == ("par", "an") || pair == ("par", "annee")
                    || pair == ("par", "exercice") || pair == ("chaque", "exercice")
                    || ((pair.0 == "douze" || pair.0 == "12") && pair.1 == "mois")
            }
    }
}

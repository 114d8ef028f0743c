/// Reads the carriers and partners of a project from a line such as
/// `FRANCE LOIRE, BOURGES HABITAT ET HABITAT DU CHER, EN PARTENARIAT AVEC LE RELAIS` or
/// `Habitat du Nord et l'ABEJ`.
///
/// What comes before `en partenariat avec`, `en lien avec`, `avec` (or a phrase of the same
/// sense, `conjointement avec`, `épaulé par`, `et son partenaire`) carries the project;
/// what comes after are partners. Each side is a list split at commas, `/`, ` – ` and the
/// `et`, but not inside parentheses, not inside a département's name (`MAINE ET LOIRE
/// HABITAT`), and not between two common nouns (`ESPOIR ET PARTAGE` is a name made of
/// words, where `ALTEA ET VALORIS` joins two names); in a list of carriers
/// without a partner phrase, the items after the first that read as associations, or as a
/// public body that carries no housing (`CCAS de …`), are partners.
struct Organisations {
    /// The words on each side of ` et ` in the département names that hold it (`maine`,
    /// `loire`): such a name must not be split there.
    private static let namesWithEt: Set<[String]> = Set(Departments.byName.keys.compactMap { name in
        let words = name.split(separator: " ").map(String.init)
        guard let et = words.firstIndex(of: "et"), et > 0, et + 1 < words.count else { return nil }
        return [words[et - 1], words[et + 1]]
    })

    /// Everyday nouns that names of organisations join with `et`.
    private static let commonNouns: Set<String> = [
        "accueil", "avenir", "cooperation", "culture", "developpement", "emploi", "entraide", "espoir", "famille",
        "familles", "habitat", "humanisme", "insertion", "jeunesse", "joie", "logement", "partage", "progres",
        "sante", "solidarite", "toit", "toits", "travail", "vie", "vigne", "vignes", "vergers", "champs", "landes", "loisirs", "amitie", "liberte", "paix", "lumiere", "pierre", "pierres",
        "murs", "maison", "maisons", "foyer", "foyers", "terre", "terres", "jardin", "jardins",
        // (Landscapes, in landlords' names: `VIGNOBLE ET PLAINE HABITAT`, `VAL ET FORÊT HABITAT`.)
        "vignoble", "vignobles", "plaine", "plaines", "vallee", "vallees", "montagne", "montagnes", "mer", "lac", "lacs", "bois", "foret",
        "forets", "riviere", "rivieres", "coteaux", "collines", "bocage", "littoral", "plateau", "plateaux", "val", "vallons", "causses",
    ]

    /// The phrases that join a header's carriers to its partners:
    /// - `en partenariat avec`, and `en` with any noun (and its adjective or complement)
    ///   before `avec`: `en lien avec`, `en association avec`, `en compagnonnage avec`, `en
    ///   lien étroit avec`, `en lien étroit et durable avec`, `en contrat de coopération avec`,
    ///   `en maîtrise d'œuvre partagée avec`;
    /// - `conjointement avec` (and `solidairement`, `étroitement`… `avec`), `ensemble avec`,
    ///   `sur le terrain avec`, `en compagnie de`, `aux côtés de`, `et à ses côtés`, `en appui sur`, `de concert
    ///   avec`, `d'entente avec`, `de pair avec`, `qui fait équipe avec`, `au coude à coude avec`,
    ///   `avec le concours de`, `mis en œuvre avec (le concours de)`, `mis en œuvre auprès des
    ///   ménages par`;
    /// - `qui s'appuie sur` (also `pour le suivi`, `pour l'occasion`, `chaque semaine`, `au
    ///   quotidien` before the preposition),
    ///   `qui s'associe à`, `auquel s'associe`, `qui s'adjoint`, `que relaie sur le terrain`,
    ///   `qui confie (délègue) l'accompagnement à` (or `le suivi des foyers à`, and `et confie`,
    ///   `qui passe le relais social à`), `dont le suivi est confié à`;
    /// - a participle and its preposition: `associé à`, `épaulé par`, `soutenu sur le terrain
    ///   par`, `entourés de`, `unis à`, `appuyé sur`, any `…é à`, `…és par` or `…é avec`
    ///   (`copiloté avec`), any `…é de` before an association (`flanqué de l'association`),
    ///   `à l'… de` before one (`à l'unisson de l'association`), and a participle, a few words
    ///   of what it bears on, then `par` or `à` before a name (`secondé dans le suivi par`,
    ///   `secondé pour l'accompagnement par`, `relayé auprès des familles par`, `escorté dans
    ///   ses démarches par`, `adossé pour l'accompagnement à`, `soutenu chez les locataires
    ///   par`, `tenu à bout de bras par`), or `sur le terrain de` (`flanqué sur le terrain
    ///   de`);
    /// - `sous` or `par` with any noun before `avec` or `à`, after a participle or not: `sous
    ///   convention avec`, `par convention avec`, `lié par convention à`; with two words before
    ///   `avec` (`par accord cadre avec`);
    /// - `et, sur le terrain,`, `et, pour le suivi,`, `et son association partenaire`, `et son
    ///   relais associatif`, `et son allié`, with a word before (`et son fidèle partenaire`),
    ///   `appuyé sur le savoir-faire de`, `fort du soutien de`, `association partenaire :`;
    /// - a relative clause of up to eight words before `l'association` or a `collectif`
    ///   (`qu'épaule au quotidien`, `qui s'adosse au collectif`,
    ///   `auprès duquel œuvre`, `sur le terrain duquel veille`, `dont les locataires sont suivis
    ///   par`, `qui remet l'accompagnement entre les mains de`);
    /// - `avec`.
    private static let partnerPhrase = Regex.builtIn(
        #"\s*,?\s+(?:(?:en\s+)?partenariat\s+(?:avec\s*:?|\n)|(?:(?:qui|que|dont|auquel|auxquel(?:le)?s|à\s+laquelle|(?:auprès|autour|aux\s+côtés|sur\s+le\s+terrain|à\s+côté)\s+d(?:uquel|e\s+laquelle|esquel(?:le)?s))\s+|qu['’]\s*)[^\s,;]+(?:\s+[^\s,;]+){0,7}?(?=\s+(?:(?:l['’]\s*|les\s+)associations?|collectifs?)\b)|(?:mise?s?\s+en\s+(?:œuvre|oeuvre|place)\s+)?avec\s+le\s+concours\s+d(?:e|u|es)|mise?s?\s+en\s+(?:œuvre|oeuvre|place)(?:\s+(?:auprès|sur|dans|pour|au|à|en|chez)(?:\s+[\p{L}'’-]{2,20}){1,3}?)?\s+(?:avec|par)|en\s+[\p{L}-]{3,20}(?:\s*(?:\s|\s+de\s+|\s+et\s+|d['’]\s*)[\p{L}-]{4,14}){0,2}\s+avec|(?:\p{L}{2,}(?:é|ée|és|ées)\s+)?(?:sous|par)\s+[\p{L}-]{4,20}\s+(?:avec|à|aux?)|(?:sous|par)\s+[\p{L}-]{4,20}\s+[\p{L}-]{4,14}\s+avec|\p{L}{4,}(?:é|ée|és|ées)\s+d(?:e|u|es)(?=\s+(?:l['’]\s*)?associations?\b)|à\s+l['’]\s*\p{L}{4,}\s+d(?:e|u|es)(?=\s+(?:l['’]\s*)?associations?\b)|ensemble\s+avec|en\s+compagnie\s+d(?:e|u|es)|sur\s+le\s+terrain\s+avec|association\s+partenaire\s*:|main\s+dans\s+la\s+main\s+avec|qui\s+s['’]\s*adjoi\w*|qui\s+s['’]\s*(?:associe|appuie|allie|entoure)\w*(?:\s+pour\s+(?:l['’]\s*|le\s+|la\s+|les\s+)[\p{L}-]{3,20}|\s+chaque\s+[\p{L}-]{3,12}|\s+au\s+quotidien|\s+sur\s+le\s+terrain|\s+localement|\s+notamment|\s+toujours)?\s+(?:à|aux?|sur|avec|de)|qui\s+(?:travaille|coopère|collabore)\s+avec|(?:qui|et)\s+(?:confie|confient|délègue|délèguent|remet|remettent|passe|passent|transmet|transmettent)\s+(?:l['’]\s*accompagnement|le\s+suivi|l['’]\s*appui|le\s+relais)(?:\s+social|\s+d(?:e|u|es)\s+[\p{L}-]{3,15})?\s+(?:à|aux?)|dont\s+(?:le\s+suivi|l['’]\s*accompagnement)(?:\s+social)?\s+(?:est|sont)\s+(?:confiée?s?|assurée?s?|déléguée?s?|menée?s?|portée?s?)\s+(?:à|aux?|par)|associée?s?\s+(?:à|aux?|avec)|(?:conjointement|solidairement|étroitement|activement|collectivement|mutuellement|paritairement)\s+avec|conjointement\s+(?:à|aux?)|ainsi\s+que(?=\s+(?:l['’]\s*)?associations?\b)|aux\s+côtés\s+de|(?:et\s+)?à\s+(?:ses|leurs?)\s+côtés\s*,?|(?:qui\s+fai(?:t|saient)\s+|faisant\s+)?équipe\s+avec|au\s+coude\s+à\s+coude\s+avec|(?:épaulée?s?|secondée?s?|appuyée?s?|soutenue?s?|accompagnée?s?|entourée?s?|aidée?s?|relayée?s?|assistée?s?|encadrée?s?|renforcée?s?|rejointe?s?)(?:\s+(?:sur\s+le\s+terrain|sur\s+place|localement|au\s+quotidien|pour\s+l['’]\s*occasion))?\s+(?:par|de)|unie?s?\s+(?:à|aux?)|forte?s?\s+du\s+soutien\s+d(?:e|u|es)|appuyée?s?\s+sur\s+(?:le|les)\s+(?:savoir-faire|compétences?|expertise|expérience)\s+d(?:e|u|es)|appuyée?s?\s+sur|(?:\p{L}{3,}(?:é|ée|és|ées)|(?:sou|main|ob|re)?tenue?s?|conduite?s?|suivie?s?|prise?s?)(?:\s+(?:dans|pour|sur|au|à|en|auprès|chez|le|la|les|du|de|des|ses|son|sa|leurs?|l['’]))+\s*(?!associations?\b)[\p{L}-]{2,20}(?:\s+[\p{L}-]{2,14}){0,2}?\s+(?:par|à|aux?)(?=\s+(?:l['’]|la\s|le\s|les\s|\p{Lu}))|\p{L}{3,}(?:é|ée|és|ées)(?:\s+(?:sur\s+le\s+terrain|sur\s+place|localement|au\s+quotidien))?\s+(?:par|à|aux?|avec)|\p{L}{3,}(?:é|ée|és|ées)\s+(?:sur\s+le\s+terrain|sur\s+place|au\s+quotidien)\s+d(?:e|u|es|['’])(?=\s*(?:l['’]|la\s|le\s|les\s|\p{Lu}))|que\s+(?:relaie|relaient|soutient|soutiennent|épaule|épaulent|seconde|secondent|rejoint|rejoignent|accompagne|accompagnent)(?:\s+sur\s+le\s+terrain)?|et\s*,\s*(?:sur\s+le\s+terrain|pour\s+(?:le|la|l['’]|les)\s*[\p{L}-]{3,20}(?:\s+[\p{L}-]{3,14})?)\s*,|en\s+appui\s+sur|d(?:e\s+|['’]\s*)(?:concert|consert|conserve|entente|accord|pair)\s+avec|(?:auquel|à\s+laquelle|auxquel(?:le)?s)\s+s['’]\s*(?:associe|joint|adjoint|allie|ajoute)n?t?|et\s+(?:son|sa|ses|leurs?)\s+(?:[\p{L}-]{3,15}\s+)?(?:(?:associations?\s+)?partenaires?|relais\s+associatifs?|alliée?s?|complices?|binômes?)\s*:?|avec)\s+"#,
        options: .caseless
    )

    /// A header's opening phrase before its carriers (`OPÉRATION CONDUITE PAR`, `PROJET COMMUN
    /// À … ET AU …`, `PORTEUR :`).
    private static let carrierLead = Regex.builtIn(
        #"^\s*(?:(?:opération|projet|action|démarche|initiative)\s+(?:conduite?|menée?|portée?|pilotée?|commune?|partagée?)\s+(?:par|à|entre)|porteurs?\s*:)\s+"#,
        options: .caseless
    )

    /// The carriers and the partners named by `line`, without the places said after them
    /// (`…, à la mairie annexe de Septfonds`, `…, dans l'un des studios rénovés`). No joiner
    /// begins inside a name that `index` (an index's cell of carriers) gives and that the line
    /// opens with (`VIVARAIS TOITS PARTAGÉS PAR UNE CONVENTION AVEC …` for `Vivarais Toits
    /// Partagés`, whose `PARTAGÉS PAR` reads as a participle and its preposition).
    func parse(_ line: String, index: String? = nil) -> (carriers: [String], partners: [String]) {
        let names = index.map { split($0).map { FoldedWords.of($0) }.filter { $0.count >= 2 } } ?? []
        let (carriers, partners) = self.names(in: line, indexNames: names)
        let named = { (item: String) in !Organisations.opensWithPlacePreposition(item) && !Organisations.opensWithPossessive(item) }
        return (carriers.filter(named), partners.filter(named))
    }

    /// Whether an item opens with a possessive and a word of what one organisation is to
    /// another (`SON RELAIS SOCIAL` in `GRAND LAY HABITAT ET SON RELAIS SOCIAL, L'ASSOCIATION
    /// …`): it names none. (`SES HORIZONS` may be a name; `SA d'HLM …` names a company.)
    private static func opensWithPossessive(_ item: String) -> Bool {
        let words = FoldedWords.of(String(item.prefix(40)))
        return words.count >= 2 && possessives.contains(words[0]) && relations.contains(words[1])
    }

    private static let possessives: Set<String> = ["son", "ses", "leur", "leurs"]
    private static let relations: Set<String> = [
        "relais", "partenaire", "partenaires", "association", "associations", "filiale", "service", "services", "equipe", "equipes",
        "antenne", "operateur",
    ]

    /// `carriers`, as `line` names them, cut at the names an index gives them (`Vallon Habitat,
    /// Riou Logis`): a carrier that opens with one of those names and goes on for a few words
    /// up to `avec` (`VALLON HABITAT À QUATRE MAINS AVEC …`, `… SUR UN PIED D'ÉGALITÉ AVEC …`, a
    /// joiner the packs do not know, of six words at most),
    /// or that opens a clause (`… HABITAT QUI TRAVAILLE DE PAIR AVEC …`), keeps the name alone;
    /// one that goes on to an association (`LUNEL HABITAT COMPLICE DE L'ASSOCIATION LES
    /// AMARRES`) keeps the name, and the association is a partner. (A name's own words, `PARIS
    /// HABITAT OPH EN PARTENARIAT AVEC`, do none of these.) After carriers the index names,
    /// the words of a joiner cut off by a comma are none.
    func cut(_ carriers: [String], in line: String, atIndexNames index: String) -> (carriers: [String], partners: [String]) {
        let names = split(index).map { FoldedWords.of($0) }.filter { !$0.isEmpty }
        let lineWords = FoldedWords.of(line)
        var partners: [String] = []
        // An `et` inside a name the index gives (`DÔMES ET COMBRAILLES LOGIS COSIGNATAIRE AVEC …`,
        // indexed `Dômes et Combrailles Logis`) parts no carriers.
        let carriers = Organisations.joiningFirstPair(carriers) { first, second in
            let joined = first + " et " + second
            guard line.range(of: joined, options: .caseInsensitive) != nil else { return false }
            return names.contains { $0.count > FoldedWords.of(first).count + 1 && $0.contains("et") && FoldedWords.of(joined).starts(with: $0) }
        }
        let cut = carriers.map { carrier in
            let words = FoldedWords.of(carrier)
            guard let name = names.first(where: { words.count > $0.count && words.starts(with: $0) }) else { return carrier }
            let rest = words[name.count...]
            let toAssociation = rest.contains("association")
            // (`REVERMONT LOGIS ET, À SES CÔTÉS, L'ASSOCIATION …`: an `et` a comma left behind.)
            // (A joiner the phrase cut: `DURANCE VANÇON LOGIS EN TRAVAIL EN DUO AVEC …`, whose
            // `EN DUO AVEC` joins, leaves `EN TRAVAIL` behind the name, and `ASSOCIÉ EN CORDÉE
            // AVEC` its participle.)
            let reachesAvec = lineWords.firstRange(of: words).map { lineWords[$0.upperBound...].prefix(4).contains("avec") } ?? false
            let end = Organisations.end(of: name, in: carrier)
            let opensJoiner = ["en", "par", "sous"].contains(rest.first!)
                || end.flatMap { carrier[$0...].split(separator: " ").first }.map(Organisations.isParticiple) == true
            guard toAssociation || rest.elementsEqual(["et"])
                || (rest.count <= 6 && (lineWords.firstRange(of: words + ["avec"]) != nil || Organisations.opensAClause(rest.first!)))
                || (rest.count <= 3 && opensJoiner && reachesAvec)
            else { return carrier }
            // The carrier's first words, as written, that fold to the name.
            guard let end else { return carrier }
            if toAssociation, let association = carrier.range(of: "association", options: [.caseInsensitive, .diacriticInsensitive]) {
                let partner = Organisations.trimmed(String(carrier[association.upperBound...]))
                if !partner.isEmpty { partners.append(partner) }
            }
            return Organisations.trimmed(String(carrier[..<end]))
        }
        // The last item, after a comma and before the association (`VENDÉE LOGEMENT SOLIDAIRE,
        // TANDEM FORMÉ AVEC L'ASSOCIATION …`, `… ET, À SES CÔTÉS, L'ASSOCIATION …`), is the word
        // of a joiner when the index names every carrier before it and it holds no word of a
        // landlord's name.
        guard cut.count >= 2, let last = cut.last, case let lastWords = FoldedWords.of(last), !names.contains(lastWords),
              !lastWords.contains(where: Organisations.landlordWords.contains), lineWords.contains("association"),
              cut.dropLast().allSatisfy({ names.contains(FoldedWords.of($0)) }), line.contains(", " + last)
        else { return (cut, partners) }
        return (Array(cut.dropLast()), partners)
    }

    /// `carriers` parted as an index's cell parts them by commas: a carrier made of two of its
    /// names joined by `et` or `&` (`VOSGES TOIT ET MOSELOTTE HABITAT` for `Vosges Toit,
    /// Moselotte Habitat`) is two; a carrier and a one-word one that a cell of one name names
    /// together (`ESSONNE FOYERS` and `CITÉS` for `Essonne Foyers et Cités`) are one.
    static func parted(_ carriers: [String], asIndexNames index: String) -> [String] {
        let names = index.split(whereSeparator: { ",;/".contains($0) }).map { FoldedWords.of(String($0)) }.filter { !$0.isEmpty }
        // (A cell of one name, and a one-word second part only: `SAUGE LOGIS ET COL HABITAT`,
        // indexed `Sauge Logis et Col Habitat`, are two landlords a cell names together, and
        // `OPAC 38, Actis et Pluralis` a list.)
        let carriers = names.count != 1 ? carriers : joiningFirstPair(carriers) { first, second in
            FoldedWords.of(second).count == 1 && names.contains(FoldedWords.of(first + " et " + second))
        }
        guard names.count >= 2 else { return carriers }
        return carriers.flatMap { carrier in
            (carrier.ranges(of: " et ") + carrier.ranges(of: " ET ") + carrier.ranges(of: " & ")).lazy
                .map { [String(carrier[..<$0.lowerBound]), String(carrier[$0.upperBound...])] }
                .first { $0.allSatisfy { names.contains(FoldedWords.of($0)) } } ?? [carrier]
        }
    }

    /// `carriers` with the first two neighbours that `joins` accepts written as one name,
    /// joined by an `et` in the case of the first (`ET` after capitals).
    private static func joiningFirstPair(_ carriers: [String], where joins: (String, String) -> Bool) -> [String] {
        guard let pair = carriers.indices.dropLast().first(where: { joins(carriers[$0], carriers[$0 + 1]) }) else { return carriers }
        var carriers = carriers
        let and = carriers[pair].contains(where: \.isLowercase) ? " et " : " ET "
        carriers[pair...pair + 1] = [carriers[pair] + and + carriers[pair + 1]]
        return carriers
    }

    /// Where the first words of `carrier` that fold to `name` end, as written; nil when its
    /// first words fold to no such name.
    private static func end(of name: [String], in carrier: String) -> String.Index? {
        var folded: [String] = []
        for word in carrier.split(separator: " ") {
            folded += FoldedWords.of(String(word))
            if folded == name { return word.endIndex }
            if folded.count >= name.count { return nil }
        }
        return nil
    }

    /// Whether a word as written is a past participle (`ASSOCIÉ`, `épaulées`).
    private static func isParticiple(_ word: Substring) -> Bool {
        ["é", "ée", "és", "ées"].contains { word.lowercased().hasSuffix($0) }
    }

    /// Whether a folded word opens a clause or a participle after a name (`QUI TRAVAILLE`,
    /// `TRAVAILLANT`), not a word of the name (`OPH`, `ÎLE-DE-FRANCE`).
    private static func opensAClause(_ word: String) -> Bool {
        word == "qui" || (word.count > 4 && word.hasSuffix("ant"))
    }

    /// Whether a list's item opens in lowercase with a preposition of place (`à la mairie`,
    /// `au pied de la résidence`, `dans l'un des studios`): a place, not a name.
    private static func opensWithPlacePreposition(_ item: String) -> Bool {
        guard let first = item.split(separator: " ", maxSplits: 1).first, first.first?.isLowercase == true else { return false }
        return placePrepositions.contains(String(first))
    }

    private static let placePrepositions: Set<String> = ["à", "au", "aux", "dans", "sur", "près", "chez", "depuis", "vers", "entre"]

    private func names(in line: String, indexNames: [[String]]) -> (carriers: [String], partners: [String]) {
        let value = ValueText(line)
        // After a lead (`PROJET COMMUN À X ET AU Y`), a name may keep its `au`.
        let start = value.matches(of: Organisations.carrierLead).first?.range.upperBound ?? 0
        let named = Organisations.endOfName(in: value, from: start, among: indexNames) ?? start
        let list = { (text: String) in
            self.split(text).map { item in
                let words = item.split(separator: " ", maxSplits: 1)
                return start > 0 && words.count == 2 && ["au", "aux"].contains(words[0].lowercased()) ? String(words[1]) : item
            }
        }
        if let match = value.matches(of: Organisations.partnerPhrase, in: named..<value.utf8.count).first {
            let carriers = list(value.string(start..<match.range.lowerBound))
            let partners = split(value.string(match.range.upperBound..<value.utf8.count)).map(Organisations.name)
            return (carriers, partners)
        }
        let items = list(value.string(start..<value.utf8.count))
        guard let first = items.first else { return ([], []) }
        let rest = items.dropFirst()
        return ([first] + rest.filter { !Organisations.isPartner($0) }, rest.filter(Organisations.isPartner).map(Organisations.name))
    }

    /// Where the longest of `names` (folded words) that `value` opens with from `start` ends,
    /// at a space; nil when it opens with none.
    private static func endOfName(in value: ValueText, from start: Int, among names: [[String]]) -> Int? {
        guard !names.isEmpty else { return nil }
        var words: [String] = []
        var end: Int?
        var position = start
        let space = UInt8(ascii: " ")
        while position < value.utf8.count {
            while position < value.utf8.count, value.utf8[position] == space { position += 1 }
            let tokenStart = position
            while position < value.utf8.count, value.utf8[position] != space { position += 1 }
            guard position > tokenStart else { break }
            words += FoldedWords.of(value.string(tokenStart..<position))
            if names.contains(words) { end = position }
            guard names.contains(where: { $0.starts(with: words) }) else { break }
        }
        return end
    }

    /// Whether a name after the first of a list reads as a partner: an association, or a
    /// public body that supports and carries no housing (`CCAS de Thénezay`, `Mission locale`).
    static func isPartner(_ name: String) -> Bool {
        let folded = Folding.fold(name)
        return isAssociation(name) || supportBodies.contains { folded == $0 || folded.hasPrefix($0 + " ") }
    }

    /// Public bodies that support households and carry no housing, folded.
    private static let supportBodies = ["ccas", "cias", "centre communal d action sociale", "centre intercommunal d action sociale", "mission locale", "udaf"]

    /// Articles, folded: alone, they name no one.
    private static let articles: Set<String> = ["la", "le", "les", "l", "du", "de", "des", "un", "une"]

    /// Words that open a clause, not a name (`dont l'accompagnement est confié à …`).
    private static let clauseOpenings: Set<String> = ["dont", "qui", "que"]

    /// The name of an association written with its kind (`l'association Un Toit Pour Tous`,
    /// `Un Toit Pour Tous (association)` and, after a joiner's words, `le renfort de terrain
    /// de l'association Un Toit Pour Tous` are `Un Toit Pour Tous`); other names as they are.
    static func name(_ item: String) -> String {
        if item.lowercased().hasSuffix("(association)") { return item.dropLast("(association)".count).trimmingSpaces }
        if let kind = item.range(of: " de l'association ", options: .caseInsensitive) ?? item.range(of: " de l’association ", options: .caseInsensitive),
           item[kind.upperBound...].first?.isUppercase == true
        {
            return String(item[kind.upperBound...])
        }
        let words = item.split(separator: " ", maxSplits: 1)
        guard words.count == 2, let rest = words.last, rest.first?.isUppercase == true,
              ["l association", "association"].contains(Folding.fold(String(words[0])))
        else { return item }
        return String(rest)
    }

    /// Words of homes that close landlords' names as their legal words do (`Marne Foyers`,
    /// `Gascogne Toits`), folded.
    static let homeWords: Set<String> = ["toit", "toits", "foyer", "foyers", "demeures"]

    /// Words of landlords' names and legal forms.
    static let landlordWords: Set<String> = [
        "oph", "opac", "office", "habitat", "habitation", "habitations", "logis", "logement", "logements", "hlm", "esh",
        "immobiliere", "fonciere", "bailleur", "bailleurs", "residence", "residences", "sem", "patrimoine",
    ]

    /// Whether a text is shaped as a landlord's name: a few capitalised words ending with a
    /// word of landlords' names (`LEZ HABITAT`, `Val de Brenne Logis`), which no project's
    /// title is.
    static func isLandlordName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), let last = words.last,
              ["habitat", "logis", "hlm", "habitation", "habitations"].contains(Folding.fold(String(last)))
        else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || ["de", "du", "des", "d'"].contains($0) }
    }

    /// Whether a name reads as an association rather than a landlord: it says so (before or
    /// after the name, `Le Relais (association)`), or it
    /// comes with an article (`l'ABEJ`) and holds no word of a landlord's name.
    static func isAssociation(_ name: String) -> Bool {
        let folded = Folding.fold(name)
        if folded.hasPrefix("l association") || folded.hasPrefix("association") || name.lowercased().hasSuffix("(association)") { return true }
        let words = folded.split(separator: " ").map(String.init)
        return words.first == "l" && !words.contains(where: landlordWords.contains)
    }

    /// The name without a trailing parenthesis that gives a legal form, a status, the
    /// département or figures (`Val de Loire Habitat (bailleur social OPH)`, `Sauldre Habitat
    /// (établissement public local)`, `Colibri Habitat (Guadeloupe)`, `Somme Logis (80)`,
    /// `Orne Habitat (4 108 logements)`), nor a legal form's acronym before a landlord's whole
    /// name (`OPH THUR DOLLER HABITAT`).
    static func withoutLegalForm(_ name: String) -> String {
        let words = name.split(separator: " ", maxSplits: 1)
        if words.count == 2, ["oph", "opac", "esh"].contains(Folding.fold(String(words[0]))), isLandlordName(String(words[1])) {
            return withoutLegalForm(String(words[1]))
        }
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
        let folded = Folding.fold(String(name[name.index(after: open)...].dropLast()))
        let inside = folded.split(separator: " ").map(String.init)
        let legal: Set<String> = [
            "oph", "opac", "sa", "hlm", "esh", "sem", "epic", "bailleur", "office", "social", "cooperative", "coop", "portage", "porteur", "pilote",
            "etablissement", "entreprise", "societe",
        ]
        // (`Orne Guiel Habitat (4 108 logements, 27 communes)`: its stock, in figures.)
        guard !Departments.codes(in: "(\(folded))").isEmpty || inside.contains(where: legal.contains) || inside.first?.first?.isNumber == true
                || isGenericForm(folded)
        else { return name }
        return name[..<open].trimmingSpaces
    }

    /// Whether an item opens with a count of dwellings (`2 702 logements dont 611 à Joigny`).
    private static func opensWithAStock(_ item: String) -> Bool {
        let words = FoldedWords.of(String(item.prefix(40))).drop { $0.allSatisfy(\.isNumber) }
        return words.startIndex > 0 && words.first.map(["logements", "logement", "appartements", "lots", "logts"].contains) == true
    }

    /// Whether an item is a kind of landlord and nothing more (`Organisme Hlm`, `Office public
    /// de l'habitat`, `Bailleur social`, `L'agence`), which names no landlord.
    static func isGenericForm(_ item: String) -> Bool {
        [
            "organisme hlm", "organisme d hlm", "bailleur social", "office public de l habitat", "oph", "esh", "sa d hlm",
            "entreprise sociale pour l habitat", "societe anonyme d hlm", "l agence", "agence", "le bailleur", "l organisme",
        ].contains(Folding.fold(item))
    }

    /// Whether an item is a landlord's legal form rather than a name (`OPH de l'Ariège`,
    /// `office public de l'habitat`, `SA d'HLM`).
    static func isLegalForm(_ item: String) -> Bool {
        let folded = Folding.fold(item)
        let words = folded.split(separator: " ")
        if let first = words.first, ["oph", "opac", "esh", "sem", "saem", "spl"].contains(first) { return true }
        return [
            "office public", "bailleur social", "entreprise sociale", "societe anonyme", "sa d hlm", "sa hlm", "societe d economie mixte",
            "societe publique locale", "cooperative hlm", "cooperative d hlm",
        ].contains(where: folded.hasPrefix)
    }

    /// What an item's edges may hold besides its name.
    private static let edges: Set<Character> = [" ", ",", ".", ";", ":", "*", "\n", "\t"]

    /// `text` without the separators and spaces at its edges.
    private static func trimmed(_ text: String) -> String {
        var start = text.startIndex
        var end = text.endIndex
        while start < end, edges.contains(text[start]) { text.formIndex(after: &start) }
        while end > start, edges.contains(text[text.index(before: end)]) { text.formIndex(before: &end) }
        return String(text[start..<end])
    }

    /// A list split at its separators.
    func split(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        let characters = Array(text)
        var index = 0
        func flush() {
            let item = Organisations.withoutLegalForm(Organisations.trimmed(current))
            // (`…, DONT L'ACCOMPAGNEMENT EST CONFIÉ À …`: a clause, no name.)
            let opening = item.prefix { $0 != " " }.lowercased()
            // `Plantaurel Habitat, OPH de l'Ariège`: the legal form after a name describes it, and
            // so do words without a capital (`Touraine Sud Logis, propriétaire et gestionnaire`).
            // A form alone names no one (`Organisme Hlm (OPH)` under `Type de compte`), nor does
            // its stock after a name (`Yonne Rivières Habitat, 2 702 logements dont 611 à Joigny`),
            // nor an article a sentence's cut left alone (`… Haut-Bugey et La`).
            if !item.isEmpty, !Organisations.clauseOpenings.contains(opening), !Organisations.isGenericForm(item),
               !Organisations.articles.contains(Folding.fold(item)),
               items.isEmpty || (!Organisations.isLegalForm(item) && item.contains(where: \.isUppercase) && !Organisations.opensWithAStock(item))
            {
                items.append(item)
            }
            current = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if depth == 0 {
                if character == "," || character == "/" || character == ";" || character == ":" {
                    flush()
                    index += 1
                    continue
                }
                if character == "–" || character == "—" || character == "·" || character == "•" {
                    flush()
                    index += 1
                    continue
                }
                if let length = etSeparator(at: index, in: characters, current: current) ?? Organisations.ampersand(at: index, in: characters, after: current) {
                    flush()
                    index += length
                    continue
                }
            }
            current.append(character)
            index += 1
        }
        flush()
        return items
    }

    /// Whether a folded word ends as the French adjectives of a place's people or land do
    /// (`adamois`, `parmanais`, `cevenol`, `vendeen`, `lorrain`, `picarde`).
    static func isPlaceAdjective(_ word: String) -> Bool {
        word.count > 4 && ["ais", "aise", "ois", "oise", "ien", "ienne", "een", "eenne", "ain", "aine", "al", "ale", "ol", "ole", "arde"].contains { word.hasSuffix($0) }
    }

    /// Whether a word is written as a name is, a capital then lowercase letters (`Brenne`),
    /// not as an acronym (`SOLIHA`) nor with a digit.
    static func isWrittenAsAName(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count > 2 else { return false }
        return word.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" }
    }

    /// Whether a word of four letters or more is written in capitals only (`MORNE`), as a
    /// heading writes a name.
    static func isWrittenInCapitals(_ word: String) -> Bool {
        word.count >= 4 && word.allSatisfy { $0.isUppercase || $0 == "-" }
    }

    /// The length of ` & ` at `index` when a whole landlord's name ends before it (`TOURAINE
    /// MABLE HABITAT & CARDINAL LOGEMENT`), not inside one (`Toit & Joie`).
    private static func ampersand(at index: Int, in characters: [Character], after current: String) -> Int? {
        guard index + 3 <= characters.count, characters[index] == " ", characters[index + 1] == "&", characters[index + 2] == " " else { return nil }
        let words = Folding.fold(current).split(separator: " ")
        return words.count >= 2 && landlordWords.contains(String(words[words.count - 1])) ? 3 : nil
    }

    /// The length of ` et ` at `index` when it separates two names.
    private func etSeparator(at index: Int, in characters: [Character], current: String) -> Int? {
        guard index + 4 <= characters.count, characters[index] == " ",
              String(characters[index + 1...index + 2]).lowercased() == "et", characters[index + 3] == " "
        else { return nil }
        let tail = String(characters[(index + 4)...])
        let before = Folding.fold(current).split(separator: " ").last.map(String.init) ?? ""
        let after = Folding.fold(tail).split(separator: " ").first.map(String.init) ?? ""
        let currentWords = Folding.fold(current).split(separator: " ")
        // `l'association Entre Lot et Célé`: an association's name runs on, unless another
        // name with its article follows (`l'association Relais et l'association Escale`).
        if currentWords.first == "association" || currentWords.starts(with: ["l", "association"]),
           !["l", "la", "le", "les", "un", "une", "association"].contains(after)
        {
            return nil
        }
        // After a whole landlord's name (`JACQUES CŒUR HABITAT ET HABITAT DU CHER`), a new name.
        let closesName = currentWords.count >= 2 && Organisations.landlordWords.contains(before)
        if !closesName && Organisations.commonNouns.contains(before) && Organisations.commonNouns.contains(after) { return nil }
        // `MARAIS ET ESTUAIRE HABITAT`, `SERRES ET QUERCY BLANC HABITAT`, `Ain Plaine et Bugey
        // Habitat`, `Val d'Amboise et Gâtine Habitat`: one or two words (and an elided `d'`) with
        // no landlord's word, then one or two words and a landlord's word, is one name; so is one
        // word before a home's word (`Blaise et Marne Foyers`, where `VEILLEURS RESSOURCES ET
        // TRAJECTOIRE FOYERS` are two). (`PARTENORD ET L'ABEJ`, with its article, is two; so are
        // `TOITS DES DÔMES ET GERGOVIE RÉSIDENCES`.)
        let nextName = Folding.fold(String(tail.prefix { !",;/(·•–—".contains($0) })).split(separator: " ").prefix { $0 != "et" }
        let closing = { (word: Substring) in Organisations.landlordWords.contains(String(word)) || Organisations.homeWords.contains(String(word)) }
        if let last = nextName.last, closing(last),
           (1...(Organisations.landlordWords.contains(String(last)) ? 2 : 1)).contains(currentWords.filter { $0 != "d" }.count),
           !currentWords.contains(where: { closing($0) || ["l", "le", "la", "les", "association"].contains($0) }),
           (2...3).contains(nextName.count),
           !nextName.dropLast().contains(where: { closing($0) || ["l", "le", "la", "les", "association"].contains($0) })
        {
            return nil
        }
        // `Creuse Foyers et Logis`: a landlord's word alone after `et` names no landlord; it
        // ends the name before it.
        if nextName.count == 1, Organisations.landlordWords.contains(String(nextName[0])),
           Folding.fold(tail).split(separator: " ").count == 1
        {
            return nil
        }
        // `Habitat Adamois et Parmanais`, `Habitat Brenne et Choisille`, `LOGIS MORNE ET CANAL`,
        // `HABITAT DES LACS ET PLATEAUX`: a landlord's word and a place joined by `et` to one
        // more place (adjectives of people or of land, or names written as names, or both in
        // capitals as a heading writes them), the second closing the name, make one landlord's name.
        let (lastWord, nextWord) = (current.split(separator: " ").last.map(String.init) ?? "", String(tail.prefix { $0.isLetter || $0 == "-" }))
        let placeWords = currentWords.dropFirst().drop { ["de", "des", "du", "d", "la"].contains($0) }
        if currentWords.count >= 2, placeWords.count == 1, Organisations.landlordWords.contains(String(currentWords[0])), nextName.count == 1,
           Organisations.isPlaceAdjective(before) && Organisations.isPlaceAdjective(String(nextName[0]))
            || Organisations.isWrittenAsAName(lastWord) && Organisations.isWrittenAsAName(nextWord)
            || Organisations.isWrittenInCapitals(lastWord) && Organisations.isWrittenInCapitals(nextWord)
        {
            return nil
        }
        // Keep together when a département's name spans this `et` (`MAINE ET LOIRE HABITAT`).
        if Organisations.namesWithEt.contains([before, after]) { return nil }
        // `LOGIS D'OUCHE ET DU NEUBOURG`, `HABITAT DES CAUSSES ET DE LA MARGERIDE`, `TOITS DU
        // CHER ET DE LA SAULDRE`: a second place after a landlord's or a home's word and a first
        // one runs the name on; another body comes
        // with its article or its kind (`… ET DE L'ASSOCIATION …`, `… ET DE LA VILLE DE …`).
        var nextWords = Folding.fold(String(tail.prefix(50))).split(separator: " ").prefix(3).map(String.init)
        if nextWords.first == "de", nextWords.count == 3, ["la", "l"].contains(nextWords[1]) { nextWords.remove(at: 1) }
        if let first = currentWords.first.map(String.init), currentWords.count >= 3,
           Organisations.landlordWords.contains(first) || Organisations.homeWords.contains(first),
           ["d", "de", "du", "des"].contains(currentWords[1]), nextWords.count >= 2, ["de", "du", "des", "d"].contains(nextWords[0]),
           !["l", "la", "le", "les", "association", "fondation", "ville", "commune", "communaute", "mairie", "ccas", "caf", "region", "departement"]
            .contains(nextWords[1])
        {
            return nil
        }
        return 4
    }
}

import Foundation

/// A person to contact: name, e-mail, title, and the organisation they work for.
struct Person: Equatable {
    let givenName: String
    /// The family name in capitals, as the documents write it (`LE GALL`).
    let familyName: String
    let feminine: Bool
    let email: String
    /// The person's title (`Chargée de mission insertion`).
    let role: String
    let organisation: Organisation
    /// A French number, as the output contract writes it (`03 20 45 67 89`).
    let phone: String

    /// `Élodie MARTEL`.
    var name: String { givenName + " " + familyName }

    /// A person working at `organisation`, with an address at its domain.
    static func random(at organisation: Organisation, using random: inout SplitMix64) -> Person {
        let feminine = random.chance(0.6)
        let given = random.pick(feminine ? feminineNames : masculineNames)
        let family = random.pick(familyNames)
        let first = French.asciiWords(given).joined(separator: "-")
        let last = French.asciiWords(family).joined()
        let local: String
        switch random.int(in: 0...3) {
        case 0: local = first + "." + last
        case 1: local = String(first.prefix(1)) + "." + last
        case 2: local = String(first.prefix(1)) + last
        default: local = last + "." + first
        }
        let role = random.pick(roles)
        let pairs = (0..<4).map { _ in random.int(in: 0...99) }.map { $0 < 10 ? "0\($0)" : "\($0)" }
        let phone = (["0\(random.int(in: 1...5))"] + pairs).joined(separator: " ")
        return Person(
            givenName: given, familyName: family, feminine: feminine, email: local + "@" + organisation.domain,
            role: feminine ? role.feminine : role.masculine, organisation: organisation, phone: phone
        )
    }

    private static let feminineNames = [
        "Élodie", "Sylvie", "Nadia", "Claire", "Gaëlle", "Anne-Laure", "Sophie", "Pascale", "Morgane", "Aïcha",
        "Julie", "Karine", "Nathalie", "Sandrine", "Françoise", "Hélène", "Camille", "Céline", "Isabelle", "Laetitia",
        "Marion", "Océane", "Rachida", "Valérie", "Agnès", "Béatrice", "Chloé", "Delphine", "Émilie", "Fatima",
        "Géraldine", "Inès", "Jeanne", "Léa", "Mélanie", "Noémie", "Pauline", "Séverine", "Virginie", "Yasmina",
    ]

    private static let masculineNames = [
        "Mathieu", "Fabien", "Laurent", "Julien", "Mounir", "Hervé", "Marc", "Yann", "Olivier", "Karim",
        "Thomas", "Nicolas", "Stéphane", "Jérôme", "Éric", "François", "Sébastien", "Antoine", "Bruno", "Cédric",
        "Damien", "Frédéric", "Grégory", "Hugo", "Jean-Marc", "Loïc", "Mehdi", "Patrice", "Rémi", "Xavier",
    ]

    private static let familyNames = [
        "MARTEL", "GARNIER", "DELANNOY", "PRIGENT", "LE GALL", "ROUQUETTE", "VERGNE", "BENSALEM", "FERRAND", "CHABERT",
        "HADDAD", "MOREAU", "ROUSSEAU", "SIMON", "KLEIN", "SCHMITT", "COLIN", "HUMBERT", "FOURNIER", "MEZIANI",
        "LE BIHAN", "BOYER", "DUBOIS", "BERARD", "LEFEBVRE", "MERCIER", "GIRAUD", "BLANCHARD", "GUERIN", "MULLER",
        "FAURE", "ANDRE", "LEROUX", "BONNET", "CHEVALIER", "LAMBERT", "FONTAINE", "ROUX", "VINCENT", "MASSON",
        "MARCHAND", "DUVAL", "DENIS", "LEMAIRE", "BRUN", "BARBIER", "ARNAUD", "PERRIN", "CARON", "RENAUD",
        "LACROIX", "DUPUIS", "BAILLY", "HUET", "COLLET", "PREVOST", "CARPENTIER", "LEGRAND", "BERTRAND", "JOLY",
        "BENALI", "TRAORE", "NGUYEN", "DIALLO", "OUALI", "KONATE", "MARTINEZ", "LOPEZ", "GARCIA", "FERREIRA",
        "LE ROUX", "LE GOFF", "KERMARREC", "TANGUY", "MORVAN", "QUEMENER", "HAMON", "JEGOU", "RIOU", "GUILLOU",
        "BOUCHER", "POULAIN", "MAILLARD", "LEBRUN", "TESSIER", "ROLLAND", "MARECHAL", "GAUTHIER", "PICARD", "LECLERC",
    ]

    private static let roles: [(feminine: String, masculine: String)] = [
        ("Chargée de mission insertion", "Chargé de mission insertion"),
        ("Responsable de l'action sociale", "Responsable de l'action sociale"),
        ("Directrice de la clientèle", "Directeur de la clientèle"),
        ("Conseillère sociale", "Conseiller social"),
        ("Responsable du pôle social", "Responsable du pôle social"),
        ("Chargée de développement social", "Chargé de développement social"),
        ("Directrice de la cohésion sociale", "Directeur de la cohésion sociale"),
        ("Responsable de la gestion locative", "Responsable de la gestion locative"),
        ("Cheffe de service", "Chef de service"),
        ("Directrice", "Directeur"),
    ]
}

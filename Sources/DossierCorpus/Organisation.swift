/// An organisation of a project: a social landlord (a carrier) or an association (a partner).
struct Organisation: Equatable {
    /// The name as the organisation writes it (`Roubaix Habitat`, `Horizon Partage`).
    let name: String
    /// Its e-mail domain (`roubaixhabitat.fr`).
    let domain: String

    /// Whether the name holds two words or more, so that it stays one name in a list of
    /// carriers (`ALTEA HABITAT ET VALORIS LOGEMENT`); a one-word name before a two-word
    /// one would read as one name (`VALORIS ET ROUBAIX HABITAT`).
    var fitsInList: Bool { name.split(separator: " ").count >= 2 }

    /// A social landlord of `place`: most often a brand name, sometimes named after its
    /// town or its département. Brands are many, so that two projects of one landlord in
    /// one town are rare, as in a real call.
    static func landlord(near place: Place, using random: inout SplitMix64) -> Organisation {
        let name: String
        switch random.int(in: 0...39) {
        case 0: name = place.town + " Habitat"
        case 1: name = place.department.name + " " + random.pick(["Habitat", "Logement"])
        case 2 where ["du ", "des "].contains(place.department.of): name = "Habitat " + place.department.ofName
        default:
            let brand = random.pick(brandStarts) + random.pick(brandEnds)
            switch random.int(in: 0...5) {
            case 0: name = brand
            case 1: name = brand + " " + random.pick(["Habitat", "Logement", "Immobilière", "Habitations"]) + " " + random.pick(regions)
            default: name = brand + " " + random.pick(["Habitat", "Logement", "Immobilière", "Habitations"])
            }
        }
        return Organisation(name: name, domain: domainName(name, suffixes: [".fr"]))
    }

    /// An association: two words of a name, or an acronym with or without a word after it.
    static func association(using random: inout SplitMix64) -> Organisation {
        let name: String
        switch random.int(in: 0...9) {
        case 0...5:
            let first = random.pick(associationWords)
            name = first + " " + random.pick(associationQualifiers.filter { $0 != first })
        case 6:
            name = acronym(using: &random)
        default:
            name = acronym(using: &random) + " " + random.pick(associationQualifiers)
        }
        return Organisation(name: name, domain: domainName(name, suffixes: [".org", ".fr", ".asso.fr"]))
    }

    private static func acronym(using random: inout SplitMix64) -> String {
        let letters = Array("ABCDEFGHIJLMNOPRSTUV")
        return String((0..<random.int(in: 3...5)).map { _ in random.pick(letters) })
    }

    /// The e-mail domain of `name`: its words in ASCII, run together when there are two
    /// or fewer, joined by hyphens otherwise; the suffix depends on the name alone.
    private static func domainName(_ name: String, suffixes: [String]) -> String {
        let words = French.asciiWords(name)
        let stem = words.count <= 2 ? words.joined() : words.joined(separator: "-")
        let hash = name.unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) & 0xFFFF }
        return stem + suffixes[hash % suffixes.count]
    }

    /// The two halves of the landlords' brand names, invented (`Alvéa`, `Normina`).
    private static let brandStarts = [
        "Al", "Ar", "Bel", "Cal", "Dom", "El", "Flo", "Gré", "Hor", "Il", "Lu", "Mar", "Nor", "Or", "Per",
        "Quin", "Ré", "Sol", "Ter", "Val", "Ver", "Vi", "Cas", "Dun", "Es", "Lo", "Ma", "Né", "Sy", "Ur",
    ]
    private static let brandEnds = [
        "véa", "moria", "zuréa", "tilia", "liane", "malys", "sia", "bilis", "léa", "givia", "sonia", "réal",
        "palia", "réa", "silia", "ralia", "banéo", "vréa", "déal", "lyssia", "micilia", "téria", "rélia", "izéa",
        "mina", "tinéa", "réis", "mélia", "séa", "lora",
    ]

    private static let regions = ["Atlantique", "Méditerranée", "Grand Est", "Nord-Est", "Sud-Ouest", "Centre", "Ouest", "Alpes"]

    /// First words of association names.
    private static let associationWords = [
        "Horizon", "Relais", "Passerelle", "Escale", "Tremplin", "Boussole", "Ancrage", "Cap", "Abri", "Trait d'Union",
        "Point d'Appui", "Entraide", "Étape", "Sésame", "Alizé", "Phare", "Boréal", "Envol", "Rebond", "Repère",
        "Amitié", "Solidarités", "Accueil", "Oasis", "Parenthèse", "Main Tendue", "Pas à Pas", "Fil d'Ariane",
        "Clé de Voûte", "Équinoxe", "Chrysalide", "Aurore Nouvelle", "Cordée", "Agora", "Trajectoire", "Itinéraire",
        "Sillage", "Boussole Sud", "Hélios", "Arc-en-Ciel", "Éclaircie", "Azimut", "Vent d'Ouest", "Grand Large",
        "Tisserands", "Semeurs", "Compagnons", "Bâtisseurs", "Veilleurs", "Voisins Solidaires", "Marelle", "Odyssée",
        "Caravelle", "Arlequin", "Pléiade", "Orée", "Palabre", "Cairn", "Rivage", "Comète",
    ]

    /// Words after the first in association names.
    private static let associationQualifiers = [
        "Partage", "Insertion", "Avenir", "Jeunes", "Familles", "Seniors", "Accueil", "Entraide", "Citoyenne",
        "Réseau", "Nouvel Élan", "Solidaire", "Vie Sociale", "Médiation", "Insertion Sociale", "Fraternité",
        "Espérance", "Initiatives", "Ressources", "Passages", "Traverses", "Rencontres", "Alternatives", "Liens",
        "Écoute", "Présence", "Chemins", "Horizons", "Racines", "Ailes", "Lumière", "Élan",
        "Refuge", "Emploi", "Ateliers", "Quartiers", "Foyers", "Parcours", "Dialogue", "Équilibre",
        "Harmonie", "Confiance", "Renouveau", "Essor", "Sources", "Ponts", "Sentiers", "Ancrages", "Étoiles",
    ]
}

/// A project's title, and the reworded title another document of the same project gives.
///
/// No title holds a word of the mode (`accès`, `maintien`, `relogement`, `expulsion`) nor a
/// phrase the mode rules read (`premier logement`): a layout without a mode label reads the
/// mode from its title and text, and the title must not contradict the facts. No title
/// holds a colon, which a form would read as the end of its `Nom du projet :` value, nor a
/// town, which two projects of one town would share. Most words come from large lists, so
/// that titles of unrelated projects seldom share more than one.
struct ProjectTitle: Equatable {
    /// The title, in sentence case with its accents (`Un toit pour repartir`).
    let text: String
    /// The same title as another document words it (`Un toit pour repartir – un projet partagé`).
    let reworded: String

    /// A new title.
    static func random(using random: inout SplitMix64) -> ProjectTitle {
        let title: String
        switch random.int(in: 0...4) {
        case 0: title = random.pick(verbs) + " " + publicPhrase(using: &random) + random.pick(manners)
        case 1: title = random.sample(things, count: 3).joined(separator: ", ")
        case 2:
            let pair = random.sample(things, count: 2)
            title = pair[0] + " et " + pair[1] + " pour " + random.pick(purposes)
        case 3: title = random.pick(origins) + " " + random.pick(destinations) + random.pick(Array(manners.dropFirst(3)))
        default: title = random.pick(actions) + " " + publicPhrase(using: &random)
        }
        let tagline = random.pick(taglines)
        let reworded = random.chance(0.5) ? title + " – " + tagline : tagline + " – " + title.prefix(1).lowercased() + title.dropFirst()
        return ProjectTitle(text: French.capitalisingFirst(title), reworded: French.capitalisingFirst(reworded))
    }

    /// `les jeunes en rupture`: a public and what sets it apart.
    private static func publicPhrase(using random: inout SplitMix64) -> String {
        let (noun, feminine) = random.pick(publics)
        let qualifier = random.pick(qualifiers)
        return "les " + noun + " " + (feminine ? qualifier.feminine : qualifier.masculine)
    }

    private static let verbs = [
        "Épauler", "Soutenir", "Guider", "Entourer", "Outiller", "Aller vers", "Installer", "Rassurer", "Écouter",
        "Remobiliser", "Conforter", "Stabiliser", "Protéger", "Valoriser", "Fédérer", "Orienter", "Relier", "Mobiliser",
    ]

    private static let publics: [(noun: String, feminine: Bool)] = [
        ("jeunes", false), ("locataires", false), ("femmes", true), ("familles", true), ("seniors", false),
        ("sortants", false), ("travailleurs", false), ("apprentis", false), ("parents", false), ("habitants", false),
        ("étudiants", false), ("retraités", false), ("mères", true), ("aidants", false), ("salariés", false),
        ("saisonniers", false), ("réfugiés", false), ("voisins", false), ("résidents", false), ("veuves", true),
    ]

    private static let qualifiers: [(masculine: String, feminine: String)] = [
        ("isolés", "isolées"), ("en rupture", "en rupture"), ("hébergés", "hébergées"), ("sans abri", "sans abri"),
        ("précaires", "précaires"), ("vieillissants", "vieillissantes"), ("surendettés", "surendettées"),
        ("fragilisés", "fragilisées"), ("endeuillés", "endeuillées"), ("invisibles", "invisibles"), ("oubliés", "oubliées"),
        ("éloignés", "éloignées"), ("déracinés", "déracinées"), ("épuisés", "épuisées"), ("démunis", "démunies"),
        ("nomades", "nomades"), ("vulnérables", "vulnérables"), ("silencieux", "silencieuses"),
    ]

    /// How, after a verb or a way (`pas à pas`, `sans condition`), or nothing (the first three).
    private static let manners = [
        "", "", "", " au quotidien", " dans la durée", " dès le premier jour", " hors les murs", " sans condition",
        " pas à pas", " en confiance", " sur mesure", " à plusieurs", " au plus près", " avec les gardiens", " en binôme",
    ]

    private static let things = [
        "un toit", "un bail", "une clé", "une porte", "un chez-soi", "une adresse", "un seuil", "un cap", "un pas",
        "un départ", "une étape", "un ancrage", "un appui", "un lien", "un relais", "une boussole", "un tremplin",
        "une passerelle", "des voisins", "un jardin", "une place", "un repère", "une équipe", "un avenir", "un foyer",
        "une escale", "un horizon", "une parenthèse", "un balcon", "une fenêtre", "un palier", "un trousseau",
        "un escalier", "une cuisine", "une cour", "un atelier", "un potager", "un sas", "un pont", "une lampe",
        "un phare", "un refuge", "un nid", "une racine", "un socle", "un élan", "une table",
    ]

    private static let purposes = [
        "repartir", "se reconstruire", "s'installer", "durer", "tenir", "avancer", "grandir", "rebondir", "demain",
        "tous", "chacun", "quitter l'hôtel", "souffler", "habiter", "se poser", "recommencer", "respirer", "se projeter",
        "se soigner", "travailler", "apprendre", "vieillir", "renouer", "construire", "espérer", "oser", "s'enraciner",
    ]

    private static let origins = [
        "De la rue", "Du foyer", "De l'hôtel", "Du squat", "De la caravane", "De l'hébergement", "Du CHRS",
        "De la détention", "De l'urgence", "Du centre maternel", "De l'isolement", "De la colocation", "Du camping",
        "De l'errance", "Du dortoir", "De la pension", "Du garage", "De la voiture",
    ]

    private static let destinations = [
        "au bail", "à l'autonomie", "au quartier", "à la stabilité", "au voisinage", "à la sérénité", "à la ville",
        "au palier", "à la confiance", "à l'adresse", "au domicile", "à la citoyenneté", "au jardin", "à l'avenir",
    ]

    private static let actions = [
        "Renouer avec", "Prévenir les impayés avec", "Habiter autrement avec", "Construire avec",
        "Garder contact avec", "Bâtir la confiance avec", "Ouvrir des portes pour", "Un cap pour",
        "Un appui durable pour", "Des clés pour", "Un bail solide pour", "Une équipe mobile pour",
    ]

    private static let taglines = [
        "un projet partagé", "une démarche commune", "un accompagnement sur mesure", "bilan d'une expérimentation",
        "une coopération de terrain", "le pari du partenariat", "une réponse locale", "une démarche innovante",
    ]
}

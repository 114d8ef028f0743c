/// Word lists that tell the distinctive words of an organisation's name or a title from the
/// generic ones.
enum NameWords {
    /// Legal forms, generic words of landlords' and associations' names, and small words: a
    /// name that shares only these with another shares nothing (`OPH`, `Habitat`, `SA d'HLM`).
    static let generic: Set<String> = [
        "oph", "opac", "office", "offices", "public", "publique", "hlm", "sa", "esh", "sem", "scic", "sas", "societe", "anonyme",
        "groupe", "group", "habitat", "habitats", "habitation", "habitations", "logement", "logements", "logis", "immobiliere",
        "immobilier", "fonciere", "residence", "residences", "cooperative", "coop", "association", "associations", "asso",
        "union", "federation", "bailleur", "bailleurs", "social", "sociale", "sociales", "sociaux", "territorial",
        "territoriale", "departemental", "departementale", "conseil", "communaute", "agglomeration", "ville", "commune",
        "de", "d", "du", "des", "la", "le", "les", "l", "et", "en", "a", "au", "aux", "pour", "sur", "avec",
    ]

    /// Words of département names (`pas`, `calais`, `nord`): shared by landlords of one place
    /// whatever they are, so they tell little.
    static let places: Set<String> = {
        var words = Set<String>()
        for name in Departments.byName.keys {
            for word in name.split(separator: " ") where !generic.contains(String(word)) { words.insert(String(word)) }
        }
        return words
    }()

    /// Words of titles that say nothing of a project in this programme.
    static let titleGeneric: Set<String> = generic.union([
        "accompagnement", "accompagner", "accompagne", "accompagnes", "projet", "dans", "vers", "par", "une", "un", "leur",
        "leurs", "son", "ses", "qui", "que", "plus", "tous", "toutes",
    ])

    /// Mail providers whose domain says nothing of an organisation.
    static let publicDomains: Set<String> = [
        "gmail.com", "yahoo.fr", "yahoo.com", "hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr",
        "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "neuf.fr", "aol.com", "icloud.com",
    ]

    /// Legal forms dropped from a carrier's name before names are compared whole.
    static let legalForms: Set<String> = [
        "oph", "opac", "sa", "hlm", "esh", "sem", "scic", "sas", "d", "l", "office", "public", "de", "du", "la", "le",
    ]

    /// The hashes of the lists above (``WordHash``).
    static let genericHashes = Set(generic.map { WordHash($0).value })
    static let placeHashes = Set(places.map { WordHash($0).value })
    static let titleGenericHashes = Set(titleGeneric.map { WordHash($0).value })
    static let legalFormHashes = Set(legalForms.map { WordHash($0).value })
}

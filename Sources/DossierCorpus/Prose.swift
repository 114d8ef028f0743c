/// The sentences the layouts write around the facts.
///
/// Unless its name says otherwise, a sentence holds no count, amount, length of time,
/// e-mail address or colon, and no phrase that the mode rules read (`accès au logement`,
/// `relogement`, `maintien dans le logement`, `locataires en place`...): a document without
/// labels reads those from its text, and its text must say only what the facts say.
struct Prose {
    let facts: ProjectFacts

    private var carrier: String { facts.carriers[0].name }
    private var partner: String { facts.partners[0].name }
    private var audience: String { facts.audience.description }

    /// What the project is, in one sentence.
    func nature(using random: inout SplitMix64) -> String {
        random.pick([
            "Une équipe commune au bailleur et à l'association repère les situations, propose un logement adapté et assure un suivi rapproché.",
            "Le projet réunit dans une même démarche le repérage des situations, le choix du logement et un soutien dont l'intensité suit les besoins de chacun.",
            "\(carrier) et \(partner) ont construit ensemble une réponse pour \(audience), avec un référent unique pour chaque situation.",
            "Il s'agit d'offrir un logement ordinaire et un soutien souple, décidé avec chacun, à \(facts.audience.these).",
            "La démarche repose sur une coopération étroite entre les équipes de proximité du bailleur et les travailleurs sociaux de l'association.",
            "Les situations les plus fragiles sont examinées en commun, et chacune reçoit une réponse construite à plusieurs.",
        ])
    }

    /// Objectives, as short phrases for a list.
    func objectives(using random: inout SplitMix64) -> [String] {
        random.sample([
            "Sécuriser les premiers mois du bail", "Prévenir les impayés et les troubles de voisinage",
            "Offrir aux gardiens et aux chargés de clientèle un seul correspondant", "Éviter les ruptures de parcours",
            "Faire le lien avec les services de droit commun", "Rompre l'isolement des personnes suivies",
            "Favoriser l'insertion professionnelle", "Stabiliser la situation budgétaire de chacun",
            "Construire un réseau de voisinage autour de chaque personne", "Passer le relais aux dispositifs de droit commun",
            "Associer les gardiens au repérage des fragilités", "Mieux articuler le logement et les soins",
        ], count: random.int(in: 2...4))
    }

    /// What the support consists of.
    func support(using random: inout SplitMix64) -> String {
        random.pick([
            "Visites à domicile fréquentes au démarrage, puis un rythme adapté à chaque situation",
            "Un bilan commun de la situation, puis un suivi de toutes les démarches par la même personne",
            "Appui pour le budget et les papiers, médiation entre voisins, relais vers les soignants",
            "Des rendez-vous chez la personne ou à la maison de quartier, l'aide aux papiers et l'ouverture des droits",
            "Suivi individuel renforcé, ateliers collectifs et présence aux moments clés du bail",
        ])
    }

    /// The dwellings offered.
    func offer(using random: inout SplitMix64) -> String {
        random.pick([
            "Parc existant, du T1 au T3, en diffus",
            "Petits logements du parc existant, proches des transports et des services",
            "Logements ordinaires dispersés dans la ville, jamais plus de deux par immeuble",
            "Parc existant \(French.of(carrier)) sur l'agglomération",
        ])
    }

    /// The means the partners put in.
    func means(using random: inout SplitMix64) -> String {
        random.pick([
            "Un travailleur social \(French.of(partner)), une conseillère sociale du bailleur, un comité de suivi trimestriel",
            "Une commission mensuelle, un outil de suivi partagé et deux intervenants dédiés",
            "Un référent \(French.of(partner)) à temps plein, un point chaque mois avec les chargés d'attribution",
            "Une équipe qui se déplace, des gardiens attentifs aux signaux faibles, une convention signée par tous",
        ])
    }

    /// The tenancy the households hold.
    func occupancy(using random: inout SplitMix64) -> String {
        random.pick(["Locataires en titre", "Bail glissant", "Sous-location par l'association, puis glissement du bail", "Bail direct dès la signature"])
    }

    /// Sentences that state the mode, in the words the mode rules read.
    func modeSentences(using random: inout SplitMix64) -> [String] {
        let access = random.pick([
            "Le projet facilite l'accès au logement de \(facts.audience.these).",
            "Il s'agit de reloger \(facts.audience.these) dans le parc ordinaire, sans étape intermédiaire.",
            "Le soutien commence avant l'entrée dans les lieux et se poursuit une fois le bail signé.",
        ])
        let maintenance = random.pick([
            "Le projet vise le maintien dans le logement de \(facts.audience.these).",
            "L'objectif premier est la prévention des expulsions, bien avant le stade contentieux.",
            "Les locataires en place qui décrochent sont signalés par les gardiens dès le premier impayé.",
        ])
        switch facts.mode {
        case .access: return [access]
        case .maintenance: return [maintenance]
        case .both: return [access, maintenance]
        }
    }

    /// A quotation of a partner, neutral.
    func quotation(using random: inout SplitMix64) -> String {
        random.pick([
            "On craignait la réaction des voisins. Six mois plus tard, ce sont eux qui prennent des nouvelles.",
            "Tout se joue dans les premiers jours. Si l'on attend, la personne ne décroche plus le téléphone.",
            "Avoir ses clés change le regard qu'on porte sur soi. Le reste vient ensuite, à son rythme.",
            "Les gardiens nous signalent ce qu'ils voient. Sans eux, beaucoup de situations nous échapperaient.",
            "Au début, personne n'y croyait vraiment. Aujourd'hui, les agences nous appellent d'elles-mêmes.",
        ])
    }

    /// Conditions of success or obstacles, as list items.
    func conditions(using random: inout SplitMix64) -> [String] {
        random.sample([
            "Une association très présente les premières semaines", "Des gardiens mis dans la confidence dès le début",
            "Des règles écrites sur les délais de réponse et le secret partagé", "Une seule personne à joindre chez le bailleur",
            "Un travail suivi avec la Mission locale", "Des logements bien desservis par les bus",
            "Une commission d'attribution convaincue de l'intérêt de la démarche",
        ], count: random.int(in: 1...3))
    }

    func obstacles(using random: inout SplitMix64) -> [String] {
        random.sample([
            "Le manque de petits logements dans les quartiers recherchés", "Des financements fragiles d'une année sur l'autre",
            "Des délais d'attribution encore trop longs", "La difficulté à recruter des travailleurs sociaux",
            "Des ressources très faibles, qui rendent le budget fragile",
        ], count: random.int(in: 1...2))
    }

    /// A theme line of a brochure section (`SOLIDARITÉ & INNOVATION`).
    func theme(using random: inout SplitMix64) -> String {
        random.pick([
            "SOLIDARITÉ & INNOVATION", "INSERTION & AUTONOMIE", "PROXIMITÉ & CONFIANCE", "SANTÉ & LOGEMENT",
            "JEUNESSE & FORMATION", "PROTECTION & ANTICIPATION", "RESPONSABILITÉ & PROXIMITÉ", "COOPÉRATION & TERRITOIRE",
        ])
    }
}

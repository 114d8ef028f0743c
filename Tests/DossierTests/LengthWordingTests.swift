import Dossier
import Testing

/// How long a project runs, in wordings first met in blind sets 450 to 499: labels that give
/// their unit last or open with `Mois`, dates under labels no pack knows, lengths a text
/// confirms beside them, a length that follows from the costs; in texts of our own.
@Suite("Extract: length wordings")
struct LengthWordingTests {
    /// A bare number under a label that names its unit (`Durée en mois`, `Mois de convention
    /// prévus`, `Durée en mois inscrite`, `Durée en mois de la convention`) counts months; a label of a moment or a debt (`Mois de démarrage`, `Mois de
    /// loyer impayés`) gives no length.
    @Test(arguments: [
        ("Durée en mois : 24", 24),
        ("Durée de la convention, en mois : 36", 36),
        ("Engagement exprimé en mois : 30", 30),
        ("Mois de convention prévus : 18", 18),
        ("Mois d'engagement signés : 24", 24),
        ("Durée en années : 3", 36),
        ("Durée en mois inscrite : 24", 24),
        ("Durée en mois retenue : 30", 30),
        ("Durée en mois de la convention : 36", 36),
    ])
    func readsABareNumberUnderALabelOfItsUnit(_ line: String, _ months: Int) throws {
        let form = try Fixtures.record("""
            Intitulé du projet : Le Pas de Porte
            \(line)
            Ménages accompagnés : 12

            """)
        #expect(form.duration?.value.months == months)
        #expect(form.households?.value.min == 12)
    }

    /// A length the prose gives as the project's own, in wordings of blind sets 590 to 618: the
    /// action's months (`sur les 24 mois de l'action`, even in a sentence that speaks of the
    /// association that follows the households), a list of its figures (`Dix ménages, 4
    /// logements, 30 mois :`), dates `du … jusqu'au …`, an end `terme fixé au` or `se clôt
    /// le`, or sentences after its start (`Depuis le …, … L'action s'arrêtera le …`), and what
    /// it was led for (`L'action, menée deux ans,`).
    @Test(arguments: [
        ("Avec l'association, qui les suit au quotidien, 7 ménages se sont installés sur les 24 mois de l'action.\n", 24),
        ("Au pied du causse, 6 ménages ont emménagé au fil des 18 mois de l'opération.\n", 18),
        ("Dix ménages, 4 logements, 30 mois : l'action a coûté 61 200 €.\n", 30),
        ("L'aide court du 3 octobre 2016 jusqu'au 2 octobre 2019 et coûte 70 200 €.\n", 36),
        ("L'action démarre au 2 mai 2016, terme fixé au 1er mai 2018.\n", 24),
        ("L'action s'ouvre le 1er juin 2016 et se clôt le 31 mai 2019.\n", 36),
        ("Ici, l'office a agi seul. L'action, menée deux ans, représente 30 400 € par an.\n", 24),
        ("Depuis le 1er mars 2017, l'agence conduit l'action avec l'association.\nHuit ménages y entrent chaque année. L'action s'arrêtera le\n28 février 2019.\n", 24),
    ])
    func readsALengthTheProseGivesAsTheActions(_ text: String, _ months: Int) throws {
        #expect(try Fixtures.record(text).duration?.value.months == months)
    }

    @Test(arguments: ["Mois de démarrage : 9", "Mois de loyer impayés en moyenne : 4"])
    func readsNoLengthUnderALabelOfAMoment(_ line: String) throws {
        let form = try Fixtures.record("""
            Intitulé du projet : Le Pas de Porte
            \(line)

            """)
        #expect(form.duration == nil)
    }

    /// A monograph's row whose label no pack knows and whose value is the first and last
    /// days, each after a word of its own, gives the length.
    @Test(arguments: [
        ("Bornes de l'action\tdémarrage le 7 octobre 2017, terme le 6 octobre 2020", 36, "2017-10-07"),
        ("Fenêtre de l'action\tpremier rendez-vous le 2 mai 2016, clôture le 1er mai 2018", 24, "2016-05-02"),
        ("Laps couvert\tArrivée dans le dispositif : 12 juin 2018 ; sortie : 11 juin 2021", 36, "2018-06-12"),
        ("Années couvertes\t2017 ➝ 2020", 36, "2017"),
        ("Créneau retenu\tdu mois de mars 2016 au mois de février 2019", 36, "2016-03"),
    ])
    func readsDatesUnderALabelNoPackKnows(_ row: String, _ months: Int, _ start: String) throws {
        let guide = try Fixtures.record("""
            4.2.1. LE SEUIL DU CANAL
            HABITAT DU CANAL EN PARTENARIAT AVEC L'ASSOCIATION PASSE-MURAILLE
            Lieu retenu\tBéziers (34)
            \(row)
            Coût présenté\t98 214 €

            """)
        #expect(guide.duration?.value.months == months)
        #expect(guide.duration?.value.start == start)
        #expect(guide.cost?.value.total == 98_214)
    }

    /// Prose that confirms a length beside it: the years it runs, a whole, the cost it goes
    /// with; an action meant over some years; a period after a comma.
    @Test(arguments: [
        ("Onze ménages ont signé leur bail en 3 ans (2015 à 2018), dans 6 logements du bourg.", 36),
        ("Neuf foyers sont entrés dans les lieux entre 2016 et 2019, soit trois années pleines.", 36),
        ("L'accompagnement va jusqu'au 31 mars 2021 (30 mois en tout) et coûte 61 204 €.", 30),
        ("En tout, 15 ménages, 6 logements, pour 18 mois et 40 312 €.", 18),
        ("L'action, conduite sur vingt-quatre mois, a coûté 52 906 €.", 24),
        ("Huit foyers sont suivis sur toute la durée, soit deux ans et demi.", 30),
        ("Une conseillère les a reçus chaque semaine, de février 2017 à janvier 2020.", 36),
        ("Le projet coûte 77 418 € en tout, toujours sur trois années.", 36),
        ("Depuis le 1er avril 2018 et jusqu'au 31 mars 2020, l'office loge 6 ménages par an.", 24),
        ("Lancée le 1er juin 2017 pour s'achever le 31 mai 2019, la démarche suit 5 ménages.", 24),
        ("Elle totalise 30 mois de présence à domicile et une dépense de 48 611 €.", 30),
    ])
    func readsALengthTheTextConfirms(_ sentence: String, _ months: Int) throws {
        let brochure = try Fixtures.record("""
            Un toit au bord de l'Orb

            \(sentence)

            """)
        #expect(brochure.duration?.value.months == months)
    }

    /// Periods that count a figure or a cost, and a cost's own span, are not the project's.
    @Test(arguments: [
        "- 70 personnes relogées de mars 2018 à février 2019",
        "Dépense prévue sur douze mois : 28 400 €",
        "Chaque ménage bénéficie d'un accompagnement sur six mois.",
    ])
    func readsNoLengthFromAFiguresPeriod(_ sentence: String) throws {
        let brochure = try Fixtures.record("""
            Un toit au bord de l'Orb

            \(sentence)

            """)
        #expect(brochure.duration == nil)
    }

    /// With no length told, a total that is whole years of the yearly cost gives the length,
    /// less surely; a total that is no whole or half number of years gives none.
    @Test func readsALengthFromTheCosts() throws {
        let fiche = try Fixtures.record("""
            # Le Pas de Porte

            **Coût de bout en bout :** 104 517 €, soit 34 839 € chaque année

            """, format: .markdown)
        #expect(fiche.cost?.value.total == 104_517)
        #expect(fiche.duration?.value.months == 36)
        #expect(fiche.duration?.evidence.rule == "duration.cost-ratio")
        #expect(fiche.duration?.evidence.confidence == 0.3)
        let uneven = try Fixtures.record("""
            # Le Pas de Porte

            **Coût de bout en bout :** 104 517 €, soit 31 000 € chaque année

            """, format: .markdown)
        #expect(uneven.duration == nil)
    }
}

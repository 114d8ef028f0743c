import Dossier
import Testing

/// Carriers, modes, contacts and figures in wordings first met in blind sets 127 to 134, in
/// texts of our own.
@Suite("Extract: header and figure wordings")
struct HeaderAndFigureWordingTests {
    /// A header's partner may follow a participle and its preposition, or a phrase of support.
    @Test func splitsAHeaderAtAParticipleOrAPhraseOfSupport() throws {
        let phrases = [
            ", ACCOMPAGNÉ PAR", ", EN APPUI SUR", " DE CONCERT AVEC", ", ENTOURÉS DE", ", UNIS À", ", SOUTENU SUR LE TERRAIN PAR",
            ", AUQUEL S'ASSOCIE", " RELAYÉE PAR", ", QUE RELAIE SUR LE TERRAIN", ", EN ATTELAGE AVEC", " ET SON ASSOCIATION PARTENAIRE",
            " APPUYÉ SUR", ", ET, SUR LE TERRAIN,", " EN COMPAGNONNAGE AVEC", ", EN CONVENTION AVEC", ", ENSEMBLE AVEC", ", ADOSSÉ À", ", ALLIÉS À",
            ", ÉPAULÉ SUR LE TERRAIN PAR", " EN LIEN ÉTROIT AVEC", ", SUR LE TERRAIN AVEC", ", ASSOCIATION PARTENAIRE :", " EN COMPAGNIE DE", " EN DUO AVEC",
            " SOUS CONVENTION AVEC", " PAR CONVENTION AVEC", " FLANQUÉ DE", ", AUQUEL S'ADJOINT", " AU COUDE À COUDE AVEC", " COPILOTÉ AVEC", " QUI CONFIE L'ACCOMPAGNEMENT À", " QUI S'ADJOINT", " ET SON RELAIS ASSOCIATIF",
            " PAR ACCORD CADRE AVEC", " SOUS MANDAT SOCIAL AVEC", " À L'UNISSON DE",
        ]
        for phrase in phrases {
            let guide = try Fixtures.record("""
                SAUGE HABITAT\(phrase) L'ASSOCIATION LE RELAIS DU COL\t\t7.2.1. UN BAIL AU COL

                """)
            #expect(guide.carriers.map(\.value) == ["SAUGE HABITAT"], "\(phrase)")
            #expect(guide.partners.map(\.value) == ["LE RELAIS DU COL"], "\(phrase)")
        }
    }

    /// One word, `ET`, then one or two words and a landlord's word make one name, whatever
    /// follows it; a list may be split at a middle dot, and a CCAS in it is a partner.
    @Test func keepsARiversNameWholeAndReadsAMiddleDotList() throws {
        for name in ["SAUGE ET COL HABITAT", "SAUGE ET HAUT COL HABITAT"] {
            let guide = try Fixtures.record("""
                \(name) DE CONCERT AVEC L'ASSOCIATION LE RELAIS DU COL\t\t7.2.1. UN BAIL AU COL

                """)
            #expect(guide.carriers.map(\.value) == [name], "\(name)")
        }
        let fiche = try Fixtures.record("Bailleur et associés : Sauge et Col Habitat · CCAS de Villard · association Le Relais du Col\n")
        #expect(fiche.carriers.map(\.value) == ["Sauge et Col Habitat"])
        #expect(fiche.partners.map(\.value) == ["CCAS de Villard", "Le Relais du Col"])
    }

    /// A second place after a landlord's word runs its name on (`LOGIS DE SAUGE ET DU COL`);
    /// a parenthesis that says who carries (`(CO-PORTAGE)`) is no part of a name.
    @Test func keepsALandlordsTwoPlacesAndDropsItsRole() throws {
        let guide = try Fixtures.record("""
            LOGIS DE SAUGE ET DU COL EN PARTENARIAT AVEC L'ASSOCIATION LE RELAIS		7.2.1. UN BAIL AU COL

            """)
        #expect(guide.carriers.map(\.value) == ["LOGIS DE SAUGE ET DU COL"])
        let twoPlaces = try Fixtures.record("""
            HABITAT DES CAUSSES ET DE LA SAUGE EN PARTENARIAT AVEC L'ASSOCIATION LE RELAIS\t\t7.2.1. UN BAIL AU COL

            """)
        #expect(twoPlaces.carriers.map(\.value) == ["HABITAT DES CAUSSES ET DE LA SAUGE"])
        let shared = try Fixtures.record("""
            SAUGE HABITAT ET LOGIS DU COL (CO-PORTAGE) EN PARTENARIAT AVEC LE RELAIS		7.2.1. UN BAIL AU COL

            """)
        #expect(shared.carriers.map(\.value) == ["SAUGE HABITAT", "LOGIS DU COL"])
    }

    /// A landlord's name may hold `de l'` (`Portes de l'Ain Habitat`, `Habitat des Coteaux de
    /// l'Ariège`) wherever prose names it.
    @Test func readsALandlordsNameWithAnArticle() throws {
        let cases = [
            ("Réponses de l'enquête. Portes de l'Oisans Habitat gère 3 582 logements dans la vallée.", "Portes de l'Oisans Habitat"),
            ("Premier intervenant : Lise SABATIER, Habitat des Coteaux de l'Oisans, qui présente « Un bail au col ».", "Habitat des Coteaux de l'Oisans"),
            ("Le bailleur, Habitat des Bords d'Oisans, a rouvert dix appartements au bourg.", "Habitat des Bords d'Oisans"),
        ]
        for (text, name) in cases {
            let record = try Fixtures.record("Le projet\n\n\(text)\n")
            #expect(record.carriers.map(\.value) == [name], "\(text)")
        }
    }

    /// A clause after a carrier (`, DONT L'ACCOMPAGNEMENT EST CONFIÉ À …`) names no one.
    @Test func leavesAClauseOutOfTheCarriers() throws {
        let guide = try Fixtures.record("""
            LOGIS DU COL, DONT L'ACCOMPAGNEMENT EST CONFIÉ À L'ASSOCIATION LE RELAIS\t\t7.2.1. UN BAIL AU COL

            """)
        #expect(guide.carriers.map(\.value) == ["LOGIS DU COL"])
    }

    /// A header may open with a phrase before its carriers (`OPÉRATION CONDUITE PAR`, `PROJET
    /// COMMUN À … ET AU …`, `PORTEUR :`).
    @Test func readsCarriersAfterAHeadersLead() throws {
        let cases = [
            ("OPÉRATION CONDUITE PAR SAUGE HABITAT, EN PARTENARIAT AVEC LE RELAIS", ["SAUGE HABITAT"]),
            ("PROJET COMMUN À SAUGE HABITAT ET AU LOGIS DU COL, EN PARTENARIAT AVEC LE RELAIS", ["SAUGE HABITAT", "LOGIS DU COL"]),
        ]
        for (header, carriers) in cases {
            let guide = try Fixtures.record("\(header)\t\t7.2.1. UN BAIL AU COL\n\n")
            #expect(guide.carriers.map(\.value) == carriers, "\(header)")
        }
    }

    /// A brochure's contents may list its sections in another order than it prints them:
    /// each section takes the carrier of the entry that gives its title.
    @Test func readsABrochuresContentsByTitle() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            SOMMAIRE

            - 4-7 Sauge Habitat :

            Rester chez soi au col

            - 8-11 Vallée Logis :

            Un bail au bourg

            - 2018
            - Villard (73)
            UN BAIL AU BOURG
            Un logement pour les saisonniers
            - 12 ménages par an

            - 2019
            - Saint-Col (73)
            RESTER CHEZ SOI AU COL
            Prévenir les expulsions
            - 30 ménages par an

            """))
        #expect(records.map { $0.carriers.map(\.value) } == [["Vallée Logis"], ["Sauge Habitat"]])
    }

    /// Access and keeping housed in other words: a lease signed, a sliding lease, leaving the
    /// marital home or a placement, a real home entered, newcomers; `maintien des … dans leur
    /// logement`; a label's option `Emménagement`.
    @Test func readsTheModeInOtherWords() throws {
        let access = [
            "Chaque jeune signe un bail d'un an avec le bailleur.",
            "Le bail glissant passe au nom de la locataire au bout de six mois.",
            "Elles quittent le domicile conjugal avec leurs enfants.",
            "Les familles peuvent entrer dans un vrai logement dès la première semaine.",
            "Des jeunes issus d'un placement ASE, sans solution à dix-huit ans.",
            "Sur les douze ménages, huit arrivants orientés par le SIAO.",
            "Des jeunes qui n'ont jamais eu de bail à leur nom.",
        ]
        for sentence in access {
            let record = try Fixtures.record("Le projet\n\n\(sentence)\n")
            #expect(record.mode?.value == .access, "\(sentence)")
        }
        for sentence in ["Loger les saisonniers toute l'année au bourg.", "Puis la recherche d'un logement pérenne avec le bailleur."] {
            let record = try Fixtures.record("Le projet\n\n\(sentence)\n")
            #expect(record.mode?.value == .access, "\(sentence)")
        }
        for sentence in [
            "L'action vise le maintien des locataires âgés ou isolés dans leur logement.", "Prévenir l'expulsion dès le deuxième mois de dette.",
            "Vieillir chez soi quand on est locataire au village.",
        ] {
            let record = try Fixtures.record("Le projet\n\n\(sentence)\n")
            #expect(record.mode?.value == .maintenance, "\(sentence)")
        }
        let cell = try Fixtures.record("Personnes installées chaque année : 11 Emménagement ou maintien : Emménagement\n")
        #expect(cell.mode?.value == .access)
    }

    /// A service's or a branch's mailbox (`pole.social@`, `agence.villard@`) beside a person's
    /// address is no contact of the project.
    @Test func leavesAServicesMailbox() throws {
        for line in [
            "Boîte générique du service : pole.social@sauge-habitat.fr", "Accueil de l'agence : agence.villard@sauge-habitat.fr",
            "Boîte du service, pour les pièces : dossiers-aap@sauge-habitat.fr", "Réponses brutes : enquete-locataires@relais-col.org",
            "Secrétariat du comité : copil.bailaucol@sauge-habitat.fr", "Boîte de l'équipe : accompagnement@sauge-habitat.fr",
        ] {
            let form = try Fixtures.record("""
                Personne qui répond aux questions : Lise SABATIER, chargée de mission – l.sabatier@sauge-habitat.fr
                \(line)

                """)
            #expect(form.contacts.compactMap(\.value.email) == ["l.sabatier@sauge-habitat.fr"], "\(line)")
        }
    }

    /// `Soit une moyenne annuelle de …` is a yearly cost; `… € engagés en tout`, a figures
    /// list's total.
    @Test func readsAYearlyAverageAndAWholeSpent() throws {
        let form = try Fixtures.record("Le projet\n\nLe budget couvre trois ans. Soit une moyenne annuelle de 41 280 €.\n")
        #expect(form.cost?.value.perYear == 41_280)
        for line in ["123 840 € engagés en tout", "Environ 123 840 € au total", "123 840 € pour toute l'action", "123 840 € couvrant les trois années d'action"] {
            let section = try Fixtures.record("Le projet en chiffres\n\n- 12 ménages suivis chaque année\n- \(line)\n")
            #expect(section.cost?.value.total == 123_840, "\(line)")
        }
    }

    /// Months under a label of months, dates `entre … et …`, and a cost `pour les 24 mois`.
    @Test func readsLengthsInFiguresLists() throws {
        let cases: [(String, Int)] = [
            ("- 11 ménages accompagnés chaque année\n- Mois de suivi prévus : 36\n", 36),
            ("- 12 ménages accompagnés\n- entre avril 2019 et mars 2021\n", 24),
            ("- 12 ménages accompagnés\n- 96 517 € pour les 24 mois\n", 24),
            ("- 12 ménages accompagnés\n- Deux ans, avec reconduction possible\n", 24),
            ("- 12 ménages accompagnés\n- 2020-2022\n", 24),
        ]
        for (list, months) in cases {
            let section = try Fixtures.record("En chiffres\n\n\(list)")
            #expect(section.duration?.value.months == months, "\(list)")
        }
    }

    /// `Temps`, `Horizon` and `Amplitude` head a length, also when a contact is glued to it.
    @Test func readsALengthUnderOtherHeads() throws {
        for label in ["Temps imparti", "Horizon temporel", "Amplitude de l'opération"] {
            let guide = try Fixtures.record("""
                Ménages suivis\t12 par an\t\t
                \(label)\t30 mois Lise SABATIER - l.sabatier@sauge-habitat.fr\t\t

                """)
            #expect(guide.duration?.value.months == 30, "\(label)")
        }
    }

    /// `Logis` with a participle heads dwellings (`Logis retenus pour l'opération`), `Aînés`
    /// households; a count of households `dans le parc` is the landlord's tenants; a person's
    /// age is no length.
    @Test func readsDwellingsAndLeavesTenantsAndAges() throws {
        let guide = try Fixtures.record("Foyers épaulés sur toute l'opération : 27 Logis retenus pour l'opération : 9\n")
        #expect(guide.housingUnits?.value.min == 9)
        let elders = try Fixtures.record("Aînés visités chaque année :\tune quarantaine\t\n")
        #expect(elders.households?.value.min == 32)
        #expect(elders.households?.value.max == 48)
        let section = try Fixtures.record("En chiffres\n\n- Une vingtaine de ménages suivis par an\n- 312 ménages en retard de paiement dans le parc en 2017\n")
        #expect(section.households?.value.max == 24)
        let quoted = try Fixtures.record("En chiffres\n\n- 12 ménages suivis par an\n\n« On ne pensait pas rester. »\nUn locataire de 81 ans\n")
        #expect(quoted.duration == nil)
        #expect(Durations.parse("Un locataire de 81 ans") == nil)
        #expect(Durations.parse("Une action de 3 ans")?.months == 36)
    }

    /// Hundreds of dwellings under a landlord's name, or of `des deux bailleurs`, are its
    /// stock, not the project's.
    @Test func leavesAStockUnderALandlordsName() throws {
        let section = try Fixtures.record("En chiffres\n\n- 12 ménages suivis chaque année\n- Sauge et Col Habitat : 3 931 logements, dont 1 168 dans la vallée\n")
        #expect(section.housingUnits == nil)
        let guide = try Fixtures.record("Ménages suivis : 12\nAucune offre nouvelle : 4 916 logements des deux bailleurs sont concernés par le repérage.\n")
        #expect(guide.housingUnits == nil)
        // (The same shapes with a project's count are read.)
        let counted = try Fixtures.record("En chiffres\n\n- 12 ménages suivis chaque année\n- Sauge et Col Habitat : 9 logements mobilisés\n")
        #expect(counted.housingUnits?.value.min == 9)
    }

    /// A thousand dwellings or more count a stock, the landlord's or a territory's, under any
    /// label (`Logements locatifs sociaux | 31 744`): no project of the programme takes so many.
    @Test func leavesThousandsOfDwellingsUnderAnyLabel() throws {
        let bulletin = try Fixtures.record("""
            # Lettre de l'observatoire du logement

            | Indicateur | 2016 | 2017 |
            |---|---|---|
            | Logements locatifs sociaux | 31 744 | 31 802 |

            - **Ménages** : 15 par an
            - **Logements** : 7 studios réservés aux entrants

            """, format: .markdown)
        #expect(bulletin.housingUnits?.value.min == 7)
    }

    /// A cost label that prices one thing for comparison (`Coût moyen d'une nuitée d'hôtel
    /// évitée`), an amount that prices a unit (`8,40 € le pot`), a body's budget (`Budget
    /// annuel de la médiathèque`), a debt or a price list gives no cost of the project; a
    /// figure line of the total does.
    @Test func leavesThePriceOfOneThingForComparison() throws {
        let section = try Fixtures.record("""
            EN CHIFFRES
            - 9 personnes logées
            - 71 236 € au total
            - Coût moyen d'une nuitée d'hôtel évitée : 58 €

            """)
        #expect(section.cost?.value.total == 71_236)
        // A unit's price under a label no pack knows (`Commande groupée de miel : 8,40 € le pot`)
        // leaves the cost to the sentence that gives it.
        let newsletter = try Fixtures.record("""
            L'action suit 8 ménages par an pendant trois ans, pour un coût total de 66 815 €.
            - Commande groupée de miel : 8,40 € le pot, avant le 2 juin.

            """)
        #expect(newsletter.cost?.value.total == 66_815)
        // A body's own budget (`Budget annuel de la médiathèque`) is not the project's.
        let library = try Fixtures.record("""
            Budget d'acquisition annuel de la médiathèque : 21 904 € ; 1 212 documents achetés
            Coût : 68 517 € sur trois ans, dont 65 % pris en charge par le FNAVDL

            """)
        #expect(library.cost?.value.total == 68_517)
        #expect(library.cost?.value.perYear == nil)
        // A debt under a label no pack knows is no cost.
        let debt = try Fixtures.record("""
            L'ACTION EN BREF
            - 14 foyers accompagnés
            - 58 306 € au total
            Dette moyenne à l'entrée : 1 418 €

            """)
        #expect(debt.cost?.value.total == 58_306)
        // Nor is a price list (`Tarifs : 9 € plein`) beside a sentence that gives the cost.
        let programme = try Fixtures.record("""
            Tarifs : 11 € plein, 7 € réduit.
            L'action dure trois ans, pour un coût de 127 408 € sur trois ans.

            """)
        #expect(programme.cost?.value.total == 127_408)
        // Nor prices with dot leaders (`Poches ...... 1 €`) over figures written as arrows.
        let flyer = try Fixtures.record("""
            TARIFS
              Poches .................... 1 €
              Grands formats ............ 2 €

            Ce que nous soutenons :
              → 11 logements du parc de Vallée de la Marne Habitat (qui en compte 2 406)
              → 88 412 € sur trois ans, FNAVDL à hauteur de 60 %

            """)
        #expect(flyer.cost?.value.total == 88_412)
        #expect(flyer.housingUnits?.value.min == 11)
        // A figure line may open with `Au total,`; a sentence of results that opens so counts
        // those followed so far.
        let total = try Fixtures.record("L'OPÉRATION EN CHIFFRES\n\nAu total, 11 personnes logées\n11 studios mobilisés\n")
        #expect(total.households?.value.min == 11)
        let results = try Fixtures.record("Au total, 64 locataires ont été suivis depuis 2014 ; 3 seulement sont partis en établissement.\n")
        #expect(results.households == nil)
    }

    /// A year's cost followed by its length (`par an sur 3 ans`) is a year's, and says how
    /// long the project runs; a count under a label of no field, with a length at its end, is
    /// a count (the length says over how long), not a duration; `coût total` may run straight
    /// into its amount; `€ engagés sur 36 mois` and a line `Accompagnement sur deux ans` give
    /// the length.
    @Test func readsFiguresWithTheirLengths() throws {
        let yearly = try Fixtures.record("LES INFOS À RETENIR\n- 9 ménages par an\n- 41 274 € par an sur 3 ans\n")
        #expect(yearly.cost?.value.perYear == 41_274 && yearly.cost?.value.total == nil)
        #expect(yearly.duration?.value.months == 36)
        let brief = try Fixtures.record("EN BREF\nPublic : une dizaine de ménages accueillis en deux ans\nLogements : 10 appartements meublés\n")
        #expect(brief.households.map { ($0.value.min, $0.value.max, $0.value.per) } ?? (0, 0, .year) == (8, 12, .total))
        #expect(brief.duration == nil)
        let stated = try Fixtures.record("Le projet en bref : Logement Relais. Convention de 30 mois, coût total 84 629 € (FNAVDL 60 %).\n")
        #expect(stated.cost?.value.total == 84_629)
        let lengths = [
            ("LES REPÈRES\n- 16 familles accueillies en trois ans\n- 87 216 € engagés sur 36 mois\n", 36),
            ("LES REPÈRES\n- Environ 45 locataires suivis chaque année\n- Accompagnement sur deux ans\n- Budget annuel : 29 638 €\n", 24),
        ]
        for (text, months) in lengths {
            #expect(try Fixtures.record(text).duration?.value.months == months, "\(text)")
        }
    }

    /// A sum that `soit` restates counts from its first part, though the field's noun comes
    /// later (`11 nouveaux arrivants (accès) et 17 locataires …, soit 28 ménages`).
    @Test func readsASumFromItsFirstPart() throws {
        let form = try Fixtures.record("Volume annuel de ménages : 11 nouveaux arrivants (accès) et 17 locataires déjà logés (maintien), soit 28 ménages\n")
        let households = try #require(form.households?.value)
        #expect((households.min, households.max, households.per) == (28, 28, .year))
    }

    /// A count said to be supported each year inside a sentence, and the years that follow it
    /// (`: 14 ménages accompagnés chaque année, sur 3 ans, pour …`).
    @Test func readsAYearlyCountAndItsYearsInASentence() throws {
        let insert = try Fixtures.record("""
            Il s'agit d'aider des locataires âgés (isolement, handicap, dettes) à rester chez eux : 14 ménages accompagnés chaque année, sur 3 ans, pour un coût global de 71 263 €, financé pour 60 % par le FNAVDL.

            """)
        let households = try #require(insert.households?.value)
        #expect((households.min, households.per) == (14, .year))
        #expect(insert.duration?.value.months == 36)
    }

    /// A calendar's columns (`Secteur | 1er semestre`) and dates name no place, and a project's
    /// name keeps no aside that names the programme (`*Un toit l'hiver* (programme « … »)`).
    @Test func readsACalendarsProjectWithoutItsColumnsAndAside() throws {
        let calendar = try Fixtures.record("""
            | Secteur | 1er semestre | 2e semestre |
            |---|---|---|
            | Bourg | 14 mars, 12 juin | 18 septembre |

            - Projet : *Un toit l'hiver* (programme « 10 000 logements Hlm accompagnés »)
            - Où : Serres (05)

            """, format: .markdown)
        #expect(calendar.title?.value == "Un toit l'hiver")
        #expect(calendar.territory?.value.value == "Serres (05)")
    }

    /// A year's words after a place and its département's code (`à Vendôme (41), chaque
    /// année`) qualify the count before them, not the code.
    @Test func readsAYearlyCountPastAPlacesCode() throws {
        let sheet = try Fixtures.record("- Pour qui : 14 ménages locataires du quartier des Prés, à Gien (45), chaque année\n")
        let households = try #require(sheet.households?.value)
        #expect((households.min, households.per) == (14, .year))
    }

    /// A list's line that gives an amount spent to the scheme's end is its whole cost
    /// (`67 990 € engagés jusqu'au bout du dispositif`); a quote's total in euros and cents
    /// (`Total TTC estimé ..... 480,20 €`) is none.
    @Test func readsTheWholeCostAndLeavesAQuote() throws {
        let section = try Fixtures.record("""
            DANS LE DÉTAIL
            • 18 familles accompagnées au total
            • 71 245 € engagés jusqu'au bout du dispositif
            • 24 mois

            """)
        #expect(section.cost?.value.total == 71_245)
        let slip = try Fixtures.record("""
            Pneus hiver ........ 4 × 92,10 €
            Total TTC estimé ........ 368,40 €

            Le véhicule sert au projet du bailleur, pour un coût de 84 317 € sur 3 ans.

            """)
        #expect(slip.cost?.value.total == 84_317)
    }

    /// A list's line that counts files a commission examined in a year (`412 dossiers
    /// d'impayés examinés en 2018`) gives no households beside the project's own count.
    @Test func leavesFilesACommissionExamined() throws {
        let section = try Fixtures.record("""
            EN CHIFFRES
            - Une vingtaine de familles suivies tous les ans
            - 64 318 € par an
            - 390 dossiers d'impayés examinés en 2017 par la commission

            """)
        let households = try #require(section.households?.value)
        #expect((households.min, households.max, households.per) == (16, 24, .year))
    }

    /// What a comma adds in small letters after a place's département (`Givet et Vireux (08),
    /// pointe des Ardennes`) is no place, nor another département.
    @Test func leavesAPlacesDescriptionAfterItsDepartment() throws {
        let form = try Fixtures.record("Territoire : Givet et Vireux (08), pointe des Ardennes\nNombre de ménages : 12 par an\n")
        #expect(form.territory?.value.value == "Givet et Vireux (08)")
        #expect(form.territory?.value.departments == ["08"])
    }
}

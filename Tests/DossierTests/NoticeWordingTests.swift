import Dossier
import Testing

/// Figures that a notice to tenants or a club's paper gives of a project in passing, in
/// wordings first met in blind sets 395 to 424, in texts of our own.
@Suite("Extract: notice wordings")
struct NoticeWordingTests {
    /// A length told by an engagement's bullet, after a yearly count and its dwellings, as
    /// years of support, after a start (`depuis le 1er juin 2018, pour 30 mois`), after
    /// what lasts it (`dure le temps de la convention, de 2017 à 2020`), as the years within
    /// which households are supported (`accompagnés en deux ans`) or before what the project
    /// comes to (`Sur 30 mois, le projet représente 87 261 €`, its cost).
    @Test func readsALengthInANoticesWords() throws {
        let cases: [(String, Int)] = [
            ("Ce que le bailleur promet :\n- Engagement sur 3 ans, depuis le 4 mars 2019\n- Aucun déménagement\n", 36),
            ("Le projet aide 9 familles par an dans 7 logements du quartier, sur trois ans, pour un budget de 55 210 €.\n", 36),
            ("L'association apporte deux ans d'accompagnement (entre le 2 mai 2018 et le 1er mai 2020) aux ménages venus du foyer.\n", 24),
            ("Le bailleur mène cette action avec l'association depuis le 1er juin 2018, pour 30 mois.\n", 30),
            ("Pour les curieux :\n- le suivi dure le temps de la convention, de 2017 à 2020 ;\n- il est gratuit.\n", 36),
            ("Le bailleur propose un suivi. 28 ménages seront accompagnés en deux ans, pour un budget de 66 193 € au total.\n", 24),
            ("Les jeunes sont logés en studio. Sur 30 mois, le projet représente 87 261 €, le FNAVDL en réglant 60 %.\n", 30),
        ]
        for (text, months) in cases {
            let notice = try Fixtures.record(text)
            #expect(notice.duration?.value.months == months, "\(text)")
        }
        #expect(try Fixtures.record(cases.last!.0).cost?.value.total == 87_261)
    }

    /// A length a brochure's prose gives in passing, in wordings first met in blind sets 450
    /// to 480: what the action lasted (`a duré`, `a couru`, `sur une période de`), a sentence
    /// opened by its length (`En trois ans,`, `Sur trente-six mois,`), the length a count of
    /// households or dwellings is told over, and a length `durant`.
    @Test func readsALengthABrochureGivesInPassing() throws {
        let cases: [(String, Int)] = [
            ("Le dispositif a duré 3 ans, de 2016 à 2019, pour un coût de 74 210 €.\n", 36),
            ("Le suivi a couru 2 ans auprès des familles de la cité.\n", 24),
            ("Le coût du suivi atteint 52 100 € par an, sur une période de 3 ans.\n", 36),
            ("Le bailleur a ouvert la voie. En trois ans, 21 ménages ont signé leur bail.\n", 36),
            ("Sur trente-six mois, 17 familles ont trouvé un logement à elles.\n", 36),
            ("L'office a mobilisé 9 logements sur 30 mois pour ces ménages.\n", 30),
            ("Au total, 26 ménages ont été accompagnés en 30 mois, pour 80 215 €.\n", 30),
            ("Une vingtaine de ménages ont été suivis sur 24 mois dans le centre ancien.\n", 24),
            ("Budget : 33 480 € chaque année, trois années durant.\n", 36),
        ]
        for (text, months) in cases {
            #expect(try Fixtures.record(text).duration?.value.months == months, "\(text)")
        }
    }

    /// A result line's count (`36 locataires accompagnés en trois ans`) and what each household
    /// receives (`pendant 6 mois chacun`) tell no project's length.
    @Test func leavesTheLengthOfAResultOrOfEachHousehold() throws {
        for text in [
            "EN CHIFFRES\n- 36 locataires accompagnés en trois ans\n- 12 000 € par an\n",
            "Les 12 ménages sont accompagnés pendant 6 mois chacun par une conseillère.\n",
        ] {
            #expect(try Fixtures.record(text).duration == nil, "\(text)")
        }
    }

    /// What one household receives, or a moment of the support, is no project's length: the
    /// project's own, told after it, stands.
    @Test func leavesTheSupportOfOneHousehold() throws {
        for text in [
            "Chaque ménage bénéficie de 18 mois d'accompagnement à domicile. L'action se déroule sur trois ans.\n",
            "Après deux ans d'accompagnement, la famille a signé son propre bail. Le projet se déroule sur trois ans.\n",
        ] {
            #expect(try Fixtures.record(text).duration?.value.months == 36, "\(text)")
        }
    }

    /// A project told by its kind `pour` its households, dwellings in a residence or a
    /// landlord's, dwellings one of which the landlord sets aside or that a phrase qualifies,
    /// households supported after who they are, counted for the whole project or by the year
    /// at a sentence's start, or told as a result (`a relogé`, `a concerné`, not measures that
    /// `ont concerné` others), dwellings put at disposal or earmarked (`Patrimoine fléché`): each
    /// text's households (count and period) and dwellings, `nil` where it gives none.
    @Test func readsCountsANoticeGivesInPassing() throws {
        let cases: [(text: String, households: (Int, Quantity.Period)?, dwellings: Int?)] = [
            ("Le saviez-vous ?\n- Accès au logement pour 7 familles par an, dans 7 appartements de la résidence\n", (7, .year), 7),
            ("Nous suivons 13 ménages par an, installés dans 9 logements du bailleur à Manosque.\n", nil, 9),
            ("Chaque famille entrera dans l'un des 6 logements que le bailleur réserve au projet.\n", nil, 6),
            ("DANS LE DÉTAIL\n• Une quinzaine de jeunes chaque année\n• 7 meublés loués en centre-ville\n", nil, 7),
            ("LES CHIFFRES DU PROJET\n- 8 jeunes logés chaque année\n- 3 grands logements partagés\n", nil, 3),
            ("Ce projet aide 20 ménages âgés par an ; 7 logements du rez-de-chaussée seront adaptés (douche, barres d'appui).\n", nil, 7),
            (
                "L'opération est menée par Doubs Habitat : 7 ménages sortant d'hébergement sont accompagnés pendant 24 mois. Sept logements de la résidence lui sont réservés.\n",
                (7, .total), 7
            ),
            ("Concrètement, ce sont 15 ménages qui seront accompagnés chaque année, pendant 3 ans.\n", (15, .year), nil),
            ("Public : locataires âgés dont le logement n'est plus adapté – 19 ménages en tout\n", (19, .total), nil),
            ("Le bailleur a ouvert un parcours. 13 familles accompagnées\nchaque année, logées dans le parc ordinaire.\n", (13, .year), nil),
            ("Un parcours mène au bail. 6 logements du T1 au T2 sont mobilisés pour les saisonniers.\n", nil, 6),
            ("Le bailleur ouvre l'accès. Près de 15 ménages par an sont concernés, logés dans 9 studios meublés.\n", (15, .year), 9),
            ("Avec l'association Les Haltes, le projet a relogé 19 ménages sortant d'hébergement entre 2018 et 2020.\n", (19, .total), nil),
            ("Ce projet d'accès et de maintien a concerné 27 ménages et mobilisé 10 logements sur 30 mois.\n", (27, .total), 10),
            ("Avec les bénévoles du quartier, l'office a suivi 11 ménages par an, locataires de longue date.\n", (11, .year), nil),
            ("Chaque année, près de 14 locataires en difficulté de paiement sont suivis à domicile.\n", (14, .year), nil),
            ("Les mesures AVDL de l'État ont concerné 61 ménages sur l'année. Le projet suit 17 ménages par an.\n", (17, .year), nil),
            ("Vexin Logement met 6 logements neufs à disposition et suit ses locataires.\n", nil, 6),
            ("Patrimoine fléché\t12 appartements (T2 et T3) pris dans un parc de 4 817 logements\n", nil, 12),
        ]
        for (text, households, dwellings) in cases {
            let record = try Fixtures.record(text)
            if let (count, period) = households {
                #expect(record.households.map { ($0.value.min, $0.value.per) } ?? (0, .total) == (count, period), "\(text)")
            }
            if let dwellings { #expect(record.housingUnits?.value.min == dwellings, "\(text)") }
        }
    }

    /// A count of staff under `Effectif` counts no households, and a measure under `Zone` is
    /// no place: the project's own lines further on give both.
    @Test func leavesTheStaffAndTheMeasuresOfANotice() throws {
        let rota = try Fixtures.record("""
            Zone surveillée : 240 m de plage, bouées rouges.
            Effectif minimum : 3 surveillants dont 1 MNS.

            Où : Elne et Perpignan (66)
            Combien : 21 jeunes accompagnés chaque année

            """)
        #expect(rota.households.map { ($0.value.min, $0.value.per) } ?? (0, .total) == (21, .year))
        #expect(rota.territory?.value.value == "Elne et Perpignan (66)")
        // (Workers are the people helped when the line says so.)
        let workers = try Fixtures.record("En bref :\n- Entre 30 et 35 salariés logés chaque année\n")
        #expect(workers.households.map { ($0.value.min, $0.value.max) } ?? (0, 0) == (30, 35))
    }

    /// A landlord's stock after its name is no partner, and a programme's column beside `Où`
    /// is no place: the place the text names stands.
    @Test func leavesAStockAndAColumnsHeading() throws {
        let fiche = try Fixtures.record("Bailleur : Serein Habitat, 1 804 logements dont 402 à Avallon\nAssociation : Le Gué\n")
        #expect(fiche.carriers.map(\.value) == ["Serein Habitat"])
        #expect(fiche.partners.map(\.value) == ["Le Gué"])
        let programme = try Fixtures.record("""
            | Heure | Où | Quoi |
            |---|---|---|
            | 10 h | Place du Marché | Ouverture |

            Le stand du projet accueille les familles de Morez (39) toute la journée.

            """, format: .markdown)
        #expect(programme.territory?.value.value == "Morez (39)")
        let heritage = try Fixtures.record("""
            # Journées du patrimoine — Hérimoncourt (Doubs)

            | Heure | Lieu | Ce qu'on y voit |
            |---|---|---|
            | 10 h | Cité des Forges | Visite commentée |

            """, format: .markdown)
        #expect(heritage.territory?.value.value == "Hérimoncourt (Doubs)")
    }

    /// A library's notice of its hours tells of a project it hosts: the name in guillemets
    /// the next sentence calls the project, households `par an y sont suivis`, the town of its
    /// heading, and the project's contact, not the venue's mailbox.
    @Test func readsTheProjectAVenuesNoticeHosts() throws {
        let notice = try Fixtures.record("""
            BIBLIOTHÈQUE MUNICIPALE – MIRECOURT
            AVIS AUX LECTEURS : NOUVEAUX HORAIRES

            Le mardi après-midi, la salle de lecture accueille la permanence « Un toit, un cap ». Ce projet est mené par Vôge Habitat avec l'association Les Ponts : 11 ménages par an y sont suivis, sur 24 mois.
            Renseignements : Agathe MOUGEL, Vôge Habitat, agathe.mougel@voge-habitat.fr.

            Bibliothèque : 03 29 37 00 00 – bibliotheque@mirecourt-exemple.fr
            Le club de lecture, Gérard THIRIET – club.lecture@mirecourt-exemple.fr

            """)
        #expect(notice.title?.value == "Un toit, un cap")
        #expect(notice.households.map { ($0.value.min, $0.value.per) } ?? (0, .total) == (11, .year))
        #expect(notice.territory?.value.value == "MIRECOURT")
        #expect(notice.contacts.map(\.value.email) == ["agathe.mougel@voge-habitat.fr"])
    }

    /// A market's notice tells of the action its stand presents: `leur action « … »`, `L'action
    /// suit 6 ménages par an`, and a cost in apposition `sur les deux ans`.
    @Test func readsTheActionAStandPresents() throws {
        let notice = try Fixtures.record("""
            Un stand est réservé au bailleur Sundgau Logis et à l'association Le Pont, qui y présentent leur action « Clés du Sundgau », menée à Altkirch. L'action suit 6 ménages par an, relogés dans 6 appartements du bailleur. Son coût, 51 208 € sur les deux ans, est couvert à 70 % par le FNAVDL.

            """)
        #expect(notice.title?.value == "Clés du Sundgau")
        #expect(notice.households?.value.min == 6)
        #expect(notice.housingUnits?.value.min == 6)
        #expect(notice.cost?.value.total == 51208)
    }

    /// A form's estimate of one support's yearly cost is per household: the budget's total
    /// stands as the project's cost, and no year's cost is read.
    @Test func readsTheCostOfOneSupportPerHousehold() throws {
        let form = try Fixtures.record("""
            Budget prévisionnel
            Accompagnement social	88 120 €
            Frais de déplacement	6 410 €
            Total	94 530 €
            Estimation du coût d'un suivi annuel : environ 1 420 €

            """)
        #expect(form.cost?.value.total == 94530)
        #expect(form.cost?.value.perYear == nil)
        #expect(form.cost?.value.perHousehold == 1420)
    }

    /// A fiche's heading that names the programme as a `Dispositif` is no title: the project's
    /// own heading is.
    @Test func passesOverTheProgrammeAsADispositif() throws {
        let fiche = try Fixtures.record("""
            # Fiche action

            ## Dispositif « 10 000 logements HLM accompagnés »

            ### KAZ OUVERTE : DE L'HÔTEL AU BAIL

            **Bailleur :** Caraïbes Logis

            """, format: .markdown)
        #expect(fiche.title?.value == "KAZ OUVERTE : DE L'HÔTEL AU BAIL")
        let colon = try Fixtures.record("""
            # Programme « 10 000 logements HLM accompagnés »

            ## Fiche action : Un bail au pied des Pyrénées

            **Bailleur porteur :** Couserans Logis

            """, format: .markdown)
        #expect(colon.title?.value == "Un bail au pied des Pyrénées")
    }

    /// A guide's header names two landlords, the first with its own `ET DE LA`, and another
    /// opens with its legal form's acronym: the names stand whole, without it.
    @Test func readsLandlordsNamedWithAPlacesEtOrAnAcronym() throws {
        let two = try Fixtures.record("TOITS DE L'INDRE ET DE LA CREUSE, BOISCHAUT SOLIDAIRE HABITAT\t\t7.2.1. DEUX BAILLEURS\n")
        #expect(two.carriers.map(\.value) == ["TOITS DE L'INDRE ET DE LA CREUSE", "BOISCHAUT SOLIDAIRE HABITAT"])
        let acronym = try Fixtures.record("OPH HAUTE BRUCHE HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE RELAIS\t\t7.2.2. UN BAIL\n")
        #expect(acronym.carriers.map(\.value) == ["HAUTE BRUCHE HABITAT"])
    }

    /// A landlord named after two places in prose (`Logis du Layon et de la Loire et
    /// l'association …`), a whole cost `tout compris`, and a line of the support's rhythm that
    /// counts no households.
    @Test func readsAProseLandlordAndAWholeCost() throws {
        let section = try Fixtures.record("""
            Logis du Layon et de la Loire et l'association Les Passeurs ont ouvert huit appartements à des jeunes sortis de foyer.

            LES REPÈRES
            Suivi : 2 RDV par semaine les premiers mois
            96 318 € tout compris

            """)
        #expect(section.carriers.map(\.value) == ["Logis du Layon et de la Loire"])
        #expect(section.cost?.value.total == 96318)
        #expect(section.households == nil)
        // (`suivi` after the people it qualifies says they are helped.)
        let label = try Fixtures.record("Public suivi : une vingtaine d'adultes chaque année\n")
        #expect(label.households.map { ($0.value.approximate, $0.value.per) } ?? (false, .total) == (true, .year))
    }

    /// Offices named with their people's adjective, in prose or on a letterhead, and names
    /// that open or close with `Toits`, are carriers.
    @Test func readsOfficesAndToitsAsCarriers() throws {
        let cases: [(text: String, carriers: [String], partners: [String]?)] = [
            ("Notre action avec l'Office millavois de l'habitat accompagne 14 ménages par an.\n", ["Office millavois de l'habitat"], nil),
            ("Le bailleur, l'Office lozérien de l'habitat rural, accompagne 8 ménages par an.\n", ["Office lozérien de l'habitat rural"], nil),
            ("OFFICE CHAUVINOIS DE L'HABITAT\nAVIS AUX LOCATAIRES\n\nNous accompagnons 12 ménages par an.\n", ["OFFICE CHAUVINOIS DE L'HABITAT"], nil),
            ("Toits de la Combraille a mobilisé de petits logements au-dessus des commerces, avec l'association Cap Jeunes.\n", ["Toits de la Combraille"], nil),
            ("Yonne Foyers Solidaires a mobilisé 8 studios pour des jeunes suivis par l'association Tremplin.\n", ["Yonne Foyers Solidaires"], nil),
            ("Le bailleur Meuse Logis et l'association La Maille se sont rapprochés pour intervenir tôt.\n", ["Meuse Logis"], ["La Maille"]),
            ("Le projet mené par Habitat du Haut-Jura et La Passerelle du Tacon (association) a été revu.\n", ["Habitat du Haut-Jura"], nil),
            ("Porté par Bocage Toits avec l'association Les Haies, ce projet reprend contact avec les familles.\n", ["Bocage Toits"], ["Les Haies"]),
        ]
        for (text, carriers, partners) in cases {
            let record = try Fixtures.record(text)
            #expect(record.carriers.map(\.value) == carriers, "\(text)")
            if let partners { #expect(record.partners.map(\.value) == partners, "\(text)") }
        }
    }

    /// A caretaker's notice gives the residence's charges before the project's cost; a fiche's
    /// `Finalité` states its kind.
    @Test func readsTheProjectsCostAfterTheCharges() throws {
        let notice = try Fixtures.record("""
            La régularisation des charges arrivera en septembre : le montant global provisionné pour la résidence est de 38 412 €.
            L'action de maintien dans le logement concerne 11 ménages. Son coût global, 49 806 €, est couvert par le FNAVDL.

            """)
        #expect(notice.cost?.value.total == 49806)
        let fiche = try Fixtures.record("""
            # Fiche action – Vieillir chez soi

            **Finalité :** Maintien dans le logement

            Certains locataires entrent dans un logement adapté du rez-de-chaussée.

            """, format: .markdown)
        #expect(fiche.mode?.value == .maintenance)
    }

    /// A building's number counts no dwellings: the count after it does.
    @Test func leavesTheNumbersOfASeries() throws {
        let fiche = try Fixtures.record("Ménages suivis : 12 par an\nLogements : Bâtiment 2 – 14 logements rénovés\n")
        #expect(fiche.housingUnits?.value.min == 14)
    }

    /// A column's heading beside `Désignation` is no title, a street's address no place, and
    /// `Mode :` gives the mode; a guide's header joins its partner `ET À SES CÔTÉS`.
    @Test func leavesColumnsAndStreetsForTheProjectsLines() throws {
        let order = try Fixtures.record("""
            Désignation                          Quantité      Prix unitaire HT
            Fioul domestique                     1 500 l       1,02 €

            Lieux : rue des Forges, rue Haute, résidence Le Clos (bâtiments A à C)
            Commune : Joinville (52)
            La petite salle accueille la permanence du projet « Un toit au bourg » chaque mardi.
            - Mode : maintien dans le logement ; sans compter le relogement d'urgence

            """)
        #expect(order.title?.value == "Un toit au bourg")
        #expect(order.territory?.value.value == "Joinville (52)")
        #expect(order.mode?.value == .maintenance)
        let guide = try Fixtures.record("BARONNIES LOGIS ET À SES CÔTÉS L'ASSOCIATION LE BAC\t\t7.2.1. UN BAIL AU BOURG\n")
        #expect(guide.carriers.map(\.value) == ["BARONNIES LOGIS"])
        #expect(guide.partners.map(\.value) == ["LE BAC"])
    }

    /// A polling notice's voters are no households, and a kind stated in parentheses (or set
    /// against a move) decides the mode over a passing `relogement`.
    @Test func readsTheProjectBesideAPollingNotice() throws {
        let notice = try Fixtures.record("""
            Inscrits dans ce bureau : 3 140 locataires. Sièges à pourvoir : 3.

            Ce projet aide les locataires qui risquent de perdre leur logement (maintien dans le logement).
            - 16 ménages accompagnés chaque année
            - 7 logements concernés par un relogement plus adapté

            """)
        #expect(notice.households.map { ($0.value.min, $0.value.per) } ?? (0, .total) == (16, .year))
        #expect(notice.mode?.value == .maintenance)
        let staying = try Fixtures.record("Il s'agit de maintien dans le logement, pas d'un relogement : une conseillère vient chez vous.\n")
        #expect(staying.mode?.value == .maintenance)
    }

    /// A budget as filed, then as cut: the second stands.
    @Test func readsTheBudgetAsChangedAfterItsFirstAmount() throws {
        let page = try Fixtures.record("Le budget déposé de 172 410 € est ramené à 150 962 € pour les 24 mois de l'action.\n")
        #expect(page.cost?.value.total == 150962)
    }

    /// A place after a count of dwellings under `Où ?` is the place.
    @Test func readsAPlaceAfterACountOfDwellings() throws {
        let census = try Fixtures.record("Où ? 12 logements réservés à Capesterre-Belle-Eau\nCombien ? 10 ménages par an\n")
        #expect(census.territory?.value.value == "Capesterre-Belle-Eau")
    }

    /// A landlord's notice names its town on its agency's address line.
    @Test func readsANoticesTownFromItsAgencysAddress() throws {
        let notice = try Fixtures.record("""
            BASSIGNY HABITAT
            Agence de Chaumont – 6 rue des Halles – 52000 Chaumont
            Accueil : 03 25 00 00 00

            AVIS AUX LOCATAIRES
            Le bailleur accompagne 10 ménages par an avec l'association Le Pas.

            """)
        #expect(notice.territory?.value.value == "Chaumont")
        // (An association's letterhead names its seat: blind set 588.)
        let club = try Fixtures.record("""
            AMICALE DES RANDONNEURS DU HAUT-VAR
            Association loi 1901 – siège : 3, place de l'Église, 83630 Aups

            AVIS AUX ADHÉRENTS
            Le bailleur accompagne 10 ménages par an avec l'association Le Pas.

            """)
        #expect(club.territory?.value.value == "Aups")
    }

    /// Places told by the people helped (`aux locataires de Thiers et de Courpière`), by
    /// dwellings spread between towns, by a town and its surroundings with their
    /// département, by a residence's heading, or by a page's heading that ends on a town.
    @Test func readsPlacesANoticeGivesInPassing() throws {
        let cases: [(String, String)] = [
            ("L'opération s'adresse aux locataires de Thiers et de Courpière qui peinent à payer leur loyer.\n", "Thiers et de Courpière"),
            ("Elle dispose de 6 logements réservés, répartis entre Pézenas et Agde, pour 10 ménages par an.\n", "Pézenas et Agde"),
            ("Le projet aide les jeunes de Vesoul et alentours (Haute-Saône, 70) à trouver un premier logement.\n", "Vesoul et alentours (Haute-Saône, 70)"),
            ("RÉSIDENCE LES ACACIAS – MONTBÉLIARD\nAVIS AUX LOCATAIRES\n\nLe bailleur accompagne 8 ménages par an.\n", "MONTBÉLIARD"),
            ("Le seuil franchi à Nontron\n\nLe bailleur accompagne 8 ménages par an.\n", "Nontron"),
            // (A town's population in parentheses or `compte à peine`; a commune's letterhead
            // with its postcode: blind sets 597 to 602.)
            ("Le comité s'est réuni à la mairie de Plouguenast (1 800 habitants). L'action suivra 17 ménages.\n", "Plouguenast"),
            ("Gouarec compte à peine 900 habitants. L'action suivra 17 ménages.\n", "Gouarec"),
            ("VILLE DE BELLÊME (61130)\nService des sports\n\nAVIS AUX RIVERAINS\nL'office suit 6 ménages par an.\n", "BELLÊME"),
        ]
        for (text, place) in cases {
            #expect(try Fixtures.record(text).territory?.value.value == place, "\(text)")
        }
    }

    /// A notice's fees (`l'adhésion coûte 10 € par foyer`, `5 € par enfant`) are no cost of
    /// the project: the whole cost its box tells (`Son coût sur toute la période, 71 537 €`)
    /// is, over an expense of the notice's own (blind sets 548 and 549).
    @Test func leavesAFeeForTheProjectsWholeCost() throws {
        let notice = try Fixtures.record("""
            OUVERTURE DE L'ATELIER VÉLO
            - l'adhésion annuelle coûte 10 € par foyer (5 € pour les moins de 18 ans) ;
            L'aménagement du local coûte 3 860 €, pris en charge par l'agence.

            Sous le nom « Roue libre », l'agence accueille 7 ménages par an. Son coût sur toute la période, 71 537 €, est couvert pour 70 % par le FNAVDL.

            """)
        #expect(notice.cost?.value.total == 71_537)
        let fees = try Fixtures.record("L'inscription au club coûte 5 € par enfant et par trimestre.\n")
        #expect(fees.cost == nil)
    }

    /// A notice's box that tells its start and, sentences later, its end (`Le 1er octobre 2016
    /// commence « … » … jusqu'au 30 septembre 2019`); a length told before a colon that a
    /// sentence follows (`suivis sur 18 mois : certains …`) or after `pour` (blind sets 539 to
    /// 561); not a label's words before its figure.
    @Test func readsALengthToldByItsEndsOrBeforeASentence() throws {
        let box = try Fixtures.record("""
            Le 1er octobre 2016 commence « Le Tremplin », que notre société conduit avec l'association Les Relais.
            Chaque année, 6 ménages y reçoivent les clés d'un premier appartement ;
            4 logements de la ville y sont consacrés, jusqu'au 30 septembre 2019.

            """)
        #expect(box.duration?.value.months == 36)
        let colon = try Fixtures.record("Avec le CCAS, Seize ménages sont suivis sur 18 mois : certains arrivent tout juste.\n")
        #expect(colon.duration?.value.months == 18)
        let given = try Fixtures.record("Cinq logements ont été mis à disposition pour 18 mois. Coût total : 48 200 €.\n")
        #expect(given.duration?.value.months == 18)
        let label = try Fixtures.record("Ménages suivis sur 12 mois : une quinzaine\n")
        #expect(label.duration == nil)
    }

    /// A notice's works and their amount (`Montant des travaux : 23 480 €`, `pour un coût de
    /// 2 380 €`) are no cost of the project its box tells (`Son budget total, 71 561 €`, `elle
    /// coûte 67 139 € en tout`; blind sets 559 and 560).
    @Test func leavesTheWorksForTheProjectsBudget() throws {
        let works = try Fixtures.record("""
            - Montant des travaux : 23 480 €, financés par l'office
            - 14 arceaux neufs seront fixés au sol, pour un coût de 2 380 € pris en charge par l'office ;

            L'action démarre le 1er novembre 2016. Son budget total, 71 561 €, est couvert à 70 % par le FNAVDL.

            """)
        #expect(works.cost?.value.total == 71_561)
    }

    /// A notice that boxes the project between ruled lines, with the FNAVDL, gives the
    /// project's figures in the box; the notice's own figures around it (the works' cost,
    /// the residence's households, flats damaged, parking places) are others' (blind sets
    /// 579 to 582).
    @Test func readsTheFiguresOfTheBoxThatTellsTheProject() throws {
        let notice = try Fixtures.record("""
            AVIS AUX LOCATAIRES

            La nouvelle chaufferie sert les 74 foyers de la résidence.
            Le chantier a coûté 18 630 € à l'office ; 7 logements ont été privés d'eau chaude deux jours.
            - Les camions stationneront côté parking : 10 places resteront fermées.

            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            À SAVOIR : UN SUIVI POUR VOS NOUVEAUX VOISINS
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            Avec l'association Le Gué, l'office ouvre 3 logements à des personnes sortant de foyer ; environ
            9 ménages y seront suivis chaque
            année, entre le 1er avril 2017 et le 31 mars 2020. Son coût, 58 412 € sur la période, est réglé
            à 70 % par le FNAVDL.
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            Merci de votre compréhension.

            """)
        #expect(notice.households?.value.min == 9)
        #expect(notice.households?.value.per == .year)
        #expect(notice.housingUnits?.value.min == 3)
        #expect(notice.cost?.value.total == 58_412)
        #expect(notice.duration?.value.months == 36)
    }

    /// Places beside a car park are no dwellings; a year that has cost an amount gives a
    /// yearly cost.
    @Test func readsNoDwellingsFromParkingPlacesAndAYearsCost() throws {
        let parking = try Fixtures.record("- Les échafaudages seront dressés côté parking : 12 places resteront inaccessibles.\n")
        #expect(parking.housingUnits == nil)
        let year = try Fixtures.record("Avec le CCAS, 5 familles par an ont été suivies. Chaque année a coûté 31 270 €, dont 80 % apportés par le FNAVDL.\n")
        #expect(year.cost?.value.perYear == 31_270)
        #expect(year.cost?.value.total == nil)
    }

    /// A box framed by `+---+` and `|`, or ruled with its heading apart, gives the project's
    /// name: after a word of launching, or in the box's heading, over the residence's name
    /// the notice opens with; an amount whose sentence goes on to the FNAVDL is the
    /// project's cost (blind sets 581 to 586).
    @Test func readsTheNameAndCostOfTheBoxThatTellsTheProject() throws {
        let framed = try Fixtures.record("""
            AVIS AUX LOCATAIRES DE LA RÉSIDENCE « LES AMANDIERS »

            Le nettoyage des caves aura lieu le 12 avril ; son coût, 1 380 €, reste à la charge de l'office.
            Merci de libérer les couloirs.
            Bonne journée à tous.

            +------------------------------------------------------------+
            | PAR AILLEURS                                               |
            |                                                            |
            | Depuis le 1er mai 2017, l'agence mène « Pas à Pas » avec   |
            | l'association Le Pont. 6 ménages par an y sont accueillis. |
            | Elle revient à 64 118 € pour trois ans ; le FNAVDL en      |
            | apporte 70 %.                                              |
            +------------------------------------------------------------+

            Le responsable d'agence.
            """)
        #expect(framed.title?.value == "Pas à Pas")
        #expect(framed.title?.evidence.text == "Pas à Pas")
        #expect(framed.cost?.value.total == 64_118)
        let ruled = try Fixtures.record("""
            AVIS AUX LOCATAIRES DE LA RÉSIDENCE « LES AMANDIERS »

            L'ascenseur sera arrêté trois semaines pour les 52 foyers du bâtiment.
            Merci de votre patience.

            ------------------------------------------
            DANS LE BÂTIMENT C : « LE RELAIS DU PLATEAU »
            ------------------------------------------
            L'office et l'association Les Ponts reçoivent 5 ménages chaque année. Départ le
            1er juin 2017, arrivée le 31 mai 2020. L'ensemble coûtera 63 402 €, apportés à 70 % par le FNAVDL.
            ------------------------------------------

            """)
        #expect(ruled.title?.value == "LE RELAIS DU PLATEAU")
        #expect(ruled.duration?.value.months == 36)
        let apposed = try Fixtures.record("""
            AVIS AUX LOCATAIRES

            La taille des haies aura lieu le 4 mars.
            Merci de rentrer les vélos.
            Bonne journée.

            ------------------------------------------
            AU PASSAGE
            ------------------------------------------
            Vous croiserez l'équipe de « La Clé des Oliviers », l'action que nous menons avec l'association L'Oustau.
            Dans 4 logements, 5 ménages sortant de foyer seront installés puis accompagnés de près
            chaque année. L'action s'ouvre le 1er mars 2017, s'arrête fin février 2020 ; le FNAVDL en règle 70 %.
            ------------------------------------------

            """)
        #expect(apposed.title?.value == "La Clé des Oliviers")
        let wrapped = try Fixtures.record("""
            AVIS AUX LOCATAIRES

            La foire de printemps aura lieu le 4 avril.
            Merci de libérer la place.
            Bonne journée.

            +------------------------------------------------------------+
            | SUR LE STAND DU LOGEMENT                                   |
            |                                                            |
            | On pourra y découvrir « Une clé sous le mail »,            |
            | l'action menée avec l'association Le Mail : 6 ménages y    |
            | entrent et y sont suivis                                   |
            | chaque année. Top départ le 1er avril 2017, point final le |
            | 31 mars 2019. Elle coûte 48 120 € ; le FNAVDL en règle 70 %. |
            +------------------------------------------------------------+

            Le comité des fêtes.
            """)
        #expect(wrapped.title?.value == "Une clé sous le mail")
        let led = try Fixtures.record("Au numéro 12 de la rue, Perche Habitat et l'association L'Échappée mènent « Changer de\nbraquet » : 6 ménages entrent chaque année.\n")
        #expect(led.title?.value == "Changer de braquet")
        #expect(wrapped.duration?.value.months == 24)
        #expect(apposed.duration?.value.months == 36)
        #expect(apposed.households?.value.per == .year)
    }

    /// A year's amount said to be spent is a yearly cost; `sur l'ensemble` after an amount
    /// makes it the whole.
    @Test func readsAYearsAmountSpentAndTheWhole() throws {
        let spent = try Fixtures.record("Quatre familles par an sont suivies. Chaque année, 24 310 € ont été consacrés à ce suivi.\n")
        #expect(spent.cost?.value.perYear == 24_310)
        let comes = try Fixtures.record("Le CCAS rencontre 5 familles par an. Chaque année revient à\n31 582 €, que le FNAVDL assume seul.\n")
        #expect(comes.cost?.value.perYear == 31_582)
        // (A count whose whole reading holds the count alone yields to its yearly reading:
        // blind set 596.)
        let yearly = try Fixtures.record("Avec l'association, nous accompagnerons 6 ménages nouveaux locataires\nchaque année, de la visite à l'installation.\n")
        #expect(yearly.households?.value.per == .year)
        let whole = try Fixtures.record("**Argent engagé, annuel puis global :** 30 120 € chaque année, 90 360 € sur l'ensemble\n")
        #expect(whole.cost?.value.total == 90_360)
        #expect(whole.cost?.value.perYear == 30_120)
    }

    /// A notice's dateline (`Homécourt, le 12 mars 2017`) is its place when nothing else names
    /// one, the least sure of places (blind sets 592 to 613), and the project's own place
    /// wins; a name the project goes under (`Sous le nom « … »`) is its title; a year that
    /// asks for an amount (`chaque année a demandé 36 259 €`) gives the yearly cost.
    @Test func readsADatelineAndTheNameAProjectGoesUnder() throws {
        let notice = try Fixtures.record("""
            AVIS AUX USAGERS

            Homécourt, le 12 mars 2017

            Sous le nom « Le Seuil de l'Orne », le bailleur y installe 6 ménages par an.
            Sur 2 ans, chaque année a demandé 36 259 €, financés par le FNAVDL.

            """)
        #expect(notice.territory?.value.value == "Homécourt")
        #expect(notice.title?.value == "Le Seuil de l'Orne")
        #expect(notice.cost?.value.perYear == 36_259 && notice.cost?.value.total == nil)
        let named = try Fixtures.record("AVIS AUX USAGERS\n\nHomécourt, le 12 mars 2017\n\nLe bailleur installe 6 ménages par an dans 4 logements à Auboué.\n")
        #expect(named.territory?.value.value == "Auboué")
    }

    /// An amount that only its shape tells, outside a notice's box about the project
    /// (`Buvette tenue par le comité (bénéfices : 1 200 € en 2015)`), is the notice's own, not
    /// the project's cost the box tells (blind set 625).
    @Test func leavesAnAmountOutsideTheBoxToTheNotice() throws {
        let notice = try Fixtures.record("""
            AVIS À LA POPULATION
            La fête s'installe place du Marché ; 23 manèges sont attendus.

            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            PENDANT LA FÊTE : UN TOIT POUR DÉMARRER
            Le bailleur et l'association lancent « Premier Toit » : chaque année, 6 ménages
            y reçoivent les clés d'un logement, pour un coût total de 72 940 €, dont 75 % par le FNAVDL.
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            Buvette tenue par le comité des fêtes (bénéfices : 1 200 € en 2015).

            """)
        #expect(notice.cost?.value.total == 72_940)
    }

    /// A heading between rule marks opens a notice's box as a rule does (`··· PENDANT QUE VOUS
    /// ÊTES LÀ ···`), so that the notice's own expense outside it is no cost of the project
    /// (blind set 628); a count on a line whose sentence goes on below (`6 ménages … sont
    /// installés` then `chaque année dans …`) is read with its year (blind set 626).
    @Test func readsABoxOpenedByARuledHeadingAndACountWrappedBeforeItsYear() throws {
        let notice = try Fixtures.record("""
            AVIS AUX LOCATAIRES
            La cabane a coûté 2 380 € (bois, serrure et étagères), pris en charge par l'agence.
            Elle sert les 64 logements de la résidence.

            ··· PENDANT QUE VOUS ÊTES LÀ : UN AUTRE COUP DE MAIN ···
            L'agence conduit avec l'association l'action « La Porte de la Baie » : huit ménages
            sont installés chaque année dans l'un des 5 logements réservés à cet effet.
            Son budget de 61 738 € est couvert pour trois quarts (75 %) par le FNAVDL.
            ·································································

            """)
        #expect(notice.cost?.value.total == 61_738)
        let wrapped = try Fixtures.record("""
            Vous croiserez peut-être de nouveaux voisins, que l'office loge avec l'association La Vigie :
            6 ménages qui quittent un centre d'hébergement sont installés
            chaque année dans l'un des 4 logements réservés à cet effet, et suivis par une éducatrice.

            """)
        #expect(wrapped.households.map { ($0.value.min, $0.value.per) } ?? (0, .total) == (6, .year))
        // (A figure that ends its line before its noun: blind sets 593 to 633.)
        let split = try Fixtures.record("""
            Ici, aucune association : ce sont deux conseillères sociales de l'office qui rendent visite à 5
            familles par an, toutes locataires depuis plusieurs années et en retard de loyer.

            """)
        #expect(split.households.map { ($0.value.min, $0.value.per) } ?? (0, .total) == (5, .year))
    }

    /// A start by its month and an end `jusqu'en` sentences later (`mène depuis novembre 2016
    /// « … », une action qui doit accompagner jusqu'en octobre 2019`), a town with its article
    /// in a dateline (`Le Vigan, le 12 septembre 2016`) or before `tél.` on an agency's line
    /// (blind sets 638 and 639).
    @Test func readsAMonthsStartAndATownWithItsArticle() throws {
        let notice = try Fixtures.record("""
            PAYS CAUSSENARD HABITAT
            Agence des Causses – 4 quai du Souvenir – 30120 Le Vigan – tél. 04 67 81 22 90

            Le bailleur mène depuis novembre 2016 « Le Verger », une action qui
            doit accompagner jusqu'en octobre 2019 près de 20 ménages en tout.

            """)
        #expect(notice.duration?.value.months == 36)
        #expect(notice.territory?.value.value == "Le Vigan")
        let dated = try Fixtures.record("AVIS AUX LOCATAIRES\n\nLe Vigan, le 12 septembre 2016\n\nL'office y loge 6 ménages par an.\n")
        #expect(dated.territory?.value.value == "Le Vigan")
    }
}

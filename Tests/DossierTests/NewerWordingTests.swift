import Dossier
import Testing

/// Lengths, costs, places, names and contacts in wordings first met in blind sets 670 to
/// 684, in texts of our own.
@Suite("Extract: wordings of blind sets 670 to 684")
struct NewerWordingTests {
    /// A length under `Bornes … de l'action` or `Début et terme`, dates `ouverte … et refermée
    /// …`, and two dates under labels of their own on one line, the second's year on the
    /// next line (`Lancement : …. Fin prévue : 30 septembre` / `2019 ; …`).
    @Test func readsALengthFromItsBoundsAndItsDates() throws {
        #expect(try Fixtures.record("Bornes savoyardes de l'action : 24 mois\nMénages : 8\n").duration?.value.months == 24)
        #expect(try Fixtures.record("Début et terme alsaciens : 30 mois\nMénages : 8\n").duration?.value.months == 30)
        #expect(try Fixtures.record("L'action, ouverte le 2 mai 2016 et refermée le 1er mai 2018, a suivi 6 ménages.\n").duration?.value.months == 24)
        let notice = try Fixtures.record("""
            Le bailleur accompagne 8 ménages par an dans la résidence des Tilleuls, avec l'aide d'une conseillère.
            Lancement : 1er octobre 2016. Fin prévue : 30 septembre
            2019 ; l'action coûte 71 200 € en tout.

            """)
        #expect(notice.duration?.value.start == "2016-10-01")
        #expect(notice.duration?.value.end == "2019-09-30")
        #expect(notice.duration?.value.months == 36)
    }

    /// A budget's `Total` row that gives its share (`Total | 94 200 € | 100 %`) gives the whole
    /// cost, where a funder's row with its share gives no cost.
    @Test func readsATotalRowWithItsShare() throws {
        let form = try Fixtures.record("""
            Ligne de dépense\tMontant\tPart
            Suivi social\t66 100 €\t
            Gestion locative adaptée\t19 300 €\t
            Déplacements\t8 800 €\t
            Total\t94 200 €\t100 %

            """)
        #expect(form.cost?.value.total == 94_200)
    }

    /// The dwellings a sentence ends on, after those it listed (`dans ces 4 logements.`).
    @Test func readsTheDwellingsASentenceEndsOn() throws {
        let notice = try Fixtures.record("""
            Deux appartements libérés rue Haute et deux autres rue Basse serviront à l'action, qui accueillera 5 ménages par an dans ces 4 logements.

            """)
        #expect(notice.housingUnits.map { ($0.value.min, $0.value.per) } ?? (0, .year) == (4, .total))
    }

    /// A mailbox of one of the project's organisations that a list of contacts gives its own
    /// item, with no label (`- Le Quai des Mots, accueil des familles – accueil@…`), is a
    /// contact; one under a label (`- Le Quai des Mots, accueil : …`) is a desk's.
    @Test func keepsAListedOrganisationsMailbox() throws {
        let fiche = { (item: String) in
            try Fixtures.record("""
                **Bailleur :** Loire Toits Habitat

                **Association partenaire :** Le Quai des Mots

                **Commune :** Thouars (79)

                **Ménages suivis par an :** 18 ménages

                **Calendrier :** 2017-2020

                **Coût total :** 86 100 €

                ## Contacts

                - Jeanne ROUSSEL, chargée de mission, Loire Toits Habitat – j.roussel@loiretoits-habitat.fr
                - \(item)

                """, format: .markdown)
        }
        let listed = try fiche("Le Quai des Mots, accueil des familles – accueil@quaidesmots.fr")
        #expect(listed.contacts.compactMap(\.value.email) == ["j.roussel@loiretoits-habitat.fr", "accueil@quaidesmots.fr"])
        let desk = try fiche("Le Quai des Mots, accueil : accueil@quaidesmots.fr")
        #expect(desk.contacts.compactMap(\.value.email) == ["j.roussel@loiretoits-habitat.fr"])
    }

    /// A line that goes on with the sentence above opens no label in lowercase
    /// (`… menée avec` / `l'association Les Mille Sources : 8 ménages …`), and a count's
    /// sentence reaches its year three lines on.
    @Test func readsAWrappedParagraphAsProse() throws {
        let notice = try Fixtures.record("""
            Le bailleur y installe aussi « Le Souffle », son action d'accompagnement menée avec
            l'association Les Mille Sources : 8 ménages qui sortent d'un foyer ou d'un abri
            de fortune sont installés dans la résidence, puis accompagnés jusqu'à ce qu'ils
            se sentent chez eux, une fois la porte refermée derrière les bénévoles du soir,
            chaque année. Six logements de la résidence leur sont gardés.

            """)
        #expect(!notice.partners.map(\.value).contains { $0.contains("ménages") })
        #expect(notice.households.map { ($0.value.min, $0.value.per) } ?? (0, .total) == (8, .year))
    }

    /// Places: a town a sentence opens with before its valley (`À Contes, dans la vallée du
    /// Paillon`); the commune that pays its share (`la Commune d'Anduze les 25 % restants`); a
    /// venue's letterhead with its postcode (`Salle Jean-Moulin – 91490 Milly-la-Forêt`), not a
    /// section of the venue (`– SECTION MUSIQUE`); never a population (`environ 28 000
    /// habitants` under `La ville en bref`).
    @Test func readsAPlaceFromAValleyAFunderAndAVenue() throws {
        #expect(try Fixtures.record("À Contes, dans la vallée du Paillon, le bailleur ouvre six logements.\n").territory?.value.value == "Contes")
        let funded = try Fixtures.record("Son coût, 71 800 € : le FNAVDL en apporte 75 %, la Commune d'Anduze les 25 % restants.\n")
        #expect(funded.territory?.value.value == "Anduze")
        let venue = try Fixtures.record("CLUB DE BRIDGE DES TROIS PIGNONS\nSalle Jean-Moulin – 91490 Milly-la-Forêt\n\nLe club reprend le 3 octobre.\n")
        #expect(venue.territory?.value.value == "Milly-la-Forêt")
        let section = try Fixtures.record("MAISON POUR TOUS DE LURE – SECTION MUSIQUE\n\nL'action coûte 71 800 € : le FNAVDL en apporte 75 %, la Commune de Lure les 25 % restants.\n")
        #expect(section.territory?.value.value == "Lure")
        let post = try Fixtures.record("<html><body><article><p>Le bailleur ouvre six logements ; la Commune de Valenton apporte 40 %.</p><h2>La ville en bref</h2><ul><li>environ 28&nbsp;000 habitants ;</li><li>une gare.</li></ul></article></body></html>", format: .html)
        #expect(post.territory?.value.value == "Valenton")
    }

    /// Carriers: a landlord and its association that welcome households (`… et l'association
    /// … accueillent`), not the office's name cut after `Office`; `L'office X y conduit avec
    /// l'association`; a header's clause to a `collectif` (`… HABITAT QUI S'ADOSSE AU
    /// COLLECTIF …`).
    @Test func readsCarriersInTheirNewWordings() throws {
        let pair = try Fixtures.record("Dans le cadre de l'action, Beauce Loing Foyers et l'association Les Haltes du Loing accueillent 4 ménages par an.\n")
        #expect(pair.carriers.map(\.value) == ["Beauce Loing Foyers"])
        let office = try Fixtures.record("Depuis septembre, l'Office Chinonais de l'Habitat et l'association Le Relais accueillent des personnes sortant de la rue.\n")
        #expect(office.carriers.map(\.value) == ["Office Chinonais de l'Habitat"])
        let post = try Fixtures.record("L'office Serein Morvan Logis y conduit avec l'association La Brenne le projet « Un seuil ».\n")
        #expect(post.carriers.map(\.value) == ["Serein Morvan Logis"])
        let guide = ExtractionTests.extractor.extract(Fixtures.document("""
            12.3.2. LA CASE AUX GOYAVES : RESTER CHEZ SOI

            CIRQUES ET PITONS HABITAT QUI S'ADOSSE AU COLLECTIF LA CASE DES SALAZES
            Ménages aidés : 12

            """))
        #expect(guide.first?.carriers.map(\.value) == ["CIRQUES ET PITONS HABITAT"])
    }

    /// A brochure section's title that an article opens (`LES POÊLIERS DU LOGIS`) names no
    /// carrier, whatever landlord's word it holds.
    @Test func takesNoCarrierFromATitlesPhrase() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            LA LETTRE DU BOCAGE – PRINTEMPS 2019

            - 2018
            - Villedieu (50)

            LES POÊLIERS DU LOGIS
            Entrer et rester près des ateliers

            Avec le CCAS de Villedieu, l'office accompagne une vingtaine de ménages sur 18 mois.

            Contact
            Mathilde OSMONT
            m.osmont@ccas-villedieu.fr

            """))
        let section = records.first { $0.layout == .brochureSection }
        #expect(section?.carriers.isEmpty == true)
    }

    /// A title under `Nom … donné au projet`; modes of tenants held (`conserver leur
    /// appartement`, `aidés à y rester`, `garde ses locataires`, `dont le loyer n'est plus
    /// versé`); a year's households `Sur une année pleine`.
    @Test func readsTitlesModesAndYearlyCountsInTheirNewWordings() throws {
        #expect(try Fixtures.record("Nom vendômois donné au projet : Un pas vers le Loir\n").title?.value == "Un pas vers le Loir")
        let maintenance = [
            "Ménages : une vingtaine de locataires aidés à conserver leur appartement malgré des dettes.\n",
            "Certains, déjà locataires chez nous, sont aidés à y rester.\n",
            "Cette année, Pompey garde ses locataires.\n",
            "Les conseillères rendent visite à des locataires dont le loyer n'est plus versé depuis trois mois.\n",
        ]
        for text in maintenance {
            #expect(try Fixtures.record(text).mode?.value == .maintenance, "\(text)")
        }
        let yearly = try Fixtures.record("Sur une année pleine, une dizaine de foyers sortant d'un foyer seront accompagnés.\n")
        #expect(yearly.households.map { ($0.value.min, $0.value.max, $0.value.per) } ?? (0, 0, .total) == (8, 12, .year))
    }

    /// A timetable counts nothing (`Adolescents et adultes : mardi et jeudi, 18 h 30 – 20 h`);
    /// a label that opens its line may say ten words (`Ménages que l'office prévoit de suivre
    /// sur douze mois : 10 à 13`); dwellings `dans ces huit logements,`; a length `reste fixé
    /// à trois ans`.
    @Test func readsFiguresInTheirNewPlaces() throws {
        #expect(try Fixtures.record("Cours du soir\nAdolescents et adultes : mardi et jeudi, 18 h 30 – 20 h\n").households == nil)
        let form = try Fixtures.record("Ménages que l'office prévoit de suivre sur douze mois : 10 à 13\n")
        #expect(form.households.map { ($0.value.min, $0.value.max, $0.value.per) } ?? (0, 0, .total) == (10, 13, .year))
        let post = try Fixtures.record("Le comité garde le projet tel quel : 17 ménages, toujours dans ces huit logements, et le même budget.\n")
        #expect(post.housingUnits?.value.min == 8)
        #expect(try Fixtures.record("L'engagement reste fixé à trois ans.\n").duration?.value.months == 36)
    }

    /// Modes: households `venus d'un hébergement d'urgence`, `venant d'un centre
    /// d'hébergement`, `Familles entrantes aidées` (access); `que l'office garde à flot`
    /// (keeping housed).
    @Test func readsModesOfNewcomersAndOfTenantsKeptAfloat() throws {
        let access = [
            "Une dizaine de foyers venus d'un hébergement d'urgence signent leur bail.\n",
            "Foyers que l'action prend en charge : 14 foyers venant d'un centre d'hébergement\n",
            "Familles entrantes aidées à l'année : 9 ménages par an\n",
        ]
        for text in access {
            #expect(try Fixtures.record(text).mode?.value == .access, "\(text)")
        }
        #expect(try Fixtures.record("Familles que l'office garde à flot : près de 20 ménages\n").mode?.value == .maintenance)
    }

    /// A spot told in small letters names no place (`Où : sur la pelouse derrière le bâtiment
    /// C`), and the commune that pays a share after it does (`30 % de la Commune de
    /// Bandrélé`); a landlord's name a line's end cuts is the letterhead's; a count's year on
    /// the line after a short one that ends on `chaque`.
    @Test func readsAWrappedNoticeBox() throws {
        let notice = try Fixtures.record("""
            LAGON SUD HABITAT – Résidence Les Filaos
            97660 Bandrélé

            Où : sur la pelouse derrière le bâtiment C, ou dans la salle commune en cas de pluie.

            --------------------------------------------------------------
            UNE BONNE NOUVELLE DU QUARTIER
            --------------------------------------------------------------
            Le même mois démarre « Souffle du Lagon », porté par Lagon
            Sud Habitat avec l'association Nyora Solidaire : 6 ménages
            qui sortent d'un hébergement d'urgence ou d'une case insalubre
            seront installés dans un logement de la société, avec un
            accompagnement à domicile, chaque
            année. 4 logements de la résidence leur sont réservés. L'action
            coûte 71 400 €, dont 70 % viennent du FNAVDL et 30 % de la Commune de Bandrélé.
            --------------------------------------------------------------

            """)
        #expect(notice.territory?.value.value == "Bandrélé")
        #expect(notice.carriers.map(\.value) == ["Lagon Sud Habitat"])
        #expect(notice.households.map { ($0.value.min, $0.value.per) } ?? (0, .total) == (6, .year))
    }

    /// A project that takes its association's name (`l'association Le Pont des Saules, qui
    /// portent ensemble l'action du même nom`) over the page's headline.
    @Test func readsAProjectNamedAfterItsAssociation() throws {
        let post = try Fixtures.record("""
            <html><head><title>Au bord de la rivière, dix-sept familles et un pont</title></head><body><article>
            <h1>Au bord de la rivière, dix-sept familles et un pont</h1>
            <p>Nous avons rencontré l'équipe de <strong>Val Vingeanne Habitat</strong> et celle de l'association <strong>Le Pont des Saules</strong>, qui portent ensemble l'action du même nom.</p>
            </article></body></html>
            """, format: .html)
        #expect(post.title?.value == "Le Pont des Saules")
    }

    /// A landlord's word that opens a line before the landlord is said to be one, read whole
    /// with the name ending the line above (`… prêtée par Haut-Adour Vicquois` / `Habitat, le
    /// bailleur de la résidence`, `… par Gardon d'Anduze` / `Habitat, qui …`); never that word
    /// alone. A name without its legal form in brackets (`(établissement public local)`).
    @Test func readsALandlordsNameCutBeforeItsWord() throws {
        let lent = """
            La salle qui nous accueille est prêtée par Haut-Adour Vicquois
            Habitat, le bailleur de la résidence. Avec notre association, il lance une action.

            """
        #expect(try Fixtures.record(lent).carriers.map(\.value) == ["Haut-Adour Vicquois Habitat"])
        let local = """
            Le local de la rue du Luxembourg nous est prêté par Gardon d'Anduze
            Habitat, qui y installe aussi les permanences de son action.

            """
        #expect(try Fixtures.record(local).carriers.map(\.value) == ["Gardon d'Anduze Habitat"])
        let form = try Fixtures.record("Dénomination de l'office demandeur : Sauldre Habitat (établissement public local)\n")
        #expect(form.carriers.map(\.value) == ["Sauldre Habitat"])
    }

    /// A year's households `d'une année sur l'autre`; a date counts nothing (`2017-06-19`);
    /// a commune's share before it in brackets (`(25 %) par la Commune de Sées`); access
    /// `jusqu'à un vrai bail`.
    @Test func readsYearsDatesSharesAndLeases() throws {
        let notice = try Fixtures.record("Avec notre association, il lance une action : d'une année sur l'autre, une dizaine de foyers sortant de la rue reçoivent les clés.\n")
        #expect(notice.households.map { ($0.value.min, $0.value.max, $0.value.per) } ?? (0, 0, .total) == (8, 12, .year))
        #expect(try Fixtures.record("Logements\n2017-06-19\n").housingUnits == nil)
        let funded = try Fixtures.record("Elle coûte 71 500 €, financés pour les trois quarts (75 %) par le FNAVDL et pour le quart restant (25 %) par la Commune de Sées.\n")
        #expect(funded.territory?.value.value == "Sées")
        #expect(try Fixtures.record("L'action fait passer des personnes de l'abri de nuit à un vrai bail.\n").mode?.value == .access)
    }

    /// Wordings of blind sets 693 to 696: how often is no length (`un arrosage tous les 2
    /// mois`); a renewable term that opens a sentence, not a lease's; a yearly amount whose
    /// `par an` a line's end puts on the next line; `toujours trois ans`; `dès le deuxième
    /// mois de retard` (keeping housed); `à l'année, une quinzaine` (a year's count), not
    /// `camping à l'année`; a web address is no place.
    @Test func readsTheWordingsOfBlindSets693To696() throws {
        #expect(try Fixtures.record("Durée de vie d'un terrarium : plusieurs années avec un arrosage tous les 2 mois environ\n").duration == nil)
        let brochure = try Fixtures.record("Nos conseillères rendent visite à 5 familles. Un an renouvelable, pour 19 863 €\npar an, réglés par le FNAVDL.\n")
        #expect(brochure.duration.map { ($0.value.months, $0.value.renewable) } ?? (nil, false) == (12, true))
        #expect(brochure.cost?.value.perYear == 19_863)
        #expect(try Fixtures.record("Des studios meublés loués avec un bail d'un an renouvelable.\n").duration == nil)
        #expect(try Fixtures.record("Ce seront 17 ménages au total, toujours trois ans, pour 168 500 €.\n").duration?.value.months == 36)
        #expect(try Fixtures.record("La conseillère rencontre 7 familles repérées dès le deuxième mois de retard.\n").mode?.value == .maintenance)
        #expect(try Fixtures.record("Locataires suivis : à l'année, une quinzaine de familles\n").households?.value.per == .year)
        #expect(try Fixtures.record("Foyers pris en charge sur toute la convention : 14 ménages sortant de camping à l'année\n").households?.value.per == .total)
        let club = try Fixtures.record("Site du club : goban-armagnac.example.fr – 4 000 habitants à Eauze\nL'action coûte 71 800 € : le FNAVDL en apporte 70 %, la Commune d'Eauze les 30 % restants.\n")
        #expect(club.territory?.value.value == "Eauze")
    }

    /// Wordings of blind sets 697 to 700: dwellings `dans les huit appartements déjà
    /// réservés`, not a residence's stock `dans les 48 logements de la résidence`; access `du
    /// foyer à un contrat de location`; keeping housed `dans leur bail en cours`; a length the
    /// action `tient`; a landlord's stock named after it (`236 logements de Rimaison Habitat`);
    /// access `hébergées en foyer ou chez des tiers`; keeping housed `Garder son chez-soi`.
    @Test func readsTheWordingsOfBlindSets697To700() throws {
        #expect(try Fixtures.record("Ils seront suivis dans les huit appartements déjà réservés par l'office.\n").housingUnits?.value.min == 8)
        #expect(try Fixtures.record("Un traitement aura lieu dans les 48 logements de la résidence mardi.\n").housingUnits == nil)
        #expect(try Fixtures.record("Il s'agit de faire passer des jeunes du foyer à un contrat de location.\n").mode?.value == .access)
        #expect(try Fixtures.record("Occupants épaulés dans leur bail en cours : une quinzaine de ménages\n").mode?.value == .maintenance)
        #expect(try Fixtures.record("Le dispositif tient 2 ans ; il mobilise 34 200 € par an.\n").duration?.value.months == 24)
        #expect(try Fixtures.record("Quelques repères\n\n- 236 logements de Rimaison Habitat dans la ville\n").housingUnits == nil)
        #expect(try Fixtures.record("L'action aide des personnes hébergées en foyer ou chez des tiers.\n").mode?.value == .access)
        #expect(try Fixtures.record("Garder son chez-soi quand tout vacille : 5 familles par an.\n").mode?.value == .maintenance)
    }
}


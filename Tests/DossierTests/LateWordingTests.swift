import Dossier
import Testing

/// Modes, carriers, places and lengths in wordings first met in blind sets 583 to 669, in
/// texts of our own.
@Suite("Extract: wordings of blind sets 583 to 669")
struct LateWordingTests {
    /// Access told by arrivals (`Entrants loir-et-chériens soutenus`, `Nouveaux foyers logés`,
    /// `on sort d'un centre d'hébergement`, `arrivant d'un hébergement`, `sortant d'un abri de
    /// nuit`, `hébergés jusque-là en hôtel social`, `enchaînaient les nuits d'hôtel`, `sans
    /// adresse fixe`, `un premier appartement`); keeping housed by tenants held where they
    /// live (`tenus à bout de bras dans leur propre appartement`, `Locataires épaulés sur
    /// place`, `menacés de perdre leur bail`, `ne perde son appartement`, `locataires en
    /// retard de loyer`, `craignent de le perdre`, `qu'il faut aider à s'y maintenir`).
    @Test func readsAModeInTheWordsOfArrivalsAndOfTenantsHeld() throws {
        let access = [
            "Entrants loir-et-chériens soutenus chaque année : 9 ménages par an\n",
            "Nouveaux foyers logés par an : 9 ménages par an\n",
            "Trouver un appartement quand on sort d'un centre d'hébergement reste une épreuve.\n",
            "Ce seront 17 ménages sortant d'un abri de nuit.\n",
            "7 ménages hébergés jusque-là en hôtel social ont pu s'installer dans 4 logements.\n",
            "Elle propose un vrai bail à des familles qui enchaînaient les nuits d'hôtel.\n",
            "Le bailleur loge de jeunes travailleurs sans adresse fixe.\n",
            "Il s'agit d'entrer dans un premier appartement au nom du ménage.\n",
        ]
        for text in access {
            #expect(try Fixtures.record(text).mode?.value == .access, "\(text)")
        }
        let maintenance = [
            "Locataires tenus à bout de bras dans leur propre appartement : une quinzaine de ménages\n",
            "Locataires épaulés sur place : une quinzaine de foyers par an\n",
            "Public : des foyers menacés de perdre leur bail.\n",
            "Ce que l'office veut éviter : qu'un locataire fragilisé ne perde son appartement.\n",
            "Deux conseillères suivent 7 familles par an, locataires en retard de loyer.\n",
        ]
        for text in maintenance {
            #expect(try Fixtures.record(text).mode?.value == .maintenance, "\(text)")
        }
        let both = [
            "L'office suit onze ménages : certains viennent d'emménager, d'autres occupent leur appartement depuis des années et craignent de le perdre.\n",
            "Deux publics suivis : ménages nouvellement logés et locataires qu'il faut aider à s'y maintenir\n",
            "Ménages suivis : une quinzaine, les uns arrivant d'un hébergement, les autres déjà locataires et en difficulté\n",
        ]
        for text in both {
            #expect(try Fixtures.record(text).mode?.value == .accessAndMaintenance, "\(text)")
        }
    }

    /// A landlord with its association that `ont monté` the action (also after `qu'`), a
    /// company named by its kind that `conduit avec l'association`; a heading in capitals
    /// (`… DANS UNE RÉSIDENCE HLM`) names no landlord beside the one the box names; an
    /// agency's line after the landlord's name gives the town (`Côte Baous Habitat · Agence de
    /// Vence · 06140 Vence`), and a heading in capitals above it adds nothing to the name.
    @Test func readsALandlordAndItsTownInNewWordings() throws {
        let pair = try Fixtures.record("C'est pour eux qu'Auxois Habitat Solidaire et l'association Passage Auxois ont monté le Seuil.\n")
        #expect(pair.carriers.map(\.value) == ["Auxois Habitat Solidaire"])
        let kind = try Fixtures.record("On en parlait l'hiver dernier : l'action que la société Vignes et Toits Bourguignons conduit avec l'association Les Clos aide d'anciens saisonniers.\n")
        #expect(kind.carriers.map(\.value) == ["Vignes et Toits Bourguignons"])
        let boxed = try Fixtures.record("""
            AU FAIT : POURQUOI NOUS DANSONS DANS UNE RÉSIDENCE HLM
            La salle nous est prêtée par Pays Mellois Habitat, l'office qui gère les logements du canton.

            """)
        #expect(boxed.carriers.map(\.value) == ["Pays Mellois Habitat"])
        let letterhead = try Fixtures.record("""
            ATELIER DE CALLIGRAPHIE – SALLE COMMUNE DE LA RÉSIDENCE LES BAOUS
            Côte Baous Habitat · Agence de Vence · 06140 Vence · tél. 04 93 58 26 70

            L'office loge 6 ménages par an avec l'association L'Olivier.

            """)
        #expect(letterhead.carriers.map(\.value) == ["Côte Baous Habitat"])
        #expect(letterhead.territory?.value.value == "Vence")
    }

    /// A box's project named in guillemets that a line's end cuts (`« Le Pas de` / `deux »,
    /// que l'office mène avec …`), one name, with its evidence over both lines; a length kept
    /// by a revision (`dix appartements, toujours pour trois ans`).
    @Test func readsABoxsNameCutByALineEndAndALengthKept() throws {
        let notice = try Fixtures.record("""
            Le cours reprend le jeudi 15 septembre, salle commune de la résidence.
            Cotisation : 45 € par trimestre.
            Animatrice : Christelle PAPOT.

            ---------------------------------------------------------------------------
            AU FAIT : POURQUOI NOUS DANSONS ICI
            ---------------------------------------------------------------------------
            En échange, nous accueillons les nouveaux locataires du programme « Le Pas de
            deux », que l'office mène avec l'association L'Accueil : près de 20 ménages au total,
            venus de l'hébergement d'urgence, financés à 70 % par le FNAVDL.
            ---------------------------------------------------------------------------

            Le bureau de l'association.

            """)
        #expect(notice.title?.value == "Le Pas de deux")
        #expect(notice.title?.evidence.span.end.line == 9)
        let post = try Fixtures.record("Le nombre d'appartements ne bouge pas : dix appartements, studios et deux-pièces, toujours pour trois ans.\n")
        #expect(post.duration?.value.months == 36)
    }

    /// A notice's start and end told by their words (`premier accueil le …, fin de l'action le
    /// …`, `Premiers emménagements au …, fin de l'action au …`, `Ouverture le …, clôture
    /// prévue le …`), a start `dès le …` and an end sentences on, an end on a month's last day
    /// (`au dernier jour d'août 2019`), a start in brackets (`de la rentrée (1er septembre
    /// 2016) jusqu'au …`).
    @Test func readsANoticesStartAndEndInTheirWords() throws {
        let cases: [(String, Int)] = [
            ("Cinq ménages par an y seront accueillis : premier accueil le 1er mars 2017, fin de l'action le 28 février 2020.\n", 36),
            ("Premiers emménagements au 1er mars 2017, fin de l'action au 28 février 2019 ; elle coûte 41 958 €.\n", 24),
            ("Ouverture le 3 avril 2017, clôture prévue le 2 avril 2020. Son coût, 62 483 €, est apporté par le FNAVDL.\n", 36),
            ("Les premiers locataires arriveront dès le 1er octobre 2016, et l'action court jusqu'au 30 septembre 2019.\n", 36),
            ("Du 1er septembre 2016 au dernier jour d'août 2019, l'office et l'association accompagnent 6 ménages par an.\n", 36),
            ("8 ménages y entrent, accompagnés, de la rentrée (1er septembre 2016) jusqu'au 31 août 2019.\n", 36),
        ]
        for (text, months) in cases {
            #expect(try Fixtures.record(text).duration?.value.months == months, "\(text)")
        }
    }

    /// Wordings of blind sets 658 to 661: a year's cost `portés à` its whole years (no
    /// revision) and a total `au terme de l'action`; a landlord filing `Entité HLM qui dépose
    /// la demande`; `Premiers locataires soutenus` (access), `pour qu'elles conservent leur
    /// logement` (maintenance; not `les ménages conservent leur bail` in the end); a start and an
    /// end `coup d'envoi le …, clôture de la convention le …`, a length `au fil de deux
    /// années`; a workshop's `Places : 12 par séance` counts no dwellings.
    @Test func readsTheWordingsOfBlindSets658To661() throws {
        let guide = try Fixtures.record("Dépense, une année puis trois : 43 673 € pour une année pleine, portés à 131 019 € quand on additionne les trois exercices\n")
        #expect(guide.cost.map { ($0.value.perYear, $0.value.total) } ?? (nil, nil) == (43_673, 131_019))
        let section = try Fixtures.record("Sur 18 mois, la dépense s'est élevée à 29 774 € par an, soit 44 661 € au terme de l'action, financée par le FNAVDL.\n")
        #expect(section.cost?.value.total == 44_661)
        let form = try Fixtures.record("Intitulé : Un seuil franchi\nEntité HLM qui dépose la demande : Hautes Berges Habitat (ESH)\n")
        #expect(form.carriers.map(\.value) == ["Hautes Berges Habitat"])
        #expect(try Fixtures.record("Premiers locataires soutenus chaque année : 9 ménages par an\n").mode?.value == .access)
        #expect(try Fixtures.record("Nos conseillères suivent 5 familles par an, pour qu'elles conservent leur logement.\n").mode?.value == .maintenance)
        #expect(try Fixtures.record("Au terme de l'action, les ménages conservent leur bail.\n").mode == nil)
        let dates = try Fixtures.record("Bornes du projet : coup d'envoi le 2 mai 2016, clôture de la convention le 1er mai 2019\n")
        #expect(dates.duration?.value.months == 36)
        #expect(try Fixtures.record("Sept ménages ont reçu leurs clés au fil de deux années, dans quatre logements.\n").duration?.value.months == 24)
        let workshop = try Fixtures.record("ATELIER D'ORIGAMI\n\n  Places : 12 par séance (enfants dès 8 ans)\n  Participation : 4 € la séance\n")
        #expect(workshop.housingUnits == nil)
    }

    /// A brochure's masthead without a landlord's word (`SÈVRE GÂTINE FOYERS`) is the carrier
    /// of a section whose contact writes from its domain; a notice's box names its project
    /// before `action montée par …`, the name cut by the line's end; a house's letterhead gives
    /// the town after its postcode (`Maison de quartier … – 65500 Vic-en-Bigorre`).
    @Test func readsAMastheadAFoldedBoxNameAndAHousesTown() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            SÈVRE BOCAGE FOYERS
            La lettre des résidents – hiver 2019

            - 2017
            - Champdeniers (79)

            LA CLÉ DU BOURG
            Un premier bail

            Avec l'association Les Haies, la société a ouvert quatre logements à des ménages sortant d'un foyer.

            Contact
            Nadia GIRARD
            Sèvre Bocage Foyers
            n.girard@sevrebocage-foyers.fr

            - 2018
            - Airvault (79)

            À AIRVAULT, ON RESTE
            Ne pas quitter son appartement

            Nos conseillères suivent 5 familles par an.

            Contact
            Théo PROUST
            t.proust@mairie-airvault.fr

            """))
        let sections = records.filter { $0.layout == .brochureSection }
        #expect(sections.map { $0.carriers.map(\.value) } == [["SÈVRE BOCAGE FOYERS"], []])
        let notice = try Fixtures.record("""
            ATELIER D'ORIGAMI
            Maison de quartier du Marcadieu – 65500 Vic-en-Bigorre
            Chaque mercredi de 14 h à 16 h, salle du Roc.

            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            AU DÉTOUR D'UN PLI : UNE AUTRE ACTION DANS NOS MURS
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            La salle du Roc accueille aussi, le jeudi, les permanences de « La Clé
            pliée », action montée par Verdon Habitat et l'association Papiers Pliés : 5 ménages
            y entrent par an, financés à 75 % par le FNAVDL.
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            Pour la Maison de quartier, la coordinatrice.

            """)
        #expect(notice.title?.value == "La Clé pliée")
        #expect(notice.territory?.value.value == "Vic-en-Bigorre")
    }

    /// Wordings of blind sets 662 to 665: a heading's label alone gives way to the label of
    /// its value's line (`Les ménages`, then `Familles épaulées au fil d'une année : 10 à 13
    /// ménages`, a year's count); `trois années de convention`; a total `en cumulant les trois
    /// budgets annuels`; `Locataires que l'on aide à rester` (maintenance).
    @Test func readsTheWordingsOfBlindSets662To665() throws {
        let form = try Fixtures.record("Les ménages\nFamilles épaulées au fil d'une année lamballaise : 10 à 13 ménages\n")
        #expect(form.households.map { ($0.value.min, $0.value.max, $0.value.per) } ?? (0, 0, .total) == (10, 13, .year))
        #expect(try Fixtures.record("Rien ne change : huit appartements, trois années de convention, et le même partage.\n").duration?.value.months == 36)
        let guide = try Fixtures.record("Dépense de chaque exercice, puis addition : 39 863 € pour un exercice, et 119 589 € en cumulant les trois budgets annuels\n")
        #expect(guide.cost.map { ($0.value.perYear, $0.value.total) } ?? (nil, nil) == (39_863, 119_589))
        #expect(try Fixtures.record("Locataires que l'on aide à rester : une quinzaine de ménages par an\n").mode?.value == .maintenance)
        // A label of one year to the next is a year's (`d'un janvier à l'autre`), not one of
        // the whole (`d'un bout à l'autre`).
        let yearly = try Fixtures.record("Foyers suivis\nFoyers accompagnés d'un janvier à l'autre : 10 à 13 ménages\n")
        #expect(yearly.households?.value.per == .year)
        #expect(try Fixtures.record("Foyers accompagnés d'un bout à l'autre : 11 ménages\n").households?.value.per == .total)
    }

    /// Wordings of blind sets 666 to 669: a name's head with a hyphenated adjective of place
    /// (`Baptême bas-alpin de l'action`); a name set in apposition to the landlord it is
    /// (`appartient à Savoureuse Toits et Jardins, le bailleur des 164 logements`, one name);
    /// `ni le calendrier, trois années pleines`; households `hébergées chez un parent`
    /// (access); a `Canton` label gives the town.
    @Test func readsTheWordingsOfBlindSets666To669() throws {
        let form = try Fixtures.record("Raison sociale de l'office : Durance Habitat (OPH)\nBaptême bas-alpin de l'action : Une clé entre deux collines\n")
        #expect(form.title?.value == "Une clé entre deux collines")
        let notice = try Fixtures.record("La salle commune appartient à Savoureuse Toits et Jardins, le bailleur des 164 logements de la résidence.\n")
        #expect(notice.carriers.map(\.value) == ["Savoureuse Toits et Jardins"])
        #expect(try Fixtures.record("Le parc ne bouge pas, huit appartements, ni le calendrier, trois années pleines.\n").duration?.value.months == 36)
        #expect(try Fixtures.record("L'association y accompagne des personnes hébergées chez un parent ou un ami.\n").mode?.value == .access)
        #expect(try Fixtures.record("Canton costarmoricain : Rostrenen\nMénages : 9 par an\n").territory?.value.value == "Rostrenen")
    }
}

import Dossier
import Testing

/// Names and figures that a paragraph's line ends cut, and labels first met in blind sets 585
/// to 649, in texts of our own.
@Suite("Extract: wrapped names and figures")
struct WrappedWordingTests {
    /// A landlord's name whose first words end the line above (`… longeront, Ouche` then
    /// `Percheronne Habitat et …`, also inside a framed box) or whose last words open the line
    /// below (`avec l'office Perche` then `Orne Habitat dans …`) is read whole, with evidence
    /// over both lines; the end of an association's name on a subtitle above is not.
    @Test func readsALandlordsNameWrappedOverTwoLines() throws {
        let above = try Fixtures.record("""
            AVIS AUX HABITANTS
            Le comité des fêtes rappelle que le défilé passera devant la résidence des Tilleuls, Ouche
            Percheronne Habitat et l'association Le Relais y mènent « Un pas de plus » pour 6 ménages par an.

            """)
        #expect(above.carriers.map(\.value) == ["Ouche Percheronne Habitat"])
        #expect(above.carriers.first?.evidence.span.start.line == 2)
        #expect(above.carriers.first?.evidence.span.end.line == 3)
        let boxed = try Fixtures.record("""
            +--------------------------------------------------------------------+
            | Dans la cour que les marcheurs traverseront, Cévennes              |
            | Vivaraises Habitat et l'association Le Mas mènent « Racines » pour |
            | 6 ménages chaque année, financé par le FNAVDL.                     |
            +--------------------------------------------------------------------+

            """)
        #expect(boxed.carriers.map(\.value) == ["Cévennes Vivaraises Habitat"])
        let below = try Fixtures.record("""
            Notre association s'engage depuis l'automne avec l'office Perche
            Orne Habitat dans l'action « Le Bol », qui loge 8 ménages par an en centre-ville.

            """)
        #expect(below.carriers.map(\.value) == ["Perche Orne Habitat"])
        let subtitle = try Fixtures.record("""
            Reloger des personnes qui dormaient dehors
            Main tendue par l'association Les Rives de Champrosay
            Seine-Rive Habitat a ouvert des logements diffus à 12 ménages venus de la rue ou de l'hôtel.

            """)
        #expect(subtitle.carriers.map(\.value) == ["Seine-Rive Habitat"])
    }

    /// A count whose sentence goes on over the paragraph's wrapped lines to its year (`…
    /// entrent chaque année`, `… suivis chaque année.`, `…, sur` / `une année ;`, a label's
    /// value ending in `chaque` over `année dans …`) is a year's; one told over the whole
    /// project (`sur 36 mois (8 par an)`) stays the whole.
    @Test func readsTheYearOfACountWhoseSentenceIsWrapped() throws {
        let cases = [
            """
            Depuis le printemps, notre société mène avec l'association Escale l'action « Seuil » : 5 ménages
            sortant d'un hébergement d'urgence ou d'un logement indigne entrent chaque année dans l'un des
            4 logements réservés, avec un suivi au quotidien.

            """,
            """
            Les voisins de la rue des Bancels présenteront leur action. L'office y met 4 logements ; 5 ménages
            sortant d'un hébergement d'urgence ou d'une caravane y sont installés et
            suivis chaque année par une éducatrice de l'association.

            """,
            """
            Un stand présentera l'action que notre agence mène avec l'association Le Refuge du Gave.
            Elle accueille 5 ménages sortant d'un foyer ou d'un hébergement d'urgence, sur
            une année ; 4 logements de la résidence leur sont réservés.

            """,
            """
            Avec l'association L'Échelle, notre office mène « Bien chez soi » : 5 ménages sortant d'un foyer sont accueillis chaque
            année dans 4 logements du bâtiment C, avec un accompagnement au quotidien.

            """,
        ]
        for text in cases {
            let record = try Fixtures.record(text)
            #expect(record.households.map { ($0.value.min, $0.value.per) } ?? (0, .total) == (5, .year), "\(text)")
        }
        let whole = try Fixtures.record("""
            Objectif : 24 ménages relogés et accompagnés sur 36 mois (8 par an), dans le parc de l'office,
            avec une visite à domicile chaque mois.

            """)
        #expect(whole.households.map { ($0.value.min, $0.value.per) } ?? (0, .year) == (24, .total))
    }

    /// A partner's general mailbox with its reader in brackets after it (`contact@… (Bastien
    /// ROUGIER, éducateur)`) is that person's contact beside the landlord's officer; one with
    /// no reader stays the organisation's (a switchboard, no contact of the project).
    @Test func readsAMailboxWithItsReaderAfterIt() throws {
        let fiche = try Fixtures.record("""
            # Les Berges, à Courpière

            **Appui social du bassin :** Les Ateliers du Pont

            ## Contacts

            - Noémie TRONCHE, chargée de mission, Dore Habitat – n.tronche@dore-habitat.fr – 04 73 00 11 22
            - Accueil des Ateliers du Pont – contact@ateliers-du-pont.fr (Bastien ROUGIER, éducateur référent)

            """)
        #expect(fiche.partners.map(\.value) == ["Les Ateliers du Pont"])
        #expect(fiche.contacts.map(\.value.email) == ["n.tronche@dore-habitat.fr", "contact@ateliers-du-pont.fr"])
        #expect(fiche.contacts.last?.value.name == "Bastien ROUGIER")
        let switchboard = try Fixtures.record("""
            ## Contacts

            - Noémie TRONCHE, chargée de mission, Dore Habitat – n.tronche@dore-habitat.fr – 04 73 00 11 22
            - Accueil de l'association : contact@ateliers-du-pont.fr – 04 73 00 33 44

            """)
        #expect(switchboard.contacts.map(\.value.email) == ["n.tronche@dore-habitat.fr"])
    }

    /// Labels first met in blind sets 633 to 649: a company `à la barre`, `à la manœuvre`,
    /// with an adjective of its place between (`Société manchoise à la barre`), a partner
    /// `Relais associatif`; not a company's legal form (`Société anonyme d'HLM`).
    @Test func readsACompanyAtTheHelmAndALocalRelay() throws {
        let fiche = try Fixtures.record("""
            Nom donné par la société : « Les Portes du Bocage »
            Société manchoise à la barre : Sélune Pays Habitat
            Relais associatif sur place : Cœur de Sélune
            Nombre de ménages suivis pendant l'action entière : 9

            """)
        #expect(fiche.carriers.map(\.value) == ["Sélune Pays Habitat"])
        #expect(fiche.partners.map(\.value) == ["Cœur de Sélune"])
        let helm = try Fixtures.record("Société à la manœuvre : Passais Vallée Habitat\nNombre de ménages : 9\n")
        #expect(helm.carriers.map(\.value) == ["Passais Vallée Habitat"])
    }

    /// A notice's box whose project's name ends its line before `une` / `action …`, and whose
    /// cost is told `sur toute sa durée` on the next line, outranks the notice's own expense
    /// (blind set 648); a yearly cost `pour douze mois` then the whole (blind set 649); a
    /// convention that `court toujours trois ans` (a post of blind set 649).
    @Test func readsABoxsNameAndCostWrappedAndAYearsCost() throws {
        let notice = try Fixtures.record("""
            Du 20 au 24 mars, une équipe posera 24 nichoirs dans les espaces verts. Le coût, 1 870 €, est
            entièrement pris en charge par votre bailleur.

            ----------------------------------------------------------------------
            PUISQUE NOUS PARLONS DE NIDS...
            ----------------------------------------------------------------------
            Votre résidence accueille aussi, depuis le 1er mars 2017, « L'Envol du Lac », une
            action d'Oust Habitat avec l'association L'Abri. 6 ménages y entrent chaque année.
            Son coût, 71 887 €
            sur toute sa durée, est couvert pour 70 % par le FNAVDL.
            ----------------------------------------------------------------------

            La résidence compte 68 logements. Merci de votre compréhension.

            """)
        #expect(notice.title?.value == "L'Envol du Lac")
        #expect(notice.cost?.value.total == 71_887)
        let guide = try Fixtures.record("Débours d'un exercice, puis des trois : 39 613 € pour douze mois, soit 118 839 € pour la convention entière\n")
        #expect(guide.cost?.value.perYear == 39_613)
        #expect(guide.cost?.value.total == 118_839)
        let post = try Fixtures.record("Le comité a porté l'objectif à 17 ménages ; la convention court toujours trois ans.\n")
        #expect(post.duration?.value.months == 36)
    }
}

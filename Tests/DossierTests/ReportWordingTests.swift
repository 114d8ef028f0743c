import Dossier
import Testing

/// Fields in wordings first met in blind sets 87 to 94 (an evaluation report, a PLH action
/// sheet, a logical framework, a news post, a town magazine...), in texts of our own.
@Suite("Extract: report and page wordings")
struct ReportWordingTests {
    /// A landlord's word, `des`, a place, `et` and one more place make one name in a heading.
    @Test func keepsALandlordsNameWithTwoPlacesWhole() throws {
        let guide = try Fixtures.record("""
            HABITAT DES COMBES ET VALLONS EN PARTENARIAT AVEC LE RELAIS DU BIEF\t\t5.3.1. UN TOIT AU VILLAGE

            """)
        #expect(guide.carriers.map(\.value) == ["HABITAT DES COMBES ET VALLONS"])
        #expect(guide.partners.map(\.value) == ["LE RELAIS DU BIEF"])
    }

    /// An order of size of any people a participle says are helped, a few words apart.
    @Test func readsAnOrderOfSizeOfPeopleHelped() throws {
        for line in ["- Une trentaine d'aînés accompagnés chaque année", "- Une trentaine de retraités vivant seuls, suivis à domicile chaque année"] {
            let brochure = try Fixtures.record("\(line)\n- 41 200 € par an\n")
            let households = try #require(brochure.households?.value, "\(line)")
            #expect((households.min, households.max, households.per, households.approximate) == (24, 36, .year, true), "\(line)")
        }
    }

    /// Houses are dwellings, under a label of their own; so are `Logis mobilisables` (but a
    /// landlord's name, `Logis du Berry`, heads no label), their count opening the value.
    @Test func readsHousesAsDwellings() throws {
        let fiche = try Fixtures.record("""
            Familles à reloger : 5
            Pavillons adaptés livrés : 5 (du T3 au T4), sur une parcelle de 3 100 m²

            """)
        #expect(fiche.housingUnits?.value.min == 5)
        let guide = try Fixtures.record("Public\tJeunes\nMénages concernés : 24 jeunes Logis mobilisables : 16 (10 studios, 6 T2)\n")
        #expect(guide.housingUnits?.value.min == 16)
    }

    /// A count of new tenants beside those kept housed says both; so do the phrases below.
    @Test func readsBothModesFromTheirCounts() throws {
        for line in [
            "Ménages suivis, par an : 10 locataires suivis en maintien et 3 entrées accompagnées, soit 13 ménages par an",
            "Foyers concernés par an : 20, soit 6 ménages entrants et 14 locataires déjà en place",
            "Nous proposons, pour l’accès comme pour le maintien dans le logement, un suivi à domicile.",
        ] {
            let form = try Fixtures.record("Intitulé : Un seuil\n\(line)\n")
            #expect(form.mode?.value == .accessAndMaintenance, "\(line)")
        }
    }

    /// A first lease, young people leaving child welfare, people leaving a shelter: access.
    @Test func readsAccessFromAFirstLease() throws {
        for phrase in ["un premier bail au nom du jeune", "des jeunes sortants de l'ASE", "des personnes prêtes à quitter une structure collective"] {
            let page = try Fixtures.record("Le projet propose \(phrase), avec un suivi d'un an.\n")
            #expect(page.mode?.value == .access, "\(phrase)")
        }
    }

    /// A length on a figures line, with its dates in parentheses, or of the partner's presence;
    /// labels asking `combien de temps` or naming the years.
    @Test(arguments: [
        ("- Une cinquantaine de locataires suivis chaque année\n- 2 ans (octobre 2019 – septembre 2021)\n", 24),
        ("- 10 familles relogées\n- 30 mois de présence de l'association\n", 30),
        ("Public\tLocataires en place\nCombien de temps, et quand\tDeux ans, renouvelables une fois\n", 24),
        ("**Années où l'action a tourné :** 2016 → 2019\n", 36),
    ])
    func readsLengthsInFiguresAndQuestions(text: String, months: Int) throws {
        #expect(try Fixtures.record(text).duration?.value.months == months)
    }

    /// An unknown label's value that a contact's label follows in its cell is told by its own
    /// shape (`2 ans renouvelable`), not by the contact's address after it.
    @Test func readsAnUnknownLabelsValueBeforeAGluedContact() throws {
        let guide = try Fixtures.record("""
            Public\tLocataires en place
            Bornes de l'opération\t2 ans renouvelable une fois Contact : Jean PERROT - j.perrot@val-habitat.fr

            """)
        #expect(guide.duration?.value.months == 24)
        #expect(guide.contacts.compactMap(\.value.email) == ["j.perrot@val-habitat.fr"])
    }

    /// A value that opens saying there is none gives none, whatever stock follows.
    @Test func readsNoDwellingsAfterNone() throws {
        let guide = try Fixtures.record("""
            Public\tLocataires en place
            Logements prêts à l'emploi\tAucun logement mobilisé ; le bailleur possède 1 240 logements sur la commune.
            Ménages suivis\t35 par an

            """)
        #expect(guide.households?.value.min == 35)
        #expect(guide.housingUnits == nil)
        #expect(guide.carriers.isEmpty)
    }

    /// `Quartiers` ask for the territory; a social button's counter (`J'aime (14)`) is no place
    /// with its département; the agency of a landlord (`L'agence gère …`) names no landlord.
    @Test func readsNeighbourhoodsAndLeavesButtonsAndAgencies() throws {
        let fiche = try Fixtures.record("**Quartiers d'intervention :** Nîmes (Pissevin, Valdegour), Gard\n")
        #expect(fiche.territory?.value.value == "Nîmes (Pissevin, Valdegour), Gard")
        let page = try Fixtures.record("""
            <html><body><h1>Un pas d'avance</h1><p>L'agence gère 3 902 logements dans le secteur.</p>
            <div><button>J'aime (14)</button> <span>218 vues</span></div></body></html>
            """, format: .html)
        #expect(page.title?.value == "Un pas d'avance")
        #expect(page.territory == nil)
        #expect(page.carriers.isEmpty)
    }

    /// A label that ends asking for a name (`Projet présenté sous le nom`) asks for the title.
    @Test func readsATitleAskedAsAName() throws {
        let form = try Fixtures.record("Projet présenté sous le nom : Un toit sur le causse\nBailleur : Causses Habitat\n")
        #expect(form.title?.value == "Un toit sur le causse")
    }

    /// The writer of a sheet (`Fiche rédigée par …`, then a parenthesis with an address) is no
    /// contact of the project.
    @Test func leavesTheSheetsWriter() throws {
        let sheet = try Fixtures.record("""
            CONTACT POUR L'ACTION

            Maëlle GUYON, responsable du service social, Océan Habitat
            m.guyon@ocean-habitat.fr – 02 51 00 00 00

            Fiche rédigée par le service habitat de la communauté de communes
            (Paul RIOU, chargé de mission – habitat@cc-exemple.fr)

            """)
        #expect(sheet.contacts.compactMap(\.value.email) == ["m.guyon@ocean-habitat.fr"])
    }

    /// A sentence in a table's first column (an expected result) labels nothing.
    @Test func readsNoLabelFromASentenceCell() throws {
        let table = try Fixtures.record("""
            Intitulé\tUn seuil
            Les partenaires coordonnent leurs interventions.\t4 comités techniques par an

            """)
        #expect(table.title?.value == "Un seuil")
        #expect(table.partners.isEmpty)
    }

    /// A social network's handle (`@relais@mastodon.example`) is no address.
    @Test func leavesASocialNetworksHandle() throws {
        let thread = try Fixtures.record("""
            Le Relais du Canal @relais@mastodon.example · 12 mars 2019
            Écrire à notre coordinatrice : lea.morel@relais-canal.fr

            """)
        #expect(thread.contacts.compactMap(\.value.email) == ["lea.morel@relais-canal.fr"])
    }

    /// `Ce que l'on appelle le projet` asks for the title; `Bourgs où l'on intervient` for
    /// the territory; shared flats (`Colocations réservées`) are dwellings.
    @Test func readsASheetsPlainQuestions() throws {
        let sheet = try Fixtures.record("""
            Ce que l’on appelle le projet : « Une porte, un appui »
            Bourgs où l’on intervient : Mauléon et Nueil-les-Aubiers (79)
            Colocations réservées : 7 T3 meublés

            """)
        #expect(sheet.title?.value == "Une porte, un appui")
        #expect(sheet.territory?.value.value == "Mauléon et Nueil-les-Aubiers (79)")
        #expect(sheet.housingUnits?.value.min == 7)
    }

    /// A year's cost restated mid-sentence after the total (`…, c'est-à-dire 46 215 € par an`);
    /// a grant restated so is no cost.
    @Test func readsAYearsCostRestatedAfterTheTotal() throws {
        let form = try Fixtures.record("L'action revient à 96 300 € sur trois ans, c'est-à-dire 32 100 € par an pour 12 ménages.\n")
        #expect(form.cost?.value.perYear == 32100)
        let grant = try Fixtures.record("La subvention sollicitée est de 60 000 € sur deux ans, soit 30 000 € par an.\n")
        #expect(grant.cost?.value.perYear == nil)
    }

    /// A label's value that another label follows in its cell is as long as its own part: a
    /// short period before `Contact :` outranks a paragraph under another label of its field.
    @Test func measuresAValueToTheNextLabel() throws {
        let guide = try Fixtures.record("""
            Public\tLocataires en place
            Déroulement de l'accompagnement\tDeux conseillères ; diagnostic en trois semaines, plan d'action signé avec le ménage, revue mensuelle des situations.
            Calendrier prévu par les porteurs\tDu 1er juillet 2019 au 30 juin 2022 Contact : Karim DOUADI - k.douadi@exemple-habitat.fr

            """)
        #expect(guide.duration?.value.months == 36)
    }

    /// A town magazine: its masthead's mailbox (`accueil@mairie-…`) above the article is no
    /// contact, whichever address comes first; `Le budget, 98 200 euros sur deux ans, …` is
    /// the cost.
    @Test func readsATownMagazinesArticle() throws {
        let magazine = try Fixtures.record("""
            Mairie de Saint-Priest-Taurion – Tél. 05 55 00 00 00 – accueil@mairie-spt.fr

            Depuis la rentrée, quatre familles ont emménagé au Clos des Saules. Le budget, 84 300 euros sur deux ans, est pris en charge par le FNAVDL.
            Anne Vidal, qui coordonne l’action, répond aux familles au 05 55 00 00 01 ou à a.vidal@limousin-habitat.fr.

            """)
        #expect(magazine.contacts.compactMap(\.value.email) == ["a.vidal@limousin-habitat.fr"])
        #expect(magazine.cost?.value.total == 84300)
    }

    /// A landlord's legal form in parentheses after its name is dropped; an audit's `Périmètre`
    /// that names no place (no capital, no code) is no territory.
    @Test func readsAnAuditMemosFields() throws {
        let memo = try Fixtures.record("""
            Périmètre : conventions, pièces de dépense, tableaux de suivi des familles.
            Bailleur audité : Val d’Agly Résidences (entreprise sociale pour l’habitat)
            Communes : Rivesaltes et Espira-de-l’Agly (Pyrénées-Orientales)

            """)
        #expect(memo.carriers.map(\.value) == ["Val d'Agly Résidences"])
        #expect(memo.territory?.value.value == "Rivesaltes et Espira-de-l'Agly (Pyrénées-Orientales)")
    }

    /// A label offering both modes and `les deux` (`Accès / maintien / les deux`) asks for
    /// the mode; an event's mailbox (`webinaires@`) beside people's addresses is none of theirs.
    @Test func readsAWebinarsModeAndContacts() throws {
        let guide = try Fixtures.record("""
            Public\tMères seules
            Accès / maintien / les deux :\tLes deux

            """)
        #expect(guide.mode?.value == .accessAndMaintenance)
        let transcript = try Fixtures.record("""
            [00:31:50] Animatrice : pour revoir la séance, écrivez à webinaires@reseau-exemple.org.
            10:32  De Lise Haas à Tout le monde : Lise Haas – lise.haas@sundgau-habitat.fr

            """)
        #expect(transcript.contacts.compactMap(\.value.email) == ["lise.haas@sundgau-habitat.fr"])
    }

    /// What a project planned (`prévoyait de suivre 26 locataires âgés chaque année`) outranks
    /// what it achieved, told later (`Sur les deux années, 30 personnes sont entrées…`).
    @Test func readsWhatAProjectPlanned() throws {
        let fiche = try Fixtures.record("""
            - **Combien :** le dispositif prévoyait de suivre 16 locataires âgés chaque année sur les deux communes.

            Sur les deux années, 30 personnes sont entrées dans un logement.

            """)
        let households = try #require(fiche.households?.value)
        #expect((households.min, households.per) == (16, .year))
    }
}

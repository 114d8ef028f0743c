import Dossier
import Testing

/// Which of several values read in prose a record keeps, and the titles of pages that name
/// them otherwise: wordings first met in blind sets 59 to 62, in texts of our own.
@Suite("Extract: weighing prose candidates")
struct CandidateWeightTests {
    /// A length under a year is one household's (`pendant trois mois`), not the project's,
    /// even when its rule is the more confident: the figure line's 30 months stand.
    @Test func weighsALengthUnderAYearHalf() throws {
        let brochure = try Fixtures.record("""
            LA DÉMARCHE
            - Visites à domicile pendant quatre mois, puis tous les quinze jours
            - Un point avec le bailleur à la fin du sixième mois

            EN BREF
            - 14 familles accueillies chaque année
            - Engagement pris pour 30 mois

            """)
        #expect(brochure.duration?.value.months == 30)
        #expect(brochure.alternatives["duration"]?.map(\.text) == ["quatre mois"])
    }

    /// A length that two places state (a cost `sur deux ans`, a period of 24 months) outweighs
    /// a more confident one stated once.
    @Test func weighsALengthStatedTwiceAboveOneStatedOnce() throws {
        let brochure = try Fixtures.record("""
            Chaque locataire est accueilli en bail glissant durant quatre mois avant le bail à son nom.

            LES REPÈRES
            - 16 ménages accompagnés sur deux ans
            - Budget : 64 212 € sur deux ans
            - De mars 2018 à fin février 2020

            """)
        #expect(brochure.duration?.value.months == 24)
    }

    /// A count over 500 in prose is a landlord's tenants rather than the project's
    /// households; an order of size of the households stands.
    @Test func weighsALandlordsTenantsBelowTheHouseholds() throws {
        let brochure = try Fixtures.record("""
            EN CHIFFRES
            - Une trentaine de familles suivies en trois ans
            - 42 317 € par an
            - 2 184 locataires du bailleur à Plérin et Pordic

            """)
        let households = try #require(brochure.households?.value)
        #expect(households.min == 24 && households.max == 36 && households.approximate && households.per == .total)
    }

    /// A fiche whose first heading names it (`FICHE ACTION`) has its title in the next one.
    @Test func readsTheTitleUnderAFichesOwnHeading() throws {
        let fiche = try Fixtures.record("""
            ## FICHE ACTION

            ### UN JARDIN AVANT LES CLÉS

            ## Contexte

            Des familles sortent d'un centre d'hébergement.

            """)
        #expect(fiche.title?.value == "UN JARDIN AVANT LES CLÉS")
        #expect(fiche.title?.evidence.rule == "title.fiche-heading")
    }

    /// A fiche's first heading may give the name after a dash, unless what follows is a place
    /// (a département, or a town the fiche writes with its code) or the programme's words; a heading that names the programme (`Programme « … »`, `« 10
    /// 000 logements Hlm accompagnés » – session 2016`, `Programme « … » – fiche de
    /// capitalisation`) is passed over, and a place after the name's dash is left out.
    @Test func readsAFichesTitleBesideItsKindAndPlace() throws {
        let titles = try [
            "# Fiche action – Un jardin avant les clés\n\n## Contexte\n\nDes familles sortent d'un foyer.\n",
            "# Fiche d'opération – Aveyron\n\n## Un jardin avant les clés\n\n### Contexte\n\nDes familles sortent d'un foyer.\n",
            "# Fiche action – Logements accompagnés\n\n## Un jardin avant les clés\n\n### Contexte\n\nDes familles sortent d'un foyer.\n",
            "# Fiche projet\n\n## Programme « 10 000 logements HLM accompagnés »\n\n### Un jardin avant les clés – Millau (12)\n\n## Contexte\n\nDes familles sortent d'un foyer.\n",
            "# Fiche d'opération\n\n## « 10 000 logements Hlm accompagnés » – session 2016\n\n### Un jardin avant les clés\n\n**Lieu :** Millau\n",
            // The programme named after the fiche's kind, or the fiche's kind after the programme.
            "# Fiche action — Programme 10 000 logements HLM accompagnés\n\n### Un jardin avant les clés\n\n**Lieu :** Millau\n",
            "# Programme « 10 000 logements HLM accompagnés » – fiche de capitalisation\n\n### Un jardin avant les clés\n\n**Lieu :** Millau\n",
            // The call or the programme named above the fiche's own heading.
            "# Appel à projets « 10 000 logements HLM accompagnés »\n\n## Fiche de synthèse – Aveyron\n\n### UN JARDIN AVANT LES CLÉS\n\n**Lieu :** Millau\n",
            "## Programme « 10 000 logements HLM accompagnés »\n\n# Fiche descriptive\n\n### UN JARDIN AVANT LES CLÉS\n\n**Lieu :** Millau\n",
            // The kind of fiche after the dash, with its year.
            "# Fiche projet – Retour d'expérience 2019\n\n## Un jardin avant les clés\n\n**Lieu :** Millau\n",
            // A town after the dash that the fiche writes as a place elsewhere.
            "# Fiche action – Millau\n\n## Un jardin avant les clés\n\n**Lieu :** Millau (12)\n",
            // … first of a list of towns, with its département's name.
            "# Fiche action – Millau\n\n## Un jardin avant les clés\n\n**Lieu :** Millau et Rodez (Aveyron)\n",
            // A land's one word over a heading of several.
            "# Fiche d'opération – Lévézou\n\n### UN JARDIN AVANT LES CLÉS\n\n**Lieu :** Millau\n",
        ].map { try Fixtures.record($0).title?.value.capitalized }
        #expect(titles == Array(repeating: "Un Jardin Avant Les Clés", count: 13))
    }

    /// A name in guillemets after `Le projet :` in a list, or after a participle that names the
    /// operation a few words further on (`une opération retenue par …, baptisée « … »`).
    @Test func readsAProjectsNameInGuillemetsAfterItsWord() throws {
        let jury = try Fixtures.record("""
            # Conseil de quartier des Tanneurs – compte rendu

            - **Le projet** : « Une clé près du canal », un accompagnement au moment d'emménager pour des ménages qui sortent d'un foyer ;
            - **les ménages** : 14 par an.

            """, format: .markdown)
        #expect(jury.title?.value == "Une clé près du canal")
        let bulletin = try Fixtures.record("""
            # Lettre de l'observatoire du logement

            Sarthe Foyers conduit une opération retenue par l'appel à projets national, baptisée « Le pas de la porte ».

            """, format: .markdown)
        #expect(bulletin.title?.value == "Le pas de la porte")
        let leaflet = try Fixtures.record("""
            La direction a présenté au comité d'entreprise du 3 mars le projet « Un toit pour
            repartir », retenu par le programme national. Nous voulons en parler avec vous.

            """)
        #expect(leaflet.title?.value == "Un toit pour repartir")
        let newsletter = try Fixtures.record("""
            Bonne nouvelle : le bailleur et l'association viennent de lancer « Un toit près du canal », retenu au titre du programme national.

            """)
        #expect(newsletter.title?.value == "Un toit près du canal")
    }

    /// A page whose `title` names it before its site's name (`… | Passerelles du Causse`) has
    /// its title in the heading that opens with that name, past a site's `<h1>` and other
    /// headings of its level, and past a sentence that a label's head word opened; a heading
    /// that goes on after a dash keeps the name alone.
    @Test func readsAPagesTitleInTheHeadingItsTitleNames() throws {
        let post = try Fixtures.record("""
            <html><head><title>Un bail pour les jeunes du Causse | Passerelles du Causse – association</title></head>
            <body><header><h1><a href="/">Passerelles du Causse</a></h1></header>
            <article><h1 class="entry-title">Un bail pour les jeunes du Causse</h1>
            <p>L'opération relève du maintien dans le logement : personne ne déménage.</p>
            <h1>Contact</h1><p>Anne Lorieux</p></article></body></html>
            """, format: .html)
        #expect(post.title?.value == "Un bail pour les jeunes du Causse")
        #expect(post.title?.evidence.rule == "title.page-title")
        let page = try Fixtures.record("""
            <html><head><title>Kaz Lanmou - présentation du projet - Carnet des actions</title></head>
            <body><h2>Kaz Lanmou – présentation du projet</h2><h2>Les chiffres</h2><p>Douze familles par an.</p></body></html>
            """, format: .html)
        #expect(page.title?.value == "Kaz Lanmou")
    }

    /// A page with no `<h1>` (a CMS that heads its article with an `<h2>`) has its title in
    /// its first heading when no other heading shares its level; a rubric further down named
    /// `Fiche technique` is no fiche's heading.
    @Test func readsAPagesTitleInItsOnlyTopHeading() throws {
        let article = try Fixtures.record("""
            <html><body><div class="item-page"><h2 itemprop="headline">Un bail pour repartir : des jeunes sortis de l'ASE à Niort</h2>
            <h3>Pourquoi ce projet ?</h3><p>Des jeunes quittent l'aide sociale à l'enfance sans logement.</p>
            <h3>Contact</h3><p>Anne Lorieux</p></div></body></html>
            """, format: .html)
        #expect(article.title?.value == "Un bail pour repartir : des jeunes sortis de l'ASE à Niort")
        let page = try Fixtures.record("""
            <html><body><h1>Habiter près du port</h1><h2>Fiche technique</h2><p>Bailleur : Rade Habitat</p>
            <h2>Pourquoi ce projet</h2><p>Des marins retraités vivent seuls.</p></body></html>
            """, format: .html)
        #expect(page.title?.value == "Habiter près du port")
    }

    /// A page heading's news update after its name (`: où en est le projet de …`, `: le projet
    /// revoit ses chiffres`, `: le projet ajusté après un an`), or a subtitle about the project
    /// itself (`: notre projet anti-expulsions à …`), is no part of the title.
    @Test func leavesAHeadingsNewsUpdateOutOfTheTitle() throws {
        for update in ["où en est le projet de Millau ?", "le projet millavois revoit ses chiffres", "le projet ajusté après un an", "notre projet anti-expulsions à Millau"] {
            let page = try Fixtures.record("""
                <html><body><h1>Un toit au causse : \(update)</h1><p>Causse Habitat loue des studios à des jeunes.</p></body></html>
                """, format: .html)
            #expect(page.title?.value == "Un toit au causse", "\(update)")
        }
    }

    /// A fiche's heading that adds the town after a comma (`Le Pas du Gardon, à Anduze`) gives
    /// the name without it, when the name's own label is not read (blind sets 545 to 554); a
    /// town inside the name stays. Counts of the landlord's or the town's social housing in
    /// its list are no dwellings of the project.
    @Test func readsAFichesHeadingWithoutThePlaceAddedToIt() throws {
        let fiche = try Fixtures.record("""
            # Le Pas du Gardon, à Anduze

            **Nom gardois de l'action :** Le Pas du Gardon
            **Foyers suivis :** 18 ménages

            ## Anduze, quelques repères

            - 318 logements de l'office dans la commune
            - 612 logements sociaux, dont 287 gérés par l'office

            """, format: .markdown)
        #expect(fiche.title?.value == "Le Pas du Gardon")
        #expect(fiche.housingUnits == nil)
        let named = try Fixtures.record("# Un toit à Anduze\n\n**Foyers suivis :** 18 ménages\n", format: .markdown)
        #expect(named.title?.value == "Un toit à Anduze")
        let kept = try Fixtures.record("# Le Pas du Gardon\n\n- 12 logements du bailleur leur sont réservés chaque année\n", format: .markdown)
        #expect(kept.housingUnits?.value.min == 12)
        // (A town's social housing `sur la commune` or `sur la communauté de communes`, the
        // landlord's `appartenant à l'office` or `que l'office loue`: blind sets 583 to 616.)
        for line in [
            "- 262 logements sociaux sur la commune", "- 312 logements appartenant à l'office à Selles",
            "- 338 appartements que l'office loue à Villedieu", "- 162 logements sociaux sur la communauté de communes",
        ] {
            let stock = try Fixtures.record("# Le Pas du Gardon\n\n**Foyers suivis :** 18 ménages\n\n## Repères\n\n\(line)\n", format: .markdown)
            #expect(stock.housingUnits == nil, "\(line)")
        }
    }

    /// A count that one phrase reads as a whole and another, as sure, by the year from the
    /// same words (`Chaque année, 8 ménages de la commune sont suivis`) is by the year.
    @Test func weighsAYearlyReadingOfTheSameCountAboveTheWhole() throws {
        let notice = try Fixtures.record("Chaque année, 8 ménages de la commune sont suivis à domicile par une travailleuse sociale.\n")
        #expect(notice.households?.value.min == 8)
        #expect(notice.households?.value.per == .year)
    }
}

import Dossier
import Testing

/// Layouts and wordings first met in blind sets 16 to 20, in texts of our own.
@Suite("Extract: layouts and wordings")
struct LayoutAndWordingTests {
    /// A form whose labels run over two lines, the value after the colon or on the line after.
    @Test func readsLabelsSplitOverTwoLines() throws {
        let form = try Fixtures.record("""
            Présentation synthétique du projet
            Communes et quartiers
            où se tient l'action :
            Dole et Tavaux (Jura)
            Organisme Hlm qui dépose
            la demande (statut) :
            Doubs Jura Habitat (OPH)
            Nombre de ménages suivis
            au cours de chaque année : 14
            Logements mis
            à disposition chaque année :
            6, en diffus
            Période de la convention
            envisagée :
            du 1er mars 2016 au 28 février 2019

            """)
        #expect(form.territory?.value.value == "Dole et Tavaux (Jura)")
        #expect(form.carriers.map(\.value) == ["Doubs Jura Habitat"])
        #expect(form.households?.value.min == 14 && form.households?.value.per == .year)
        #expect(form.housingUnits?.value.min == 6 && form.housingUnits?.value.per == .year)
        #expect(form.duration?.value.months == 36)
    }

    /// A figures table with its column headings, a year's budget beside the whole, and a label
    /// that a phrase of the line before opens.
    @Test func readsAFiguresTable() throws {
        let fiche = try Fixtures.record("""
            ## FICHE PROJET

            ### UN TOIT AU BORD DU CANAL

            | Libellé | Valeur |
            |---|---|
            | Foyers suivis par an | 11 |
            | Budget d'une année de suivi | 28 600 € |
            | Coût total sur trois ans | 85 800 € |

            """)
        #expect(fiche.title?.value == "UN TOIT AU BORD DU CANAL")
        #expect(fiche.households?.value.min == 11 && fiche.households?.value.per == .year)
        #expect(fiche.cost?.value.perYear == 28_600 && fiche.cost?.value.total == 85_800)
        // The side taken from the other label keeps its evidence.
        #expect(fiche.alternatives["cost"]?.contains { $0.text == "85 800 €" } == true)
        // A works budget beside the year's running cost is another cost.
        let works = try Fixtures.record("""
            Coût annuel de fonctionnement : 31 000 €
            Coût des travaux d'adaptation : 140 000 €

            """)
        #expect(works.cost?.value.perYear == 31_000 && works.cost?.value.total == nil)
        let monograph = try Fixtures.record("""
            Dole, Jura\tMères isolées logées : 9 sur la durée du projet Logements réservés : 4, du T2 au T3 en diffus Type de parcours : Accès au logement

            """)
        #expect(monograph.households?.value.min == 9)
        #expect(monograph.housingUnits?.value.min == 4)
        #expect(monograph.mode?.value == .access)
    }

    /// A landlord's stock under a label of its own dwellings is none of the project's; the
    /// dwellings the landlord gives are.
    @Test func tellsALandlordsStockFromTheProjectsDwellings() throws {
        let stock = try Fixtures.record("""
            Logements du bailleur\t5 640 logements, dont 900 en centre-ville
            Logements apportés par le bailleur\t7 par an

            """)
        #expect(stock.housingUnits?.value.min == 7 && stock.housingUnits?.value.per == .year)
        let given = try Fixtures.record("""
            Logements du bailleur\t12 logements du T1 au T3

            """)
        #expect(given.housingUnits?.value.min == 12)
    }

    /// Carriers named by a letterhead, by a board's minutes, by `porté par`, with a legal
    /// form after the name, or with an association whose name holds `et`.
    @Test func readsCarriersInTheirManyWordings() throws {
        let minutes = try Fixtures.record("""
            JURA LOGIS (OPH)
            Le conseil d'administration de Jura Logis s'est réuni le 3 mars 2015. L'Office gère 4 800 logements.

            """)
        #expect(minutes.carriers.map(\.value) == ["JURA LOGIS"])
        let letter = try Fixtures.record("""
            Le projet est porté par Doubs Jura Habitat avec l'appui de l'association Les Trois Rivières.

            """)
        #expect(letter.carriers.map(\.value) == ["Doubs Jura Habitat"])
        let form = try Fixtures.record("""
            Porteurs : Doubs Jura Habitat, OPH du Jura, et l'association Saône et Doubs Solidarité

            """)
        #expect(form.carriers.map(\.value) == ["Doubs Jura Habitat"])
        #expect(form.partners.map(\.value) == ["Saône et Doubs Solidarité"])
        let page = try Fixtures.record("""
            <html><body><h1>Un logement près du canal</h1>
            <h3>Organisme qui conduit le projet</h3><p>Doubs Jura Habitat</p>
            </body></html>
            """, format: .html)
        #expect(page.carriers.map(\.value) == ["Doubs Jura Habitat"])
    }

    /// Prose of minutes and letters: a conditional verb, a total over the whole convention, a
    /// count in words after `objectif de`, a start with a length, the State's officer left out.
    @Test func readsMinutesAndLetters() throws {
        let minutes = try Fixtures.record("""
            L'action se déroulerait sur vingt-quatre mois. Dix ménages accéderont ainsi à un logement.
            Le budget annuel nécessaire est évalué à 21 000 €, soit 42 000 € sur toute la convention.

            """)
        #expect(minutes.duration?.value.months == 24)
        #expect(minutes.mode?.value == .access)
        #expect(minutes.cost?.value.perYear == 21_000 && minutes.cost?.value.total == 42_000)
        let letter = try Fixtures.record("""
            De : Paul Girod <p.girod@jura.gouv.fr>
            À : Anne Vuillet <a.vuillet@doubs-jura-habitat.fr>

            Nous visons un objectif de douze ménages accompagnés chaque année, pour les aider à rester dans leur logement.
            Nous proposons de démarrer le 4 avril 2016, pour deux années.

            """)
        #expect(letter.households?.value.min == 12 && letter.households?.value.per == .year)
        #expect(letter.mode?.value == .maintenance)
        #expect(letter.duration?.value.months == 24)
        #expect(letter.contacts.compactMap(\.value.email) == ["a.vuillet@doubs-jura-habitat.fr"])
    }

    /// An interview told in words (blind set 18): a landlord that `est un office public`, a cost
    /// the project `coûtait`, restated with `donc` and `pour chaque ménage`, households `sur les
    /// trois ans`, a period that runs `jusqu'en`, a visit schedule that is no duration, a mode
    /// denied, and a title label whose value opens with a quoted name.
    @Test func readsAnInterview() throws {
        let interview = try Fixtures.record("""
            Projet évoqué : « Porte ouverte », Vesoul Habitat et l'association Le Lien, Vesoul, Haute-Saône
            Jeanne Marlot — Vesoul Habitat est un office public. On visait vingt ménages sur les trois ans.
            Le travailleur social passe toutes les semaines pendant deux mois.
            Le projet coûtait quatre-vingt-dix mille euros sur les trois ans, donc trente mille euros par an, ce qui revenait à quatre mille cinq cents euros pour chaque ménage.
            On a démarré en mars 2016, et la convention courait jusqu'en février 2019. On ne suit pas nos locataires déjà en place.
            C'est un projet de relogement.

            """)
        #expect(interview.title?.value == "Porte ouverte")
        #expect(interview.carriers.map(\.value) == ["Vesoul Habitat"])
        #expect(interview.households?.value.min == 20 && interview.households?.value.per == .total)
        #expect(interview.cost?.value.total == 90_000 && interview.cost?.value.perYear == 30_000 && interview.cost?.value.perHousehold == 4_500)
        #expect(interview.duration?.value.months == 36)
        #expect(interview.mode?.value == .access)
    }

    /// A page's answers: `L'objectif est de …`, a total `pour l'ensemble d'une convention`, a
    /// landlord named with its legal form after `Le projet est porté par`.
    @Test func readsAnAnswersPage() throws {
        let page = try Fixtures.record("""
            <html><body><h1>Rester chez soi à Lure</h1>
            <p>Le projet est porté par Haute-Saône Logis, office public de l'habitat, avec l'association La Clairière.</p>
            <p>L'objectif est de quinze locataires suivis chaque année. Le dispositif ne concerne pas les nouveaux entrants.</p>
            <p>Le budget s'élève à 45 000 € par an, soit 135 000 € pour l'ensemble d'une convention de trois ans.</p>
            <p>Il s'adresse aux locataires déjà en place.</p>
            </body></html>
            """, format: .html)
        #expect(page.carriers.map(\.value) == ["Haute-Saône Logis"])
        #expect(page.households?.value.min == 15 && page.households?.value.per == .year)
        #expect(page.cost?.value.perYear == 45_000 && page.cost?.value.total == 135_000)
        #expect(page.mode?.value == .maintenance)
    }

    /// A newspaper article (blind set 19): a partnership `entre le bailleur X et l'association
    /// Y`, an objective with its verb, a start then `financé pour trente mois`, a cost told in
    /// words and restated per year further on, an action `baptisée « … »`; and a landlord
    /// named as it `qui gère … logements`, with a legal form after its name elsewhere.
    @Test func readsANewspaperArticle() throws {
        let article = try Fixtures.record("""
            Derrière ce changement, un partenariat entre le bailleur Ognon Habitat et l'association Les Prés Verts.
            Les familles relogées grâce à l'action baptisée « Un pas de porte » signent un bail à leur nom.
            L'objectif est de reloger une quinzaine de familles chaque année.
            Lancé en mai 2016, le dispositif est financé pour trente-six mois. Son coût total atteint cent quatre-vingt mille euros sur cette période, soit soixante mille euros par an.
            Ognon Habitat a réservé vingt logements dans ses résidences.
            Contact lecteurs : Lise Perrin, Ognon Habitat, l.perrin@ognon-habitat.fr
            © La Gazette du Val – redaction@gazetteduval.fr

            """)
        #expect(article.carriers.map(\.value) == ["Ognon Habitat"])
        #expect(article.partners.map(\.value) == ["Les Prés Verts"])
        #expect(article.title?.value == "Un pas de porte")
        #expect(article.households?.value.min == 12 && article.households?.value.max == 18 && article.households?.value.per == .year)
        #expect(article.duration?.value.months == 36)
        #expect(article.cost?.value.total == 180_000 && article.cost?.value.perYear == 60_000)
        #expect(article.housingUnits?.value.min == 20)
        #expect(article.contacts.compactMap(\.value.email) == ["l.perrin@ognon-habitat.fr"])
        let report = try Fixtures.record("""
            Ognon Habitat, qui gère 3 200 logements, s'associe aux services de soins. L'association Les Prés Verts, qui gère 40 places, suit les ménages.
            Porteur : Ognon Habitat, société d'économie mixte
            Ramené à l'année, le suivi revient à 30 000 € par an, pour de nouveaux locataires.
            Coût total : 90 000 €

            """)
        #expect(report.carriers.map(\.value) == ["Ognon Habitat"])
        #expect(report.cost?.value.total == 90_000 && report.cost?.value.perYear == 30_000)
        #expect(report.mode?.value == .access)
    }

    /// A form's first and last day given apart, a past `pendant plus de deux ans` that is no
    /// duration, and a landlord's name of two words joined by `et` before its legal form
    /// (blind set 20).
    @Test func readsAFormsDaysAndANameWithEt() throws {
        let form = try Fixtures.record("""
            Bailleur qui porte l'action : Doubs et Loue Habitat (SA d'HLM)
            Public : des personnes qui ont vécu à la rue pendant plus de deux ans.
            Premier jour de l'action : 4 mai 2016 ; dernier jour : 3 mai 2019.

            """)
        #expect(form.carriers.map(\.value) == ["Doubs et Loue Habitat"])
        #expect(form.duration?.value.months == 36)
    }

    /// Brochure figure lines: a total `sur l'ensemble de l'action`, money `consacrés au
    /// projet`, a length `à compter de` a month, a convention from one day to another.
    @Test func readsBrochureFigureLines() throws {
        let brochure = try Fixtures.record("""
            EN CHIFFRES

            - 61 200 € engagés sur l'ensemble de l'action
            - Vingt-quatre mois à compter de mars 2017

            """)
        #expect(brochure.cost?.value.total == 61_200)
        #expect(brochure.duration?.value.months == 24)
        let from = try Fixtures.record("""
            EN CHIFFRES

            - Deux ans, à partir de mars 2017

            """)
        #expect(from.duration?.value.months == 24)
        let other = try Fixtures.record("""
            EN CHIFFRES

            - 48 900 € consacrés au projet, tous financeurs confondus
            - Convention conclue du 6 avril 2016 au 5 avril 2019

            """)
        #expect(other.cost?.value.total == 48_900)
        #expect(other.duration?.value.months == 36)
    }

    /// A speech: the project named inside a sentence, the landlord known by what it manages,
    /// the towns the action covers, dwellings given to it in words, the year's cost restated
    /// after `c'est-à-dire`, both publics in prose, and a service's mailbox beside a person's.
    @Test func readsASpeech() throws {
        let speech = try Fixtures.record("""
            LOGIS DU VAL D'ARGENT
            Pose de la première pierre, Saint-Amand-Montrond – vendredi 9 mars 2018
            Discours de la directrice générale

            Mesdames et Messieurs,

            Voici trois ans naissait une démarche que nous avons baptisée « Pas de porte fermée », avec l'association Le Relais du Cher.
            Elle aide des familles qui sortent de foyer à réussir leur entrée dans un logement, mais aussi des ménages qui sont déjà nos locataires et qui risquent de perdre leur logement.
            L'action couvre Saint-Amand-Montrond et Dun-sur-Auron, dans le Cher. Huit logements de notre parc lui sont réservés.
            Son coût atteint quatre-vingt-dix mille euros pour les trois ans, c'est-à-dire trente mille euros par an.
            Logis du Val d'Argent gère un peu plus de quatre mille logements dans le département.
            Notre chargée de mission, Aurore Lemercier, vous répondra : a.lemercier@logis-valargent.fr.
            Pour les questions d'organisation : communication@logis-valargent.fr

            """)
        #expect(speech.title?.value == "Pas de porte fermée")
        #expect(speech.carriers.map(\.value) == ["Logis du Val d'Argent"])
        #expect(speech.territory?.value.value == "Saint-Amand-Montrond et Dun-sur-Auron, dans le Cher")
        #expect(speech.territory?.value.departments == ["18"])
        #expect(speech.housingUnits?.value.min == 8)
        #expect(speech.cost?.value.total == 90_000 && speech.cost?.value.perYear == 30_000)
        #expect(speech.mode?.value == .accessAndMaintenance)
        #expect(speech.contacts.compactMap(\.value.email) == ["a.lemercier@logis-valargent.fr"])
    }

    /// A count under a question with its explanation after a comma, a cost `par exercice`
    /// after `donc`, figure lines of follow-up and of support for the whole project, a
    /// platform's support mailbox under a phrase, and towns then a département ending a line.
    @Test func readsShortLabelsAndFigureLines() throws {
        let fiche = try Fixtures.record("""
            Porteur : Foyer Berrichon
            Combien : 12 familles par an, orientées par le service social du Département et par le CCAS.
            L'action coûte donc 27 900 € par exercice.
            Contact : Marc Delaunay, m.delaunay@foyer-berrichon.fr
            Aide en ligne de la plateforme : support-dossiers@depot-aap.example

            """)
        #expect(fiche.households?.value.min == 12 && fiche.households?.value.per == .year)
        #expect(fiche.cost?.value.perYear == 27_900)
        #expect(fiche.contacts.compactMap(\.value.email) == ["m.delaunay@foyer-berrichon.fr"])
        let brochure = try Fixtures.record("""
            EN QUELQUES NOMBRES

            - 96 300 € d'accompagnement pour l'ensemble du projet
            - 30 mois de suivi après l'emménagement

            """)
        #expect(brochure.cost?.value.total == 96_300)
        #expect(brochure.duration?.value.months == 30)
        let interview = try Fixtures.record("""
            Projet dont il est question : « Un seuil à franchir », Val de Cher Habitat et l'association Horizon, Vierzon et Mehun-sur-Yèvre, Cher
            Lors de l'entretien, elle nous a parlé du quotidien des familles et de l'équipe.

            """)
        #expect(interview.territory?.value.value == "Vierzon et Mehun-sur-Yèvre, Cher")
        #expect(interview.territory?.value.departments == ["18"])
    }

    /// A funding agreement in articles: the action named in guillemets after `l'action`, a
    /// convention that `prend effet le … et s'achève le …`, a total cost `arrêté à` after a
    /// long subject; a form's quoted title with a colon of its own.
    @Test func readsAFundingAgreement() throws {
        let agreement = try Fixtures.record("""
            CONVENTION DE FINANCEMENT

            relative à l'action « Toit et voisinage – suivre les locataires après un sinistre »

            Article 3 – Durée
            La présente convention prend effet le 2 mai 2017 et s'achève le 1er mai 2019.

            Article 4 – Coût
            Le coût total de l'action, frais de structure compris, est arrêté à 98 460 €. La subvention de l'État s'élève à 39 384 €, soit 40 % de ce coût.

            """)
        #expect(agreement.title?.value == "Toit et voisinage – suivre les locataires après un sinistre")
        #expect(agreement.duration?.value.months == 24)
        #expect(agreement.cost?.value.total == 98_460)
        let form = try Fixtures.record("""
            Titre choisi par les partenaires : « Chez soi : un bail, un voisin, un référent »
            Ménages suivis : 18

            """)
        #expect(form.title?.value == "Chez soi : un bail, un voisin, un référent")
    }

    /// A guide's cell whose last label asks the mode with both options in its wording, a long
    /// label with elisions, a period alone on a figure line, and a condition of months that is
    /// no duration.
    @Test func readsModeCellsLongLabelsAndPeriodLines() throws {
        let monograph = try Fixtures.record("""
            Vichy (03)	Locataires suivis pendant l'action : une vingtaine Entrée dans un logement ou tenue du bail : Maintien dans le logement

            """)
        #expect(monograph.mode?.value == .maintenance)
        let row = try Fixtures.record("""
            Jeunes mis à l'abri puis logés à l'année, par an :	7

            """)
        #expect(row.households?.value.min == 7 && row.households?.value.per == .year)
        let brochure = try Fixtures.record("""
            L'intervenante reste en lien jusqu'à ce que le loyer soit payé pendant trois mois d'affilée.

            POUR MESURER L'ACTION

            - 25 ménages accompagnés par an
            - D'avril 2018 à septembre 2020

            """)
        #expect(brochure.duration?.value.months == 30)
    }

    /// A progress report: its own period under a label is no project's duration, the action
    /// `conduite par` its landlord after its quoted name, a count that `doivent être
    /// accompagnées chaque année`, dwellings `sont réservés à l'action` after an apposition,
    /// and a length the action `court sur`.
    @Test func readsAProgressReport() throws {
        let report = try Fixtures.record("""
            Rapport d'étape n° 2
            Période couverte par le présent rapport : 1er mars 2018 – 28 février 2019

            L'action « Un toit après la rue » est conduite par Saône Doubs Habitat avec l'association Le Fil. D'après la convention, douze personnes doivent être accompagnées chaque année. Sept logements, surtout des T1 et des T2 près de la gare, sont réservés à l'action.
            L'action a démarré le 1er mars 2017 ; elle court sur trois ans.

            """)
        #expect(report.carriers.map(\.value).first == "Saône Doubs Habitat")
        #expect(report.households?.value.min == 12 && report.households?.value.per == .year)
        #expect(report.housingUnits?.value.min == 7)
        #expect(report.duration?.value.months == 36)
    }

    /// A news post's key figures: a range under a label that says who is helped each year,
    /// a year's cost `sur douze mois` beside the whole; a brochure's figures after a label
    /// that opens a paragraph with a helpline number; `Depuis 2018, pour trois ans`; a
    /// landlord's stock that its value names; a yearly count whose label says `sur une année`.
    @Test func readsKeyFiguresAndParagraphLabels() throws {
        let post = try Fixtures.record("""
            Seniors suivis chaque année	de 20 à 24
            Dépense sur douze mois	41 800 €
            Dépense pour trois ans	125 400 €
            Le parc concerné	Les 4 250 logements du bailleur dans la commune ; aucun n'est réservé.

            """)
        #expect(post.households?.value.min == 20 && post.households?.value.max == 24 && post.households?.value.per == .year)
        #expect(post.cost?.value.perYear == 41_800 && post.cost?.value.total == 125_400)
        #expect(post.housingUnits == nil)
        let brochure = try Fixtures.record("""
            Les femmes accueillies :
            Femmes victimes de violences dans le couple, orientées par la gendarmerie, le service social ou le 3919.

            EN QUELQUES NOMBRES

            - 11 femmes relogées chaque année
            - Depuis 2018, pour trois ans

            """)
        #expect(brochure.households?.value.min == 11 && brochure.households?.value.per == .year)
        #expect(brochure.duration?.value.months == 36)
        let form = try Fixtures.record("""
            Ménages accompagnés sur une année : 15, tous nouveaux entrants

            """)
        #expect(form.households?.value.min == 15 && form.households?.value.per == .year)
    }

    /// A site-visit report's head and prose, and a tracking tool's rows: the action named in
    /// guillemets, the structures met with their roles, a place under a label no pack knows,
    /// tenants kept housed each year, flats the landlord reserved, the first and last days
    /// under labels of their own.
    @Test func readsAVisitReportAndARegister() throws {
        let visit = try Fixtures.record("""
            COMPTE RENDU DE VISITE
            Action visitée : « Rester chez soi après l'hôpital »
            Structures rencontrées : Cher Habitat (bailleur) et Le Phare berruyer (association)
            Secteur parcouru : Saint-Florent-sur-Cher et communes voisines (Cher)
            L'action doit permettre de maintenir dans leur logement quatorze locataires par an. Deux ont déjà emménagé dans l'un des six appartements que le bailleur a réservés.

            """)
        #expect(visit.title?.value == "Rester chez soi après l'hôpital")
        #expect(visit.carriers.map(\.value) == ["Cher Habitat"])
        #expect(visit.partners.map(\.value) == ["Le Phare berruyer"])
        #expect(visit.territory?.value.departments == ["18"])
        #expect(visit.households?.value.min == 14 && visit.households?.value.per == .year)
        #expect(visit.housingUnits?.value.min == 6)
        let register = try Fixtures.record("""
            Date de début	01/10/2017
            Date de fin	30/09/2019
            Coût annuel (€)	18 300

            """)
        #expect(register.duration?.value.months == 24)
    }

    /// A guide's mode asked as a choice in other words, a yearly range under a label that
    /// says who is housed, a form's budget table totalled over months and restated by the
    /// year after `Soit`, a checkbox answer that names no place, and a landlord that `loue`
    /// its dwellings.
    @Test func readsChoicesTotalsAndCheckboxes() throws {
        let monograph = try Fixtures.record("""
            Vierzon (18)	Sortants relogés chaque année : 4 à 6 Nouvel arrivant ou locataire en place : Les deux

            """)
        #expect(monograph.mode?.value == .accessAndMaintenance)
        #expect(monograph.households?.value.min == 4 && monograph.households?.value.max == 6)
        let placed = try Fixtures.record("""
            Hébergés logés chaque année :	5 à 7
            Nouvel arrivant ou locataire en place :	Locataire en place

            """)
        #expect(placed.households?.value.per == .year)
        #expect(placed.mode?.value == .maintenance)
        let form = try Fixtures.record("""
            Communes concernées : Aubigny-sur-Nère (Cher)
            ou relevant des publics du plan départemental du Territoire de Belfort : oui FORMCHECKBOX
            	Total des coûts sur 24 mois

            64 800 €

            Soit 32 400 € par année de fonctionnement.

            """)
        #expect(form.territory?.value.value == "Aubigny-sur-Nère (Cher)")
        #expect(form.cost?.value.total == 64_800 && form.cost?.value.perYear == 32_400)
        let letter = try Fixtures.record("""
            Sologne Habitat, qui loue 3 410 logements dans le département, a accepté de réserver cinq logements. L'action commencerait en mars 2017 et durerait deux ans.

            """)
        #expect(letter.carriers.map(\.value) == ["Sologne Habitat"])
        #expect(letter.duration?.value.months == 24)
    }

    /// A press release: its headline opens with the project's name in guillemets, its figures
    /// run in the text, and the passages about the organisations and the press contact give
    /// none of the project's values (the landlord they describe is still its carrier).
    @Test func readsAPressRelease() throws {
        let release = try Fixtures.record("""
            COMMUNIQUÉ DE PRESSE

            « Un seuil, une clé » : Loire Forez Habitat ouvre ses studios aux apprentis

            Sur les deux ans de l'opération, 30 jeunes en bénéficieront. Douze logements sont réservés à cet effet.

            Pour toute question, s'adresser à Élodie Marcoux, e.marcoux@loireforez-habitat.fr.

            À propos de Loire Forez Habitat
            L'office Loire Forez Habitat gère 6 120 logements et accompagne chaque année 540 ménages.

            Contact presse
            Service communication – presse@loireforez-habitat.fr

            """)
        #expect(release.title?.value == "Un seuil, une clé")
        #expect(release.carriers.map(\.value) == ["Loire Forez Habitat"])
        #expect(release.households?.value.min == 30)
        #expect(release.housingUnits?.value.min == 12)
        #expect(release.contacts.compactMap(\.value.email) == ["e.marcoux@loireforez-habitat.fr"])
    }

    /// A notice's box that opens `À propos de` the project (`À PROPOS DE VOS VOISINS : « LE
    /// RELAIS »`, blind set 546) tells of the project, not of an organisation: its values count.
    @Test func readsABoxAboutTheProjectItself() throws {
        let notice = try Fixtures.record("""
            AVIS AUX LOCATAIRES
            Remplacement des boîtes aux lettres le 6 mars 2017.

            À PROPOS DE VOS VOISINS : « LE RELAIS »
            Sauge Habitat et l'association Le Gué mènent une action appelée « Le Relais » : 6 ménages
            sont accueillis chaque année dans 4 logements. Coût de l'action : 70 120 € pour l'ensemble.
            Contact : Lina MARTY, l.marty@sauge-habitat.fr

            """)
        #expect(notice.title?.value == "Le Relais")
        #expect(notice.households?.value.min == 6)
        #expect(notice.housingUnits?.value.min == 4)
        #expect(notice.cost?.value.total == 70_120)
        #expect(notice.contacts.compactMap(\.value.email) == ["l.marty@sauge-habitat.fr"])
    }

    /// A guide whose number stands alone in its cell, the title and the place on the row
    /// under it, and whose section of statistics, numbered in running case, ends the last
    /// monograph; a bare count under a short label that names households.
    @Test func readsANumberAloneAndASectionInRunningCase() throws {
        let guide = Fixtures.document("""
            **ROANNE HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE TREMPLIN**\t\t**7.2.1.**\t
            **DES CLÉS POUR LES JEUNES ACTIFS**\t\tRoanne (42)\tJeunes logés : environ 20 par an
            Budget\t21 600 € par an

            7.3. Quelques chiffres du cahier

            Public\tNombre\tMénages
            Jeunes\t4\t120

            """, format: .text)
        let records = ExtractionTests.extractor.extract(guide).filter { $0.kind == .project }
        #expect(records.map(\.section) == ["7.2.1"])
        let monograph = try #require(records.first)
        #expect(monograph.title?.value == "DES CLÉS POUR LES JEUNES ACTIFS")
        #expect(monograph.territory?.value.value == "Roanne (42)")
        #expect(monograph.households?.value.min == 20 && monograph.households?.value.per == .year)
        let short = try Fixtures.record("""
            Aînés visités\t15

            """)
        #expect(short.households?.value.min == 15)
    }

    /// A DDT's review note: the name after the file's reference, the file carried by `l'office
    /// public de l'habitat X et Y`, the action `localisée à`, the planned yearly volume, and a
    /// total restated `en trois ans`.
    @Test func readsAReviewNote() throws {
        let note = try Fixtures.record("""
            NOTE D'INSTRUCTION
            Dossier : n° 03-2017-02, « Chez soi après le foyer à Montluçon »

            Le dossier est porté par l'office public de l'habitat Cher et Allier Habitat, qui en assure le pilotage. L'action est localisée à Montluçon.
            Le volume prévu est de 11 ménages accompagnés par an.
            Le coût de fonctionnement est évalué à 40 200 € par an, soit 120 600 € en trois ans.

            """)
        #expect(note.title?.value == "Chez soi après le foyer à Montluçon")
        #expect(note.carriers.map(\.value) == ["Cher et Allier Habitat"])
        #expect(note.territory?.value.value == "Montluçon")
        #expect(note.households?.value.min == 11 && note.households?.value.per == .year)
        #expect(note.cost?.value.perYear == 40_200 && note.cost?.value.total == 120_600)
    }

    /// Fields run together on one line, where a count is glued to the next label; a name that
    /// a label says the action goes by; the mode said in parentheses or by who stays housed;
    /// a length alone on a figures line.
    @Test func readsGluedFieldsNamesAndModeWords() throws {
        let form = try Fixtures.record("""
            Nom sous lequel l'action est présentée : « Le fil entre voisins »
            Nom de l'association porteuse du projet : « Les Amarres »
            Foyers à suivre sur les deux années : 26 Logements dédiés à l'action : aucun, les foyers restent dans leur appartement
            Objet : aider des locataires âgés à garder dans leur logement leurs habitudes (maintien)

            """)
        #expect(form.title?.value == "Le fil entre voisins")
        #expect(form.households?.value.min == 26)
        // `26 Logements` runs into the next label: no dwellings are counted.
        #expect(form.housingUnits == nil)
        #expect(form.mode?.value == .maintenance)
        let figures = try Fixtures.record("""
            QUELQUES CHIFFRES

            Douze ménages accompagnés par an
            41 200 € par an
            24 mois

            """)
        #expect(figures.duration?.value.months == 24)
    }

    /// The national fund's name (`Fonds national d'accompagnement vers et dans le logement`)
    /// says nothing of the project's mode; keeping tenants housed said as support in their
    /// home does.
    @Test func readsTheModeBesideTheFundsName() throws {
        let release = try Fixtures.record("""
            L'office ouvre six studios à des jeunes qui quittent un foyer : pour eux, l'accès à un logement à leur nom reste rare.
            L'action est soutenue par le Fonds national d'accompagnement vers et dans le logement (FNAVDL) à hauteur de 45 %.

            """)
        #expect(release.mode?.value == .access)
        let agreement = try Fixtures.record("""
            L'action associe le relogement de locataires âgés dans des logements de plain-pied et le soutien des autres dans leur logement actuel.
            Elle est financée par le Fonds national d'accompagnement vers et dans le logement.

            """)
        #expect(agreement.mode?.value == .accessAndMaintenance)
    }

    /// A landlord's memo to its board: the letterhead in capitals names the carrier, the
    /// project `porterait sur` its households, dwellings `seraient réservés dans le
    /// patrimoine`, the towns where the office's dwellings stand; a support that lasts some
    /// months `en moyenne` is one household's, not the project's.
    @Test func readsABoardMemo() throws {
        let memo = try Fixtures.record("""
            AUXOIS SUD HABITAT
            Office public de l'habitat

            NOTE AUX ADMINISTRATEURS

            Nous gérons 3 410 logements et logeons environ 7 200 personnes.
            Le projet concernerait les logements de l'office situés à Semur-en-Auxois et Montbard et porterait sur une douzaine de locataires par an.
            Trois logements meublés seraient réservés dans le patrimoine de l'office pour accueillir les ménages pendant les travaux.
            Le suivi dure en moyenne quatre mois. L'action débuterait le 1er mars 2018 et durerait trois ans.

            """)
        #expect(memo.carriers.map(\.value) == ["AUXOIS SUD HABITAT"])
        #expect(memo.territory?.value.value == "Semur-en-Auxois et Montbard")
        #expect(memo.households?.value.min == 10 && memo.households?.value.max == 14 && memo.households?.value.per == .year)
        #expect(memo.housingUnits?.value.min == 3)
        #expect(memo.duration?.value.months == 36)
    }

    /// A wiki page: its box names the call the project answers in guillemets (no title), gives
    /// the period twice (one period, not two added), and the whole cost, whose year the prose
    /// gives beside the same total.
    @Test func readsAWikiPage() throws {
        let page = try Fixtures.record("""
            <html><body>
            <h1>Le Relais des Combes</h1>
            <table class="infobox">
            <tr><th colspan="2">Projet « 10 000 logements HLM accompagnés »</th></tr>
            <tr><th>Bailleur</th><td>Combes Habitat</td></tr>
            <tr><th>Période du projet</th><td>avril 2018 – mars 2021</td></tr>
            <tr><th>Coût sur trois ans</th><td>97 200 €<sup class="reference"><a href="#note-1">[1]</a></sup></td></tr>
            </table>
            <p>Le projet a été retenu au titre du programme national « 10 000 logements HLM accompagnés ».</p>
            <p>Le projet coûte 97 200 € pour ses trois années, soit 32 400 € par an.</p>
            <table><tr><th>Période couverte par la convention</th><td>du 1er avril 2018 au 31 mars 2021</td></tr></table>
            </body></html>
            """, format: .html)
        #expect(page.title?.value == "Le Relais des Combes")
        #expect(page.duration?.value.months == 36)
        #expect(page.cost?.value.total == 97_200 && page.cost?.value.perYear == 32_400)
    }

    /// A form's budget table, then the year's cost in a sentence that opens with the year.
    @Test func readsAYearsCostThatOpensItsSentence() throws {
        let form = try Fixtures.record("""
            Total général des dépenses
            118 800 €
            Sur une année, le projet représente une dépense de 39 600 €.

            """)
        #expect(form.cost?.value.total == 118_800 && form.cost?.value.perYear == 39_600)
    }

    /// A selection committee's opinion: the file `déposée par` its landlord, a count of
    /// families `au total` to be supported, and a grid of marks (`Qualité de
    /// l'accompagnement : 4`) that counts no one.
    @Test func readsACommitteesOpinion() throws {
        let opinion = try Fixtures.record("""
            AVIS DU COMITÉ DE SÉLECTION

            Le comité a examiné la candidature déposée par Vallée Verte Habitat pour une action menée à Chinon.
            Vingt-quatre familles au total doivent être accompagnées, soit huit chaque année.

            Chaque critère est noté sur 5.
            - Pertinence du public : 4
            - Qualité de l'accompagnement proposé : 3

            """)
        #expect(opinion.carriers.map(\.value) == ["Vallée Verte Habitat"])
        #expect(opinion.households?.value.min == 24 && opinion.households?.value.per == .total)
    }

    /// A brochure's figure lines that open with `Environ` and a renewable length; a form's
    /// landlord under `Société d'HLM qui porte l'action`, its name under `Nom sous lequel
    /// l'opération est suivie`.
    @Test func readsAboutCountsRenewableLengthsAndFormLabels() throws {
        let figures = try Fixtures.record("""
            QUELQUES REPÈRES

            Environ 35 locataires âgés accompagnés chaque année
            Environ 2 100 personnes logées par le bailleur
            Trois années, reconductibles

            """)
        #expect(figures.households?.value.min == 35 && figures.households?.value.per == .year)
        #expect(figures.duration?.value.months == 36 && figures.duration?.value.renewable == true)
        let form = try Fixtures.record("""
            Nom sous lequel l'opération est suivie : Un seuil à franchir
            Société d'HLM qui porte l'action : Gâtine Logis, SA d'HLM

            """)
        #expect(form.title?.value == "Un seuil à franchir")
        #expect(form.carriers.map(\.value) == ["Gâtine Logis"])
    }

    /// A letter's period that starts then `s'achever` (not only `s'achève`), a cost for a few
    /// months beside its year's `en année pleine`, a name a `projet commun` was given.
    @Test func readsEndsYearsAndNamedProjects() throws {
        let letter = try Fixtures.record("""
            Nous portons un projet commun que nous avons appelé « Porte ouverte ».
            Coût prévu : 72 000 € pour 18 mois (48 000 € en année pleine)
            Le projet démarrerait le 1er juin 2017 pour s'achever le 31 mai 2020.

            """)
        #expect(letter.title?.value == "Porte ouverte")
        #expect(letter.cost?.value.total == 72_000 && letter.cost?.value.perYear == 48_000)
        #expect(letter.duration?.value.months == 36)
    }

    /// A year's cost restated `pour la totalité de l'action`; an answer that picks both of a
    /// choice label's options in words of its own; a total under `Dépenses, total`; keeping
    /// `la locataire` in her home.
    @Test func readsTotalitiesBothAnswersAndTotalsLines() throws {
        let row = try Fixtures.record("""
            Coût prévu : 36 300 € par an, soit 108 900 € pour la totalité de l'action
            Arrivant ou déjà locataire : Arrivée et maintien

            """)
        #expect(row.cost?.value.perYear == 36_300 && row.cost?.value.total == 108_900)
        #expect(row.mode?.value == .accessAndMaintenance)
        let budget = try Fixtures.record("""
            Dépenses, total
            93 600 €

            """)
        #expect(budget.cost?.value.total == 93_600)
        let prose = try Fixtures.record("""
            L'action veut maintenir la locataire dans son logement après le départ du conjoint.

            """)
        #expect(prose.mode?.value == .maintenance)
    }

    /// An outside evaluation: the action named in guillemets at a line's start, the landlord
    /// that `s'est engagé à proposer` dwellings, a `durée allant du … au …` beside a rhythm of
    /// visits `au moins pendant trois mois`, the authors' address (no contact), and a kind of
    /// household denied after its phrase.
    @Test func readsAnEvaluationReport() throws {
        let report = try Fixtures.record("""
            RAPPORT D'ÉVALUATION

            Action « Un pied dans la vallée » : du foyer au logement
            Rédigé par Anne VIDAL, chargée d'évaluation (contact@vidal-etudes.fr)

            Durance Logis s'est engagé à proposer des logements de son parc à Sisteron.
            Une rencontre par semaine au moins pendant trois mois, puis un suivi allégé.
            Le dossier prévoit une durée allant du 2 mai 2017 au 1er mai 2020.
            L'action vise l'accès au logement : les locataires déjà en place n'en relèvent pas.
            Pour toute question : Marc ROUX, m.roux@durance-logis.fr

            """)
        #expect(report.title?.value == "Un pied dans la vallée")
        #expect(report.carriers.map(\.value) == ["Durance Logis"])
        #expect(report.duration?.value.months == 36)
        #expect(report.contacts.compactMap(\.value.email) == ["m.roux@durance-logis.fr"])
        #expect(report.mode?.value == .access)
    }

    /// A job offer: the recruitment address and the wage are neither contact nor cost; the
    /// households `seront suivis chaque année` in an order of size.
    @Test func readsAJobOffer() throws {
        let offer = try Fixtures.record("""
            OFFRE D'EMPLOI

            Une quinzaine de ménages seront suivis chaque année à Lunéville.
            Vous travaillerez avec la référente du projet chez le bailleur, Julie MARCHAL (j.marchal@vezouze-habitat.fr).
            Rémunération : 2 150 € brut mensuel
            Candidatures à Madame la Directrice, Hélène PETIT, par courriel à recrutement@asso-vezouze.org.

            """)
        #expect(offer.households?.value.min == 12 && offer.households?.value.max == 18 && offer.households?.value.per == .year)
        #expect(offer.cost == nil)
        #expect(offer.contacts.compactMap(\.value.email) == ["j.marchal@vezouze-habitat.fr"])
    }

    /// An open-data record: field names (`duree_mois`, `nb_menages` and its description,
    /// `cout_total` with its unit in parentheses) label the values.
    @Test func readsAnOpenDataRecord() throws {
        let page = try Fixtures.record("""
            <html><body><table>
            <tr><th><code>nb_menages</code><br><span>Ménages accompagnés, total sur toute la période du projet</span></th><td>33</td></tr>
            <tr><th><code>duree_mois</code></th><td>30</td></tr>
            <tr><th><code>cout_total</code><br><span>Coût prévisionnel (€)</span></th><td>88500</td></tr>
            </table></body></html>
            """, format: .html)
        #expect(page.households?.value.min == 33 && page.households?.value.per == .total)
        #expect(page.duration?.value.months == 30)
        #expect(page.cost?.value.total == 88_500)
    }

    /// Form labels: a title that holds a colon, a quoted name with its subtitle, start and end
    /// dates under labels of their own, a long question with `qu'il`, a total `en tout`, and
    /// a choice answered with an option's word in the plural.
    @Test func readsTitlesWithColonsAndLongQuestions() throws {
        let fiche = try Fixtures.record("""
            Nom retenu par les porteurs : Le Lien : une clé, un voisin
            Ménages qu'il est prévu de suivre chaque année : 18
            Budget : 41 000 € par an, soit 123 000 € en tout
            Public entrant ou déjà locataire : Locataires de l'office
            Date de mise en route : 2 octobre 2017
            Date de fin du projet : 1er octobre 2020

            """)
        #expect(fiche.title?.value == "Le Lien : une clé, un voisin")
        #expect(fiche.households?.value.min == 18 && fiche.households?.value.per == .year)
        #expect(fiche.cost?.value.total == 123_000 && fiche.cost?.value.perYear == 41_000)
        #expect(fiche.mode?.value == .maintenance)
        #expect(fiche.duration?.value.months == 36)
        let form = try Fixtures.record("""
            Appellation du projet : « Chez nous » : accès et maintien accompagnés

            """)
        #expect(form.title?.value == "Chez nous : accès et maintien accompagnés")
    }

    /// A portal's labels: the organisation's `Dénomination`, a count whose cell says `(par an)`;
    /// a cost cell that gives the year and the whole under labels of their own; an answer that
    /// repeats both options of a choice; a landlord described in lowercase after its name.
    @Test func readsPortalLabelsAndCostSides() throws {
        let form = try Fixtures.record("""
            Dénomination de l'organisme	Vosges Sud Habitat, propriétaire et gestionnaire des résidences
            Ménages accompagnés (par an)	9
            Coût inscrit à la convention	Coût par an : 44 100 € ; coût total : 132 300 €
            Public entrant ou locataire en place	Entrants et locataires en place

            """)
        #expect(form.carriers.map(\.value) == ["Vosges Sud Habitat"])
        #expect(form.title == nil)
        #expect(form.households?.value.min == 9 && form.households?.value.per == .year)
        #expect(form.cost?.value.perYear == 44_100 && form.cost?.value.total == 132_300)
        #expect(form.mode?.value == .accessAndMaintenance)
    }

    /// A guide's monograph whose number stands alone after a carrier line in two bold halves,
    /// its title with a subtitle after a colon on the row below.
    @Test func readsAMonographTitledWithAColonBelowItsNumber() throws {
        let guide = Fixtures.document("""
            **VAL DE LOIR HABITAT EN PARTENARIAT AVEC**
            **L'ASSOCIATION LE GUÉ**		**6.1.2.**	
            HABITER APRÈS L'HÔPITAL : UN SUIVI AU LONG COURS
            		Vendôme (41)	Ménages suivis : 14 par an

            """, format: .text)
        let records = ExtractionTests.extractor.extract(guide).filter { $0.kind == .project }
        #expect(records.map(\.section) == ["6.1.2"])
        #expect(records.first?.title?.value == "HABITER APRÈS L'HÔPITAL : UN SUIVI AU LONG COURS")
        #expect(records.first?.carriers.map(\.value) == ["VAL DE LOIR HABITAT"])
    }

    /// A landlord's answers to the instructor, in prose: the `dossier « … »` of the subject line,
    /// the volume `retenu`, dwellings `du parc existant seront réservés chaque année à l'action`,
    /// the year's cost that the project `mobilisera`, then `un coût global de`.
    @Test func readsAnswersToTheInstructor() throws {
        let letter = try Fixtures.record("""
            Objet : dossier « Vivre au bourg » – réponses à vos questions

            Le volume retenu est de 15 ménages par an.
            Dix logements du parc existant seront réservés chaque année à l'action.
            Chaque année, le projet mobilisera 47 100 €, ce qui représente un coût global de 141 300 € pour les trois années.

            """)
        #expect(letter.title?.value == "Vivre au bourg")
        #expect(letter.households?.value.min == 15 && letter.households?.value.per == .year)
        #expect(letter.housingUnits?.value.min == 10 && letter.housingUnits?.value.per == .year)
        #expect(letter.cost?.value.perYear == 47_100 && letter.cost?.value.total == 141_300)
    }

    /// A brochure's figure line that is a period from a month to a month, and a form's year
    /// cost restated `Ce qui représente … en moyenne par année`.
    @Test func readsMonthPeriodLinesAndAverageYears() throws {
        let figures = try Fixtures.record("""
            REPÈRES

            Octobre 2018 – septembre 2021

            """)
        #expect(figures.duration?.value.months == 36)
        let form = try Fixtures.record("""
            Total des dépenses
            129 600 €
            Ce qui représente 43 200 € en moyenne par année.

            """)
        #expect(form.cost?.value.total == 129_600 && form.cost?.value.perYear == 43_200)
    }

    /// A fiche whose first line ends with the name in guillemets after a dash, and a label's
    /// quoted name with a subtitle after a dash.
    @Test func readsQuotedNamesAfterAndBeforeDashes() throws {
        let fiche = try Fixtures.record("""
            FICHE ACTION – « Voisins de palier »

            Bailleur porteur : Cèze Habitat

            """)
        #expect(fiche.title?.value == "Voisins de palier")
        let form = try Fixtures.record("""
            Titre du projet : « Premier bail » – accompagner les jeunes sortant de foyer

            """)
        #expect(form.title?.value == "Premier bail – accompagner les jeunes sortant de foyer")
    }

    /// The towns where the dwellings stand name the territory (`des logements de son parc
    /// diffus à Lure, Luxeuil et Melisey`), not a count of the landlord's stock.
    @Test func readsTheTownsOfTheDwellings() throws {
        let report = try Fixtures.record("""
            Le bailleur gère 2 140 logements locatifs, dont 900 à Vesoul.
            Il s'est engagé à proposer des logements de son parc diffus à Lure, Luxeuil et Melisey.

            """)
        #expect(report.territory?.value.value == "Lure, Luxeuil et Melisey")
    }

    /// A spreadsheet's rows whose labels hold a length (`Coût sur 12 mois`, `Coût total 3 ans`):
    /// labels still, their values beside them.
    @Test func readsLabelsThatHoldALength() throws {
        let sheet = try Fixtures.record("""
            <html><body><table>
            <tr><td>Coût sur 12 mois</td><td>29 100 €</td></tr>
            <tr><td>Coût total 3 ans</td><td>87 300 €</td></tr>
            </table></body></html>
            """, format: .html)
        #expect(sheet.cost?.value.perYear == 29_100 && sheet.cost?.value.total == 87_300)
    }

    /// An association's activity report: the project led `avec l'office X`, dwellings the office
    /// `réserve chaque année`; the programme's name counts no dwellings, nor do dwellings a
    /// team `a signalé`; a landlord named with its association under a label no pack knows.
    @Test func readsAnActivityReport() throws {
        let report = try Fixtures.record("""
            RAPPORT D'ACTIVITÉ

            Depuis 2018, l'association mène avec l'office Adour Landes Habitat le projet « Un toit à Tartas ».
            L'office réserve chaque année cinq logements à des personnes orientées par l'association.
            En 2017, les gardiens ont signalé une vingtaine de logements très encombrés.
            Tags : 10 000 logements HLM accompagnés

            """)
        #expect(report.carriers.map(\.value) == ["Adour Landes Habitat"])
        #expect(report.housingUnits?.value.min == 5 && report.housingUnits?.value.per == .year)
        let fiche = try Fixtures.record("""
            **Qui s'associe :** Born Logement, avec l'association L'Escale

            """)
        #expect(fiche.carriers.map(\.value) == ["Born Logement"])
        #expect(fiche.partners.map(\.value) == ["L'Escale"])
    }

    /// Figure lines of a year's cost that open with the year or say it with a participle, and a
    /// board note's funder with its share in parentheses, which is no cost.
    @Test func readsYearsCostLinesAndFundersShares() throws {
        let opening = try Fixtures.record("""
            EN CHIFFRES

            - Chaque année, 41 250 € de dépenses

            """)
        #expect(opening.cost?.value.perYear == 41_250)
        let participle = try Fixtures.record("""
            EN CHIFFRES

            - 36 900 € dépensés par an

            """)
        #expect(participle.cost?.value.perYear == 36_900)
        let note = try Fixtures.record("""
            Son coût est évalué à 126 000 € sur trois ans, financés comme suit :
            - FNAVDL : 63 000 € (50 %) ;

            """)
        #expect(note.cost?.value.total == 126_000)
    }

    /// A newsletter's key figures as middle-dot bullets (`trois ans, novembre 2017 → octobre
    /// 2020 ;`, `une enveloppe de … pour la période`), access then keeping housed, a launch
    /// followed by its length (`Lancement le 4 avril 2018, pour 24 mois`), and an envelope
    /// that `s'élevait à` its amount beside a gift's.
    @Test func readsANewslettersKeyFiguresAndALaunchsLength() throws {
        let newsletter = try Fixtures.record("""
            Le projet « Une porte ouverte » est mené par Argoat Habitat avec l'association Le Relais du Blavet.

            Ce qu'il faut retenir :
              · 12 ménages reçus chaque année ;
              · trois ans, novembre 2017 → octobre 2020 ;
              · une enveloppe de 64 318 € pour la période, couverte à 60 % par le FNAVDL.

            L'action couvre l'accès puis le maintien dans les lieux des familles.

            """)
        #expect(newsletter.duration?.value.months == 36)
        #expect(newsletter.cost?.value.total == 64_318)
        #expect(newsletter.mode?.value == .accessAndMaintenance)
        let launch = try Fixtures.record("""
            LES CHIFFRES CLÉS
            • 38 ménages au total
            • Lancement le 4 avril 2018, pour 24 mois

            """)
        #expect(launch.duration?.value.months == 24)
        let tribute = try Fixtures.record("""
            Ses collègues lui ont remis une enveloppe de 1 640 € pour son départ.
            Sur trois ans, 26 familles ont été accompagnées. L'enveloppe s'élevait à 96 215 € pour les trois années.

            """)
        #expect(tribute.cost?.value.total == 96_215)
        // A first version's budget gives way to the table's total.
        let form = try Fixtures.record("""
            Budget prévisionnel
            Poste\tMontant
            Accompagnement\t98 000 €
            Frais de structure\t43 260 €
            Total\t141 260 €

            Dans une première version envoyée en avril, le budget s'élevait à 150 800 € ; il a été ajusté avant le dépôt.

            """)
        #expect(form.cost?.value.total == 141_260)
    }

    /// A guide's line labels the mode as an `Orientation`, answered `Accès` or `Les deux`.
    @Test func readsTheModeAsAnOrientation() throws {
        let access = try Fixtures.record("""
            Orientation de l'opération : Accès

            """)
        #expect(access.mode?.value == .access)
        let both = try Fixtures.record("""
            Orientation de l'opération : Les deux

            """)
        #expect(both.mode?.value == .accessAndMaintenance)
        // A title in a few words with `deux` says nothing of the mode.
        let titled = try Fixtures.record("""
            ## FICHE PROJET

            ### DEUX CLÉS

            """)
        #expect(titled.title?.value == "DEUX CLÉS")
        #expect(titled.mode == nil)
    }
}

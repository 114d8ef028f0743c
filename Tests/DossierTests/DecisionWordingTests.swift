import Dossier
import Testing

/// Carriers, titles, places, figures and modes in wordings first met in blind sets 168 to 172
/// (a funder's decision letter, a tenants' FAQ, a newsletter, wiki pages), in texts of our own.
@Suite("Extract: decision and newsletter wordings")
struct DecisionWordingTests {
    /// `en` and a noun with its complement before `avec`, and `d'entente avec`, join a
    /// header's carrier to its partner, so that the carrier's own `ET` splits nothing.
    @Test func splitsAHeaderAtAnAgreementPhrase() throws {
        for phrase in [
            " EN CONTRAT DE COOPÉRATION AVEC", " D'ENTENTE AVEC", " DE PAIR AVEC", " EN MAÎTRISE D'ŒUVRE PARTAGÉE AVEC", " SOLIDAIREMENT AVEC",
            " ET, POUR LE SUIVI,", " ET SON ALLIÉ", " APPUYÉ SUR LE SAVOIR-FAIRE DE", " QUI DÉLÈGUE LE SUIVI À", " FORT DU SOUTIEN DE",
        ] {
            let guide = try Fixtures.record("""
                SAUGE ET COL HABITAT\(phrase) L'ASSOCIATION LE RELAIS DU COL\t\t7.2.1. UN BAIL AU COL

                """)
            #expect(guide.carriers.map(\.value) == ["SAUGE ET COL HABITAT"], "\(phrase)")
            #expect(guide.partners.map(\.value) == ["LE RELAIS DU COL"], "\(phrase)")
        }
    }

    /// A carrier named after `portée par` keeps its `des` and its `de l'` (`Habitat des
    /// Vallées de l'Orbe`), not the first letters of them.
    @Test func readsACarriersNameWithItsArticles() throws {
        let page = try Fixtures.record("Action portée par Habitat des Vallées de l’Orbe avec l’association Le Gué, retenue en 2018.\n")
        #expect(page.carriers.map(\.value) == ["Habitat des Vallées de l'Orbe"])
        let post = try Fixtures.record("Le Gué accompagne, avec le bailleur Logis de la Sauge, des jeunes de dix-huit à vingt-cinq ans.\n")
        #expect(post.carriers.map(\.value) == ["Logis de la Sauge"])
    }

    /// A committee's decision (`a retenu 12 ménages par an`) gives the count, over the one
    /// the file announced; an average restated in its own line (`Ce qui fait en moyenne …
    /// par année`) is the yearly cost.
    @Test func readsACommitteesCountAndARestatedAverage() throws {
        let letter = try Fixtures.record("""
            Votre dossier annonçait 16 ménages suivis chaque année. Le comité a jugé ce volume trop élevé et a retenu 11 ménages par an.

            """)
        let households = try #require(letter.households?.value)
        #expect((households.min, households.max, households.per) == (11, 11, .year))
        let form = try Fixtures.record("""
            Total :
            150 417 €
            Ce qui fait en moyenne 50 139 € par année de fonctionnement.

            """)
        #expect(form.cost?.value.perYear == 50_139)
    }

    /// `Logis` before a participle in lowercase counts dwellings (`Logis rouverts à la
    /// location`); a village of intervention is the territory; a label that gives the action
    /// its name in other words (`Étiquette de l'action`, `Petit nom de l'action`, `Baptisé`)
    /// gives the title.
    @Test func readsLabelsOfDwellingsPlacesAndNames() throws {
        let fiche = try Fixtures.record("""
            Étiquette de l’action : Un hiver au chaud
            Village(s) d’intervention : Le Mazet et hameaux du plateau
            Logis rouverts à la location : 9

            """)
        #expect(fiche.title?.value == "Un hiver au chaud")
        #expect(fiche.territory?.value.value == "Le Mazet et hameaux du plateau")
        #expect(fiche.housingUnits?.value.min == 9)
        for label in ["Petit nom de l’action", "Baptisé", "Nom que le bailleur donne à l’action"] {
            let named = try Fixtures.record("\(label) : « Chez soi en Auge »\nMénages suivis : 8\n")
            #expect(named.title?.value == "Chez soi en Auge", "\(label)")
        }
    }

    /// Under a label no pack knows, a length of time with the contact glued after it is the
    /// duration, and the contact is still read; `la rentrée 2019` opens in September, and
    /// `la fin d'août 2022` closes in August.
    @Test func readsALengthGluedToAContactAndASchoolYearsDates() throws {
        let guide = try Fixtures.record("""
            Jalons de l'opération\t1 an renouvelable deux fois Odile MARTEL - o.martel@sauge-habitat.fr

            """)
        #expect(guide.duration?.value.months == 12)
        #expect(guide.contacts.map(\.value.email) == ["o.martel@sauge-habitat.fr"])
        let fiche = try Fixtures.record("Calendrier : de la rentrée 2019 à la fin d'août 2022\n")
        let duration = try #require(fiche.duration?.value)
        #expect((duration.months, duration.start, duration.end) == (36, "2019-09", "2022-08"))
    }

    /// Figures of households installed are access; staying at home said to a tenant (`vous
    /// restez chez vous`) and a tenant's debt are maintenance.
    @Test func readsModesInAFiguresLineAndInATenantsSheet() throws {
        let section = try Fixtures.record("""
            NOS CHIFFRES
            - 7 familles installées
            - 7 logements rénovés

            """)
        #expect(section.mode?.value == .access)
        let sheet = try Fixtures.record("""
            ### Faut-il déménager ?
            Non, vous restez chez vous : la conseillère vous aide à payer votre dette locative.

            """, format: .markdown)
        #expect(sheet.mode?.value == .maintenance)
    }

    /// A section numbered at the guide's second level ends the last monograph, in a tome
    /// numbered past a hundred too (`173.4. Bilan chiffré`): its table counts nothing of the
    /// project; a numbered part under a head (`3.4.1. Rappel du cadre`) is no place.
    @Test func endsTheLastMonographAtTheStatisticsOfATomePastAHundred() throws {
        let guide = ExtractionTests.extractor.extract(Fixtures.document("""
            COL HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE GUÉ\t\t181.3.3. UN TOIT À GAP
            \t\tGap, Hautes-Alpes
            Logements mobilisés\t5

            SAUGE HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE RELAIS\t\t181.3.4. UN BAIL AU COL
            \t\tBriançon, Hautes-Alpes
            Logements mobilisés\t8
            Habitants suivis au fil de l'action\t30 sur la durée, dont 20 en accès et 10 en maintien

            181.4. Bilan chiffré de la session

            Nature des actions\tActions agréées en comité\tFoyers prévus dans les dossiers agréés\tPart du volume national
            Publics spécifiques (jeunes, aînés)\t11\t573\t22 %
            Ensemble\t37\t2 565\t100 %

            """))
        let monograph = try #require(guide.first { $0.section == "181.3.4" })
        #expect(monograph.households?.value.min == 30)
        #expect(monograph.span.end.line < 10)
        let report = ExtractionTests.extractor.extract(Fixtures.document("""
            3.4. PÔLE LOGEMENT – L'ACTION « UN TOIT À SOI »

            3.4.1. Rappel du cadre

            L'action est conduite à Tulle (Corrèze) avec un bailleur du département.

            """))
        #expect(report.allSatisfy { $0.territory?.value.value != "3.4.1. Rappel du cadre" })
    }

    /// A senator's answer that says what the project provides (`Il prévoit l'accès au
    /// logement de 21 ménages … dans 12 logements du parc existant`).
    @Test func readsTheFiguresAProjectProvides() throws {
        let answer = try Fixtures.record("""
            Le projet « Cap au bail » a été retenu en 2016. Il prévoit l'accès au logement de 19 ménages sortant d'hébergement sur trois ans, dans 11 logements du parc existant remis à disposition au fil des départs.

            """)
        #expect(answer.households?.value.min == 19)
        #expect(answer.housingUnits?.value.min == 11)
    }

    /// Under a column headed `Depuis le comité`, a row's figure is the one that stands; a
    /// label that names the project's partner (`Projet adossé à l'association`) gives no title.
    @Test func readsTheColumnSinceTheCommitteeAndNoPartnerForTitle() throws {
        let page = try Fixtures.record("""
            | Rubrique | Demande initiale | Depuis le comité |
            |---|---|---|
            | Familles suivies | une quinzaine par an | 17 familles par an |
            | Logements réservés | 15 | 11 |

            Projet adossé à l'association : Le Fil d'Ariane

            """, format: .markdown)
        #expect(page.households?.value.min == 17)
        #expect(page.housingUnits?.value.min == 11)
        #expect(page.title?.value != "Le Fil d'Ariane")
    }

    /// A heading over lines of labels and values (`Porteurs`, then `Bailleur : …`) names no
    /// carrier of its own: the lines' labels give them.
    @Test func readsCarriersUnderAHeadingOfLabels() throws {
        let page = try Fixtures.record("""
            ## Porteurs

            - Bailleur : Sauge Habitat
            - Association : Le Relais du Col

            """, format: .markdown)
        #expect(page.carriers.map(\.value) == ["Sauge Habitat"])
        #expect(page.partners.map(\.value) == ["Le Relais du Col"])
    }

    /// A brochure's figure line of months restated (`Juillet 2019 – juin 2021, soit deux
    /// ans`) and a cost's period in parentheses (`… € pour l'action entière (2017-2020)`)
    /// give the duration.
    @Test func readsPeriodsInABrochuresFigureLines() throws {
        let restated = try Fixtures.record("""
            LES REPÈRES
            - 11 locataires accompagnés en tout
            - Mars 2018 – février 2020, soit deux ans

            """)
        #expect(restated.duration?.value.months == 24)
        let inParentheses = try Fixtures.record("""
            LES REPÈRES
            - 7 femmes accompagnées par an
            - 98 310 € pour l'action entière (2018-2021)

            """)
        #expect(inParentheses.duration?.value.months == 36)
    }

    /// Households who enter a home straight from the street (`entrent directement dans un
    /// logement`, `Logement d'abord`) or have never signed a lease are access; a count split
    /// `13 accès, 7 maintiens` is both.
    @Test func readsAccessWordingsAndASplitCount() throws {
        for sentence in [
            "Les personnes orientées par le SIAO entrent directement dans un logement du parc diffus.",
            "LOGEMENT D'ABORD : une équipe mobile suit les personnes à domicile.",
            "À dix-huit ans, ces jeunes n'ont jamais signé de bail.",
        ] {
            let section = try Fixtures.record(sentence + "\n")
            #expect(section.mode?.value == .access, "\(sentence)")
        }
        let form = try Fixtures.record("Ménages suivis : 20 par an (13 accès, 7 maintiens)\n")
        #expect(form.mode?.value == .accessAndMaintenance)
    }

    /// A page's heading that ends on a news update's words (`: où en est-on ?`, `– point
    /// d'étape`; after a comma, a revision's, `, version revue`, `, le projet amendé`) names
    /// the project before them; a subtitle of its own stays, and so does a name with a comma.
    @Test func leavesANewsUpdatesWordsOutOfAPagesTitle() throws {
        for heading in [
            "Un toit au bourg : où en est-on ?", "Un toit au bourg – point d'étape", "Un toit au bourg : des chiffres revus à la hausse",
            "Un toit au bourg, version revue", "Un toit au bourg, le projet amendé", "Un toit au bourg, deuxième acte",
        ] {
            let page = try Fixtures.record("<h1>\(heading)</h1>\n<p>Sauge Habitat accompagne 12 ménages par an.</p>\n", format: .html)
            #expect(page.title?.value == "Un toit au bourg", "\(heading)")
        }
        let page = try Fixtures.record("<h1>Un toit au bourg : un accompagnement pour les nouveaux locataires</h1>\n", format: .html)
        #expect(page.title?.value == "Un toit au bourg : un accompagnement pour les nouveaux locataires")
        let named = try Fixtures.record("<h1>Après la crue, Joigny revoit ses chiffres</h1>\n<p>Sauge Habitat accompagne 12 ménages par an.</p>\n", format: .html)
        #expect(named.title?.value == "Après la crue, Joigny revoit ses chiffres")
    }

    /// A post whose headline tells news names its project in a sentence, set in apposition
    /// (blind sets 508 to 526): the name is the title; words of time that open a sentence
    /// after a label's colon are none.
    @Test func readsAProjectNamedInApposition() throws {
        let cases = [
            ("une action que les voisins ne connaissent pas encore : Les Marches du Ruisseau, menée par Sauge Habitat.", "Les Marches du Ruisseau"),
            ("Sauge Habitat est venu présenter Le Quai des baux neufs, l'action qui loge des jeunes.", "Le Quai des baux neufs"),
            ("La salle est venue parler de « Un toit au bord de l'Yonne », l'action que porte l'office.", "Un toit au bord de l'Yonne"),
        ]
        for (sentence, name) in cases {
            let post = try Fixtures.record("<h1>Dix-sept ménages au lieu de quatorze</h1>\n<p>\(sentence)</p>\n", format: .html)
            #expect(post.title?.value == name, "\(sentence)")
        }
        let fiche = try Fixtures.record("**Intitulé :** Un toit au bourg\n\n**Moyens :** Chaque année, l'action coûte 63 000 €.\n", format: .markdown)
        #expect(fiche.title?.value == "Un toit au bourg")
    }

    /// A post whose headline tells news names its project in a sentence of its own (blind
    /// sets 539 to 546): `Son nom : …`, or a name that opens a sentence saying who carries it;
    /// not the project, the action or a part of it so called, nor words of the line above.
    @Test func readsAProjectNamedByASentence() throws {
        let cases = [
            ("Une petite action dont on parle peu. Son nom : Les Clés du Lot. Le bailleur la mène seul.", "Les Clés du Lot"),
            ("Cahors compte 19 000 habitants. Le Pas de la Barbacane est porté par Sauge Habitat depuis mai.", "Le Pas de la Barbacane"),
        ]
        for (sentence, name) in cases {
            let post = try Fixtures.record("<h1>Au comité de juin, le projet grandit</h1>\n<p>\(sentence)</p>\n", format: .html)
            #expect(post.title?.value == name, "\(sentence)")
        }
        let notes = try Fixtures.record("Ordre du jour\nRappeler que l'action est portée par Sauge Habitat.\nLe cadre\nLe projet est porté par l'office.\n")
        #expect(notes.title == nil)
    }

    /// A post whose headline tells news names its project in bold (blind sets 539 to 557):
    /// after words that name it (`l'action`, `Le projet s'appelle`, `baptisé`), before `est
    /// porté par` or `, montée par`, or in bold words the headline repeats; not bold words of a landlord, a
    /// partner, a person after a role's colon, or a figure.
    @Test func readsAProjectNamedInBold() throws {
        let cases = [
            ("Sauge Habitat porte depuis mai l'action <strong>Le Premier Loquet</strong>, retenue au programme.", "Le Premier Loquet"),
            ("Le projet s'appelle <strong>L'Escale du port</strong>, du nom de l'association.", "L'Escale du port"),
            ("Un projet baptisé <b>Une clé sur la Rivière</b> a vu le jour.", "Une clé sur la Rivière"),
            ("Cahors compte 19 000 habitants. <strong>Le Pas du Lot</strong> est porté par Sauge Habitat.", "Le Pas du Lot"),
            ("Une action fait parler d'elle : <strong>Le Gué du Lot</strong>, montée par Sauge Habitat.", "Le Gué du Lot"),
        ]
        for (sentence, name) in cases {
            let post = try Fixtures.record("<h1>Au comité de juin, dix-sept ménages</h1>\n<p>\(sentence)</p>\n", format: .html)
            #expect(post.title?.value == name, "\(sentence)")
        }
        let repeated = try Fixtures.record("<h1>À Cahors, la Passerelle du Lot voit plus grand</h1>\n<p>L'office <strong>Sauge Habitat</strong> et <strong>La Passerelle du Lot</strong> suivront 17 ménages.</p>\n", format: .html)
        #expect(repeated.title?.value == "La Passerelle du Lot")
        let others = try Fixtures.record("""
            <h1>Au comité de juin, dix-sept ménages</h1>
            <p>L'action suivra <strong>17 ménages</strong> avec <strong>Marne et Suize Habitat</strong>.</p>
            <p>Référente projet : <b>Coralie MARTIN</b>, chargée de projets ; l'association <strong>La Kaz du Lien</strong>.</p>

            """, format: .html)
        #expect(others.title?.value == "Au comité de juin, dix-sept ménages")
    }

    /// A post names its project in bold after a word of launching (`l'agence mène`,
    /// `portent ensemble`), or as the page's only bold name, opening with an article, beside
    /// its revised figures in bold (blind sets 584 to 596); a partner in bold (`avec
    /// <strong>…</strong>`, `l'association <strong>…</strong>`) or a person after a label's
    /// colon is none.
    @Test func readsAProjectNamedInBoldBesideItsFigures() throws {
        let carried = try Fixtures.record("<h1>Au bord du canal, huit clés de plus</h1>\n<p><strong>Lot Habitat</strong> et l'association <strong>Les Halages</strong> portent ensemble <strong>La Passerelle du Lot</strong>, qui aide des jeunes.</p>\n<p>Ce seront <strong>17 ménages</strong>.</p>\n", format: .html)
        #expect(carried.title?.value == "La Passerelle du Lot")
        let only = try Fixtures.record("<h1>Un toit à l'orée du bois : le comité élargit la voilure</h1>\n<p>À Cahors, <strong>L'Orée du Causse</strong> n'est plus seulement le nom d'un quartier.</p>\n<p>L'action suivra <strong>17 ménages</strong>, pour <strong>151 830 €</strong>.</p>\n", format: .html)
        #expect(only.title?.value == "L'Orée du Causse")
        let partner = try Fixtures.record("<h1>Au comité de juin, dix-sept ménages</h1>\n<p>Lancée avec <strong>La Loue Solidaire</strong>, notre opération avance.</p>\n<p>Référente projet : <b>Coralie Martin</b>.</p>\n<p>Elle suivra <strong>21 ménages</strong>.</p>\n", format: .html)
        #expect(partner.title?.value == "Au comité de juin, dix-sept ménages")
    }

    /// A guide's row that holds the place before its first label has that label's value on
    /// the next row, under the place; `Toits mis en jeu` and `Cases attribuées` count dwellings.
    @Test func readsAValueUnderThePlaceAndShortParticiples() throws {
        let guide = ExtractionTests.extractor.extract(Fixtures.document("""
            SAUGE HABITAT EN LIEN AVEC LE GUÉ\t\t172.3.3. UN BAIL AU COL
            \t\tCognac (16)\tJeunes reçus dans les studios\t
            \t\tentre 16 et 20 par an\t

            COL HABITAT EN LIEN AVEC LE GUÉ\t\t172.3.4. UN TOIT
            \t\tJarnac (16)\tToits mis en jeu : 12 Cases attribuées : 12

            """))
        let first = try #require(guide.first { $0.section == "172.3.3" })
        let households = try #require(first.households?.value)
        #expect((households.min, households.max, households.per) == (16, 20, .year))
        let second = try #require(guide.first { $0.section == "172.3.4" })
        #expect(second.housingUnits?.value.min == 12)
        let island = try Fixtures.record("Cases attribuées : 13\n")
        #expect(island.housingUnits?.value.min == 13)
    }

    /// Dwellings a letter places households in (`logés dans 8 logements T1 et T2 de votre
    /// parc`) or a board brings from one number to another (`porter la réservation de 10 à 13
    /// logements`).
    @Test func readsDwellingsInALettersWording() throws {
        let notification = try Fixtures.record("Les ménages sont logés dans 8 logements T1 et T2 de votre parc et suivis chaque semaine.\n")
        #expect(notification.housingUnits?.value.min == 8)
        let commitment = try Fixtures.record("Le conseil d'administration a accepté de porter la réservation de 10 à 13 logements, dont 2 au bourg.\n")
        #expect(commitment.housingUnits?.value.min == 13)
    }

    /// A brochure's figure line may open with `environ`, count mothers, or give its count in
    /// words in lowercase when a participle follows (`onze personnes installées`).
    @Test func readsABrochuresCountLines() throws {
        for (line, count) in [
            ("- environ 20 jeunes apprentis de 17 à 26 ans, sur toute l'action", 20), ("- 9 mères et leurs petits relogés chaque année", 9),
            ("- onze personnes installées au fil du projet", 11),
        ] {
            let section = try Fixtures.record("NOS CHIFFRES\n\(line)\n- 8 studios meublés\n")
            #expect(section.households?.value.min == count, "\(line)")
        }
    }
}

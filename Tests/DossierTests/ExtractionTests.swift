import Dossier
import Foundation
import Testing

@Suite("Extract")
struct ExtractionTests {
    static let extractor: FieldExtractor = {
        do {
            return FieldExtractor(rules: try RuleSet.defaults())
        } catch {
            preconditionFailure("the built-in rule packs do not load: \(error)")
        }
    }()

    private func records(_ name: String) throws -> [ProjectRecord] {
        ExtractionTests.extractor.extract(try Fixtures.corpusDocument(name))
    }

    @Test func readsAGuideMonograph() throws {
        let record = try #require(try records("guide-monographies.txt").first { $0.kind == .project && $0.section == "1.2" })
        #expect(record.title?.value == "PLATEFORME METROPOLITAINE VERS ET DANS LE LOGEMENT")
        #expect(record.carriers.map(\.value) == ["VILOGIA"])
        #expect(record.partners.map(\.value) == ["L'ABEJ SOLIDARITE", "LA SAUVEGARDE DU NORD"])
        #expect(record.territory?.value.value == "Métropole européenne de Lille, Nord")
        #expect(record.territory?.value.departments == ["59"])
        #expect(record.mode?.value == .accessAndMaintenance)
        #expect((record.households?.value.min, record.households?.value.max) == (150, 150))
        #expect(record.housingUnits?.value.min == 35)
        #expect(record.duration?.value.months == 36)
        #expect(record.cost?.value.total == 390_000)
        #expect(record.cost?.value.components.map(\.euros) == [270_000])
        #expect(record.contacts.map(\.value.email) == ["mathieu.delannoy@vilogia.fr"])
        #expect(record.households?.evidence.rule == "households.label")
        #expect(record.households?.evidence.text == "150")
    }

    @Test func readsTheIndexRowsAndTheMisnumberedMonograph() throws {
        let all = try records("guide-monographies.txt")
        let rows = all.filter { $0.kind == .indexRow }
        #expect(rows.count == 12)
        let first = try #require(rows.first?.index)
        #expect([first.number, first.localisation, first.page] == ["1.1", "Loiret", "p.8"])
        #expect(first.organisation == "Logem Loiret, France Loire et Les Résidences de l'Orléanais")
        let misnumbered = try #require(all.first { $0.sectionAsWritten == "6.4" })
        #expect(misnumbered.section == "2.1.5")
    }

    @Test func readsAFormWithBreakdownsAndNoBreakSpaces() throws {
        let record = try #require(try records("formulaire-candidature.txt").first)
        let households = try #require(record.households?.value)
        #expect((households.min, households.max, households.per) == (150, 155, .year))
        #expect(households.breakdown.map(\.label) == ["accès", "maintien"])
        #expect(record.carriers.map(\.value) == ["Vilogia"])
        #expect(record.cost?.value.total == 420_000)
    }

    @Test func readsANarrativeWithoutLabels() throws {
        let record = try #require(try records("candidature-narrative.txt").first)
        #expect(record.households?.value.min == 25)
        #expect(record.households?.value.per == .year)
        #expect(record.cost?.value.perYear == 40_000)
        #expect(record.duration?.value.months == 36)
        #expect(record.duration?.value.start == "2016-01-01")
        #expect(record.carriers.map(\.value) == ["Méduane Habitat"])
        // The landlord's whole stock and the town's population are not counts of households.
        #expect(record.households?.value.min != 4_200)
    }

    @Test func readsABrochureSection() throws {
        let record = try #require(try records("brochure-regionale.txt").first)
        #expect(record.year?.value == 2019)
        #expect(record.territory?.value.departments == ["51"])
        #expect(record.carriers.map(\.value) == ["Reims Habitat"])
        #expect(record.carriers.first?.evidence.rule == "carriers.contents")
    }

    /// A bare number takes the unit its label gives, in a table cell or before a colon.
    @Test func readsBareNumbersInTheUnitTheirLabelGives() throws {
        let table = ExtractionTests.extractor.extract(Fixtures.document("""
            Projet\tMaison relais des Tilleuls
            Coût global (en euros)\t84 300
            Durée (en mois)\t30

            """)).first
        #expect(table?.cost?.value.total == 84_300)
        #expect(table?.cost?.evidence.text == "84 300")
        #expect(table?.duration?.value.months == 30)
        let lines = ExtractionTests.extractor.extract(Fixtures.document("""
            Budget prévisionnel (k€) : 96,5
            Durée du projet (années) : 2

            """)).first
        #expect(lines?.cost?.value.total == 96_500)
        #expect(lines?.duration?.value.months == 24)
    }

    /// A letter in prose: counts, dwellings and a yearly cost in words, a period told by its
    /// start and its end.
    @Test func readsALetterInProse() throws {
        let record = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Madame, Monsieur,

            L'association Pas à Pas et Val d'Oise Logis souhaitent accompagner chaque année entre 14 et 18 ménages. Le bailleur s'engage à réserver neuf logements par an.
            Le coût annuel de l'action est évalué à quarante-deux mille euros.
            L'action commencera le 1er mars 2017 et se terminera le 28 février 2019.

            """)).first)
        #expect(record.households?.value.min == 14 && record.households?.value.max == 18 && record.households?.value.per == .year)
        #expect(record.housingUnits?.value.min == 9 && record.housingUnits?.value.per == .year)
        #expect(record.cost?.value.perYear == 42_000)
        #expect(record.duration?.value.months == 24)
    }

    /// A paragraph under a label's head word yields to a figure; shares and ages are not
    /// counts; a yearly lead makes a cost yearly; the ESH heads its carrier's row.
    @Test func prefersFiguresToParagraphsUnderHeadWords() throws {
        let record = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Intitulé court : Voisins attentifs
            ESH porteuse : Val de Loue Habitat
            Ménages concernés par la démarche : locataires isolés de plus de 70 ans ; 28 % du parc est occupé par des retraités.
            Objectif de suivi : 30 à 35 ménages par an
            Déroulement du suivi : une visite dans les dix jours, puis un point tous les deux mois pendant six mois au moins.
            Durée retenue : 2 ans, renouvelable
            Moyens financiers : Chaque année, l'action coûte 44 000 €, soit 1 300 € par ménage.

            """)).first)
        #expect(record.carriers.map(\.value) == ["Val de Loue Habitat"])
        #expect(record.households?.value.min == 30 && record.households?.value.max == 35 && record.households?.value.per == .year)
        #expect(record.duration?.value.months == 24 && record.duration?.value.renewable == true)
        #expect(record.cost?.value.perYear == 44_000 && record.cost?.value.perHousehold == 1_300)
    }

    /// Labels offering a choice or naming their field in a parenthesis, a cost told by a
    /// verb (`s'établit à`), households after an inserted period, an opening and a closing year.
    @Test func readsLabelsByTheirOptionsAndProseByItsVerbs() throws {
        let form = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Nom retenu : Un seuil pour chacun
            Office ou ESH porteur : Bresse Habitat
            Avancement (dates) : mars 2017 – février 2019

            """)).first)
        #expect(form.title?.value == "Un seuil pour chacun")
        #expect(form.carriers.map(\.value) == ["Bresse Habitat"])
        #expect(form.duration?.value.months == 24 && form.duration?.value.start == "2017-03")
        let letter = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Avec l'association Relais 01, nous proposons d'accompagner, sur deux années, une quarantaine de ménages.
            Le budget de l'action s'établit à 88 000 € pour les deux années, soit 44 000 € par an.
            La démarche, ouverte en 2017 et close en 2019, a été suivie par un comité.

            """)).first)
        #expect(letter.households?.value.min == 32 && letter.households?.value.max == 48 && letter.households?.value.per == .total)
        #expect(letter.cost?.value.total == 88_000 && letter.cost?.value.perYear == 44_000)
        #expect(letter.duration?.value.months == 24)
    }

    /// A cell that asks with a label's own wording has its value in the next cell; public nouns
    /// and `habitations` head labels; a yearly figure said with its verb and its public; a
    /// cost in words after its verb; a start and a length.
    @Test func readsQuestionCellsPublicHeadsAndProseFigures() throws {
        let page = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            <html><body><h1>Un premier bail</h1><table>
            <tr><td>Public : accès ou maintien</td><td>Accès au logement (sortie de foyer)</td></tr>
            <tr><td>Cellule</td><td>Jeunes concernés : 40 sur deux ans (20 par an) Habitations mises à disposition : 16 logements (T1 et T2)</td></tr>
            <tr><td>Financement nécessaire</td><td>0,2 M€ sur la durée totale</td></tr>
            </table></body></html>
            """, format: .html)).first)
        #expect(page.mode?.value == .access)
        #expect(page.households?.value.min == 40 && page.households?.value.per == .total)
        #expect(page.housingUnits?.value.min == 16)
        #expect(page.cost?.value.total == 200_000)
        let note = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Avec l'association Les Sentes, nous proposons d'accompagner chaque année entre 15 et 18 locataires menacés d'expulsion.
            Le budget de l'action est évalué à quatre-vingt-dix mille euros pour les trois années, soit 30 000 € par an.
            L'action, lancée en avril 2017 pour trois ans, sera suivie par un comité.

            """)).first)
        #expect(note.households?.value.min == 15 && note.households?.value.max == 18 && note.households?.value.per == .year)
        #expect(note.cost?.value.total == 90_000 && note.cost?.value.perYear == 30_000)
        #expect(note.duration?.value.months == 36)
    }

    /// Figures told by their verbs (`suivrons chaque année`, `mettrons chaque année … à la
    /// disposition`, `ressort à`, `prévue pour durer`), an average length that is no duration,
    /// a long label, a `d'où` that asks for an origin, an age that does not own `chaque année`.
    @Test func readsFiguresByTheirVerbs() throws {
        let letter = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Titre sous lequel le projet est présenté : Un seuil, une clé
            D'où vient l'offre : logements du centre ancien
            Les familles restent à l'hôtel, pour une durée moyenne de séjour de 14 mois.
            Nous suivrons chaque année 22 ménages sortant de l'hôtel.
            Nous mettrons chaque année huit logements du parc à la disposition de ces familles.
            Le coût complet de l'action ressort à 120 000 € sur trois ans, soit 40 000 € par an.
            L'action est prévue pour durer trente-six mois à partir du 1er mars 2017.

            """)).first)
        #expect(letter.title?.value == "Un seuil, une clé")
        #expect(letter.territory == nil)
        #expect(letter.households?.value.min == 22 && letter.households?.value.per == .year)
        #expect(letter.housingUnits?.value.min == 8 && letter.housingUnits?.value.per == .year)
        #expect(letter.cost?.value.total == 120_000 && letter.cost?.value.perYear == 40_000)
        #expect(letter.duration?.value.months == 36)
        let figures = Quantities.parse("60 locataires de plus de 75 ans accompagnés chaque année", counting: Quantities.householdNouns)
        #expect(figures?.min == 60 && figures?.per == .year)
    }

    /// A letter: its letterhead's mailbox is no contact beside a person's address of the same
    /// office, its project named twice in quotes is its title, `s'associe à l'association`
    /// names the carrier, a start and an end (`une fin au`) make the duration.
    @Test func readsACoverLetter() throws {
        let letter = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            VAL DE SAÔNE LOGIS
            Standard : 03 85 00 00 00 – accueil@valdesaone-logis.fr

            Objet : candidature, projet « Un pas vers chez soi »

            Notre Office loge près de 5 000 ménages. Val de Saône Logis s'associe à l'association Le Relais 71 pour présenter le projet « Un pas vers chez soi ».
            Nous envisageons un démarrage le 1er mars 2016 et une fin au 28 février 2018.
            Mme Jeanne Morel suit ce dossier : j.morel@valdesaone-logis.fr.

            """)).first)
        #expect(letter.title?.value == "Un pas vers chez soi")
        #expect(letter.carriers.map(\.value) == ["Val de Saône Logis"])
        #expect(letter.contacts.map(\.value.email) == ["j.morel@valdesaone-logis.fr"])
        #expect(letter.duration?.value.months == 24)
        let count = Quantities.parse("40 sur les trois ans, soit 14 entrées et 26 locataires en place", counting: Quantities.householdNouns)
        #expect(count?.min == 40)
    }

    /// A report in prose: counts in words before their nouns or a partitive (`six de ses
    /// logements`), an end told by `s'arrêtera`, an operating cost `pour chaque année` beside a
    /// cost per household, new tenants who `entreront dans un logement` beside tenants in place.
    @Test func readsAReportsVerbsAndPartitives() throws {
        let report = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Lys Habitat
            Note de candidature, projet « Le bon voisin »

            Le binôme accompagnera quinze ménages chaque année : six nouveaux locataires, qui entreront dans un logement de notre parc, et neuf locataires déjà en place.
            Lys Habitat ouvrira six de ses logements chaque année.
            Nous évaluons le fonctionnement de l'action à 48 000 € pour chaque année, ce qui représente 3 200 € par ménage accompagné.
            L'action commencera le 1er mars 2017 et s'arrêtera le 28 février 2019.

            """)).first)
        #expect(report.households?.value.min == 15 && report.households?.value.per == .year)
        #expect(report.housingUnits?.value.min == 6 && report.housingUnits?.value.per == .year)
        #expect(report.cost?.value.perYear == 48_000)
        #expect(report.duration?.value.months == 24)
        #expect(report.mode?.value == .accessAndMaintenance)
    }

    /// Labels: a count's group (`Cohorte annuelle de`) set aside before the head word, a cost
    /// `en année pleine` read per year, `Le binôme porteur` naming the carrier.
    @Test func readsCohortsFullYearsAndCarryingPairs() throws {
        let fiche = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Fiche résumé – « Un palier, un voisin »
            **Le binôme porteur :** Lys Habitat et l'association Le Phare
            Cohorte annuelle de ménages : 18 chaque année
            Coût en année pleine : 39 600 €, soit 2 200 € par ménage

            """)).first)
        #expect(fiche.carriers.map(\.value) == ["Lys Habitat"])
        #expect(fiche.households?.value.min == 18 && fiche.households?.value.per == .year)
        #expect(fiche.cost?.value.perYear == 39_600 && fiche.cost?.value.total == nil)
    }

    /// A question whose value follows it on its line is a label; one alone in a cell labels the
    /// next cell, as before.
    @Test func readsQuestionsAsLabels() throws {
        let page = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            <html><body><h1>Un toit qui dure</h1>
            <p><span>Qui porte le projet&nbsp;?</span> Ried Habitat (SA d&rsquo;HLM)</p>
            <table><tr><th>Combien de foyers accompagnés&nbsp;?</th><td>12 par an</td></tr></table>
            </body></html>
            """, format: .html)).first)
        #expect(page.carriers.map(\.value) == ["Ried Habitat"])
        #expect(page.households?.value.min == 12 && page.households?.value.per == .year)
    }

    /// Minutes in prose tell a count over the years before its noun, dwellings a landlord
    /// `réserve à l'action`, tenants who `sont entrés dans les lieux`, a total `pour l'ensemble
    /// de la convention`; a visit schedule is no duration (the length follows from the costs),
    /// and a short period under a label no pack knows is one.
    @Test func readsMinutesAndPeriods() throws {
        let minutes = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Compte rendu du comité de suivi, projet « Chez soi enfin »
            Sur les trois années, trente ménages hébergés chez des tiers auront signé un bail.
            Ried Habitat réserve à l'action dix logements chaque année. Douze ménages sont entrés dans les lieux.
            Une visite par semaine pendant deux mois, puis tous les quinze jours.
            L'action coûte 40 000 € par an, soit 120 000 € pour l'ensemble de la convention.

            """)).first)
        #expect(minutes.households?.value.min == 30 && minutes.households?.value.per == .total)
        #expect(minutes.housingUnits?.value.min == 10 && minutes.housingUnits?.value.per == .year)
        #expect(minutes.mode?.value == .access)
        #expect(minutes.duration?.value.months == 36 && minutes.duration?.evidence.rule == "duration.cost-ratio")
        #expect(minutes.cost?.value.perYear == 40_000 && minutes.cost?.value.total == 120_000)
        let monograph = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Patrimoine géré	3 850 logements, dont 640 en zone rurale
            Ouverture et clôture	de juillet 2015 à juin 2018

            """)).first)
        #expect(monograph.duration?.value.months == 36)
    }

    /// A row's last cell labels the one cell of the next row (`Accès et / ou maintien :` then
    /// `\t\tMaintien`); a cost `d'une année` in one list item is not the yearly cost of the
    /// amount in the next, though a sentence wrapped over lines is read whole; three landlords open a narrative's `/ association` line.
    @Test func readsValuesAcrossRowsAndKeepsProseInItsItem() throws {
        let monograph = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Vesoul, Haute-Saône\tNombre de ménages :\t18
            \tAccès et / ou maintien :
            \t\tMaintien

            """)).first)
        #expect(monograph.households?.value.min == 18)
        #expect(monograph.mode?.value == .maintenance)
        let brochure = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            LES FREINS IDENTIFIÉS

            - Un budget revu d'une année sur l'autre

            EN CHIFFRES

            - 96 300 € au total pour l'accompagnement
            - 14 ménages suivis chaque année

            """)).first)
        #expect(brochure.cost?.value.total == 96_300 && brochure.cost?.value.perYear == nil)
        // A sentence wrapped over lines still reads as one.
        let wrapped = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Le budget annuel de l'action,
            qui couvre le suivi, est de
            52 800 € pour douze ménages.

            """)).first)
        #expect(wrapped.cost?.value.perYear == 52_800)
        let letter = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            Habitat Vosgien, Logis Doubs Immobilière Franche-Comté et Foyer Jurassien Habitat / association Le Relais Comtois : une histoire commune
            Les trois bailleurs logent ensemble près de 30 000 ménages.

            """)).first)
        #expect(letter.carriers.map(\.value) == ["Habitat Vosgien", "Logis Doubs Immobilière Franche-Comté", "Foyer Jurassien Habitat"])
        #expect(letter.partners.map(\.value) == ["Le Relais Comtois"])
    }

    /// A page's only `<h1>` is its title; a cell label with a colon the packs do not know
    /// still gives the next cell; the organisation's general mailbox is no contact.
    @Test func readsAPageTitleAndItsContact() throws {
        let record = try #require(ExtractionTests.extractor.extract(Fixtures.document("""
            <html><body><h1>Un toit : un voisin sur le palier</h1><table>
            <tr><td>Étape visée :</td><td>Maintien dans le logement</td></tr>
            <tr><td>Contact</td><td>Inès VIDAL – i.vidal@habitat-du-lac.fr</td></tr>
            <tr><td>Coût</td><td>30 000 € par an, soit 90 000 € sur trois ans</td></tr>
            </table><footer><p>accueil@habitat-du-lac.fr</p></footer></body></html>
            """, format: .html)).first)
        #expect(record.title?.value == "Un toit : un voisin sur le palier")
        #expect(record.mode?.value == .maintenance)
        #expect(record.contacts.map(\.value.email) == ["i.vidal@habitat-du-lac.fr"])
        #expect(record.cost?.value.perYear == 30_000 && record.cost?.value.total == 90_000)
    }

    /// Every value's evidence points at the original bytes of its text.
    @Test(arguments: ["guide-monographies.txt", "fiche-projet.md", "formulaire-candidature.txt", "brochure-regionale.txt", "fiche-html.txt"])
    func pointsEveryValueAtItsBytes(_ name: String) throws {
        let bytes = try Fixtures.bytes(at: Fixtures.corpus.appendingPathComponent(name))
        var checked = 0
        for record in try records(name) {
            let evidences = [record.title?.evidence, record.territory?.evidence, record.mode?.evidence, record.households?.evidence,
                             record.housingUnits?.evidence, record.duration?.evidence, record.cost?.evidence].compactMap { $0 }
                + record.carriers.map(\.evidence) + record.contacts.map(\.evidence)
            for evidence in evidences {
                #expect(String(decoding: bytes[evidence.span.bytes], as: UTF8.self) == evidence.text, "\(name) \(evidence.rule)")
                #expect(evidence.span.start.line >= 1 && (0...1).contains(evidence.confidence))
                checked += 1
            }
        }
        #expect(checked > 5)
    }
}

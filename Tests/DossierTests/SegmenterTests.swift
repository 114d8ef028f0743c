import Dossier
import Testing

@Suite("Segment")
struct SegmenterTests {
    private func title(_ record: RecordSegment) -> String {
        record.titleLines.map { String(decoding: $0.content.utf8[$0.titleStart...], as: UTF8.self) }.joined(separator: " ")
    }

    @Test func cutsTheGuideIntoMonographsAndIndexRows() throws {
        let records = Segmenter().segment(try Fixtures.corpusDocument("guide-monographies.txt"))
        let projects = records.filter { $0.kind == .project }
        #expect(records.filter { $0.kind == .indexRow }.count == 12)
        #expect(projects.map { $0.section ?? "" } == [
            "1.1", "1.2", "1.3", "2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5", "2.1.6", "2.2.1", "2.2.2", "2.2.3",
        ])
        let wrong = try #require(projects.first { $0.section == "2.1.5" })
        #expect(wrong.sectionAsWritten == "6.4")
        #expect(title(wrong) == "DES CLES POUR DEMAIN")
        let runInto = try #require(projects.first { $0.section == "2.1.6" })
        #expect(runInto.sectionAsWritten == nil)
        #expect(title(runInto).hasPrefix("10 LOGEMENTS PASSERELLES"))
        #expect(runInto.carrierLines.map(\.text) == ["GRAND DELTA HABITAT EN PARTENARIAT AVEC L'ASSOCIATION RHESO ET LE CCAS D'AVIGNON"])
        #expect(runInto.place?.text == "Avignon, Vaucluse")
    }

    /// A carrier line split in bold over two lines, above a monograph number indented by tabs,
    /// and a place row after a blank line (blind set 19).
    @Test func readsAHeadSplitAboveAnIndentedNumber() throws {
        let records = Segmenter().segment(Fixtures.document("""
            **JURA LOGIS EN PARTENARIAT AVEC
            L'ASSOCIATION LE PONT DU DOUBS**
            \t\t4.1.2. UN BAIL AU BORD DE L'EAU\t

            \tDole et Tavaux, Jura\tMénages suivis :\t12 par an

            """))
        let record = try #require(records.first { $0.section == "4.1.2" })
        #expect(record.carrierLines.map(\.text).joined(separator: " ") == "JURA LOGIS EN PARTENARIAT AVEC L'ASSOCIATION LE PONT DU DOUBS")
        #expect(record.place?.text == "Dole et Tavaux, Jura")
    }

    /// A place with no département beside a cell that opens with labels of its own is the
    /// place, not the label of that cell.
    @Test func readsAPlaceWithoutItsDepartmentBesideACellOfLabels() throws {
        let records = Segmenter().segment(Fixtures.document("""
            MARCHE LOGIS EN TANDEM AVEC L'ASSOCIATION LES PONTS DE LA CREUSE\t\t6.3.2. RESTER CHEZ SOI AU PAYS DES TAPISSIERS
            \tBourganeuf et Felletin\tLocataires suivis par an : une douzaine Logements : aucun
            Visée\tMaintien dans le logement

            """))
        let record = try #require(records.first { $0.section == "6.3.2" })
        #expect(record.place?.text == "Bourganeuf et Felletin")
    }

    /// A bold carrier line whose second half ends a row of its own (`…DU LIEN**\t\t`), above
    /// a number written at the start of the next row (blind set 58).
    /// A tome numbered past a hundred (`112.3.1`) heads monographs as any other; an amount in
    /// capitals (`250.000 EUROS`) heads none.
    @Test func readsAHeadNumberedPastAHundred() throws {
        let records = Segmenter().segment(Fixtures.document("""
            VALLÉE HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE GUÉ
            112.3.1. UN BAIL APRÈS L'HIVER
            Ménages suivis : 12 par an

            VALLÉE HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE GUÉ
            112.3.2. RESTER AU VILLAGE
            250.000 EUROS POUR TROIS ANS

            """))
        #expect(records.filter { $0.kind == .project }.compactMap(\.section) == ["112.3.1", "112.3.2"])
    }

    @Test func readsAHeadSplitAboveANumbersOwnRow() throws {
        let records = Segmenter().segment(Fixtures.document("""
            **VÉZÈRE ET DIANE HABITAT EN PARTENARIAT AVEC
            L'ASSOCIATION LE FIL DES JOURS**\t\t
            6.2.3. VEILLER SUR LES AÎNÉS DU BOURG\t\t
            \t\tUzerche (19)\tMénages suivis chaque année : 14

            """))
        let record = try #require(records.first { $0.section == "6.2.3" })
        #expect(record.carrierLines.map(\.text).joined(separator: " ") == "VÉZÈRE ET DIANE HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE FIL DES JOURS")
    }

    /// A number alone in its cell, then the carrier line and the number again with its title
    /// in the row under it: one monograph, the carrier line its carriers' (blind set 500).
    @Test func readsANumberAloneThatItsTitleRowRepeats() throws {
        let document = Fixtures.document("""
            7.3.1.	
            COQUELICOTS HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE GUÉ		7.3.1. PREMIER BAIL AU BORD DE L'AUTHIE
            Où	Doullens (80)
            Ménages suivis	15 ménages sur la période
            7.3.2.	
            SOMME LITTORAL LOGIS EN PARTENARIAT AVEC L'ASSOCIATION LA DUNE		7.3.2. RESTER CHEZ SOI À RUE
            Où	Rue (80)
            Ménages suivis	9 ménages chaque année

            """)
        let records = Segmenter().segment(document).filter { $0.kind == .project }
        #expect(records.map { $0.section ?? "" } == ["7.3.1", "7.3.2"])
        #expect(records.first?.carrierLines.map(\.text) == ["COQUELICOTS HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE GUÉ"])
        let extracted = ExtractionTests.extractor.extract(document).filter { $0.kind == .project }
        #expect(extracted.map { $0.title?.value } == ["PREMIER BAIL AU BORD DE L'AUTHIE", "RESTER CHEZ SOI À RUE"])
        #expect(extracted.map { $0.carriers.map(\.value) } == [["COQUELICOTS HABITAT"], ["SOMME LITTORAL LOGIS"]])
        #expect(extracted.map { $0.households?.value.min } == [15, 9])
    }

    /// A numbered section of statistics, carried by no one, is no project; a monograph beside
    /// it still is (blind set 20).
    /// Monographs that follow one another in one table, with no blank line between them, each
    /// keep their own rows; a bold carrier split over two lines opens the next one's row.
    @Test func cutsMonographsThatShareATable() throws {
        let document = Fixtures.document("""
            LOT HABITAT EN PARTENARIAT AVEC LE RELAIS\t\t3.1.1. UN TOIT AU CAUSSE\t
            \t\tCahors (46)\tMénages suivis : 14 par an
            Contacts\tJ. Roux - j.roux@lot-habitat.fr\t\t
            **CÈRE LOGIS EN PARTENARIAT AVEC
            L'ESCALE**\t\t3.1.2. RESTER CHEZ SOI\t
            \t\tFigeac (46)\tMénages suivis : 9 par an
            Contacts\tM. Vidal - m.vidal@cere-logis.fr\t\t

            """)
        let records = Segmenter().segment(document).filter { $0.kind == .project }
        #expect(records.map { $0.section ?? "" } == ["3.1.1", "3.1.2"])
        #expect(records.last?.carrierLines.map(\.text).joined(separator: " ") == "CÈRE LOGIS EN PARTENARIAT AVEC L'ESCALE")
        let extracted = ExtractionTests.extractor.extract(document).filter { $0.kind == .project }
        #expect(extracted.map { $0.contacts.compactMap(\.value.email) } == [["j.roux@lot-habitat.fr"], ["m.vidal@cere-logis.fr"]])
        #expect(extracted.map { $0.households?.value.min } == [14, 9])
    }

    @Test func leavesASectionOfStatistics() throws {
        let records = Segmenter().segment(Fixtures.document("""
            JURA LOGIS EN PARTENARIAT AVEC L'ASSOCIATION LE PONT\t\t4.1.1. UN BAIL AU BORD DE L'EAU\t
            \tDole, Jura\tMénages suivis :\t12 par an

            4.2. LES CHIFFRES DU RECUEIL

            Public\tProjets\tPart
            Jeunes\t6\t40 %
            Familles\t9\t60 %

            """))
        #expect(records.filter { $0.kind == .project }.map(\.section) == ["4.1.1"])
    }

    @Test func cutsTheBrochureAtYearAndPlaceLines() throws {
        let records = Segmenter().segment(try Fixtures.corpusDocument("brochure-regionale.txt"))
        #expect(records.map(\.layout) == Array(repeating: .brochureSection, count: 4))
        #expect(records.map { $0.year?.text ?? "" } == ["2019", "2020", "2018", "2021"])
        #expect(records.map { $0.place?.text ?? "" } == ["Reims (51)", "Metz (57)", "Mulhouse (68)", "Épinal (88)"])
        #expect(title(records[1]) == "ROMPRE L'ISOLEMENT DES LOCATAIRES ÂGÉS")
    }

    @Test(arguments: ["fiche-projet.md", "formulaire-candidature.txt", "candidature-narrative.txt", "fiche-windows1252.txt"])
    func readsAOneProjectDocumentAsOneRecord(_ name: String) throws {
        let document = try Fixtures.corpusDocument(name)
        let records = Segmenter().segment(document)
        #expect(records.count == 1)
        #expect(records.first?.layout == .document)
        #expect(records.first?.blocks.count == document.blocks.count)
    }

    /// Rows that each open with a monograph's number make an index, whatever its headers.
    @Test func knowsAnIndexByItsRowsNumbers() throws {
        let records = Segmenter().segment(Fixtures.document("""
            N°\tPérimètre couvert\tSignataire(s) Hlm\tRenvoi au feuillet
            3.1.1\tDole (39)\tJura Logis\tf. 12
            3.1.2\tLons-le-Saunier\tRevermont Habitat\tf. 13

            JURA LOGIS EN PARTENARIAT AVEC L'ASSOCIATION LE PONT\t\t3.1.1. UN BAIL DÈS LA SORTIE\t
            Ménages suivis\t20 par an\t\t

            REVERMONT HABITAT EN LIEN AVEC L'ASSOCIATION TRAIT D'UNION\t\t3.1.2. VIEILLIR CHEZ SOI\t
            Ménages suivis\t35 par an\t\t

            """))
        #expect(records.filter { $0.kind == .indexRow }.map { $0.section ?? "" } == ["3.1.1", "3.1.2"])
    }

    /// A caption row above the index's header (the part's number, a tab, its title) leaves
    /// the index an index.
    @Test func readsAnIndexUnderItsCaptionRow() throws {
        let records = Segmenter().segment(Fixtures.document("""
            9.3\tLES ACTIONS DE LA TROISIÈME PARTIE
            N°\tLocalisation\tOrganisme\tPage
            9.3.1\tGap (05)\tDurance Logis\tp. 21
            9.3.2\tDigne-les-Bains (04)\tBléone Habitat\tp. 22

            9.3.1. UN BAIL À GAP
            DURANCE LOGIS EN PARTENARIAT AVEC L'ASSOCIATION LE RELAIS ALPIN
            Ménages suivis\t20 par an

            9.3.2. RESTER À DIGNE
            BLÉONE HABITAT EN LIEN AVEC L'ASSOCIATION LES BAUX
            Ménages suivis\t12 par an

            """))
        #expect(records.filter { $0.kind == .indexRow }.map { $0.section ?? "" } == ["9.3.1", "9.3.2"])
    }

    /// A header wrapped over two lines (its last words and `Page` on the second) and numbers
    /// printed with a final point (`5.3.1.`) still make an index tied to its monographs.
    @Test func readsAnIndexWithAWrappedHeaderAndPointedNumbers() throws {
        let records = Segmenter().segment(Fixtures.document("""
            N°\tSecteur, commune\tOffice ou société Hlm
            porteur\tPage
            5.3.1.\tRiom (63)\tAuvergne Toits\tp.6
            5.3.2.\tThiers (63)\tDore Habitat, Livradois Logis\tp.8

            AUVERGNE TOITS EN PARTENARIAT AVEC L'ASSOCIATION LE GUÉ\t\t5.3.1. UN BAIL À RIOM\t
            Ménages suivis\t20 par an\t\t

            DORE HABITAT ET LIVRADOIS LOGIS\t\t5.3.2. LES CLÉS DE LA DORE\t
            Ménages suivis\t35 par an\t\t

            """))
        let rows = records.filter { $0.kind == .indexRow }
        #expect(rows.map { $0.section ?? "" } == ["5.3.1", "5.3.2"])
        #expect(rows.first?.indexCells.map(\.text) == ["5.3.1.", "Riom (63)", "Auvergne Toits", "p.6"])
        let projects = records.filter { $0.kind == .project }
        #expect(projects.map { $0.section ?? "" } == ["5.3.1", "5.3.2"])
        #expect(projects.allSatisfy { $0.sectionAsWritten == nil })
    }

    /// An index is known by a number column beside a page, place or organisation column,
    /// whatever their wording, and gives its number to a monograph printed with another.
    @Test func knowsAnIndexByItsColumnsWhateverTheirWording() throws {
        let records = Segmenter().segment(Fixtures.document("""
            N°\tCommune, département\tBailleur(s) pilote(s)\tPage
            3.1.1\tDole (39)\tJura Logis\tp.12
            3.1.2\tLons-le-Saunier\tRevermont Habitat\tp.13

            JURA LOGIS EN PARTENARIAT AVEC L'ASSOCIATION LE PONT\t\t3.1.1. UN BAIL DÈS LA SORTIE\t
            \t\tDole, Jura\t
            Ménages suivis\t20 par an\t\t

            REVERMONT HABITAT EN LIEN AVEC L'ASSOCIATION TRAIT D'UNION\t\t3.4.2. VIEILLIR CHEZ SOI\t
            Lons-le-Saunier, Jura\t\tMénages suivis : 35 par an Logements : 10\t

            """))
        #expect(records.filter { $0.kind == .indexRow }.map { $0.section ?? "" } == ["3.1.1", "3.1.2"])
        let projects = records.filter { $0.kind == .project }
        #expect(projects.map { $0.section ?? "" } == ["3.1.1", "3.1.2"])
        #expect(projects.last?.sectionAsWritten == "3.4.2")
        // A place row of two cells, the place first, names its département: a place, not a label.
        #expect(projects.map { $0.place?.text ?? "" } == ["Dole, Jura", "Lons-le-Saunier, Jura"])
    }

    /// A brochure written as a Markdown list whose items stand apart: a blank line between
    /// the year and the place still opens a section.
    @Test func cutsABrochureWhoseYearAndPlaceStandApart() throws {
        let records = Segmenter().segment(Fixtures.document("""
            LE MOT DU PRÉSIDENT

            Trois actions du département.

            - 2019

            - Givet (08)

            UN BAIL AU BORD DE LA MEUSE

            Texte de la première action.

            - 2021

            - Revin, Fumay (08)

            RESTER CHEZ SOI APRÈS SOIXANTE-QUINZE ANS

            Texte de la seconde action.

            """))
        #expect(records.map(\.layout) == [.brochureSection, .brochureSection])
        #expect(records.map { $0.place?.text ?? "" } == ["Givet (08)", "Revin, Fumay (08)"])
        #expect(records.map { $0.titleLines.first?.content.text ?? "" } == ["UN BAIL AU BORD DE LA MEUSE", "RESTER CHEZ SOI APRÈS SOIXANTE-QUINZE ANS"])
    }

    /// A section may print its place line, with its département, before its year line; a
    /// list item before a year that names no département opens none.
    @Test func cutsABrochureSectionWhosePlaceComesFirst() throws {
        let records = Segmenter().segment(Fixtures.document("""
            SOMMAIRE

            - 2018
            - Givet (08)

            UN BAIL AU BORD DE LA MEUSE

            Texte de la première action.

            - Mirecourt (88)
            - 2019

            LA CLÉ DES CHAMPS

            Texte de la seconde action.
            - des visites à domicile
            - 2020

            """))
        #expect(records.map(\.layout) == [.brochureSection, .brochureSection])
        #expect(records.map { $0.place?.text ?? "" } == ["Givet (08)", "Mirecourt (88)"])
        #expect(records.map { $0.year?.text ?? "" } == ["2018", "2019"])
        #expect(records.map { $0.titleLines.first?.content.text ?? "" } == ["UN BAIL AU BORD DE LA MEUSE", "LA CLÉ DES CHAMPS"])
    }

    /// A brochure that prints each section's capital title (and a subtitle) above the year
    /// and place lines: the title opens the section and keys it, not the section's inner
    /// headings (`LES CHIFFRES`), and the previous section stops before it.
    @Test func takesABrochureTitlePrintedAboveTheYearLine() throws {
        let records = Segmenter().segment(Fixtures.document("""
            SOMMAIRE

            Un toit sur la Durance	p. 2
            Garder la clé	p. 4

            UN TOIT SUR LA DURANCE
            Des studios pour les jeunes qui quittent l'aide sociale à l'enfance

            - 2018
            - Manosque (04)

            Durance Logis a réservé six studios en centre-ville.

            LES CHIFFRES
            - 6 jeunes accompagnés chaque année

            GARDER LA CLÉ

            - 2019
            - Sisteron (04)

            Un suivi des locataires en retard de loyer.

            LES CHIFFRES
            - 20 ménages suivis

            """))
        #expect(records.map(\.layout) == [.brochureSection, .brochureSection])
        #expect(records.map(title) == ["UN TOIT SUR LA DURANCE", "GARDER LA CLÉ"])
        #expect(records.map { $0.place?.text ?? "" } == ["Manosque (04)", "Sisteron (04)"])
        #expect(records.map { $0.blocks.first?.content.text ?? "" } == ["UN TOIT SUR LA DURANCE", "GARDER LA CLÉ"])
        #expect(!records[0].blocks.contains { $0.content.text == "GARDER LA CLÉ" })
    }

    /// A section with a line in capitals both above its year line and under its place line
    /// takes the one its brochure's contents list (`Les Bastides, côté rivière ........ p. 5`);
    /// the other (a landlord's name) stays in its text.
    @Test func takesTheBrochureTitleItsContentsList() throws {
        let records = Segmenter().segment(Fixtures.document("""
            SOMMAIRE

            Le pont des Ardoisiers ........ p. 3
            Les Bastides, côté rivière ........ p. 5

            LE PONT DES ARDOISIERS

            - 2017
            - Trélazé (49)

            Un bail pour les saisonniers.

            LES BASTIDES, CÔTÉ RIVIÈRE

            Rester chez soi après une dette

            - 2018
            - Monpazier (24)

            PÉRIGORD BASTIDES HABITAT

            Des visites à domicile pour les locataires en retard de loyer.

            """))
        #expect(records.map(title) == ["LE PONT DES ARDOISIERS", "LES BASTIDES, CÔTÉ RIVIÈRE"])
        #expect(!records[0].blocks.contains { $0.content.text == "LES BASTIDES, CÔTÉ RIVIÈRE" })
        #expect(records[1].blocks.contains { $0.content.text == "PÉRIGORD BASTIDES HABITAT" })
    }

    /// A section whose title, under its place line, is in small letters takes it when the
    /// contents list it (`Le Chantier des Clés ............ 6`); its subtitle stays text.
    @Test func takesAListedTitleInSmallLetters() throws {
        let records = Segmenter().segment(Fixtures.document("""
            AU SOMMAIRE
            Un palier, une voisine ............ 4
            Le Chantier des Clés ............ 6
            - 2018
            - Lure (70)
            Un palier, une voisine
            Quand une locataire relais ouvre la porte
            Le bailleur suit 11 familles par an.
            - 2019
            - Héricourt (70)
            Le Chantier des Clés
            Accès et maintien avec un chantier d'insertion
            L'action suit 42 personnes sur trois ans.

            """))
        #expect(records.map(title) == ["Un palier, une voisine", "Le Chantier des Clés"])
    }

    /// A title the contents list, printed above its year line with a subtitle and a line of
    /// carriers between, opens its section, though the sections before print theirs under
    /// their place lines; the figures heading under the place line is no title.
    @Test func takesAListedTitleAboveItsCarriersLine() throws {
        let records = Segmenter().segment(Fixtures.document("""
            SOMMAIRE

            Les Tilleuls ........ 3
            Retour au bourg ........ 5

            - 2018
            - Pamiers (09)

            LES TILLEULS
            Un jardin pour se parler

            LES CHIFFRES
            • 12 ménages par an

            RETOUR AU BOURG
            Des familles relogées près de l'école

            Couserans Logis, avec l'association Le Relais du Salat.

            - 2017
            - Saint-Girons (09)

            LES INFOS DU PROJET
            • Une dizaine de foyers chaque année

            """))
        #expect(records.map(title) == ["LES TILLEULS", "RETOUR AU BOURG"])
        #expect(!records[0].blocks.contains { $0.content.text.hasPrefix("Couserans Logis") })
        #expect(records[1].blocks.contains { $0.content.text.hasPrefix("Couserans Logis") })
    }

    /// A rubric in capitals printed under the place line of every section (`CE QUE FAIT LE
    /// PROJET`) is no title: the title above the year line is.
    @Test func takesNoRubricUnderThePlaceLineForATitle() throws {
        let records = Segmenter().segment(Fixtures.document("""
            LA MAISON DES TILLEULS

            Des logements pour les saisonniers qui restent

            - 2016
            - Céret (66)

            CE QUE FAIT LE PROJET
            Vallespir Logis réserve douze appartements.

            LE RELAIS DE LA LERGUE

            Un premier bail à Lodève

            - 2017
            - Lodève (34)

            CE QUE FAIT LE PROJET
            Huit jeunes quittent le foyer.

            """))
        #expect(records.map(title) == ["LA MAISON DES TILLEULS", "LE RELAIS DE LA LERGUE"])
        #expect(records.map { $0.blocks.first?.content.text ?? "" } == ["LA MAISON DES TILLEULS", "LE RELAIS DE LA LERGUE"])
        // A brochure whose sections print their title under the place line, but for one above
        // it, over the same rubric (`PORTEUR ET PARTENAIRE`) in every section.
        let mixed = Segmenter().segment(Fixtures.document("""
            - 2016
            - Dole (39)

            UN BAIL, UN CAP

            PORTEUR ET PARTENAIRE
            Doubs-Loue Logis, avec l'association Le Quai.

            LA MAISON DES RETROUVAILLES

            - 2017
            - Joigny (89)

            PORTEUR ET PARTENAIRE
            Sénonais Logis, avec l'association Les Liens.

            - 2018
            - Saint-Claude (39)

            AU RYTHME DE L'ATELIER

            PORTEUR ET PARTENAIRE
            Haut-Jura Logis, avec l'association Bienne Entraide.

            """))
        #expect(mixed.map(title) == ["UN BAIL, UN CAP", "LA MAISON DES RETROUVAILLES", "AU RYTHME DE L'ATELIER"])
    }

    /// A directory's entries numbered on two levels, with no carrier line above any, are no
    /// guide's monographs: the document is one record.
    @Test func readsNumberedDirectoryEntriesAsOneDocument() throws {
        let records = Segmenter().segment(Fixtures.document("""
            ANNUAIRE DES SERVICES

            3.1  CCAS DE GIVET – ACCUEIL LOGEMENT
            Adresse : 2 place de la mairie, 08600 Givet

            3.2  UN TOIT SUR LA MEUSE – LOGEMENT ACCOMPAGNÉ
            Public : 12 ménages par an

            4.1  ÉPICERIE SOLIDAIRE DU PORT
            Horaires : mardi et jeudi

            """))
        #expect(records.count == 1)
        #expect(records.first?.layout == .document)
    }

    /// The number column may name what it numbers first (`Opération n°`, `Fiche numéro`).
    @Test func knowsAnIndexWhoseNumberColumnNamesWhatItNumbers() throws {
        let records = Segmenter().segment(Fixtures.document("""
            Opération n°\tDépartement concerné\tBailleur(s) pilote(s)\tPage du recueil
            7.3.1\tAin\tBugey Logis\tp.4
            7.3.2\tAube\tSeine et Barse Habitat\tp.6

            """))
        #expect(records.filter { $0.kind == .indexRow }.map { $0.section ?? "" } == ["7.3.1", "7.3.2"])
        #expect(records.filter { $0.kind == .indexRow }.last?.indexCells.map { $0.text } == ["7.3.2", "Aube", "Seine et Barse Habitat", "p.6"])
        // Or it goes by any name when every row under it holds a monograph's number.
        let named = Segmenter().segment(Fixtures.document("""
            Repère\tImplantation\tOrganisme(s) Hlm signataire(s)\tFolio
            9.3.1\tGex, Ain\tPays de Gex Habitat\tf.5
            9.3.2\tNantua, Ain\tBugey Logis\tf.6

            """))
        #expect(named.filter { $0.kind == .indexRow }.map { $0.section ?? "" } == ["9.3.1", "9.3.2"])
    }

    @Test func findsNoProjectInAnEmptyDocument() {
        #expect(Segmenter().segment(Fixtures.document("")).isEmpty)
        #expect(Segmenter().segment(Fixtures.document("Une ligne.\n")).count == 1)
    }

    @Test(.enabled(if: Fixtures.seedsAvailable)) func cutsTheRealGuide() throws {
        let records = Segmenter().segment(try Fixtures.document(at: Fixtures.seeds.appendingPathComponent("003_37888f7f22d16fe8.txt")))
        let projects = records.filter { $0.kind == .project }
        #expect(projects.count == 92)
        #expect(records.filter { $0.kind == .indexRow }.count == 92)
        #expect(Set(projects.compactMap(\.section)).count == 92)
        let misnumbered = try #require(projects.first { $0.sectionAsWritten == "6.7" })
        #expect(misnumbered.section == "2.3.19")
        let runInto = try #require(projects.first { $0.section == "2.3.4" })
        #expect(title(runInto).hasPrefix("10 000 LOGEMENTS ACCOMPAGNES"))
        let split = try #require(projects.first { $0.section == "2.2.5" })
        #expect(split.carrierLines.count == 3)
        #expect(title(split) == "UN ACCOMPAGNEMENT ADAPTE A TOUS POUR UN MAINTIEN DURABLE DANS LE LOGEMENT")
    }

    @Test(.enabled(if: Fixtures.seedsAvailable)) func cutsTheRealBrochure() throws {
        let records = Segmenter().segment(try Fixtures.document(at: Fixtures.seeds.appendingPathComponent("000_f77ea926e8f93fff.txt")))
        #expect(records.count == 12)
        #expect(records.allSatisfy { $0.layout == .brochureSection && $0.year != nil && $0.place != nil && !$0.titleLines.isEmpty })
    }
}

import Dossier
import Testing

@Suite("Normalize: text and Markdown-ish input")
struct TextNormalizerTests {
    @Test func readsHeadingsListItemsAndParagraphs() {
        let document = Fixtures.document("## FICHE PROJET\n\n- › **Nombre de bénéficiaires :** 20 par an\n1. Loger\n· point\nTexte *«cité»* ici.\n#\n")
        #expect(document.blocks.map(\.kind) == [
            .heading(level: 2), .listItem(marker: "-"), .listItem(marker: "1."), .listItem(marker: "·"), .paragraph,
        ])
        #expect(document.blocks.map(\.content.text) == [
            "FICHE PROJET", "Nombre de bénéficiaires : 20 par an", "Loger", "point", "Texte «cité» ici.",
        ])
        #expect(document.blocks[1].span.start == SourceLocation(line: 3, column: 7))
        // Arrows and a point alone open items as bullets do.
        let figures = Fixtures.document("→ 97 185 € sur trois ans\n. 14 logements en diffus\n")
        #expect(figures.blocks.map(\.kind) == [.listItem(marker: "→"), .listItem(marker: ".")])
        #expect(figures.blocks.map(\.content.text) == ["97 185 € sur trois ans", "14 logements en diffus"])
    }

    /// A leader of dots between a label and its value reads as a colon for the rules; the
    /// text keeps its dots, and three dots or a dot after a word stay as they are.
    @Test func readsALeaderAsAColon() {
        let document = Fixtures.document("Bailleur ........ Val Habitat\nEtc... la suite …… ici\nFin.\n")
        #expect(document.blocks.map(\.content.text) == ["Bailleur ........ Val Habitat", "Etc... la suite …… ici", "Fin."])
        #expect(document.blocks.map(\.content.matchText) == ["Bailleur : Val Habitat", "Etc... la suite : ici", "Fin."])
    }

    @Test func keepsStarsThatAreNotEmphasis() {
        let document = Fixtures.document("3 * 4 = 12 et a*b\n")
        #expect(document.blocks[0].content.text == "3 * 4 = 12 et a*b")
    }

    @Test func readsTabSeparatedLinesAsATable() throws {
        let text = "CARRIER EN PARTENARIAT AVEC X\t\t1.2. TITRE\t\n\t\tRennes\tNbre de ménages accompagnés : 12\nCoût global du projet\t45 000 € par an\t\t\n"
        let document = Fixtures.document(text)
        let table = try #require(document.tables.first)
        #expect(document.blocks.count == 1)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["CARRIER EN PARTENARIAT AVEC X", "", "1.2. TITRE"],
            ["", "", "Rennes", "Nbre de ménages accompagnés : 12"],
            ["Coût global du projet", "45 000 € par an"],
        ])
        #expect(table.span.start == SourceLocation(line: 1, column: 1))
        #expect(table.rows[2].cells[1].span.start == SourceLocation(line: 3, column: 24))
        #expect(table.rows[1].cells[0].span.bytes.isEmpty)
    }

    /// A Markdown pipe table is a table; its delimiter row is no row, an escaped pipe is text.
    @Test func readsAPipeTable() throws {
        let text = "## Repères\n\n| Rubrique | Réponse |\n|---|:---:|\n| Bailleur porteur | Val d'Ouche Habitat |\n| Durée | 2017-2020 \\| trois ans |\nTexte après.\n"
        let document = Fixtures.document(text)
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Rubrique", "Réponse"], ["Bailleur porteur", "Val d'Ouche Habitat"], ["Durée", "2017-2020 \\| trois ans"],
        ])
        #expect(table.rows[1].cells[1].span.start == SourceLocation(line: 5, column: 22))
        #expect(document.blocks.last?.content.text == "Texte après.")
    }

    /// A console's table (a header, a border of dashes crossed by `+`s, rows with `|` between
    /// their cells) is a table; its border is no row.
    @Test func readsAConsolesTable() throws {
        let text = """
             Rubrique               | Saisie initiale | Après instruction
             -----------------------+-----------------+------------------
             Ménages accompagnés    | 18              | 15
             Coût total             | 142 371,00 €    | 126 915,00 €
            Texte après.

            """
        let document = Fixtures.document(text)
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Rubrique", "Saisie initiale", "Après instruction"], ["Ménages accompagnés", "18", "15"], ["Coût total", "142 371,00 €", "126 915,00 €"],
        ])
        #expect(document.blocks.last?.content.text == "Texte après.")
    }

    @Test func joinsAHeaderCellSplitOverLines() throws {
        let text = "Nature du projet\tAccompagnement renforcé\nCoût global\ndu projet\t120 000 € sur 3 ans\nDurée\t3 ans\n"
        let table = try #require(Fixtures.document(text).tables.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Nature du projet", "Accompagnement renforcé"],
            ["Coût global du projet", "120 000 € sur 3 ans"],
            ["Durée", "3 ans"],
        ])
        #expect(table.rows[1].cells[0].span.start.line == 2)
        #expect(table.rows[1].cells[0].span.end.line == 3)
    }

    @Test func continuesTheLastCellWithALineWithoutTab() throws {
        let text = "Contact\tAnne DURAND -\nanne.durand@exemple.fr\nDurée du projet\t2 ans\n"
        let table = try #require(Fixtures.document(text).tables.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Contact", "Anne DURAND - anne.durand@exemple.fr"], ["Durée du projet", "2 ans"],
        ])
    }

    /// A value cell that ends on a word that cannot end it (`Accès et`) goes on in the next
    /// row's one cell of the same column; a row whose first cell is empty otherwise stays a row.
    @Test func continuesACellLeftUnfinishedInTheNextRow() throws {
        let text = "Volet\tAccès et\n\tmaintien\nDurée\t24 mois\n\tà partir de mars\n"
        let table = try #require(Fixtures.document(text).tables.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Volet", "Accès et maintien"], ["Durée", "24 mois"], ["", "à partir de mars"],
        ])
        #expect(table.rows[0].cells[1].span.end.line == 2)
        let mode = try Fixtures.record("Ménages par an\tune quinzaine\nVolet\tAccès et\n\tmaintien\n")
        #expect(mode.mode?.value == .accessAndMaintenance)
    }

    /// A row whose one cell only says a count's period (`à chaque exercice`) or opens with
    /// `soit` or `dont`, or that follows a cell ending with a comma, goes on with the cell
    /// above; a period row under a label alone stays a row (the label column written one line
    /// a row). A last line without tab that opens with a small letter ends the last cell.
    @Test func continuesACellWithItsPeriodItsSumOrItsParts() throws {
        let text = "Nombre de ménages\tune quinzaine de ménages\n\tà chaque exercice\nVolume\t12 en accès et 8 en maintien,\n\tsoit 20 ménages\n"
            + "Budget\t63 000 €\n\tdont 9 000 € de gestion locative\n\tFoyers aidés\n\tpar an\n\tdouze\n"
        let table = try #require(Fixtures.document(text).tables.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Nombre de ménages", "une quinzaine de ménages à chaque exercice"], ["Volume", "12 en accès et 8 en maintien, soit 20 ménages"],
            ["Budget", "63 000 € dont 9 000 € de gestion locative"], ["", "Foyers aidés"], ["", "par an"], ["", "douze"],
        ])
        let yearly = try Fixtures.record("Nombre de ménages\tune quinzaine de ménages\n\tà chaque exercice\nLogements\t12\n")
        #expect(yearly.households?.value.min == 12 && yearly.households?.value.max == 18 && yearly.households?.value.per == .year)
        let lone = Fixtures.document("Lens (62)\t\tMénages accueillis : une vingtaine de jeunes\nâgés de 18 à 25 ans par an\nLogements : 10 studios\n")
        #expect(lone.tables.first?.rows.map { $0.cells.map(\.text) } == [["Lens (62)", "", "Ménages accueillis : une vingtaine de jeunes âgés de 18 à 25 ans par an"]])
        #expect(lone.blocks.last?.content.text == "Logements : 10 studios")
    }

    /// A quote's marks (`  > Combien : …`) open no text; in a thread whose quotes hold
    /// messages' headers, the quoted earlier messages keep them.
    @Test func dropsTheMarksOfAQuoteButNotOfAQuotedMessage() throws {
        let log = Fixtures.document("Séance du matin\n  > Pour qui : des ménages sortant d'hébergement.\n  >> Combien : 12 ménages par an.\n")
        #expect(log.blocks.map(\.content.text) == ["Séance du matin", "Pour qui : des ménages sortant d'hébergement.", "Combien : 12 ménages par an."])
        let reply = Fixtures.document("Bonjour,\n> De : Anne DURAND\n> Combien : 26 personnes\n")
        #expect(reply.blocks.map(\.content.text) == ["Bonjour,", "> De : Anne DURAND", "> Combien : 26 personnes"])
        let counted = try Fixtures.record("Journal de la station\n\n  > Combien : 10 ménages par an, relogés dans 10 logements du bailleur.\n")
        #expect(counted.households?.value.min == 10)
    }

    @Test func readsSingleCellTabLinesAsParagraphs() {
        let document = Fixtures.document("\tPour l'insertion sociale\n\n\tPartenaires mobilisés\n")
        #expect(document.tables.isEmpty)
        #expect(document.blocks.map(\.content.text) == ["Pour l'insertion sociale", "Partenaires mobilisés"])
    }

    @Test func turnsFormCheckboxIntoATokenNeverText() {
        let document = Fixtures.document("Création d’une offre nouvelle  FORMCHECKBOX \nFaible   FORMCHECKBOX Moyen FORMCHECKBOX\n")
        #expect(document.blocks.map(\.content.text) == ["Création d’une offre nouvelle", "Faible Moyen"])
        let boxes = document.blocks[1].content.checkboxes
        #expect(boxes.map(\.offset) == [6, 12])
        #expect(boxes.allSatisfy { $0.state == .unknown })
        #expect(boxes[0].decodedRange.count == "FORMCHECKBOX".utf8.count)
    }

    @Test func reducesHTMLFragmentsToTheirText() throws {
        let text = """
            \t\t<div style="border: 1px solid black; padding: 5px; display: inline-block;">Mayenne</div>\tNbre de ménages accompagnés : 30
            Objectifs\t<ul style="list-style-type: none"> - Repérer ; - Loger<br>vite 		
            <i>N°</i>\t<i>Localisation du projet</i>

            Voir <http://exemple.org/guide> et < 30 ans
            """
        let document = Fixtures.document(text)
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["", "", "Mayenne", "Nbre de ménages accompagnés : 30"],
            ["Objectifs", "- Repérer ; - Loger vite"],
            ["N°", "Localisation du projet"],
        ])
        #expect(document.blocks[1].content.text == "Voir <http://exemple.org/guide> et < 30 ans")
        let mayenne = table.rows[0].cells[2]
        #expect(mayenne.span.start == SourceLocation(line: 1, column: 3))
        let decoded = mayenne.content.decodedRange(ofText: 0..<7)
        #expect(Array(document.source.text.utf8)[decoded].elementsEqual("Mayenne".utf8))
    }

    @Test func splitsAParagraphLineAtListItems() {
        let document = Fixtures.document("Actions : <ul><li>accueil</li><li>suivi &amp; bilan</li></ul>\n")
        #expect(document.blocks.map(\.kind) == [.paragraph, .listItem(marker: nil), .listItem(marker: nil)])
        #expect(document.blocks.map(\.content.text) == ["Actions :", "accueil", "suivi & bilan"])
    }

    @Test func composesToNFCAndKeepsTheMap() throws {
        let document = Fixtures.document("Me\u{301}nages\tRe\u{301}gion\n")
        let table = try #require(document.tables.first)
        #expect(Array(table.rows[0].cells[0].text.utf8) == Array("Ménages".utf8))
        // "gion" starts after "Re" + U+0301 in the source.
        let cell = table.rows[0].cells[1]
        #expect(cell.content.decodedRange(ofText: 3..<7) == 14..<18)
    }

    @Test func offersAMatchingViewWithPlainSpacesAndApostrophes() {
        let document = Fixtures.document("Coût\u{A0}: 45\u{202F}000\u{A0}€ pour l’association, ﬁnancé\n")
        let content = document.blocks[0].content
        #expect(content.text == "Coût\u{A0}: 45\u{202F}000\u{A0}€ pour l’association, ﬁnancé")
        #expect(content.matchText == "Coût : 45 000 € pour l'association, financé")
        let apostrophe = content.matchText.utf8.firstIndex(of: UInt8(ascii: "'"))!
        let offset = content.matchText.utf8.distance(from: content.matchText.utf8.startIndex, to: apostrophe)
        let decoded = content.decodedRange(ofMatch: offset..<offset + 1)
        #expect(Array(document.source.text.utf8)[decoded].elementsEqual("’".utf8))
    }

    /// A figure glued to the word it counts (`7logements`, as a PDF's text runs them) is
    /// matched with a space between them, its bytes still its own; a figure inside an address,
    /// a name or a reference, an ordinal and a flat's kind are left as they are.
    @Test func partsAFigureFromTheWordGluedToIt() throws {
        let document = Fixtures.document("L'office a réservé 7logements sur 30mois pour 12ménages.\n")
        let content = document.blocks[0].content
        #expect(content.matchText == "L'office a réservé 7 logements sur 30 mois pour 12 ménages.")
        let match = try #require(content.matchText.range(of: "7 logements"))
        let start = content.matchText.utf8.distance(from: content.matchText.startIndex, to: match.lowerBound)
        let decoded = content.decodedRange(ofMatch: start..<start + 11)
        #expect(String(decoding: Array(document.source.text.utf8)[decoded], as: UTF8.self) == "7logements")
        let untouched = "Écrire à accueil@13habitat.fr ou au 2ème étage, T3bis, le 1er mai, réf. A12bcd."
        #expect(Fixtures.document(untouched + "\n").blocks[0].content.matchText == untouched)
        #expect(try Fixtures.record("Le bailleur a réservé 7logements du centre ancien aux jeunes.\n").housingUnits?.value.min == 7)
    }

    /// A plain-text report's table, its columns aligned by runs of spaces, with a rule of
    /// dashes under its header: a table, each cell pointing at its bytes; a line of prose
    /// with a double space is no table.
    @Test func readsATableAlignedBySpaces() throws {
        let text = """
            Indicateur                         Prévu        Réalisé
            ---------------------------------  -----------  -----------
            Ménages accompagnés                16           13
              dont ménages relogés             6            5
            Total                              74 212 €     70 118 €

            Une phrase.  Puis une autre, après deux espaces.

            """
        let document = Fixtures.document(text)
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Indicateur", "Prévu", "Réalisé"], ["Ménages accompagnés", "16", "13"], ["dont ménages relogés", "6", "5"], ["Total", "74 212 €", "70 118 €"],
        ])
        let cell = table.rows[3].cells[1]
        #expect(String(decoding: Array(text.utf8)[cell.span.bytes], as: UTF8.self) == "74 212 €")
        #expect(document.tables.count == 1)
        let record = try Fixtures.record(text)
        #expect(record.households?.value.min == 16)
        #expect(record.cost?.value.total == 74212)
    }

    /// A grid table (Pandoc's, a logical framework's) is one table: each row's cells written
    /// over several lines join into one text, each piece pointing at its own bytes; a risk
    /// register's `Réf.` column of codes makes no index of it.
    @Test func readsAGridTable() throws {
        let text = """
            +-------------+---------------------------+-------+
            | Niveau      | Indicateur                | Réf.  |
            | d’objectif  |                           |       |
            +=============+===========================+=======+
            | Objectif    | 18 familles relogées et   | R-1   |
            | spécifique  | suivies sur 30 mois       |       |
            +-------------+---------------------------+-------+
            | Résultat    | 18 logements T3 du parc   | R-2   |
            +-------------+---------------------------+-------+

            Réf.\tRisque\tP\tG
            RQ-01\tPas de T3 libre\t3\t4
            RQ-02\tDettes anciennes\t2\t3

            """
        let document = Fixtures.document(text)
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Niveau d’objectif", "Indicateur", "Réf."], ["Objectif spécifique", "18 familles relogées et suivies sur 30 mois", "R-1"],
            ["Résultat", "18 logements T3 du parc", "R-2"],
        ])
        let cell = table.rows[1].cells[1]
        let source = Array(text.utf8)
        #expect(String(decoding: source[cell.content.decodedRange(ofText: 0..<2)], as: UTF8.self) == "18")
        let last = cell.content.utf8.count
        #expect(String(decoding: source[cell.content.decodedRange(ofText: (last - 7)..<last)], as: UTF8.self) == "30 mois")
        let extraction = FieldExtractor(rules: try RuleSet.defaults()).extraction(of: document)
        #expect(extraction.records.filter { $0.kind == .indexRow }.isEmpty)
        let record = try #require(extraction.records.first { $0.kind == .project })
        #expect(record.households?.value.min == 18 && record.housingUnits?.value.min == 18)
    }

    /// A box of one column, as a notice frames a paragraph, is its lines without their `|`s
    /// (the closing one may be missing or out of line), so that a sentence the box wraps
    /// reads on: the figures of its project, each pointing at its own bytes.
    @Test func readsABoxAsItsLines() throws {
        let text = """
            Rappel : la résidence compte 64 logements.
            +--------------------------------------------------------------+
            | À SAVOIR AUSSI : « LE PALIER D'À CÔTÉ »                       |
            |                                                              |
            | Avec l'association Le Quai, Loire Habitat propose un logement |
            | à des ménages sortant d'hébergement : accès au logement pour  |
            | une dizaine de locataires par an, 6 logements                 |
            | réservés, sur 2 ans, pour 44 210 € au total.
            +--------------------------------------------------------------+
            Merci de votre compréhension.

            """
        let document = Fixtures.document(text)
        #expect(document.tables.isEmpty)
        #expect(document.blocks.map(\.content.text) == [
            "Rappel : la résidence compte 64 logements.", "À SAVOIR AUSSI : « LE PALIER D'À CÔTÉ »",
            "Avec l'association Le Quai, Loire Habitat propose un logement", "à des ménages sortant d'hébergement : accès au logement pour",
            "une dizaine de locataires par an, 6 logements", "réservés, sur 2 ans, pour 44 210 € au total.", "Merci de votre compréhension.",
        ])
        #expect(document.blocks[2].span.start == SourceLocation(line: 5, column: 3))
        #expect(document.blocks.map(\.framed) == [false, true, true, true, true, true, false])
        let record = try Fixtures.record(text)
        #expect(record.households.map { ($0.value.min, $0.value.max, $0.value.per) } ?? (0, 0, .total) == (8, 12, .year))
        #expect(record.housingUnits?.value.min == 6)
        #expect(record.duration?.value.months == 24)
        #expect(record.cost?.value.total == 44210)
    }

    /// Text struck out (`~~12~~ 14`, `<del>`) is a figure replaced: it is dropped with its
    /// markers, and what follows still points at its own bytes.
    @Test func dropsTextStruckOut() throws {
        let text = "Ménages suivis : ~~12~~ 15 par an\nLogements : ~~ 9 ~~ 11\nUn tilde ~ seul reste.\n"
        let document = Fixtures.document(text)
        #expect(document.blocks.map(\.content.text) == ["Ménages suivis : 15 par an", "Logements : 11", "Un tilde ~ seul reste."])
        let record = try Fixtures.record(text)
        #expect(record.households?.value.min == 15)
        let evidence = try #require(record.households?.evidence)
        #expect(String(decoding: Array(text.utf8)[evidence.span.bytes], as: UTF8.self) == evidence.text)
        #expect(evidence.text.hasPrefix("15"))
        let page = try Fixtures.record("<p>Logements réservés : <del>9</del> 12</p>", format: .html)
        #expect(page.housingUnits?.value.min == 12)
    }

    /// A framed box whose heading row is ruled off (`+---+`, `| HEADING |`, `+---+`, then the
    /// box's lines) is one box: the inner border is a blank line of it (blind set 622); a
    /// figure line's rule on a line the box wraps (`… : 6 ménages` then `y entrent chaque
    /// année, …`) yields to the sentence.
    @Test func readsAFramedBoxWithAHeadingRowAsOneBox() throws {
        let text = """
            Le local accueille déjà 15 foyers inscrits au planning de l'amicale.
            +------------------------------------------------------------+
            | CHEZ LES VOISINS : LE NID DU GARDON                        |
            +------------------------------------------------------------+
            | Notre agence y loge, avec l'association Les Sentiers, des  |
            | foyers qui sortent d'un centre d'hébergement. Chaque année,|
            | 6 ménages y entrent, dans 4 logements. L'action, menée     |
            | deux ans, coûte 51 300 € en tout, dont 70 % par le FNAVDL. |
            +------------------------------------------------------------+
            Merci de votre compréhension.

            """
        let document = Fixtures.document(text)
        #expect(document.blocks.map(\.framed) == [false, true, true, true, true, true, false])
        let record = try Fixtures.record(text)
        #expect(record.households.map { ($0.value.min, $0.value.per) } ?? (0, .total) == (6, .year))
        #expect(record.housingUnits?.value.min == 4)
        #expect(record.cost?.value.total == 51_300)
    }

    /// A heading row's box whose lines go on without `|`s down to a border of their own frames
    /// them too (blind set 641): the notice's own expense above is no cost of the project.
    @Test func readsAHeadingRowsBoxOverPlainLines() throws {
        let text = """
            AVIS AUX HABITANTS
            Le four banal sera rallumé le samedi 3 juin, de 9 h à 13 h.
            - la restauration du four a coûté 6 380 €, dont 50 % pris en charge par la commune.

            +--------------------------------------------------------------+
            | À CÔTÉ DU FOUR, UNE ACTION QUI VOUS CONCERNE                 |
            +--------------------------------------------------------------+
            L'association suit à domicile une dizaine de ménages par an.
            L'action prendra fin le 28 février 2019. Elle coûte 61 529 € au total,
            dont sept dixièmes (70 %) viennent du FNAVDL.
            +--------------------------------------------------------------+
            Bonne fête à tous.

            """
        let document = Fixtures.document(text)
        #expect(document.blocks.map(\.framed) == [false, false, false, true, true, true, true, false])
        #expect(try Fixtures.record(text).cost?.value.total == 61_529)
    }
}

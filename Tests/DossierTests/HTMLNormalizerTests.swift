import Dossier
import Testing

@Suite("Normalize: HTML pages")
struct HTMLNormalizerTests {
    static let page = """
        <!DOCTYPE html>
        <html><head><meta charset="iso-8859-1"><title>Fiche</title><style>p { color: red }</style></head>
        <body>
        <h2>Projet &amp; partenaires</h2>
        <script>var total = "999 999 €";</script>
        <p>Un <b>accompagnement</b>&nbsp;renforcé<br>pour 20 ménages</p>
        <div>Texte libre
        <table>
        <tr><th colspan="2">1.4. TITRE</th><td>Lyon</td></tr>
        <tr><td>Coût global du projet</td><td><b>490 500 €</b> sur 3 ans</td><td></td></tr>
        <tr><td>Objectifs<td><ul><li>un</li><li>deux</li></ul>
        </table>
        </div>
        <ul><li>premier<li>second</ul>
        </body></html>
        """

    @Test func readsBlocksTablesAndDropsScriptsAndStyles() throws {
        let document = Fixtures.document(HTMLNormalizerTests.page, format: .html)
        // (A line break ends a line of a paragraph, as in a text file.)
        #expect(document.blocks.map(\.kind) == [
            .heading(level: 2), .paragraph, .paragraph, .paragraph, .table, .listItem(marker: nil), .listItem(marker: nil),
        ])
        #expect(document.blocks[0].content.text == "Projet & partenaires")
        #expect(document.blocks[1].content.text == "Un accompagnement\u{A0}renforcé")
        #expect(document.blocks[2].content.text == "pour 20 ménages")
        #expect(document.blocks[3].content.text == "Texte libre")
        #expect(!document.allTexts.joined().contains("999"))
        #expect(!document.allTexts.joined().contains("color"))
        let table = document.blocks[4]
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["1.4. TITRE", "Lyon"], ["Coût global du projet", "490 500 € sur 3 ans"], ["Objectifs", "un deux"],
        ])
        #expect(table.rows[0].cells[0].columnSpan == 2)
        #expect(table.rows[0].gridTexts == ["1.4. TITRE", "", "Lyon"])
    }

    /// The head's `<title>` is kept aside as the page's name, never text; a drawing's `<title>`
    /// further down is neither.
    @Test func keepsThePagesTitleAside() throws {
        let document = Fixtures.document(HTMLNormalizerTests.page, format: .html)
        #expect(document.pageTitle == "Fiche")
        #expect(!document.allTexts.contains("Fiche"))
        let drawing = Fixtures.document("""
            <html><body><p>Un bail à Melle</p><svg><title>Logo du site</title></svg><p>Douze familles.</p></body></html>
            """, format: .html)
        #expect(drawing.pageTitle == nil)
        #expect(!drawing.allTexts.joined().contains("Logo"))
    }

    @Test func pointsEveryCellAtItsBytes() throws {
        let document = Fixtures.document(HTMLNormalizerTests.page, format: .html)
        let bytes = Array(HTMLNormalizerTests.page.utf8)
        let cost = document.blocks[4].rows[1].cells[1]
        #expect(String(decoding: bytes[cost.span.bytes], as: UTF8.self) == "490 500 €</b> sur 3 ans")
        #expect(cost.span.start.line == 10)
        let entity = document.blocks[0].content
        let ampersand = entity.decodedRange(ofText: 7..<8)
        #expect(String(decoding: bytes[ampersand], as: UTF8.self) == "&amp;")
    }

    /// A page saved by Word or Outlook draws each list item's bullet between conditional
    /// markers (`<![if !supportLists]>`, or the same as comments), which libxml2 reads as
    /// text: markers and bullet are left out, so that the item's label opens its text; other
    /// conditions keep what they enclose, and a lone `<` stays text.
    @Test func leavesOutTheBulletsAPageSavedByWordDraws() throws {
        let page = """
            <p class=MsoListParagraph><![if !supportLists]><span style='font-family:Symbol'>&middot;<span>&nbsp;&nbsp; </span></span><![endif]><b>Ménages suivis&nbsp;:</b> 14 par an</p>
            <p class=MsoListParagraph><!--[if !supportLists]--><span>o<span>&nbsp; </span></span><!--[endif]-->Logements : 9</p>
            <p>Avant <![if !vml]>l'image<![endif]> et 3 < 4</p>
            """
        let document = Fixtures.document(page, format: .html)
        #expect(document.blocks.map(\.content.text) == ["Ménages suivis\u{A0}: 14 par an", "Logements : 9", "Avant l'image et 3 < 4"])
        let bytes = Array(page.utf8)
        let label = document.blocks[0].content
        #expect(String(decoding: bytes[label.decodedRange(ofText: 0..<7)], as: UTF8.self) == "Ménage")
        // (A marker a broken page never closes hides nothing past its paragraph.)
        let broken = Fixtures.document("<p><![if !supportLists]>· Ménages suivis : 14</p><p>Logements : 9</p>", format: .html)
        #expect(broken.blocks.map(\.content.text) == ["Logements : 9"])
    }

    /// Bootstrap's tags (`<span class="label label-default">`) are words of a paragraph, not
    /// labels that open a table.
    @Test func readsBootstrapTagsAsWords() throws {
        let document = Fixtures.document("""
            <p><span class="label label-default">logement</span> <span class="label label-info">Aveyron</span></p>
            <h1>Un toit au bourg</h1>
            """, format: .html)
        #expect(document.blocks.map(\.kind) == [.paragraph, .heading(level: 1)])
        #expect(document.blocks[0].content.text == "logement Aveyron")
    }

    /// A heading's permalink (`<a class="headerlink">¶</a>`) is no part of it, and a site's
    /// name set as a heading (`<h1 class="blog-title">`) is a paragraph: the post's heading
    /// is the page's.
    @Test func leavesPermalinksAndTheSitesNameOutOfHeadings() throws {
        let document = Fixtures.document("""
            <h1 class="blog-title"><a href="/">Sauge Habitat</a></h1>
            <h2 class="post-title">Un toit au bourg<a class="headerlink" href="#un-toit">¶</a></h2>
            """, format: .html)
        #expect(document.blocks.map(\.kind) == [.paragraph, .heading(level: 2)])
        #expect(document.blocks[1].content.text == "Un toit au bourg")
        // (A post's own title in a blog's markup, `blog-post-title`, `entry-title`, stays a heading.)
        let post = Fixtures.document("""
            <h1 class="blog-post-title">Un toit au bourg</h1><p>Sauge Habitat loue des studios.</p>
            """, format: .html)
        #expect(post.blocks.first?.kind == .heading(level: 1))
    }

    /// A template that fills a component's slot (a Vue page's `<template slot="contents">`)
    /// holds the page's text; another template is inert.
    @Test func readsTheTemplateThatFillsASlot() throws {
        let document = Fixtures.document("""
            <div id="root"><page title="Prévention"><template slot="contents"><h1>Prévention des expulsions à Luçon</h1>
            <p>Bailleur : Sud Vendée Logis</p></template></page>
            <template id="row"><p>{{ nom }}</p></template></div>
            """, format: .html)
        #expect(document.blocks.map(\.content.text) == ["Prévention des expulsions à Luçon", "Bailleur : Sud Vendée Logis"])
    }

    /// A definition list is a table of two columns: a row for each term, its definitions
    /// beside it, a paragraph inside a definition only a break between words.
    /// A sheet published to the web keeps its frame (column letters, row numbers) and a
    /// first column that groups the rows: left out, each row reads as a label and its values.
    @Test func leavesOutASpreadsheetsFrameAndGroupingColumn() throws {
        let document = Fixtures.document("""
            <table class="waffle"><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr>
            <tr><th>1</th><td colspan="4">Suivi du projet – budget révisé</td></tr>
            <tr><th>2</th><td>Rubrique</td><td>Libellé</td><td>Prévu</td><td>Réalisé 2017</td></tr>
            <tr><th>3</th><td>Porteur</td><td>Bailleur</td><td>Combe Habitat</td><td></td></tr>
            <tr><th>4</th><td>Porteur</td><td>Association</td><td>Le Fil</td><td></td></tr>
            <tr><th>5</th><td>Volumes</td><td>Ménages accompagnés / an</td><td>9</td><td>6</td></tr>
            <tr><th>6</th><td>Volumes</td><td>Logements fléchés</td><td>5</td><td>4</td></tr>
            <tr><th>7</th><td>Charges</td><td>Déplacements</td><td>9 000 €</td><td>2 100 €</td></tr>
            <tr><th>8</th><td>Charges</td><td>Total sur 3 ans</td><td>98 112 €</td><td>30 004 €</td></tr>
            </table>
            """, format: .html)
        let rows = try #require(document.tables.first?.rows).map { $0.cells.map(\.text) }
        #expect(rows.first == ["Suivi du projet – budget révisé"])
        #expect(rows.dropFirst().first == ["Libellé", "Prévu", "Réalisé 2017"])
        #expect(rows.last == ["Total sur 3 ans", "98 112 €", "30 004 €"])
        let record = try Fixtures.record("""
            <table><tr><th></th><th>A</th><th>B</th><th>C</th></tr>
            <tr><th>1</th><td>Rubrique</td><td>Libellé</td><td>Prévu</td></tr>
            <tr><th>2</th><td>Porteur</td><td>Bailleur</td><td>Combe Habitat</td></tr>
            <tr><th>3</th><td>Charges</td><td>Accompagnement</td><td>61 200 €</td></tr>
            <tr><th>4</th><td>Charges</td><td>Déplacements</td><td>7 020 €</td></tr>
            <tr><th>5</th><td>Charges</td><td>Total sur 3 ans</td><td>68 220 €</td></tr>
            <tr><th>6</th><td>Charges</td><td>Moyenne annuelle</td><td>22 740 €</td></tr>
            </table>
            """, format: .html)
        #expect(record.carriers.map(\.value) == ["Combe Habitat"])
        #expect(record.cost?.value.total == 68220 && record.cost?.value.perYear == 22740)
        // (The total's row outranks the others by a tenth, written in hundredths.)
        #expect(record.cost?.evidence.confidence == 0.8)
        #expect(record.title == nil)
    }

    @Test func readsADefinitionListAsATable() throws {
        let document = Fixtures.document("""
            <p>Fiche</p><dl>
              <dt>Budget total et annuel</dt><dd><p>96 000 € sur trois ans,</p><p>soit 32 000 € par an</p></dd>
              <dt>Début et fin de l'action</dt><dd>mars 2016 – février 2019</dd>
            </dl>
            """, format: .html)
        #expect(document.blocks.count == 2)
        let table = try #require(document.blocks.last)
        #expect(table.kind == .table)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Budget total et annuel", "96 000 € sur trois ans, soit 32 000 € par an"],
            ["Début et fin de l'action", "mars 2016 – février 2019"],
        ])
        let record = try #require(ExtractionTests.extractor.extract(document).first)
        #expect(record.cost?.value.total == 96_000 && record.cost?.value.perYear == 32_000)
        #expect(record.duration?.value.months == 36)
    }

    /// A form's group of fields is a table too: each `<label>` opens a row, its `<output>` the
    /// value beside it; a numbered `<legend>` is no title; a cost `par ménage` is that side of
    /// the cost only (blind set 20).
    @Test func readsAFieldsetOfLabelsAndOutputsAsATable() throws {
        let document = Fixtures.document("""
            <h1>Un seuil pour tous à Lons</h1>
            <fieldset><legend>2. Les ménages</legend>
            <p><label>Ménages aidés par année</label> <output>14 ménages</output></p>
            <p><label>Logements captés sur trois ans</label> <output>21</output></p>
            </fieldset>
            <fieldset><legend>3. Budget</legend>
            <p><label>Dépense par année</label> <output>36 000 €</output></p>
            <p><label>Dépense cumulée des trois ans</label> <output>108 000 €</output></p>
            <p><label>Coût par ménage et par an</label> <output>2 570 €</output></p>
            </fieldset>
            """, format: .html)
        let table = try #require(document.blocks.first { $0.kind == .table && $0.rows.count == 3 })
        #expect(table.rows.map { $0.cells.map(\.text) }.suffix(2) == [
            ["Ménages aidés par année", "14 ménages"],
            ["Logements captés sur trois ans", "21"],
        ])
        let record = try #require(ExtractionTests.extractor.extract(document).first)
        #expect(record.title?.value == "Un seuil pour tous à Lons")
        #expect(record.households?.value.min == 14 && record.households?.value.per == .year)
        #expect(record.housingUnits?.value.min == 21)
        // A label of a cost per household gives that side only, beside the year and the whole.
        #expect(record.cost?.value.perYear == 36_000 && record.cost?.value.total == 108_000 && record.cost?.value.perHousehold == 2_570)
        let alternatives = Set((record.alternatives["cost"] ?? []).map(\.text))
        #expect(alternatives.isSuperset(of: ["108 000 €", "2 570 €"]))
    }

    /// A newsletter laid out in tables inside tables: blocks in reading order, the heading of
    /// a cell a heading, a value cell's own table after its label; the record reads them all
    /// (before, the inner tables came first and the whole document's span trapped).
    @Test func readsTablesInsideTablesInReadingOrder() throws {
        let document = Fixtures.document("""
            <table width="100%"><tr><td align="center">
            <table width="600">
            <tr><td>Ce message s&rsquo;affiche mal ? Lisez-le dans votre navigateur.</td></tr>
            <tr><td><table width="100%"><tr><td>La lettre de l&rsquo;Union Habitat Berry</td><td>N° 9</td></tr></table></td></tr>
            <tr><td>
              <h1>Un bail pour les jeunes de Vierzon</h1>
              <table cellpadding="6">
              <tr><td>Bailleur à l&rsquo;initiative</td><td><strong>Val de Cher Habitat</strong></td></tr>
              <tr><td>Jeunes suivis</td><td>12&nbsp;jeunes par an</td></tr>
              <tr><td>Ce que ça coûte</td><td>
                <table><tr><td>Coût sur un an</td><td>31&nbsp;200&nbsp;&euro;</td></tr>
                <tr><td>Coût sur la durée totale</td><td>93&nbsp;600&nbsp;&euro;</td></tr></table>
              </td></tr>
              <tr><td>Durée</td><td>3 ans</td></tr>
              </table>
            </td></tr>
            <tr><td><table><tr><td><img src="photo.png" alt=""></td><td>Contact&nbsp;: <strong>Lina MOREAU</strong>, l.moreau@valdecher-habitat.fr</td></tr></table></td></tr>
            <tr><td>Union Habitat Berry &ndash; lettre@unionhabitat-berry.fr</td></tr>
            </table>
            </td></tr></table>
            """, format: .html)
        let starts = document.blocks.map(\.span.bytes.lowerBound)
        #expect(starts == starts.sorted())
        #expect(document.blocks.map(\.kind) == [.table, .table, .heading(level: 1), .table, .table, .table, .table, .table])
        #expect(document.blocks[2].content.text == "Un bail pour les jeunes de Vierzon")
        #expect(document.blocks[3].rows.last?.cells.map(\.text) == ["Ce que ça coûte"])
        #expect(document.blocks[4].rows.map { $0.cells.map(\.text) } == [["Coût sur un an", "31\u{A0}200\u{A0}€"], ["Coût sur la durée totale", "93\u{A0}600\u{A0}€"]])
        let record = try #require(ExtractionTests.extractor.extract(document).first)
        #expect(record.title?.value == "Un bail pour les jeunes de Vierzon")
        #expect(record.carriers.map(\.value) == ["Val de Cher Habitat"])
        #expect(record.households?.value.min == 12 && record.households?.value.per == .year)
        #expect(record.cost?.value.perYear == 31_200 && record.cost?.value.total == 93_600)
        #expect(record.duration?.value.months == 36)
        #expect(record.contacts.compactMap(\.value.email) == ["l.moreau@valdecher-habitat.fr"])
    }

    /// A project database's page: cards of `<span class="label">` and `<span class="value">`
    /// read as rows, a bold label over its value after a line break, the site's navigation
    /// and footer left out (its mailbox is no contact), a search box's label no title.
    @Test func readsCardsOfLabelsAndValues() throws {
        let document = Fixtures.document("""
            <header><form><label for="q">Chercher une fiche</label><input id="q"></form></header>
            <nav><ul><li>Familles</li><li>Personnes âgées</li><li>Indre (36)</li></ul></nav>
            <main><h1>Un logement avant l&rsquo;hiver</h1>
            <div class="grid">
            <div class="card"><span class="label">Bailleur du projet</span><span class="value">Berry Logis (OPH)</span></div>
            <div class="card"><span class="label">Zone desservie</span><span class="value">Issoudun (Indre)</span></div>
            <div class="card"><span class="field-label">Familles suivies chaque année</span><span class="field-value">9 familles</span></div>
            <div class="card"><p><strong>Calendrier conventionné</strong><br>avril 2017 &ndash; mars 2020</p></div>
            <div class="card"><p><strong>Budget de fonctionnement annuel</strong><br>27&nbsp;600&nbsp;&euro;</p></div>
            <div class="card"><p><strong>Référente</strong><br>Inès Valadier<br>i.valadier@berry-logis.fr</p></div>
            </div></main>
            <footer><p>Réseau Habitat Centre &ndash; fiches@reseau-habitat-centre.org</p></footer>
            """, format: .html)
        let cards = document.blocks.filter { $0.kind == .table }.map { $0.rows.map { $0.cells.map(\.text) } }
        #expect(cards.contains([["Bailleur du projet", "Berry Logis (OPH)"]]))
        #expect(!document.allTexts.joined().contains("Personnes âgées"))
        #expect(!document.allTexts.joined().contains("fiches@"))
        let record = try #require(ExtractionTests.extractor.extract(document).first)
        #expect(record.title?.value == "Un logement avant l’hiver")
        #expect(record.carriers.map(\.value) == ["Berry Logis"])
        #expect(record.territory?.value.value == "Issoudun (Indre)")
        #expect(record.households?.value.min == 9 && record.households?.value.per == .year)
        #expect(record.duration?.value.months == 36)
        #expect(record.cost?.value.perYear == 27_600)
        #expect(record.contacts.compactMap(\.value.email) == ["i.valadier@berry-logis.fr"])
    }

    /// A table's caption is a paragraph before its rows, not its first row (nor a title); a
    /// funder's row of amount and share is no cost.
    @Test func readsACaptionAndAFundersTable() throws {
        let document = Fixtures.document("""
            <h1>Un toit à Riom</h1>
            <ul><li>12 ménages accompagnés par an</li><li>97 200 € au total sur trois ans, soit 32 400 € par an</li></ul>
            <table><caption>Financements obtenus</caption>
            <thead><tr><th>Financeur</th><th>Montant</th><th>Part</th></tr></thead>
            <tbody><tr><td>FNAVDL</td><td>38 880 €</td><td>40 %</td></tr>
            <tr><td>Riom Limagne Habitat</td><td>58 320 €</td><td>60 %</td></tr></tbody></table>
            """, format: .html)
        #expect(document.blocks.contains { $0.kind == .paragraph && $0.content.text == "Financements obtenus" })
        let record = try #require(ExtractionTests.extractor.extract(document).first)
        #expect(record.title?.value == "Un toit à Riom")
        #expect(record.cost?.value.total == 97_200 && record.cost?.value.perYear == 32_400)
    }

    @Test func ignoresTheDeclaredCharsetOfADecodedPage() {
        let document = Fixtures.document(HTMLNormalizerTests.page, format: .html)
        #expect(document.blocks[2].content.text.hasSuffix("ménages"))
    }

    @Test func givesTheSameCellsAsItsPlainTextTwin() throws {
        let html = try Fixtures.corpusDocument("fiche-html.html")
        let text = try Fixtures.corpusDocument("fiche-html.txt")
        let htmlRows = try #require(html.tables.first).rows.map(\.gridTexts)
        let textRows = try #require(text.tables.first).rows.map(\.gridTexts)
        #expect(htmlRows.count == 15)
        #expect(htmlRows == textRows)
    }

    /// A page in large type but no `h1` to `h6` (a Google Docs export) has its headings by its
    /// style sheet, the largest type first; a page that marks its headings keeps large type for
    /// what it is (a key figure).
    @Test func readsHeadingsFromLargeType() {
        let exported = Fixtures.document("""
            <html><head><style>.c1{font-size:11pt}.c3{font-weight:700;font-size:18pt}.c8{font-size:13pt}</style></head><body>
            <p class="c2"><span class="c1">Document de travail</span></p>
            <p class="c7"><span class="c3">Un toit près du port</span></p>
            <p class="c2"><span class="c8">1. Présentation</span></p>
            <p class="c2"><span class="c1">Le projet loge des saisonniers.</span></p>
            <table><tr><td><span class="c3">Dans un tableau</span></td></tr></table>
            </body></html>
            """, format: .html)
        #expect(exported.blocks.map(\.kind) == [.paragraph, .heading(level: 1), .heading(level: 2), .paragraph, .table])
        #expect(exported.blocks[1].content.text == "Un toit près du port")
        let marked = Fixtures.document("""
            <html><head><style>.nombre{font-size:2em}</style></head><body>
            <h1>Un toit près du port</h1><p class="nombre">42</p>
            </body></html>
            """, format: .html)
        #expect(marked.blocks.map(\.kind) == [.heading(level: 1), .paragraph])
    }

    /// A news page's list of other stories (`À lire aussi`, to the next heading of its level)
    /// is left out: their headlines' figures are other projects'.
    @Test func leavesOutTheListOfOtherStories() throws {
        let html = """
            <html><body><article><h1>Un bail et un appui</h1>
            <p>Val Sud Habitat met 8 logements à disposition de l'association.</p>
            <section><h2>À lire aussi :</h2><ul><li>Résidence des Tilleuls : 64 logements livrés</li></ul>
            <h3>Commentaires (2)</h3><p>Bravo !</p></section>
            <h2>Contact</h2><p>Line MORVAN, l.morvan@valsud-habitat.fr</p>
            </article></body></html>
            """
        let page = Fixtures.document(html, format: .html)
        #expect(page.blocks.map(\.content.text) == [
            "Un bail et un appui", "Val Sud Habitat met 8 logements à disposition de l'association.", "Contact",
            "Line MORVAN, l.morvan@valsud-habitat.fr",
        ])
        let record = try Fixtures.record(html, format: .html)
        #expect(record.housingUnits?.value.min == 8)
    }

    /// A page saved from an online form: each label beside its control's answer, a text
    /// field's value (its bytes as evidence), a select's chosen option alone, a textarea.
    @Test func readsTheAnswersOfASavedForm() throws {
        let page = Fixtures.document("""
            <html><body><form><fieldset><legend>Le projet</legend>
            <div><label>Intitulé du projet</label><input type="text" value="Un seuil à soi" readonly></div>
            <div><label>Volet</label><select disabled><option value="">--</option><option selected>Accès</option><option>Maintien</option></select></div>
            <div><label>Résumé</label><textarea readonly>Des studios pour des jeunes.</textarea></div>
            <input type="hidden" value="jeton-42">
            </fieldset></form></body></html>
            """, format: .html)
        let table = try #require(page.tables.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Le projet"], ["Intitulé du projet", "Un seuil à soi"], ["Volet", "Accès"], ["Résumé", "Des studios pour des jeunes."],
        ])
        #expect(!page.allTexts.joined().contains("jeton"))
        // The value's own bytes in the tag are its evidence.
        let cell = table.rows[1].cells[1]
        let source = Array(page.source.utf8[cell.content.decodedRange(ofText: 0..<cell.content.utf8.count)])
        #expect(String(decoding: source, as: UTF8.self) == "Un seuil à soi")
    }

    /// A CMS page's fields (Drupal's `field__label` and `field__item`) are rows of a label and
    /// its value; a BEM modifier (`field--label-hidden`) makes no label of a heading's text.
    @Test func readsACMSPagesFields() throws {
        let page = Fixtures.document("""
            <html><body><article>
            <h1><span class="field field--name-title field--label-hidden">Un seuil à soi</span></h1>
            <div class="field field--name-field-bailleur field--label-inline">
              <div class="field__label">Bailleur</div>
              <div class="field__item">Val Sud Habitat</div>
            </div>
            <div class="field field--name-field-duree field--label-above">
              <div class="field__label">Durée</div>
              <div class="field__item">24 mois</div>
            </div>
            </article></body></html>
            """, format: .html)
        #expect(page.blocks.first?.kind == .heading(level: 1))
        #expect(page.blocks.first?.content.text == "Un seuil à soi")
        #expect(page.tables.map { $0.rows.map { $0.cells.map(\.text) } } == [[["Bailleur", "Val Sud Habitat"]], [["Durée", "24 mois"]]])
    }

    /// Words set in bold (`<strong>`, `<b>`) are kept as ranges of their block's text, without
    /// the space before them, also when a decomposed accent is composed and when the bold
    /// opens before its block's first text.
    @Test func keepsTheRangesOfBoldWords() throws {
        let document = Fixtures.document("""
            <html><body><p>L'action <strong>Cap sur le canal</strong> loge <b>17 ménages</b>.</p>
            <div><strong>Cle\u{301}s du port</strong> : un projet.</div></body></html>
            """, format: .html)
        let bold = document.blocks.map { block in block.content.emphases.map { String(decoding: block.content.utf8[$0], as: UTF8.self) } }
        #expect(bold == [["Cap sur le canal", "17 ménages"], ["Clés du port"]])
        let plain = Fixtures.document("Un **bail** à Melle\n", format: .markdown)
        #expect(plain.blocks.allSatisfy { $0.content.emphases.isEmpty })
    }
}

import Dossier
import Testing

/// A post's project named in bold or in guillemets, and the page's boilerplate around it, in
/// markup first met in blind sets 602 to 653, in pages of our own.
@Suite("Extract: a post's project name")
struct PostNameTests {
    /// A page whose post says `Le projet s'appelle <strong>Passe-Vire</strong>` (one word),
    /// `<strong>Les Écluses du Lié</strong>, l'action montée par …` (its apposition), or names
    /// the project with the headline's words, its article folded (`l'action du Fil d'Ource`),
    /// takes that name over the headline; an association's name before `, le projet …` is
    /// the partner's.
    @Test func readsTheNameThePostGivesOverItsHeadline() throws {
        func page(_ headline: String, _ body: String) throws -> ProjectRecord {
            try Fixtures.record("""
                <html><head><title>\(headline) | Carnet du Val</title></head><body>
                <article><h1 class="post-title">\(headline)</h1>
                <p>\(body)</p>
                <p>Le comité a porté l'objectif à <strong>17 ménages</strong> sur trois ans.</p>
                </article></body></html>
                """, format: .html)
        }
        let named = try page("À Vire, Passe-Vire voit plus grand", "Le projet s'appelle <strong>Passe-Vire</strong> : l'office Vire Bocage Habitat et l'association Le Gué y logent des familles.")
        #expect(named.title?.value == "Passe-Vire")
        let apposed = try page("À Loudéac, le comité élargit l'action", "Au comité de pilotage de <strong>Les Écluses du Lié</strong>, l'action montée par Lié Habitat, on a compté les demandes.")
        #expect(apposed.title?.value == "Les Écluses du Lié")
        let folded = try page("Le comité révise à la hausse l'action du Fil d'Ource", "On en parlait en mars : <strong>Ource Logis</strong> et l'association <strong>Le Fil d'Ource</strong> veulent loger des personnes sortant d'un foyer.")
        #expect(folded.title?.value == "Le Fil d'Ource")
        let partner = try page("Tenir chez soi : le projet entre dans sa dernière année", "Lancé en mai par <strong>Val Logis</strong> avec l'association <strong>Les Berges du Vrin</strong>, le projet aide des locataires en difficulté.")
        #expect(partner.title?.value == "Tenir chez soi")
    }

    /// Links to the previous and the next post (`<a class="prev">« Vendanges</a> <a
    /// class="next">Le marché »</a>`) and a post's copyright box (`Titre : …`, `Auteur : …`)
    /// are the site's, not the post's text: neither gives the title; a quote in guillemets
    /// that a speaker says (`« Nous avions sous-estimé la demande », reconnaît …`) names nothing.
    @Test func leavesThePagesNavigationCopyrightAndQuotes() throws {
        let record = try Fixtures.record("""
            <html><head><title>Les Vignes du Seuil : le comité revoit la copie | Carnet</title></head><body>
            <article><h1 class="post-title">Les Vignes du Seuil : le comité revoit la copie</h1>
            <p>L'office <strong>Nuits Vignoble Habitat</strong> et l'association <strong>Les Vignes du Seuil</strong> logent des ménages sortant d'un foyer.</p>
            <p>« Nous avions sous-estimé la demande », reconnaît la présidente.</p>
            <blockquote class="post-copyright"><span>Titre :</span><a href="/p/">Les Vignes du Seuil : le comité revoit la copie</a></blockquote>
            <div class="post-nav">
            <a href="/a/" class="pre">« Vendanges solidaires</a>
            <a href="/b/" class="next">Le marché du jeudi »</a>
            </div>
            </article></body></html>
            """, format: .html)
        #expect(record.title?.value == "Les Vignes du Seuil")
        let document = Fixtures.document("<html><body><p>Texte.</p><div><a rel=\"prev\" href=\"/a/\">Article précédent</a></div></body></html>", format: .html)
        #expect(!document.blocks.contains { $0.content.text.contains("précédent") })
    }

    /// Wordings of notices and guides first met in blind sets 650 to 653: an end `finira le`
    /// with its year on the box's next line, a venue letterhead with its postcode (`– ROCROI
    /// (08230)`), households who `vivaient sur la route`, a bail `conservation du bail` beside
    /// an arrival (both modes), dates with their weekdays (`du lundi 2 mai 2016 au mercredi
    /// 1er mai 2019`).
    @Test func readsTheWordingsOfBlindSets650To653() throws {
        let box = try Fixtures.record("""
            +--------------------------------------------------------------+
            | Lancée le 1er mars 2017, l'action finira le 29 février       |
            | 2020. Coût global : 68 217 €, dont 75 % venus du FNAVDL.     |
            +--------------------------------------------------------------+

            """)
        #expect(box.duration?.value.months == 36)
        let poster = try Fixtures.record("AMICALE DES LOCATAIRES DE LA CITÉ DES REMPARTS – ROCROI (08230)\n\nGRAND TOURNOI DE BELOTE\n\nL'office loge 6 ménages par an.\n")
        #expect(poster.territory?.value.value == "ROCROI")
        let road = try Fixtures.record("Le bailleur accompagne des familles qui vivaient sur la route depuis des années.\n")
        #expect(road.mode?.value == .access)
        let both = try Fixtures.record("Visée : arrivée dans un logement pour certains foyers, conservation du bail pour d'autres.\n")
        #expect(both.mode?.value == .accessAndMaintenance)
        let guide = try Fixtures.record("Bornes du projet : du lundi 2 mai 2016 au mercredi 1er mai 2019\n")
        #expect(guide.duration?.value.months == 36)
    }
}

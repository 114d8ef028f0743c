import Dossier
import Testing

/// A guide's monograph heads in layouts first met in blind sets 500 to 511: the carrier line
/// under a title row, a row of carrier line and title under a number alone, a place beside
/// its population; in texts of our own.
@Suite("Segment: monograph layouts")
struct MonographLayoutTests {
    /// A line in capitals under a row of a number and a title (a tab after it) is the carrier
    /// line, not the title's end: two carriers with no partner, or a carrier and its partner.
    @Test func readsTheCarrierLineUnderATitleRow() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            8.3.1. LE GUÉ DES TANNEURS : ENTRER, PUIS RESTER\t
            CANCHE LOGIS QU'ÉPAULE AU QUOTIDIEN L'ASSOCIATION LES TANNEURS
            Où l'on intervient\tMontreuil (62)
            Ménages suivis\t15 ménages sur la période

            8.3.2. DEUX OFFICES AU BORD DE LA MER\t
            AUTHIE LOGIS ET BERCK HABITAT
            Ville des deux offices\tBerck
            Ménages suivis\t6 ménages chaque année

            """)).filter { $0.kind == .project }
        #expect(records.map { $0.title?.value } == ["LE GUÉ DES TANNEURS : ENTRER, PUIS RESTER", "DEUX OFFICES AU BORD DE LA MER"])
        #expect(records.map { $0.carriers.map(\.value) } == [["CANCHE LOGIS"], ["AUTHIE LOGIS", "BERCK HABITAT"]])
        #expect(records.first?.partners.map(\.value) == ["LES TANNEURS"])
        // (A row of a label and its value is no place of the head: its value is the territory,
        // under a label the packs know by its head, `Ville`.)
        #expect(records.last?.territory?.value.value == "Berck")
        #expect(records.last?.territory?.evidence.rule == "territory.label.head")
        #expect(records.map { $0.households?.value.min } == [15, 6])
    }

    /// A number alone in its cell, then a row of the carrier line and the title: the title is
    /// the row's last text, the carrier line its first.
    @Test func readsARowOfCarrierLineAndTitleUnderANumber() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            8.3.3.\t
            **TERNOISE HABITAT DONT LES VISITES SONT ASSURÉES PAR L'ASSOCIATION LA HALTE**\t\tDEUX PORTES POUR LE TERNOIS
            Bourg retenu\tSaint-Pol-sur-Ternoise (4 870 habitants)
            Ménages suivis\t12 ménages sur la période

            """)).filter { $0.kind == .project }
        let record = try #require(records.first)
        #expect(records.count == 1)
        #expect(record.title?.value == "DEUX PORTES POUR LE TERNOIS")
        #expect(record.carriers.map(\.value) == ["TERNOISE HABITAT"])
        #expect(record.partners.map(\.value) == ["LA HALTE"])
        // A town and its population in parentheses, under a label no pack knows: the town.
        #expect(record.territory?.value.value == "Saint-Pol-sur-Ternoise")
    }

    /// A section numbered on fewer levels (`8.4` and a tab, over a table of national figures)
    /// ends the monograph above it: its rows (`Personnes seules | 2 283 | 50,0 %`) are no
    /// values of the project.
    @Test func endsAMonographAtAShallowerSection() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            8.3.3. LE GUÉ DES TANNEURS
            CANCHE LOGIS
            Où l'on intervient\tMontreuil (62)
            Ménages suivis\t15 ménages sur la période

            8.3.4.\t
            AUTHIE LOGIS ET BERCK HABITAT\t\tS'INSTALLER À BERCK
            Ville des deux offices\tBerck (62)
            Nouveaux arrivants suivis annuellement\t8 ménages par an
            Coût de l'ensemble\t63 658 €

            8.4\tComposition des ménages accompagnés, ensemble du programme\t\t
            Composition\tMénages\tPart
            Personnes seules\t2 283\t50,0 %
            Familles monoparentales\t1 325\t29,0 %

            """)).filter { $0.kind == .project }
        #expect(records.count == 2)
        let households = try #require(records.last?.households?.value)
        #expect((households.min, households.per) == (8, .year))
        #expect(records.last?.alternatives["households"] == nil)
    }
}

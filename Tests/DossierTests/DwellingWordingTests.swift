import Dossier
import Testing

/// Dwellings in wordings first met in blind sets 103 to 113, in texts of our own.
@Suite("Extract: dwelling wordings")
struct DwellingWordingTests {
    /// `Logis` or `Toits` with a participle, `Bâti mobilisable`, `Domiciles`, `Offre locative`
    /// head a count of dwellings.
    @Test func readsDwellingsUnderTheirLabels() throws {
        let cases: [(String, Int)] = [
            ("Logis apportés : 7 (T2 et T3 au centre-bourg)", 7),
            ("Logis remis en location : 11 (studios et T2)", 11),
            ("Domiciles réservés : 8 studios", 8),
            ("Offre locative engagée : 5 par an, dans les livraisons neuves", 5),
            ("Toits réservés : 9", 9),
            ("Bâti mobilisable : 6 logements neufs en petits collectifs", 6),
        ]
        for (line, count) in cases {
            let fiche = try Fixtures.record("Ménages suivis : 12\n\(line)\n")
            #expect(fiche.housingUnits?.value.min == count, "\(line)")
        }
    }

    /// A count of dwelling types stands before a larger count a parenthesis gives of
    /// something else (`10 T1 bis et T2 récents (programme de 32 logements …)`).
    @Test func readsACountOfDwellingTypes() throws {
        let fiche = try Fixtures.record("Logements mobilisés : 10 T1 bis et T2 récents (programme de 32 logements livré en 2015)\n")
        #expect(fiche.housingUnits?.value.min == 10)
    }
}

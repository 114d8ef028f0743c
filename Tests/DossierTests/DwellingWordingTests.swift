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
        try expectDwellings(cases)
    }

    /// Expects the count of dwellings each line gives, in a fiche that counts its households
    /// first.
    private func expectDwellings(_ cases: [(line: String, count: Int)]) throws {
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

    /// Counts of kinds of dwellings joined by `et` add up, a few words of place between
    /// (`9 maisons de la cité et 2 appartements`); types after a kind break it down, and
    /// `dont` gives a part.
    @Test func addsUpKindsOfDwellings() throws {
        let cases: [(String, Int)] = [
            ("Logements mobilisés : 7 maisons de la cité ouvrière et 3 appartements à Thaon", 10),
            ("Logements mobilisés : 8 appartements, 3 T2 et 5 T3", 8),
            ("Logements mobilisés : 6 pavillons, dont 2 maisons de ville et 1 appartement", 6),
        ]
        try expectDwellings(cases)
    }

    /// A count of dwellings that a phrase of the project qualifies (`loués en bail glissant`,
    /// `sont réservés`, `restent réservés`, `retenus à`, kinds of flats on a bullet line) is
    /// the project's; vacant ones (`140 logements vacants`) are the town's.
    @Test func readsDwellingsAPhraseQualifies() throws {
        let cases: [(String, Int)] = [
            ("Le projet suit 9 ménages par an, logés dans 6 logements loués en bail glissant à Saint-Flour.", 6),
            ("Derrière ces portes, 13 logements sont réservés à des jeunes qui sortent de foyer.", 13),
            ("Ce qui change :\n- 12 jeunes par an\n- 7 appartements T2 et T3 dans le quartier de la gare", 7),
            ("Le budget baisse un peu. Les 11 studios (T1 et T1 bis) restent réservés, et la durée ne change pas.", 11),
            ("Elle accompagne 12 familles, chacune dans l'un des 9 logements retenus à Riom.", 9),
            ("L'objectif monte à 20 ménages. Les 11 logements prévus ne changent pas.", 11),
        ]
        for (text, count) in cases {
            let record = try Fixtures.record(text + "\n")
            #expect(record.housingUnits?.value.min == count, "\(text)")
        }
        let town = try Fixtures.record("Le centre-bourg compte 140 logements vacants ; l'office y accompagne 8 ménages par an.\n")
        #expect(town.housingUnits == nil)
    }

    /// Dwellings whose doors the project opens (`ouvrent les portes de huit appartements`),
    /// those the landlord reserves (`dans 4 logements que nous réservons`), and a count in
    /// words before its breakdown under a sentence that keeps it (`Le nombre d'appartements
    /// ne bouge pas : huit, trois T2 et cinq T3`; blind sets 505 to 621); a sentence about the
    /// landlord before a colon names no carrier (`L'office ne change pas le nombre
    /// d'appartements : huit logements`).
    @Test(arguments: [
        ("Le bailleur et l'association ouvrent les portes de huit appartements à des personnes sortant d'un foyer.\n", 8),
        ("Deux appartements du bâtiment C ont de nouveaux voisins : chaque année, 8 ménages entrent dans 4 logements que nous réservons.\n", 4),
        ("Le comité a relevé l'objectif. Le nombre d'appartements ne bouge pas : huit, trois T2 et cinq T3.\n", 8),
    ])
    func readsDwellingsTheProjectOpensOrKeeps(_ text: String, _ count: Int) throws {
        #expect(try Fixtures.record(text).housingUnits?.value.min == count)
    }

    @Test func readsNoCarrierFromASentenceAboutTheLandlord() throws {
        let post = try Fixtures.record("L'office ne change pas le nombre d'appartements : huit logements, trois T2 et cinq T3, dans la résidence.\n")
        #expect(post.carriers.isEmpty)
    }
}

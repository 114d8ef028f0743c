import Dossier
import Testing

/// Counts of households and dwellings that a project's text gives in a sentence no other
/// phrase reads (blind sets 450 to 511 missed about two hundred of them, most in brochures):
/// read wherever they stand, by the year when the sentence says so, and never when the
/// words around make them another count; in texts of our own.
@Suite("Extract: counts told anywhere")
struct CountAnywhereTests {
    /// A sentence and what it counts: households (least, most, by the year or in all), and
    /// dwellings when it gives them.
    struct Told: Sendable, CustomTestStringConvertible {
        let sentence: String
        let households: ClosedRange<Int>
        let yearly: Bool
        var dwellings: Int? = nil
        var testDescription: String { sentence }
    }

    static let told: [Told] = [
        Told(sentence: "Vallée de l'Aude Logis a mené une action d'accès et de maintien auprès de 22 ménages, dans 8 logements, sur 30 mois.", households: 22...22, yearly: false, dwellings: 8),
        Told(sentence: "En fin de parcours, 17 ménages ont trouvé leur place, dans 6 logements mobilisés, pour 58 214 € engagés.", households: 17...17, yearly: false, dwellings: 6),
        Told(sentence: "À Quillan, une trentaine de ménages ont été épaulés, dans 9logements du centre ancien.", households: 24...36, yearly: false, dwellings: 9),
        Told(sentence: "Chaque année, ce sont 13familles déjà locataires qui reçoivent une visite, pendant deux ans au plus.", households: 13...13, yearly: true),
        Told(sentence: "À Limoux, une dizaine de ménages sont suivis chaque année par la conseillère de l'office.", households: 8...12, yearly: true),
        Told(sentence: "Bon an mal an, une quinzaine de ménages en retard de loyer reçoivent une visite.", households: 12...18, yearly: true),
        Told(sentence: "L'office a confié le suivi de 14 ménages à l'association, à chaque exercice.", households: 14...14, yearly: true),
        Told(sentence: "Le suivi de 11 ménages coûte 40 218 € par an à l'office.", households: 11...11, yearly: false),
        Told(sentence: "Certains entrent dans l'un des 4 logements remis en location, d'autres restent chez eux : douze ménages en tout.", households: 12...12, yearly: false, dwellings: 4),
    ]

    @Test(arguments: told)
    func readsACountWhereverItStands(_ told: Told) throws {
        let section = try Fixtures.record(told.sentence + "\n")
        let households = try #require(section.households)
        #expect(households.value.min == told.households.lowerBound && households.value.max == told.households.upperBound)
        #expect(households.value.per == (told.yearly ? .year : .total))
        #expect(households.evidence.rule.hasPrefix("households.prose.count"))
        #expect(section.housingUnits?.value.min == told.dwellings)
    }

    /// A part of another count, a stock, a figure replaced, households waiting.
    @Test(arguments: [
        "Le service contentieux comptait 312 ménages en retard de plus de deux mois.",
        "Au lieu de 16 ménages, le comité a préféré attendre le bilan.",
        "Sur les 16 ménages, la plupart vivent seuls.",
        "La commune recense 41 ménages en attente d'un logement adapté.",
        "Le foyer héberge des jeunes, dont 12 ménages avec enfants.",
    ])
    func readsNoCountThatCountsSomethingElse(_ sentence: String) throws {
        #expect(try Fixtures.record(sentence + "\n").households == nil, "\(sentence)")
    }

    /// A building's or a stock's dwellings, those of each of several units, those delivered.
    @Test(arguments: [
        "La résidence de 48 logements domine le port.",
        "Deux unités comportant chacune 5 logements sont louées à l'association.",
        "L'association gère l'un de nos 23 logements d'insertion depuis 2012.",
        "Bâtiments A à D, soit 96 logements, sans eau chaude lundi.",
        "Le bailleur a inauguré 24 logements livrés en février.",
        "La ville compte 35 logements vacants dans la commune ancienne.",
    ])
    func readsNoDwellingsOfABuildingOrAStock(_ sentence: String) throws {
        #expect(try Fixtures.record(sentence + "\n").housingUnits == nil, "\(sentence)")
    }
}

import Dossier
import Testing

@Suite("Values: counts, ranges and qualifiers")
struct QuantityParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let min: Int
        let max: Int
        let per: Quantity.Period
        var approximate = false
        var unit: String?
        var breakdown: [String] = []
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "30", min: 30, max: 30, per: .total),
        Case(text: "40 à 50", min: 40, max: 50, per: .total),
        Case(text: "de 40 à 50 ménages", min: 40, max: 50, per: .total, unit: "ménages"),
        // A total that `soit` restates as the sum of the counts before it.
        Case(text: "12 à 14 locataires suivis en maintien et 4 entrées accompagnées, soit 16 à 18 ménages par an", min: 16, max: 18, per: .year, unit: "ménages"),
        Case(text: "9 en accès et 5 en maintien, soit 14 familles", min: 14, max: 14, per: .total, unit: "familles"),
        // … or after `=`.
        Case(text: "25 entrées dans les lieux + 9 locataires suivis chez eux = 34 ménages", min: 34, max: 34, per: .total, unit: "ménages"),
        // Dwellings of several types, one after another, add up.
        Case(text: "5 T2 et 2 T3", min: 7, max: 7, per: .total),
        Case(text: "3 T1, 4 T2 et 1 T3 bis", min: 8, max: 8, per: .total),
        Case(text: "entre 40 et 50 familles", min: 40, max: 50, per: .total, unit: "familles"),
        // A year told by its twelve months, by the season, the exercise or from one year to the
        // next (blind sets 579 to 599).
        Case(text: "tous les douze mois, 14 ménages en impayés", min: 14, max: 14, per: .year, unit: "ménages"),
        Case(text: "16 ménages, exercice budgétaire après exercice budgétaire", min: 16, max: 16, per: .year, unit: "ménages"),
        Case(text: "une quinzaine de ménages, saison après saison", min: 12, max: 18, per: .year, approximate: true, unit: "ménages"),
        Case(text: "14 foyers, renouvelés d'année en année", min: 14, max: 14, per: .year, unit: "foyers"),
        Case(text: "d'année civile en année civile : une quinzaine de ménages", min: 12, max: 18, per: .year, approximate: true, unit: "ménages"),
        Case(text: "bon an mal an, une quinzaine de ménages", min: 12, max: 18, per: .year, approximate: true, unit: "ménages"),
        Case(text: "d'un janvier à l'autre : 9 à 12 ménages", min: 9, max: 12, per: .year, unit: "ménages"),
        Case(text: "sur un exercice, 14 ménages locataires", min: 14, max: 14, per: .year, unit: "ménages"),
        Case(text: "13 ménages, d'un exercice à l'autre", min: 13, max: 13, per: .year, unit: "ménages"),
        Case(text: "15 foyers, pour chacune des années", min: 15, max: 15, per: .year, unit: "foyers"),
        Case(text: "12 ménages, d'une année sur l'autre, menacés d'expulsion", min: 12, max: 12, per: .year, unit: "ménages"),
        Case(text: "13 ménages, d'une année d'action à l'autre", min: 13, max: 13, per: .year, unit: "ménages"),
        Case(text: "40-50", min: 40, max: 50, per: .total),
        Case(text: "25 par an", min: 25, max: 25, per: .year),
        Case(text: "25/an", min: 25, max: 25, per: .year),
        Case(text: "40 à 50 par an", min: 40, max: 50, per: .year),
        Case(text: "40 ménages en file active", min: 40, max: 40, per: .total, unit: "ménages"),
        Case(text: "20 personnes par an", min: 20, max: 20, per: .year, unit: "personnes"),
        Case(text: "une dizaine de ménages", min: 8, max: 12, per: .total, approximate: true),
        Case(text: "une vingtaine par an", min: 16, max: 24, per: .year, approximate: true),
        Case(text: "trois ménages", min: 3, max: 3, per: .total, unit: "ménages"),
        Case(text: "par an 40 à 45 en accès, 250 en maintien", min: 290, max: 295, per: .year, breakdown: ["accès 40-45", "maintien 250-250"]),
        Case(text: "22 (11 en accès et 11 en maintien)", min: 22, max: 22, per: .total, breakdown: ["accès 11-11", "maintien 11-11"]),
        Case(text: "20 (10 par an)", min: 20, max: 20, per: .total),
        Case(text: "75 (25 par an)", min: 75, max: 75, per: .total),
        Case(text: "30 ménages sur 3 ans, soit 10 par an", min: 30, max: 30, per: .total, unit: "ménages"),
        Case(text: "un volume annuel de 30 ménages", min: 30, max: 30, per: .year, unit: "ménages"),
        Case(text: "90 mesures d'accompagnement", min: 90, max: 90, per: .total, unit: "mesures"),
        Case(text: "1\u{A0}200 ménages", min: 1200, max: 1200, per: .total, unit: "ménages"),
        Case(text: "pour 15 jeunes", min: 15, max: 15, per: .total, unit: "jeunes"),
        Case(text: "10 accompagnements chaque année", min: 10, max: 10, per: .year, unit: "accompagnements"),
        Case(text: "16 en accès et 4 en maintien", min: 20, max: 20, per: .total, breakdown: ["accès 16-16", "maintien 4-4"]),
        Case(text: "Nbre : 12 logements par an", min: 12, max: 12, per: .year, unit: "logements"),
        Case(text: "environ 45 ménages", min: 45, max: 45, per: .total, approximate: true, unit: "ménages"),
        Case(text: "près de 70 familles par an", min: 70, max: 70, per: .year, approximate: true, unit: "familles"),
        Case(text: "Ménages suivis : quinze", min: 15, max: 15, per: .total),
        Case(text: "deux cent quarante personnes", min: 240, max: 240, per: .total, unit: "personnes"),
        Case(text: "une vingtaine de jeunes par an", min: 16, max: 24, per: .year, approximate: true, unit: "jeunes"),
        Case(text: "une quinzaine de foyers accueillis annuellement", min: 12, max: 18, per: .year, approximate: true, unit: "foyers"),
        Case(text: "une quinzaine de foyers sur douze mois", min: 12, max: 18, per: .year, approximate: true, unit: "foyers"),
        Case(text: "9 ménages en une année", min: 9, max: 9, per: .year, unit: "ménages"),
        // `en tout` says the count is the whole, it labels no part of it.
        Case(text: "40 ménages en tout, 25 en maintien et 15 en accès", min: 40, max: 40, per: .total, unit: "ménages"),
        // Kinds in parentheses after what is counted.
        Case(text: "par an 12 entrants (accès), 20 locataires en place (maintien)", min: 32, max: 32, per: .year, breakdown: ["accès 12-12", "maintien 20-20"]),
        // Kinds written before their counts.
        Case(text: "accès, 9 par an ; maintien, 17 par an", min: 26, max: 26, per: .year, breakdown: ["accès 9-9", "maintien 17-17"]),
        Case(text: "accès : 6 – maintien : 11", min: 17, max: 17, per: .total, breakdown: ["accès 6-6", "maintien 11-11"]),
        // Households named by their kind.
        Case(text: "11 entrants et 17 locataires déjà en place", min: 28, max: 28, per: .total, breakdown: ["entrants 11-11", "locataires déjà en place 17-17"]),
    ]

    /// Read for households, a text's count of households, past the counts of other things.
    static let households: [(String, Int, Int)] = [
        ("12 logements réservés à 9 ménages sortant d'hébergement", 9, 9),
        ("Avec 3 travailleurs sociaux, 55 foyers seront suivis", 55, 55),
        ("Un parc de 480 logements où une quinzaine de familles sont en difficulté", 12, 18),
        ("40 (dont 12 familles monoparentales)", 40, 40),
        ("25 en accès et 5 en maintien", 30, 30),
        // Shares, ages and lengths are not counts.
        ("31 % des locataires ont plus de 65 ans ; 12 ménages suivis", 12, 12),
        ("Jeunes de 18 à 30 ans, 20 par an", 20, 20),
        ("pendant 6 mois, 14 familles", 14, 14),
        // Labelled parts add up when the households are a later part; not over dwellings.
        ("par an 12 entrants (accès), 20 locataires en place (maintien)", 32, 32),
        ("5 logements en diffus, 12 familles en accès", 12, 12),
    ]

    @Test(arguments: households)
    func readsTheCountOfWhatItIsAskedFor(_ text: String, _ min: Int, _ max: Int) throws {
        let quantity = try #require(Quantities.parse(text, counting: Quantities.householdNouns))
        #expect((quantity.min, quantity.max) == (min, max))
        #expect(Quantities.parse("Résidence de 24 logements pour 30 personnes", counting: Quantities.housingNouns)?.min == 24)
    }

    /// A count of the other field's things is no answer (`un logement adapté` counts no
    /// household), while a count of something else known still is (`38 diagnostics de ménages`).
    @Test func leavesTheOtherFieldsCounts() {
        #expect(Quantities.parse("Familles qui attendent un logement adapté", counting: Quantities.householdNouns) == nil)
        #expect(Quantities.parse("Locataires : 30 personnes suivies", counting: Quantities.housingNouns) == nil)
        #expect(Quantities.parse("38 diagnostics de ménages menés", counting: Quantities.householdNouns)?.min == 38)
        #expect(Quantities.parse("12 patients relogés en trois ans", counting: Quantities.householdNouns)?.unit == "patients")
    }

    @Test(arguments: cases)
    func readsCounts(_ testCase: Case) throws {
        let quantity = try #require(Quantities.parse(testCase.text))
        #expect((quantity.min, quantity.max) == (testCase.min, testCase.max))
        #expect(quantity.per == testCase.per)
        #expect(quantity.approximate == testCase.approximate)
        if let unit = testCase.unit { #expect(quantity.unit == unit) }
        #expect(quantity.breakdown.map { "\($0.label) \($0.min)-\($0.max)" } == testCase.breakdown)
    }

    /// A date's day is no count (`avant le 16 août`, `March 14, 2017`).
    @Test(arguments: [
        "", "Accès au logement", "45 000 €", "en 2015", "120 000€ par an", "Cet article est sous licence CC BY 4.0.",
        "merci de répondre avant le 16 août.", "March 14, 2017", "le 1er mars",
    ])
    func findsNoCountWhereThereIsNone(_ text: String) {
        #expect(Quantities.parse(text) == nil)
    }

    @Test func pointsAtTheCountsBytes() throws {
        let text = "Nbre de ménages accompagnés : 40 à 50 par an"
        let quantity = try #require(Quantities.parse(text))
        #expect(String(decoding: Array(text.utf8)[quantity.range], as: UTF8.self) == "40 à 50")
    }
}

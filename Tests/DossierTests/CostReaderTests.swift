import Dossier
import Foundation
import Testing

@Suite("Values: costs")
struct CostReaderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        var total: Decimal?
        var perYear: Decimal?
        var perHousehold: Decimal?
        var components: [Decimal] = []
        var perYearLabel = false
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "45 000 €", total: 45_000),
        Case(text: "45 000 €", perYear: 45_000, perYearLabel: true),
        Case(text: "126 000 € sur 3 ans, soit 42 000 € par an", total: 126_000, perYear: 42_000),
        Case(text: "36 148 € par an sur 3 ans", perYear: 36_148),
        Case(text: "57 k€ par an, dont 12 k€ de coordination", perYear: 57_000, components: [12_000]),
        Case(text: "204 000 € sur trois ans (1 700 € par ménage accompagné)", total: 204_000, perHousehold: 1_700),
        Case(text: "48 000 € par an, soit 144 000 € sur trois ans", total: 144_000, perYear: 48_000),
        Case(text: "56 000 € par an, soit 168 000 € pour les trois années", total: 168_000, perYear: 56_000),
        Case(text: "47 219 € pour un exercice, soit 141 657 € au bout des trois exercices", total: 141_657, perYear: 47_219),
        Case(text: "52 368 € la première année, 157 104 € pour les trois exercices réunis", total: 157_104, perYear: 52_368),
        Case(text: "41 307 € pour le premier exercice", perYear: 41_307),
        Case(text: "118 833 € ; 39 611 € à l'année", total: 118_833, perYear: 39_611, perYearLabel: true),
        Case(text: "113 457 € pour les trois années, 37 819 € par an", total: 113_457, perYear: 37_819),
        // A second amount on the line that is whole years of the first (blind sets 583 to 606).
        Case(text: "26 911 € chaque année, 80 733 € pour l'opération", total: 80_733, perYear: 26_911),
        Case(text: "31 117 € par an, 93 351 € en cumul", total: 93_351, perYear: 31_117),
        Case(text: "27 511 € chaque année ; 82 533 € cumulés", total: 82_533, perYear: 27_511),
        Case(text: "31 318 € chaque année, 93 954 € sur l'ensemble", total: 93_954, perYear: 31_318),
        // (Not a budget line's sum under its yearly amount, nor an amount of other years.)
        Case(text: "34 590 € par an\n103 770 €", perYear: 34_590),
        Case(text: "26 911 € chaque année, 40 000 € de travaux", perYear: 26_911),
        Case(text: "131 481 € au total, ou 43 827 € par an", total: 131_481, perYear: 43_827),
        Case(text: "148 500 € pour la période, soit 4 125 € par ménage", total: 148_500, perHousehold: 4_125),
        Case(text: "0,18 M€ sur la durée totale, frais de gestion compris", total: 180_000),
        Case(text: "1,1 million d'euros, dont 780 000 € de personnel et 320 000 € de gestion", total: 1_100_000, components: [780_000, 320_000]),
        Case(text: "Chaque année, l'action coûte 63 000 €", perYear: 63_000),
        Case(text: "40 000 € + 12 000 €", total: 52_000, components: [40_000, 12_000]),
        Case(text: "Investissement : 150 000 € Accompagnement : 4 300 €", components: [150_000, 4_300]),
        Case(text: "cent cinq mille euros pour les trois années, soit 35 000 € par an", total: 105_000, perYear: 35_000),
        // A restated amount that is whole years of the yearly one is the total, whatever words
        // follow it; one that is not (a month's) is no total.
        Case(text: "41 306 € par an, soit 123 918 € en cumul", total: 123_918, perYear: 41_306),
        Case(text: "29 455 € par an, soit 58 910 € au bout des deux exercices", total: 58_910, perYear: 29_455),
        Case(text: "32 100 € par an, soit 2 675 € par mois", perYear: 32_100),
        // The words that make a count a year's make an amount one too (blind sets 612 to 616).
        Case(text: "38 447 € d'une année sur l'autre,\ncumul de 115 341 € pour l'ensemble", total: 115_341, perYear: 38_447),
        Case(text: "29 120 € d'année en année", perYear: 29_120),
        Case(text: "31 640 € pour chacune des trois années", perYear: 31_640),
    ]

    /// Each part's label ends where the next part starts.
    @Test func labelsEachPart() throws {
        let cost = try #require(CostReader.read("210 000 € dont 150 000 € d'accompagnement et 60 000 € de gestion locative"))
        #expect(cost.components.map(\.label) == ["accompagnement", "gestion locative"])
    }

    @Test(arguments: cases)
    func readsCosts(_ testCase: Case) throws {
        let cost = try #require(CostReader.read(testCase.text, perYearLabel: testCase.perYearLabel))
        #expect(cost.total == testCase.total)
        #expect(cost.perYear == testCase.perYear)
        #expect(cost.perHousehold == testCase.perHousehold)
        #expect(cost.components.map(\.euros) == testCase.components)
    }

    @Test(arguments: ["", "Accès au logement", "30 ménages par an", "50 % par le FNAVDL"])
    func findsNoCostWhereThereIsNone(_ text: String) {
        #expect(CostReader.read(text) == nil)
    }
}

/// A funding line that opens with the whole sum gives the cost when nothing else does.
@Suite("Extract: the cost a funding line gives")
struct FundingTotalTests {
    @Test func readsTheWholeSumAFundingLineOpensWith() throws {
        let monograph = try Fixtures.record("""
            Type d'action\tAccès au logement
            Financement\t128 406 € sur 3 ans ; FNAVDL à hauteur de 60 %, le reste apporté par le bailleur et la communauté de communes.
            Durée\t3 ans

            """)
        #expect(monograph.cost?.value.total == 128_406)
        #expect(monograph.cost?.evidence.rule == "cost.funding-total")
        // A funder's own amount is no total, nor is a sum the line asks for.
        let funder = try Fixtures.record("Financement\t78 630 € FNAVDL (50 %) ; bailleur 50 %\n")
        #expect(funder.cost == nil)
        let asked = try Fixtures.record("Financement\t12 000 € demandés au FNAVDL\n")
        #expect(asked.cost == nil)
    }
}

/// A guide's row whose value carries on to the next line, in the next row's one cell (`47 219 €
/// pour un exercice,` then `soit 141 657 € …`): the two sides of one cost.
@Suite("Extract: a cost that carries on")
struct CarriedOnCostTests {
    @Test func readsBothSidesOfACostOverTwoLines() throws {
        let monograph = try Fixtures.record("""
            4.2.1. LE SEUIL DU CANAL
            HABITAT DU CANAL EN PARTENARIAT AVEC L'ASSOCIATION PASSE-MURAILLE
            Lieu retenu\tBéziers (34)
            Débours d'un exercice puis de trois\t47 219 € pour un exercice,
            \tsoit 141 657 € au bout des trois exercices
            Temps de l'engagement\t36 mois

            """)
        #expect(monograph.cost?.value.perYear == 47_219)
        #expect(monograph.cost?.value.total == 141_657)
    }

    /// The line that carries the value on opens its own row (`soit 129 634 € pour les deux
    /// années` and a tab): an amount only a last resort reads there still completes it.
    @Test func completesACostWithTheLineThatCarriesItOn() throws {
        let monograph = try Fixtures.record("""
            4.2.2. LE PAS DE CÔTÉ
            HABITAT DU CANAL EN PARTENARIAT AVEC L'ASSOCIATION PASSE-MURAILLE
            Lieu retenu\tBéziers (34)
            Somme demandée pour l'action\t64 817 € annuels,
            soit 129 634 € pour les deux années\t
            Laps de l'action\t24 mois\t\t

            """)
        #expect(monograph.cost?.value.perYear == 64_817)
        #expect(monograph.cost?.value.total == 129_634)
    }
}

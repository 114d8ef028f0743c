import Foundation
import Dossier
import Testing

/// Counts, amounts and lengths that a project's text gives in a sentence no other phrase
/// reads (blind sets 450 to 522 missed about four hundred of them, most in brochures): read
/// wherever they stand by last-resort rules, by the year when the sentence says so, never when
/// the words around make them another figure, and never beside what other rules read; in
/// texts of our own.
@Suite("Extract: last resorts")
struct LastResortTests {
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

    @Test(arguments: [
        ("Prévue sur 30 mois, l'action mobilise 61 291 € au total, prise sur les fonds propres de l'office.", 61_291, false),
        ("En fin de parcours, 19 ménages suivis, 7 logements mobilisés, 72 691 € engagés.", 72_691, false),
        ("L'action a tenu 36 mois et mobilisé 24 953 € par an.", 24_953, true),
        ("L'office consacre à l'action 29 913 € de budget annuel.", 29_913, true),
        ("Le coût global de l'action,\n84 367 €, repose pour 55 % sur le FNAVDL.", 84_367, false),
    ] as [(String, Int, Bool)])
    func readsAnAmountWhereverItStands(_ text: String, _ euros: Int, _ yearly: Bool) throws {
        let cost = try #require(try Fixtures.record(text + "\n").cost)
        #expect((yearly ? cost.value.perYear : cost.value.total) == Decimal(euros))
        #expect((yearly ? cost.value.total : cost.value.perYear) == nil)
        #expect(cost.evidence.rule == "cost.prose.amount")
    }

    /// A funder's share, a part, works, a budget's line in a list.
    @Test(arguments: [
        "Le FNAVDL apporte 30 000 € à l'association chaque année.",
        "Une subvention de 20 000 € a été votée en mars.",
        "La cage d'escalier a demandé 12 400 € de travaux.",
        "Le projet comprend, dont 58 292 € pour la gestion locative, plusieurs volets.",
        "Répartition :\n- 60 000 € pour l'accompagnement individuel des familles\n- 15 000 € pour les ateliers",
    ])
    func readsNoAmountOfAPartOrAFunder(_ text: String) throws {
        #expect(try Fixtures.record(text + "\n").cost == nil, "\(text)")
    }

    /// An amount a last resort reads completes no cost a label gives: a grant's yearly share is
    /// not the project's yearly cost, even when the total is whole years of it.
    @Test func completesNoCostThatALabelGives() throws {
        let form = try Fixtures.record("""
            Intitulé du projet : Le Pas de Porte
            Coût total du projet : 132 000 €
            La subvention sollicitée est de 66 000 € sur deux ans, soit 33 000 € par an.

            """)
        #expect(form.cost?.value.total == 132_000)
        #expect(form.cost?.value.perYear == nil)
    }

    /// A funding line that opens with the whole sum outranks an amount a last resort reads.
    @Test func givesWayToTheSumAFundingLineOpensWith() throws {
        let form = try Fixtures.record("""
            Intitulé du projet : Le Pas de Porte
            Financement : 143 015 € sur 3 ans ; FNAVDL à hauteur de 55 %, Département 45 %
            L'association a reçu l'an dernier un legs de 25 000 €.

            """)
        #expect(form.cost?.value.total == 143_015)
        #expect(form.cost?.evidence.rule == "cost.funding-total")
    }

    @Test(arguments: [
        ("Programmée sur 30 mois, l'action réunit l'office et l'association.", 30),
        ("L'action, de 18 mois, a réuni trois partenaires.", 18),
        ("Le dispositif a tourné 24 mois dans les deux quartiers.", 24),
        ("Les visites se sont arrêtées au bout de 36 mois, comme prévu.", 36),
        ("Douze familles ont signé un bail en 3 ans, à Millau.", 36),
    ] as [(String, Int)])
    func readsALengthWhereverItStands(_ text: String, _ months: Int) throws {
        let duration = try #require(try Fixtures.record(text + "\n").duration)
        #expect(duration.value.months == months)
        #expect(duration.evidence.rule == "duration.prose.length")
    }

    /// A shorter step, a delay or a debt, an age, an average, a run of months, a household's
    /// longest stay, a list's step.
    @Test(arguments: [
        "Le bail est signé au nom de l'association pendant six mois, puis glisse.",
        "Les locataires ont souvent plus de 2 mois de retard.",
        "Des jeunes âgés de 18 à 25 ans, sortant de foyer.",
        "Les ménages sont suivis en moyenne sur 12 mois.",
        "Chaque famille est suivie pendant 2 ans au plus.",
        "Étapes :\n- Passer le relais au bout de deux ans\n- Préparer une mutation",
    ])
    func readsNoLengthThatIsNotTheProjects(_ text: String) throws {
        #expect(try Fixtures.record(text + "\n").duration == nil, "\(text)")
    }
}

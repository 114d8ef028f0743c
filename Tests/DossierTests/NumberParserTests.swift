import Dossier
import Foundation
import Testing

@Suite("Values: numbers, amounts, number words")
struct NumberParserTests {
    static let numbers: [(String, String)] = [
        ("20", "20"), ("0", "0"), ("1500", "1500"), ("1 500", "1500"), ("1\u{A0}500", "1500"), ("1\u{202F}500", "1500"),
        ("1\u{2009}500", "1500"), ("45 000", "45000"), ("490 500", "490500"), ("1 300 000", "1300000"),
        ("1.500", "1500"), ("1.500.000", "1500000"), ("1,3", "1.3"), ("12,50", "12.5"), ("0,75", "0.75"),
        ("1.5", "1.5"), ("2.25", "2.25"), ("253 721", "253721"), ("2 322", "2322"), (" 30 ", "30"),
        ("4\u{A0}568", "4568"), ("100 200", "100200"), ("1 000,50", "1000.5"), ("10\u{202F}000", "10000"),
        ("007", "7"),
    ]

    @Test(arguments: numbers)
    func parsesFrenchNumbers(_ text: String, _ expected: String) {
        #expect(FrenchNumbers.parse(text) == Decimal(string: expected))
    }

    @Test(arguments: ["", "vingt", "12 ans", "2.3.4", "1 2", "abc 12"])
    func rejectsWhatIsNotOneNumber(_ text: String) {
        #expect(FrenchNumbers.parse(text) == nil)
    }

    @Test func scansNumbersWithTheirRanges() {
        let text = "Coût : 45 000 € sur 3 ans, soit 15 000 €"
        let tokens = FrenchNumbers.scan(text)
        #expect(tokens.map(\.value) == [45000, 3, 15000])
        #expect(String(decoding: Array(text.utf8)[tokens[0].range], as: UTF8.self) == "45 000")
    }

    @Test func keepsOriginalRangesThroughFoldedSpaces() {
        let text = "soit 45\u{202F}000\u{A0}€"
        let amount = EuroAmounts.first(in: text)
        #expect(amount?.euros == 45000)
        #expect(String(decoding: Array(text.utf8)[amount!.range], as: UTF8.self) == "45\u{202F}000\u{A0}€")
    }

    static let amounts: [(String, String)] = [
        ("45 000 €", "45000"), ("45 000€", "45000"), ("45.000 euros", "45000"), ("45 000 EUR", "45000"),
        ("490 500€ sur 3 ans", "490500"), ("144 400 €/an", "144400"), ("45 k€", "45000"), ("45 K€", "45000"),
        ("1,3 M€", "1300000"), ("1,3 millions d'euros", "1300000"), ("1,3 millions d’euros", "1300000"),
        ("1 million d'euros", "1000000"), ("15 milliers d'euros", "15000"), ("2 milliards d'euros", "2000000000"),
        ("12,50 €", "12.5"), ("400€", "400"), ("6 000€", "6000"), ("1 euro", "1"), ("87 000 € par an", "87000"),
        ("350 000 € sur 3 ans", "350000"), ("117 000€ par an", "117000"), ("50\u{A0}000\u{A0}€", "50000"),
        ("270\u{202F}000 €", "270000"), ("1,2 millions d’euros", "1200000"), ("3 mille euros", "3000"),
        ("€ 62 500", "62500"), ("EUR 18 750,25", "18750.25"), ("soixante-quinze mille euros", "75000"),
        ("Deux millions d'euros", "2000000"), ("un million trois cent mille euros", "1300000"),
    ]

    @Test(arguments: amounts)
    func parsesEuroAmounts(_ text: String, _ expected: String) {
        let amount = EuroAmounts.first(in: text)
        #expect(amount?.euros == Decimal(string: expected))
        #expect(amount?.decimalString == expected)
    }

    @Test func findsEveryAmountAndNoneWithoutCurrency() {
        #expect(EuroAmounts.scan("87 000 € par an, dont 53 000€ pour la GLA et 34 000 € de coordination").map(\.euros) == [87000, 53000, 34000])
        #expect(EuroAmounts.scan("40 ménages, 2015-2018, 01 40 75 78 41, 40 %").isEmpty)
    }

    static let words: [(String, Int)] = [
        ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("dix", 10), ("onze", 11), ("seize", 16), ("dix-sept", 17),
        ("dix-neuf", 19), ("vingt", 20), ("vingt et un", 21), ("vingt-deux", 22), ("trente", 30), ("quarante-cinq", 45),
        ("soixante", 60), ("soixante-dix", 70), ("soixante et onze", 71), ("quatre-vingts", 80), ("quatre-vingt-un", 81),
        ("quatre-vingt-dix", 90), ("quatre-vingt-dix-neuf", 99), ("cent", 100), ("Trois", 3), ("cinquante-huit", 58),
        ("cent cinquante", 150), ("deux cents", 200), ("cent quatre-vingts", 180), ("mille", 1_000), ("trois mille", 3_000),
        ("deux mille cinq cents", 2_500), ("quatre-vingt-dix mille", 90_000), ("deux cent mille", 200_000),
        ("trois cent cinquante mille", 350_000), ("un million", 1_000_000), ("un million deux cent mille", 1_200_000),
    ]

    @Test(arguments: words)
    func readsNumberWords(_ text: String, _ expected: Int) {
        #expect(NumberWords.value(of: text) == expected)
    }

    @Test(arguments: ["", "ménages", "et", "trois cent ménages"])
    func rejectsWhatIsNotANumberWord(_ text: String) {
        #expect(NumberWords.value(of: text) == nil)
    }

    static let orders: [(String, Int, Int)] = [
        ("une dizaine", 8, 12), ("une douzaine", 10, 14), ("une quinzaine", 12, 18), ("une vingtaine", 16, 24),
        ("une trentaine", 24, 36), ("une quarantaine", 32, 48), ("une cinquantaine", 40, 60),
        ("une soixantaine", 48, 72), ("une centaine", 80, 120),
    ]

    @Test(arguments: orders)
    func readsOrdersOfSizeAsRanges(_ text: String, _ min: Int, _ max: Int) throws {
        let token = try #require(NumberWords.scan("environ \(text) de ménages").first)
        #expect(token.approximate)
        #expect((token.min, token.max) == (min, max))
    }
}

import Dossier
import Testing

@Suite("Values: durations")
struct DurationParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        var months: Int?
        var weeks: Int?
        var start: String?
        var end: String?
        var renewable = false
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "3 ans", months: 36),
        Case(text: "1 an", months: 12),
        Case(text: "18 mois", months: 18),
        Case(text: "30 mois", months: 30),
        Case(text: "2 années", months: 24),
        Case(text: "trois ans", months: 36),
        Case(text: "Trois années", months: 36),
        Case(text: "dix-huit mois", months: 18),
        Case(text: "6 semaines", weeks: 6),
        Case(text: "1 an renouvelable", months: 12, renewable: true),
        Case(text: "2 ans reconductibles", months: 24, renewable: true),
        Case(text: "de 6 à 12 mois", months: 12),
        Case(text: "2015-2018", months: 36, start: "2015", end: "2018"),
        Case(text: "2015 - 2018", months: 36, start: "2015", end: "2018"),
        Case(text: "2017 → 2020", months: 36, start: "2017", end: "2020"),
        // A date to its anniversary is whole years; a month's end to another's still counts both.
        Case(text: "septembre 2017 – septembre 2020", months: 36, start: "2017-09", end: "2020-09"),
        Case(text: "d'avril 2019 à avril 2022", months: 36, start: "2019-04", end: "2022-04"),
        Case(text: "du 15 mars 2016 au 15 mars 2019", months: 36, start: "2016-03-15", end: "2019-03-15"),
        Case(text: "de mi-novembre 2017 à mi-novembre 2020", months: 36, start: "2017-11", end: "2020-11"),
        Case(text: "de début mars 2018 à fin mars 2021", months: 37, start: "2018-03", end: "2021-03"),
        Case(text: "de 2016 à 2019", months: 36, start: "2016", end: "2019"),
        Case(text: "Période : 2015/2017", months: 24, start: "2015", end: "2017"),
        Case(text: "1er janvier 2015 / 31 décembre 2017", months: 36, start: "2015-01-01", end: "2017-12-31"),
        Case(text: "du 1er janvier 2016 au 31 décembre 2016", months: 12, start: "2016-01-01", end: "2016-12-31"),
        Case(text: "d'août 2019 à fin 2020", months: 17, start: "2019-08", end: "2020-12"),
        Case(text: "de septembre 2015 à août 2018", months: 36, start: "2015-09", end: "2018-08"),
        Case(text: "du 1er mars 2015 au 28 février 2017", months: 24, start: "2015-03-01", end: "2017-02-28"),
        Case(text: "lancement le 6 mars 2017, clôture prévue le 5 mars 2020", months: 36, start: "2017-03-06", end: "2020-03-05"),
        Case(text: "3 ans Véronique MOMAL - veronique.momal@icfhabitat.fr", months: 36),
        Case(text: "Durée du projet : 36 mois", months: 36),
        Case(text: "sur une durée de 4 ans", months: 48),
        Case(text: "d’avril 2016 à mars 2017", months: 12, start: "2016-04", end: "2017-03"),
        Case(text: "Convention du 01/03/2016 au 28/02/2019", months: 36, start: "2016-03-01", end: "2019-02-28"),
        Case(text: "du 15/10/2017 au 14/10/2018", months: 12, start: "2017-10-15", end: "2018-10-14"),
        Case(text: "prévu sur cent vingt mois", months: 120),
        Case(text: "2017 et close en 2020", months: 36, start: "2017", end: "2020"),
        Case(text: "de mars 2016, close en juin 2018", months: 28, start: "2016-03", end: "2018-06"),
        Case(text: "novembre 2015 – octobre 2017", months: 24, start: "2015-11", end: "2017-10"),
        Case(text: "Lancement : mars 2017 ; fin : février 2019", months: 24, start: "2017-03", end: "2019-02"),
        Case(text: "Début en octobre 2016, fin : septembre 2018", months: 24, start: "2016-10", end: "2018-09"),
        Case(text: "Chaque famille est suivie neuf mois ; l'action court sur deux ans", months: 24),
        Case(text: "Suivi de 4 mois en moyenne, pendant les 3 ans de la convention", months: 36),
        Case(text: "12 mois par ménage", months: 12),
        Case(text: "Convention d'un an, reconductible dans la limite de trois ans", months: 12, renewable: true),
        Case(text: "1 an reconductible sur 3 ans", months: 36, renewable: true),
        Case(text: "lancement le 5 novembre 2018, terme le 4 novembre 2021", months: 36, start: "2018-11-05", end: "2021-11-04"),
        Case(text: "entrée : 16 avril 2018 ; sortie : 15 avril 2021", months: 36, start: "2018-04-16", end: "2021-04-15"),
        Case(text: "premier suivi le 14 mars 2016, dernier suivi le 13 mars 2019", months: 36, start: "2016-03-14", end: "2019-03-13"),
        Case(text: "ouverte le 1er février 2016, refermée le 31 janvier 2019", months: 36, start: "2016-02-01", end: "2019-01-31"),
        Case(text: "premières visites le 17 octobre 2016, dernières le 16 octobre 2019", months: 36, start: "2016-10-17", end: "2019-10-16"),
        Case(text: "premier rendez-vous le 2 mai 2017, dernier le 1er mai 2019", months: 24, start: "2017-05-02", end: "2019-05-01"),
        Case(text: "du mois de janvier 2020 au mois de décembre 2022", months: 36, start: "2020-01", end: "2022-12"),
        Case(text: "2018 ➝ 2021", months: 36, start: "2018", end: "2021"),
        Case(text: "2016 ⇢ 2019", months: 36, start: "2016", end: "2019"),
        // An end programmed, an aside after the start, an end sentences apart (blind sets 548 to 561).
        Case(text: "ouverture le 2 mai 2016, achèvement programmé le 1er mai 2019", months: 36, start: "2016-05-02", end: "2019-05-01"),
        Case(text: "du 2 mai 2016 (coup d'envoi) au 1er mai 2019 (clôture)", months: 36, start: "2016-05-02", end: "2019-05-01"),
        // Dates with their asides joined by a dash; an end fixed or closing (blind sets 612 to 621).
        Case(text: "2 mai 2016 (ouverture) – 1er mai 2019 (clôture)", months: 36, start: "2016-05-02", end: "2019-05-01"),
        Case(text: "démarrage au 2 mai 2016, terme fixé au 1er mai 2019", months: 36, start: "2016-05-02", end: "2019-05-01"),
        Case(text: "s'ouvre le 1er juin 2016 et se clôt le 31 mai 2019", months: 36, start: "2016-06-01", end: "2019-05-31"),
        Case(text: "Depuis le 1er mars 2017, l'office loge des familles. Elles sont suivies jusqu'au 28 février 2020.", months: 36, start: "2017-03-01", end: "2020-02-28"),
    ]

    @Test(arguments: cases)
    func readsDurations(_ testCase: Case) throws {
        let duration = try #require(Durations.parse(testCase.text))
        #expect(duration.months == testCase.months)
        #expect(duration.weeks == testCase.weeks)
        #expect(duration.start == testCase.start)
        #expect(duration.end == testCase.end)
        #expect(duration.renewable == testCase.renewable)
    }

    @Test(arguments: ["", "Accès au logement", "45 000 €", "en 2015"])
    func findsNoDurationWhereThereIsNone(_ text: String) {
        #expect(Durations.parse(text) == nil)
    }
}

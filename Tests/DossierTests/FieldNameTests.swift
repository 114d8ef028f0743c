import Dossier
import Testing

/// Field names, short answers and what qualifies a value, in wordings first met in blind sets
/// 59 to 70, in texts of our own.
@Suite("Extract: field names and short answers")
struct FieldNameTests {
    /// A mode's answer may name the households rather than the kind (`Entrée`, `Entrée et
    /// maintien`), as a choice's options do; `Registre` and `Mode d'action` ask for the mode.
    @Test func readsAModesAnswerInTheHouseholdsWords() throws {
        let cases: [(String, ProjectRecord.Mode)] = [
            ("Volet entrée / maintien : Entrée\n", .access),
            ("Volet entrée / maintien : Entrée et maintien\n", .accessAndMaintenance),
            ("Volet : Nouveaux locataires\n", .access),
            ("Installation ou maintien : Installation dans un logement\n", .access),
            ("Installation ou maintien : Installation et maintien\n", .accessAndMaintenance),
            ("**Registre :** Maintien\n", .maintenance),
            ("**Mode d'action retenu :** Maintien dans le logement\n", .maintenance),
        ]
        for (text, mode) in cases {
            #expect(try Fixtures.record(text).mode?.value == mode, "\(text)")
        }
        // A denied kind is not read as said.
        #expect(try Fixtures.record("Volet : Accès, sans maintien\n").mode?.value == .access)
    }

    /// A grid's field names written one a line above their values (a database view saved as
    /// a page): a name is no value of the name before it; the record panel's names and
    /// values, in turn, are read.
    @Test func takesNoFieldNameForTheValueOfTheOneBefore() throws {
        let view = try Fixtures.record("""
            <html><body><div class="grid"><div>Intitulé projet</div><div>Bailleur</div><div>Asso référente</div><div>Commune(s)</div><div>Nb foyers</div></div>
            <div class="row"><div>Un toit sur la colline</div><div>Roche Habitat</div><div>Le Sentier</div><div>Trois-Rivières</div><div>9</div></div>
            <div class="panel"><p>Bailleur</p><p>Roche Habitat</p><p>Asso référente</p><p>Le Sentier</p><p>Commune(s)</p><p>Trois-Rivières, Capesterre</p></div>
            </body></html>
            """, format: .html)
        #expect(view.carriers.map(\.value) == ["Roche Habitat"])
        #expect(view.territory?.value.value == "Trois-Rivières, Capesterre")
    }

    /// A landlord's word and two places joined by `et`, written in capitals as a guide's head
    /// writes them, make one name.
    @Test func keepsALandlordsNameOfTwoPlacesInCapitals() throws {
        let guide = try Fixtures.record("""
            Bailleur : LOGIS SALINE ET PITON

            """)
        #expect(guide.carriers.map(\.value) == ["LOGIS SALINE ET PITON"])
    }

    /// A monograph's title cell beside an unknown label (`DES CLÉS À DIX-HUIT ANS`) gives no
    /// length: ages and headings are not the project's duration.
    @Test func readsNoLengthInAnAgeOrAHeading() throws {
        let guide = try Fixtures.record("""
            LAGON HABITAT EN PARTENARIAT AVEC LE RELAIS\t\t12.3.1. UN BAIL À VINGT ANS\t
            \t\tSaint-Pierre (974)\tJeunes suivis chaque année : 12
            Horizon\t24 mois, dès la signature\t\t

            """)
        #expect(guide.duration?.value.months == 24)
    }

    /// A count said to be the whole keeps that, whatever year's rate follows it.
    @Test func keepsACountSaidToBeTheWhole() throws {
        for text in ["Foyers que l'action voulait loger : 27 au total, soit neuf par an environ.\n",
                     "Nombre de foyers attendus : 33 ménages sur la période, à raison d'environ onze par an.\n",
                     "Ménages pris en charge : 24 ménages pendant toute la durée, à raison de huit entrées par an.\n",
                     "Foyers suivis chaque année : 12 jeunes sur toute l'opération\n"] {
            let households = try #require(try Fixtures.record(text).households?.value, "\(text)")
            #expect(households.per == .total, "\(text)")
        }
    }

    /// Hundreds of dwellings of a stock under a dwellings label (`Parc existant des deux
    /// organismes : 3 218 logements`) are not the project's.
    @Test func takesNoStockForTheProjectsDwellings() throws {
        let guide = try Fixtures.record("""
            Logements apportés à l'opération\tPatrimoine existant, 3 218 logements sur les trois communes\t

            """)
        #expect(guide.housingUnits == nil)
        let labelled = try Fixtures.record("Offre de logements engagée\tParc existant : 2 811 logements sur l'agglomération, dont 304 à Soues.\t\n")
        #expect(labelled.housingUnits == nil)
        // A thousand dwellings or more in prose are a stock even when nothing else is read;
        // they stay an alternative for the auditor.
        let brochure = try Fixtures.record("- 14 locataires suivis chaque année\n- 1 318 logements dans la vallée, dont 402 occupés par des plus de 70 ans\n")
        #expect(brochure.housingUnits == nil)
        #expect(brochure.alternatives["housing_units"]?.count == 1)
    }

    /// `Soit une dépense moyenne de N € par année` restates a year's cost.
    @Test func readsAYearsCostRestatedWithItsNoun() throws {
        let form = try Fixtures.record("""
            Total des charges : 95 412 €
            Soit une dépense moyenne de 31 804 € par année de fonctionnement.

            """)
        #expect(form.cost?.value.total == 95412)
        #expect(form.cost?.value.perYear == 31804)
    }

    /// A length under a year under a duration's label (`Durée moyenne d'un accompagnement :
    /// 7 mois`) is one household's: the project's dates stand.
    @Test func weighsALabelledLengthUnderAYearHalf() throws {
        let course = try Fixtures.record("""
            - Début et fin : du 3 avril 2017 au 2 avril 2020
            - Durée moyenne d'un accompagnement : 8 mois

            """)
        #expect(course.duration?.value.months == 36)
    }

    /// A service's mailbox (`marches@`) beside a person's address of the same organisation is
    /// no contact of the project, whoever answers it.
    @Test func leavesAServicesMailboxAnsweredBySomeone() throws {
        let tender = try Fixtures.record("""
            Questions sur la procédure : Agnès VIDAL, service des marchés, marches@rade-habitat.fr, 04 94 00 11 22.
            Référent de l'opération : Paul MARTY, chargé de mission, p.marty@rade-habitat.fr, 04 94 00 11 30.

            """)
        #expect(tender.contacts.compactMap(\.value.email) == ["p.marty@rade-habitat.fr"])
    }

    /// A figures line that counts people by any noun and says they are housed or helped
    /// (`9 saisonniers logés par an`, `6 sortants de détention relogés chaque année`).
    @Test func readsAFiguresLineOfPeopleHoused() throws {
        for (text, count) in [("- 9 saisonniers logés par an\n- 9 studios meublés\n", 9), ("- 6 sortants de détention relogés chaque année\n", 6)] {
            let households = try #require(try Fixtures.record(text).households?.value, "\(text)")
            #expect(households.min == count && households.per == .year, "\(text)")
        }
    }

    /// A planning tool's lengths in days (`1094 j`) and hours count no households nor dwellings.
    @Test func countsNoDaysOrHours() throws {
        let plan = try Fixtures.record("""
            1\tLogements accompagnés du bassin\t730 j\t02/05/2018\t01/05/2020
            1.3\tSuivi individuel type (par ménage)\t180 j

            """)
        #expect(plan.households == nil)
        #expect(plan.housingUnits == nil)
    }

    /// A page builder's counters show their start (`0`) and hold their figure in an attribute;
    /// the caption in lowercase under each figure goes on with it.
    @Test func readsAnimatedCountersAndTheirCaptions() throws {
        let page = try Fixtures.record("""
            <html><body><h1>Un toit près du lac</h1>
            <div class="counter"><span class="counter-number" data-to-value="9" data-from-value="0">0</span></div>
            <div class="counter-title">familles accueillies chaque année</div>
            <div class="counter"><span class="counter-number" data-to-value="6" data-from-value="0">0</span></div>
            <div class="counter-title">appartements réservés</div>
            <div class="counter"><span class="counter-number" data-to-value="24" data-from-value="0">0</span></div>
            <div class="counter-title">mois d'action</div>
            </body></html>
            """, format: .html)
        #expect(page.households?.value.min == 9 && page.households?.value.per == .year)
        #expect(page.housingUnits?.value.min == 6)
        let evidence = try #require(page.households?.evidence)
        #expect(evidence.text == "9")
    }

    /// A list of key figures whose captions are marked up as fields' labels (`<span
    /// class="label">`): each caption goes on with the figure before it, not the next one, the
    /// last too; a
    /// figure heading the list names no project; a cost `revu à` and a `coût global` set
    /// `à` a figure are the revised cost.
    @Test func readsKeyFiguresWithTheirCaptionsAsLabels() throws {
        let page = try Fixtures.record("""
            <html><body><h1>Un bail à soi en Vosges</h1>
            <p>Le dossier prévoyait 27 ménages et un coût global de 144 318 €. Le comité de pilotage a décidé de ramener l'objectif à 22 ménages sur les trois ans et le coût global à 126 482 €.</p>
            <ul class="key-figures">
            <li><span class="figure">22</span> <span class="label">ménages accompagnés sur trois ans</span></li>
            <li><span class="figure">19</span> <span class="label">logements réservés en diffus</span></li>
            </ul>
            </body></html>
            """, format: .html)
        #expect(page.households?.value.min == 22)
        #expect(page.housingUnits?.value.min == 19)
        #expect(page.cost?.value.total == 126_482)
        let preview = try Fixtures.record("""
            <html><body><p>Le dossier prévoyait 32 ménages et 109 214 €. Le projet suit désormais 39 ménages, pour un coût revu à 121 733 €.</p>
            <ul><li><span class="value">39</span> <span class="label">ménages suivis</span></li>
            <li><span class="value">3 ans</span> <span class="label">de janvier 2019 à décembre 2021</span></li></ul>
            </body></html>
            """, format: .html)
        #expect(preview.title == nil)
        #expect(preview.cost?.value.total == 121_733)
    }

    /// A figures line's period may say its length in parentheses (`Août 2018 – juillet 2021
    /// (trois ans)`); a length may be an engagement's (`3 ans d'engagement`); a wider
    /// programme's period under a label no pack knows (`Programme : 2014 - 2020 INTERREG`) is
    /// not the project's.
    @Test func readsFigureLinesLengthsAndLeavesAProgrammesPeriod() throws {
        #expect(try Fixtures.record("- 12 locataires suivis chaque année\n- Mars 2019 – février 2021 (deux ans)\n").duration?.value.months == 24)
        #expect(try Fixtures.record("- 12 logements individuels\n- 3 ans d'engagement\n").duration?.value.months == 36)
        let page = try Fixtures.record("""
            <table><tr><td>Programme</td><td>2014 - 2020 INTERREG V-A Espagne - France - Andorre</td></tr>
            <tr><td>Partenaire chef de file</td><td>Roussillon Habitat</td></tr></table>
            """, format: .html)
        #expect(page.duration == nil)
    }

    /// A total beside a year's average rounded to the euro completes the cost; a figures line
    /// may say it is the total in parentheses.
    @Test func completesACostWithARoundedAverageAndReadsATotalInParentheses() throws {
        let form = try Fixtures.record("""
            \tTotal charges
            100 001 €
            Soit une dépense moyenne de 33 334 € par an pour 12 ménages.

            """)
        #expect(form.cost?.value.total == 100001 && form.cost?.value.perYear == 33334)
        let brochure = try Fixtures.record("- 11 ménages accompagnés chaque année\n- 131 406 € (coût total, 3 ans)\n")
        #expect(brochure.cost?.value.total == 131406)
    }

    /// A meeting's venue under `Lieu` (`salle du conseil`, `agence de …`) is no project's
    /// territory: the next place stands.
    @Test func takesNoMeetingsVenueForTheTerritory() throws {
        let report = try Fixtures.record("""
            Lieu : agence de Vaucluse Logis, Cavaillon
            Communes : Cavaillon et Robion (Vaucluse)

            """)
        #expect(report.territory?.value.value == "Cavaillon et Robion (Vaucluse)")
        #expect(try Fixtures.record("Lieu : salle du conseil, mairie de Robion\n").territory == nil)
    }

    /// Towns named in prose keep the département a parenthesis gives right after them
    /// (`à Revin et Nouzonville (Ardennes, 08)`, `à Séméac et Aureilhan (65)`).
    @Test func readsTheDepartmentAfterTownsInProse() throws {
        let cases = [
            ("Ce projet aide des locataires à garder leur logement à Givet et Fumay (Ardennes, 08).", "Givet et Fumay (Ardennes, 08)", ["08"]),
            ("Les logements se trouvent à Tarbes et Aureilhan (65), près des écoles.", "Tarbes et Aureilhan (65)", ["65"]),
            ("L'association aide des personnes hébergées à Mende et à Langogne (Lozère, 48) à devenir locataires.", "Mende et Langogne (Lozère, 48)", ["48"]),
            ("Le projet concerne nos résidences de Joinville et de Chevillon (Haute-Marne, 52).", "Joinville et de Chevillon (Haute-Marne, 52)", ["52"]),
        ]
        for (text, value, departments) in cases {
            let record = try Fixtures.record(text + "\n")
            #expect(record.territory?.value.value == value, "\(text)")
            #expect(record.territory?.value.departments == departments, "\(text)")
        }
    }
}

import Dossier
import Testing

/// Field names and short answers in wordings first met in blind sets 59 to 66, in texts of
/// our own.
@Suite("Extract: field names and short answers")
struct FieldNameTests {
    /// A mode's answer may name the households rather than the kind (`Entrée`, `Entrée et
    /// maintien`), as a choice's options do; `Registre` and `Mode d'action` ask for the mode.
    @Test func readsAModesAnswerInTheHouseholdsWords() throws {
        let cases: [(String, ProjectRecord.Mode)] = [
            ("Volet entrée / maintien : Entrée\n", .access),
            ("Volet entrée / maintien : Entrée et maintien\n", .accessAndMaintenance),
            ("Volet : Nouveaux locataires\n", .access),
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
}

import Dossier
import Testing

/// Carriers and partners in wordings first met in blind sets 99 to 114, in texts of our own.
@Suite("Extract: carrier wordings")
struct CarrierWordingTests {
    /// A monograph's header joins its carrier and partner with any phrase of partnership.
    @Test func splitsAHeaderAtAnyPhraseOfPartnership() throws {
        let phrases = [
            " EN ASSOCIATION AVEC", " CONJOINTEMENT AVEC", " ÉPAULÉ PAR", " ET SON PARTENAIRE", ", AUX CÔTÉS DE", ", QUI FAIT ÉQUIPE AVEC",
            ", SOUTENU PAR", " EN COOPÉRATION AVEC", " EN TANDEM AVEC", ", ASSOCIÉ À", " EN ALLIANCE AVEC", " ASSOCIÉ AU",
        ]
        for phrase in phrases {
            let guide = try Fixtures.record("""
                SAUGE HABITAT\(phrase) L'ASSOCIATION LE RELAIS DU COL\t\t7.2.1. UN BAIL AU COL

                """)
            #expect(guide.carriers.map(\.value) == ["SAUGE HABITAT"], "\(phrase)")
            #expect(guide.partners.map(\.value) == ["LE RELAIS DU COL"], "\(phrase)")
        }
    }

    /// `ET` joins two common nouns into one name (`PIERRES ET TOITS DE LA VALLÉE`, `COTEAUX ET
    /// PLAINE HABITAT`).
    @Test func keepsANameOfTwoCommonNounsWhole() throws {
        for name in ["PIERRES ET TOITS DE LA VALLÉE", "COTEAUX ET PLAINE HABITAT"] {
            let guide = try Fixtures.record("""
                \(name) EN PARTENARIAT AVEC LE RELAIS DU COL\t\t7.2.1. UN BAIL AU COL

                """)
            #expect(guide.carriers.map(\.value) == [name])
        }
    }

    /// A name with its role in parentheses, before what it does, is the carrier or partner.
    @Test func readsANameBeforeItsRole() throws {
        let page = try Fixtures.record("""
            Qui fait quoi

            **Sauge Habitat** (bailleur, 2 310 logements dans la vallée) : repérage, travaux, gestion locative.

            **Le Relais du Col** (association, 12 salariés) : accompagnement à domicile.

            """, format: .markdown)
        #expect(page.carriers.map(\.value) == ["Sauge Habitat"])
        #expect(page.partners.map(\.value) == ["Le Relais du Col"])
        // (The evidence points at the name, by the rule that read it there.)
        let carrier = try #require(page.carriers.first)
        #expect(carrier.evidence.rule.hasSuffix(".role"))
        #expect(carrier.evidence.text == "Sauge Habitat")
        #expect((carrier.evidence.span.start.line, carrier.evidence.span.start.column) == (3, 3))
    }

    /// A label may open in lowercase after a semicolon, by its head (`; association partenaire
    /// du bailleur :`), ending the carrier's value there; a phrase of no head does not
    /// (`; dernier jour :` leaves the dates read together).
    @Test func readsALabelAfterASemicolon() throws {
        let form = try Fixtures.record("""
            Nom du ou des porteur(s) du projet : Sauge Valley Habitat (société anonyme d’HLM) ; association partenaire du bailleur : Le Relais du Col
            Premier jour de l’action : 3 mai 2017 ; dernier jour : 2 mai 2020.

            """)
        #expect(form.carriers.map(\.value) == ["Sauge Valley Habitat"])
        #expect(form.partners.map(\.value) == ["Le Relais du Col"])
        #expect(form.duration?.value.months == 36)
    }

    /// A form's carrier, then the association it works with in a clause (`, qui s’appuie sur
    /// l’association …`, `, qui s’associe pour l’occasion à …`).
    @Test func readsAPartnerInAClause() throws {
        for clause in ["qui s’appuie sur l’association", "qui s’associe pour l’occasion à l’association"] {
            let form = try Fixtures.record("Nom du ou des porteur(s) du projet : Sauge Habitat (ESH), \(clause) Le Relais du Col\n")
            #expect(form.carriers.map(\.value) == ["Sauge Habitat"], "\(clause)")
            #expect(form.partners.map(\.value) == ["Le Relais du Col"], "\(clause)")
        }
    }
}

import Dossier
import Testing

/// Which addresses of a record are its contacts: a newsletter's reader and a letterhead's
/// mailbox are not (blind sets 95 and 98), in texts of our own.
@Suite("Extract: which addresses are contacts")
struct ContactChoiceTests {
    /// The address a message says it was sent to is its reader's.
    @Test func leavesTheAddressAMessageWasSentTo() throws {
        let letter = try Fixtures.record("""
            Pour en savoir plus : Inès Caradec, i.caradec@toit-partage.org

            Cet e-mail a été envoyé à lecteur.martin@fai-exemple.fr
            Se désinscrire

            """)
        #expect(letter.contacts.compactMap(\.value.email) == ["i.caradec@toit-partage.org"])
    }

    /// A letterhead's lone mailbox is the writer's when a label gives a person's address;
    /// without such a label, it stays the contact.
    @Test func leavesALetterheadsMailboxBesideALabelledContact() throws {
        let minutes = """
            AMICALE DES LOCATAIRES DU CLOS FLEURI
            12 rue des Tilleuls, 31800 Saint-Gaudens
            amicale.closfleuri@fai-exemple.fr

            COMPTE RENDU DE LA RÉUNION DU 3 AVRIL 2018

            Le bailleur présente le projet d'accompagnement des locataires âgés.

            """
        let labelled = try Fixtures.record(minutes + "Pour tout contact au sujet du projet : Mme Odile Sarrat-Coumes, 05 61 00 00 00, o.sarrat@comminges-logis.fr.\n")
        #expect(labelled.contacts.compactMap(\.value.email) == ["o.sarrat@comminges-logis.fr"])
        let alone = try Fixtures.record(minutes)
        #expect(alone.contacts.compactMap(\.value.email) == ["amicale.closfleuri@fai-exemple.fr"])
    }
}

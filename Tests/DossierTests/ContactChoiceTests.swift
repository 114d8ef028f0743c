import Dossier
import Testing

/// Which addresses of a record are its contacts: a newsletter's reader, a letterhead's
/// mailbox, a message's identifier and the addresses of an mbox's headers are not (blind sets
/// 95, 98 and 110), in texts of our own.
@Suite("Extract: which addresses are contacts")
struct ContactChoiceTests {
    /// A person named beside a mailbox that bears no part of their name answers a service's
    /// box: beside a contact of the same domain whose address bears their own name, it is no
    /// contact of the project.
    @Test func leavesAServicesMailboxBesideAPersonsOwn() throws {
        let handout = try Fixtures.record("""
            Projet « Bonjour voisin », avec Les Veilleurs du Ladhof.

            - Coordinatrice de l'action : Margaux EHRHART – m.ehrhart@veilleurs-ladhof.org – 03 89 41 57 28
            - Responsable des bénévoles (plannings) : Jean-Luc WALTER – benevoles@veilleurs-ladhof.org

            """, format: .markdown)
        #expect(handout.contacts.compactMap(\.value.email) == ["m.ehrhart@veilleurs-ladhof.org"])
        // Two people at one domain, each with an address of their own, stay.
        let two = try Fixtures.record("""
            Contacts : Margaux EHRHART – m.ehrhart@veilleurs-ladhof.org / Jean-Luc WALTER – jl.walter@veilleurs-ladhof.org

            """)
        #expect(two.contacts.compactMap(\.value.email) == ["m.ehrhart@veilleurs-ladhof.org", "jl.walter@veilleurs-ladhof.org"])
    }

    /// Beside a contact at the project's landlord, a web mail or town hall address under a
    /// phrase the packs do not know is the writer's (a collective, a council), unless it names
    /// one of the project's organisations (a partner's own mailbox).
    @Test func leavesAWritersPublicMailboxBesideAProjectsContact() throws {
        let petition = try Fixtures.record("""
            Organisme porteur : Logis du Doubs
            Référente : Carole VERNIER, conseillère sociale, c.vernier@logis-doubs.fr
            Pour joindre le collectif : Paul MARTY, porte-parole, collectif.montbeliard@laposte.net
            Pour toute question sur le conseil : conseil.quartier@ville-audincourt.fr

            """)
        #expect(petition.contacts.compactMap(\.value.email) == ["c.vernier@logis-doubs.fr"])
        let partner = try Fixtures.record("""
            Organisme porteur : Logis du Doubs
            Association partenaire : L'Entraide des Combes
            Référente : Carole VERNIER, conseillère sociale, c.vernier@logis-doubs.fr
            Pour joindre l'association : entraide.combes@orange.fr

            """)
        #expect(partner.contacts.compactMap(\.value.email) == ["c.vernier@logis-doubs.fr", "entraide.combes@orange.fr"])
    }

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

    /// An mbox's headers (its `From -` line, `Return-Path:`, `Delivered-To:`, a `Received:`
    /// header's indented lines) give no contact when the message names one; a `Message-ID`
    /// is no one's address.
    @Test func leavesTheHeadersOfAnMbox() throws {
        let mailbox = try Fixtures.record("""
            From - Tue Mar 07 09:12:44 2017
            X-Account-Key: account2
            Return-Path: <l.sabatier@garrigue-logis.fr>
            Delivered-To: p.mas@les-oliviers.org
            Received: from smtp.garrigue-logis.fr (smtp.garrigue-logis.fr [185.31.40.12])
            \tby mx1.exemple-hebergeur.net (Postfix) with ESMTPS id 4bQk2
            \tfor <p.mas@les-oliviers.org>; Tue, 07 Mar 2017 09:12:40 +0100 (CET)
            Message-ID: <58BE6F1C.2030905@garrigue-logis.fr>
            From: Lise Sabatier <l.sabatier@garrigue-logis.fr>
            To: p.mas@les-oliviers.org
            Subject: Chiffres du projet

            Bonjour, pour toute question sur le projet : Lise Sabatier, l.sabatier@garrigue-logis.fr.

            """)
        #expect(mailbox.contacts.compactMap(\.value.email) == ["l.sabatier@garrigue-logis.fr"])
        #expect(Contacts.emails(in: "Message-ID: <58BE6F1C.2030905@garrigue-logis.fr>").isEmpty)
        #expect(Contacts.emails(in: "References: <a91f02c4-77de-3b10-e5c8-0f2d41b6c3aa@les-oliviers.org>").isEmpty)
        #expect(Contacts.emails(in: "contact2019@les-oliviers.org").map(\.email) == ["contact2019@les-oliviers.org"])
    }

    /// A brochure's colophon (`Contact de la publication : …`, a general mailbox under any
    /// label) gives no contact of the project beside a person's address.
    @Test func leavesThePublishersAddress() throws {
        for line in ["Contact de la publication : adhlm99@fai-exemple.fr", "Contact de l'association départementale : contact@bailleurs-exemple.org"] {
            let section = try Fixtures.record("""
                Mme Lise SABATIER, chargée de mission
                l.sabatier@garrigue-logis.fr

                \(line)

                """)
            #expect(section.contacts.compactMap(\.value.email) == ["l.sabatier@garrigue-logis.fr"], "\(line)")
        }
    }

    /// A blog's, a shop's or an insurer's claims desk mailbox (`blog@`, `boutique@`,
    /// `sinistres@`) beside a person's address is no contact of the project.
    @Test func leavesABlogsShopsAndClaimsMailboxes() throws {
        for mailbox in ["blog@relais-exemple.org", "boutique@atelier-exemple.fr", "sinistres@assureur-exemple.fr"] {
            let page = try Fixtures.record("""
                Écrire au blog : \(mailbox)

                Contact du projet : Tom RIVAL, t.rival@garrigue-logis.fr

                """)
            #expect(page.contacts.compactMap(\.value.email) == ["t.rival@garrigue-logis.fr"], "\(mailbox)")
        }
    }

    /// Beside a person at one of the project's organisations, a service's mailbox that answers
    /// for no one and names none of them (`direction du logement de la Région,
    /// instruction.logement@…`) is the writer's, whatever label gives it.
    @Test func leavesAServicesMailboxThatNamesNoOrganisation() throws {
        let report = try Fixtures.record("""
            Porteur : Vallée Drôme Habitat
            Contact : Lise MOREL, chargée de développement social, Vallée Drôme Habitat, l.morel@vallee-drome-habitat.fr
            Dossier suivi par : direction du logement de la Région, instruction.logement@region-exemple.fr

            """)
        #expect(report.contacts.compactMap(\.value.email) == ["l.morel@vallee-drome-habitat.fr"])
    }

    /// A message's sender at none of the project's organisations (a hospital's coordinator
    /// writing to the team) is no contact beside the person the text names at the landlord.
    @Test func leavesASenderAtNoneOfTheProjectsOrganisations() throws {
        let message = try Fixtures.record("""
            De : Carole VIGNAL <carole.vignal@ch-exemple.fr>
            À : Paul MARTY <p.marty@ch-exemple.fr>
            Objet : sorties d'hospitalisation et projet de Habitat Doubs Sud

            Bonjour à toutes et à tous,
            Pour tout ce qui touche au projet porté par Habitat Doubs Sud, voyez Inès ROCHE, qui en est la référente (ines.roche@habitat-doubs-sud.fr).

            """)
        #expect(message.contacts.compactMap(\.value.email) == ["ines.roche@habitat-doubs-sud.fr"])
    }

    /// An address a bulletin gives to its desk (`Rédaction : …`, `Abonnement gratuit : …`,
    /// `visites@`) or to its own contact (`Contact du cercle : …`) is the publisher's, even after
    /// a person the line names; the project's contact stays.
    @Test func leavesAnAddressGivenToThePublicationsDesk() throws {
        // A site's visits desk (`visites@`) beside the project's named contact.
        let leaflet = try Fixtures.record("""
            Accueil : 02 41 20 33 10 – visites@fonderie-boisseau.fr

            Renseignements sur le projet : Hélène MARTINEAU, Layon Logement, 02 41 20 87 15, h.martineau@layon-logement.fr

            """)
        #expect(leaflet.contacts.compactMap(\.value.email) == ["h.martineau@layon-logement.fr"])
        let bulletin = try Fixtures.record("""
            # Lettre de l'observatoire du logement

            *Directrice de la publication : Odile FERRAND. Rédaction : lettre.observatoire@obs-habitat72.fr*

            Le bailleur Sarthe Foyers mène l'opération avec l'association Le Gué ; Bastien LORIOT la pilote (b.loriot@sarthe-foyers.fr).

            Abonnement gratuit : lettre.observatoire@obs-habitat72.fr

            """, format: .markdown)
        #expect(bulletin.contacts.compactMap(\.value.email) == ["b.loriot@sarthe-foyers.fr"])
        let site = try Fixtures.record("""
            Référente : Noémie Charron, responsable du service social, n.charron@causse-demeures.fr
            Support du site : web@causse-demeures.fr

            """)
        #expect(site.contacts.compactMap(\.value.email) == ["n.charron@causse-demeures.fr"])
        // A club's own contact, however the line goes on (`Contact du cercle : name, phone,
        // address`, `… Contact du bulletin : …` after a sentence), is the publisher's.
        let club = try Fixtures.record("""
            Pour lui proposer un coup de main : c.vernhes@logis-margeride.fr, ou à l'agence de Saint-Chély.

            Contact du cercle : Ginette ROUX, 04 66 31 22 87, lesaiguillesdelaboulaine@orange.fr
            Problème du mois : les blancs jouent et gagnent. Contact du bulletin : echiquier@club-marvejols.fr

            """)
        #expect(club.contacts.compactMap(\.value.email) == ["c.vernhes@logis-margeride.fr"])
        // So is its secretary's (`Secrétariat du club : …`).
        let secretary = try Fixtures.record("""
            Pour tout renseignement sur le projet, écrivez à Lise MOREL, conseillère sociale : l.morel@vingeanne-habitat.fr.

            Secrétariat du club : Paul GIRARDOT — 06 72 18 40 55 — clubcanin.vingeanne@gmail.com

            """)
        #expect(secretary.contacts.compactMap(\.value.email) == ["l.morel@vingeanne-habitat.fr"])
        // And its board's (`Le bureau du club : …`).
        let board = try Fixtures.record("""
            Contact : Lise MOREL, Vingeanne Habitat – l.morel@vingeanne-habitat.fr

            Le bureau du club : Jean PETIT (président), Marie GROS (trésorière) – club.photo.vingeanne@orange.fr

            """)
        #expect(board.contacts.compactMap(\.value.email) == ["l.morel@vingeanne-habitat.fr"])
        // And an association's donations desk (`Pour les dons et le bénévolat : benevolat@…`).
        let gifts = try Fixtures.record("""
            Contact : Lise MOREL, Vingeanne Habitat – l.morel@vingeanne-habitat.fr

            Pour les dons et le bénévolat : benevolat@gue-vingeanne.org

            """)
        #expect(gifts.contacts.compactMap(\.value.email) == ["l.morel@vingeanne-habitat.fr"])
    }
}

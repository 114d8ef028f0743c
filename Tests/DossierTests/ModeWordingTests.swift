import Dossier
import Testing

/// The mode a story gives in words that name neither `accès` nor `maintien`, in wordings
/// first met in blind sets 106 to 538, in texts of our own.
@Suite("Extract: the mode in other words")
struct ModeWordingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let mode: ProjectRecord.Mode
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // A lease in the household's own name.
        Case(text: "Chaque apprenti signe son propre bail avec l'office.", mode: .access),
        Case(text: "Le bail est signé d'emblée au nom du jeune, sans bail glissant.", mode: .access),
        Case(text: "Nous leur proposons un studio, avec un bail à leur nom.", mode: .access),
        // Households who leave the street, a hotel, a camp site or a placement.
        Case(text: "Sortir de la rue par un appartement ordinaire, à Vesoul.", mode: .access),
        Case(text: "Des jeunes sortis d'un placement trouvent un studio en ville.", mode: .access),
        Case(text: "Des familles qui vivaient depuis deux ans dans un camping s'installent en ville.", mode: .access),
        Case(text: "L'office loue à des personnes qui dormaient dehors ou dans leur voiture.", mode: .access),
        Case(text: "Le projet relève du volet « accès » du programme.", mode: .access),
        Case(text: "Premiers baux pour de jeunes apprentis, dans des studios du centre.", mode: .access),
        Case(text: "L'office réserve des studios à de jeunes majeurs tout juste sortis de l'ASE.", mode: .access),
        // Arrears at their start, a threatened eviction, households who stay at home.
        Case(text: "La conseillère rencontre le locataire dès les premiers impayés.", mode: .maintenance),
        Case(text: "Des familles menacées d'expulsion sont suivies avant le commandement de payer.", mode: .maintenance),
        Case(text: "Aider les locataires âgés à rester chez eux malgré la maladie.", mode: .maintenance),
        Case(text: "Une visite à la première relance, pour que la famille reste dans son logement.", mode: .maintenance),
        Case(text: "Des locataires en difficulté de paiement y rencontrent une conseillère.", mode: .maintenance),
        Case(text: "Le but : que personne ne perde son logement pour une facture de chauffage.", mode: .maintenance),
        // (Households led to a home from afar, or sheltered in a camp site.)
        Case(text: "L'office et l'association accompagnent des familles installées à l'année dans un camping vers un logement ordinaire.", mode: .access),
        Case(text: "L'office réserve des appartements à des saisonniers hébergés en saison dans des campings.", mode: .access),
        Case(text: "Personne ne déménage : c'est une action de maintien.", mode: .maintenance),
        // Both kinds in one story.
        Case(text: "Des familles sortant de l'hôtel sont logées ; des locataires âgés restent chez eux grâce aux visites.", mode: .accessAndMaintenance),
        Case(text: "Titre du projet : Deux portes – accompagner l'entrée et le maintien dans le logement", mode: .accessAndMaintenance),
        Case(text: "Notre projet d'accès et de maintien s'étend désormais à deux communes.", mode: .accessAndMaintenance),
        // Newcomers beside tenants already in place (blind sets 500 to 518).
        Case(text: "Le suivi vaut pour douze ménages, les uns à leur arrivée, les autres déjà installés dans la cité.", mode: .accessAndMaintenance),
        Case(text: "L'agence suit à Riom des nouveaux venus et des locataires de longue date.", mode: .accessAndMaintenance),
        Case(text: "Dix ménages : six qui emménagent et quatre qui risquaient de partir.", mode: .accessAndMaintenance),
        Case(text: "Certains entraient dans les lieux, d'autres y étaient déjà et risquaient de les perdre.", mode: .accessAndMaintenance),
        Case(text: "Huit ménages au total : cinq nouveaux arrivants et trois qui occupaient déjà leur logement.", mode: .accessAndMaintenance),
        Case(text: "Une conseillère rend visite aux locataires endettés dès la première relance.", mode: .maintenance),
        // Arrivals, a span counted from the first move, tenants made, households from the
        // street or a makeshift home (blind sets 496 to 538).
        Case(text: "Arrivées épaulées chaque année : 7 ménages par an", mode: .access),
        Case(text: "Entrants suivis à chaque exercice : 6 ménages", mode: .access),
        Case(text: "Durée : deux ans, comptés depuis la remise des premières clés", mode: .access),
        Case(text: "À Brioude, douze saisonniers deviennent locataires d'un studio.", mode: .access),
        Case(text: "L'office loge huit familles venant de foyers ou d'un habitat de fortune.", mode: .access),
        Case(text: "Public : personnes hébergées en foyer, pour un accès direct à un logement ordinaire", mode: .access),
        Case(text: "Neuf ménages au total ont signé un bail à Riom.", mode: .access),
        // Tenants kept where they live, an eviction to prevent, arrears caught early.
        Case(text: "Locataires aidés sans changer d'adresse : une douzaine de ménages", mode: .maintenance),
        Case(text: "Objectif : le maintien des locataires qui décrochent, avant toute procédure.", mode: .maintenance),
        Case(text: "Angle retenu : garder chez eux des locataires déjà titulaires du bail", mode: .maintenance),
        Case(text: "Familles épaulées sans déménager : une quinzaine chaque année", mode: .maintenance),
        Case(text: "La conseillère intervient dès le deuxième retard, avant l'huissier.", mode: .maintenance),
        Case(text: "Des foyers que guette l'expulsion pour impayés sont rencontrés chez eux.", mode: .maintenance),
        // Entering, then staying; newcomers beside tenants in difficulty.
        Case(text: "ENTRER ET DEMEURER À MENDE", mode: .accessAndMaintenance),
        Case(text: "Entrer dans les lieux, puis y rester : un seul suivi pour les deux.", mode: .accessAndMaintenance),
        Case(text: "Onze ménages : des arrivants et des locataires en difficulté, suivis de la même façon.", mode: .accessAndMaintenance),
        Case(text: "Certains y accèdent à un logement pour la première fois, d'autres y sont aidés à s'y maintenir.", mode: .accessAndMaintenance),
        // Tenants helped where they live, of long standing; newcomers just arrived (blind sets
        // 540 to 566).
        Case(text: "Locataires épaulés dans leur case actuelle : une quinzaine de ménages", mode: .maintenance),
        Case(text: "GARDER SA CASE À SALAZIE", mode: .maintenance),
        Case(text: "Occupants épaulés sans changer de logis : une quinzaine de foyers", mode: .maintenance),
        Case(text: "Locataires que l'on aide à ne pas partir : une quinzaine de ménages", mode: .maintenance),
        Case(text: "Ici, pas de nouveaux venus : l'office suit des locataires en place depuis longtemps.", mode: .maintenance),
        Case(text: "Onze ménages, une partie fraîchement installée, le reste logé là depuis des années.", mode: .accessAndMaintenance),
        Case(text: "Douze ménages : une moitié venait d'arriver, l'autre moitié occupait déjà son appartement.", mode: .accessAndMaintenance),
        Case(text: "LES CLÉS DU GARDON\nArriver ou se maintenir, un même suivi", mode: .accessAndMaintenance),
        Case(text: "L'office a installé 11 ménages venus de centres d'hébergement.", mode: .access),
        // (Not households who have lived for years in a caravan, nor one met in its present
        // home before it moves.)
        Case(text: "Des familles qui vivent depuis des années en caravane signent leur premier bail.", mode: .access),
        Case(text: "La conseillère rencontre le ménage dans son logement actuel, puis l'aide à signer son premier bail.", mode: .access),
        // (Not new tenants denied, nor arrears that come to tenants.)
        Case(text: "Ici, pas de nouveaux locataires : l'office suit des familles déjà locataires.", mode: .maintenance),
        Case(text: "L'étape suivante : maintien dans le logement de locataires qui entrent en impayé.", mode: .maintenance),
        // Newcomers received or helped; tenants already housed or `en titre`; a mode's answer
        // that tells the move itself (blind sets 542 to 580).
        Case(text: "Nouveaux preneurs reçus chaque année : 9 ménages par an", mode: .access),
        Case(text: "Entrants aidés dans l'année : 7 ménages", mode: .access),
        Case(text: "Vingt ménages : 7 nouveaux locataires et 13 familles déjà logées par l'office.", mode: .accessAndMaintenance),
        Case(text: "Foyers suivis : 19 ménages, soit 6 arrivants et 13 locataires déjà en titre", mode: .accessAndMaintenance),
        Case(text: "Volet retenu : Arrivée dans les lieux, puis maintien", mode: .accessAndMaintenance),
        Case(text: "Volet poursuivi : Emménagement des uns, maintien des autres", mode: .accessAndMaintenance),
        Case(text: "Foyers suivis : une vingtaine de ménages, certains à loger, d'autres à garder dans leur logement", mode: .accessAndMaintenance),
        Case(text: "Onze ménages, pour partie venus d'un foyer, pour partie déjà dans nos murs, ont été suivis.", mode: .accessAndMaintenance),
        // Tenants kept where they live, a lease to save, arrears that begin (blind sets 584 to 590).
        Case(text: "Occupants épaulés sans quitter leur case : une douzaine de foyers", mode: .maintenance),
        Case(text: "Locataires dont le bail est à sauver : une vingtaine de ménages", mode: .maintenance),
        Case(text: "Une conseillère rencontre 5 foyers par an dont le loyer commençait à prendre du retard.", mode: .maintenance),
        Case(text: "Public : une vingtaine de ménages, tous déjà dans leur logement", mode: .maintenance),
        Case(text: "Foyers visés : des familles aidées à ne pas perdre leur appartement", mode: .maintenance),
        Case(text: "Familles tenues chez elles : une douzaine de ménages", mode: .maintenance),
        Case(text: "Foyers suivis : 19 ménages, 7 nouveaux arrivants et 12 qui l'habitent déjà", mode: .accessAndMaintenance),
        Case(text: "Volet retenu : arrivée dans les lieux comme tenue du bail", mode: .accessAndMaintenance),
        // Tenants of long standing, and others already housed (blind set 622).
        Case(text: "Public : des foyers nouvellement entrés dans le parc tout autant que des locataires anciens et fragilisés", mode: .accessAndMaintenance),
        Case(text: "Le CCAS a proposé une dizaine de ménages, certains tout juste arrivés, d'autres déjà logés chez nous et en difficulté.", mode: .accessAndMaintenance),
    ]

    @Test(arguments: cases)
    func readsTheModeInOtherWords(_ example: Case) throws {
        #expect(try Fixtures.record(example.text + "\n").mode?.value == example.mode)
    }

    /// A move that only dates the support (`après l'emménagement`) names no mode.
    @Test func readsNoModeFromAMoveThatDatesTheSupport() throws {
        let report = try Fixtures.record("Nature du suivi : une visite par semaine, prolongée après l'emménagement\n")
        #expect(report.mode == nil)
    }

    /// Arrears told of as an outcome (`aucun retard de loyer`) say nothing of the mode; a
    /// landlord's tenants `en titre` are no new tenants; newcomers `déjà installés` in their
    /// homes and a landlord's `anciens locataires` are no tenants kept in place.
    @Test func readsNoModeFromArrearsAsAnOutcome() throws {
        let report = try Fixtures.record("""
            Un an après, zéro retard de loyer chez les familles suivies ; un seul bail a été résilié pour dette de loyer.
            Ménages visés : locataires en titre du bailleur.
            Au premier bilan, quatre ménages étaient déjà installés ; certaines sont d'anciens locataires du bailleur.

            """)
        #expect(report.mode == nil)
    }
}

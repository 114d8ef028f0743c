import Dossier
import Testing

/// Figures first announced and then recalculated, and carriers named around them, in
/// wordings first met in blind sets 147 to 151, in texts of our own.
@Suite("Extract: announced and recalculated figures")
struct AnnouncedFigureTests {
    /// A guest's recalculated budget (`Il a été recalculé : …`) outranks the cost a label says
    /// was announced in the application; `on ne parle plus de douze mais de quinze ménages`
    /// gives the new count.
    @Test func readsTheRecalculatedFiguresOfATranscript() throws {
        let transcript = try Fixtures.record("""
            JOURNALISTE
            Le projet est financé pour deux ans. Coût annoncé dans le dossier de candidature : 63 410 euros.

            INVITÉE — Anne VIALLE
            La commission nous a demandé d'ouvrir à deux communes de plus. Donc on ne parle plus de douze mais de quinze ménages.

            JOURNALISTE
            Et le budget ?

            INVITÉE — Anne VIALLE
            Il a été recalculé : 70 985 euros pour les deux années, contre 63 410 au départ.

            """)
        #expect(transcript.cost?.value.total == 70_985)
        let households = try #require(transcript.households?.value)
        #expect((households.min, households.max) == (15, 15))
    }

    /// An amendment that brings a count to a new figure (`a porté ce volume à 18 ménages par
    /// an`) outranks what the first agreement planned.
    @Test func readsACountBroughtToANewFigure() throws {
        let report = try Fixtures.record("""
            La convention de départ prévoyait 11 ménages par an. Un avenant signé en mars a porté ce volume à 14 ménages par an, sans changer la durée.

            """)
        let households = try #require(report.households?.value)
        #expect((households.min, households.per) == (14, .year))
    }

    /// An interview's new target (`On vise désormais 17 personnes`) outranks a figure line of
    /// people already housed (`12 personnes déjà logées`); an amendment that brings the budget
    /// to a new amount (`l'avenant … le porte à 66 300 €`) and a cost that `s'établit en
    /// conséquence à` one give the cost.
    @Test func readsTheTargetAndBudgetAnAmendmentSets() throws {
        let interview = try Fixtures.record("""
            Q. : Combien de personnes ?
            R. : Le dossier parlait de 15 personnes en deux ans. On vise désormais 17 personnes sur la même durée.
            Q. : Et le budget ?
            R. : Le budget de départ était de 60 120 € pour les deux ans. Avec deux personnes de plus, l'avenant signé en mai le porte à 66 300 €.

            • 12 personnes déjà logées depuis mars

            """)
        #expect(interview.households?.value.min == 17)
        #expect(interview.cost?.value.total == 66_300)
        let letter = try Fixtures.record("""
            Le coût du projet était de 88 400 € pour trois ans.

            P.-S. — Après la réunion technique, le conseil a accepté deux logements de plus. Le coût du projet s'établit en conséquence à 94 150 €.

            """)
        #expect(letter.cost?.value.total == 94_150)
    }

    /// A cost that a yearly lead opens (`rapporté à l'année, le coût complet représente …`) is
    /// a year's, and the budget's total row the total.
    @Test func readsAYearlyCostAfterItsLead() throws {
        let form = try Fixtures.record("""
            Total : 
            121 380 €

            La subvention sollicitée s'élève à 84 966 € sur la durée du projet ; rapporté à l'année, le coût complet représente 40 460 €.

            """)
        #expect(form.cost?.value.perYear == 40_460)
        #expect(form.cost?.value.total == 121_380)
    }

    /// A brochure's list of figures counts people by who they are and what is done for them
    /// (`De 12 à 15 aînés suivis au total`, `Chaque année, 7 apprentis ou jeunes salariés
    /// logés`, `près de 11 personnes accueillies en tout`); a season's `chaque hiver` is a year's.
    @Test(arguments: [
        ("- De 12 à 15 aînés suivis au total", 12, 15, Quantity.Period.total),
        ("- Entre 20 et 24 salariés logés chaque année", 20, 24, .year),
        ("- Chaque année, 7 apprentis ou jeunes salariés logés", 7, 7, .year),
        ("- près de 11 personnes accueillies en tout", 11, 11, .total),
        ("- une douzaine de saisonniers logés chaque hiver", 10, 14, .year),
        ("- Neuf familles relogées en tout", 9, 9, .total),
    ])
    func readsABrochuresFigureLines(line: String, min: Int, max: Int, per: Quantity.Period) throws {
        let section = try Fixtures.record("LES CHIFFRES CLÉS\n\n\(line)\n- 9 logements mobilisés\n")
        let households = try #require(section.households?.value, "\(line)")
        #expect((households.min, households.max, households.per) == (min, max, per), "\(line)")
    }

    /// A short figure line that opens with a count in words (`Sept logements mobilisés dans
    /// quatre villages`) counts dwellings when nothing surer does; a line of what was done
    /// (`Trois appartements meublés pour la première nuit, puis …`) yields to the prose's count.
    @Test func readsADwellingsLineInWords() throws {
        let section = try Fixtures.record("QUELQUES CHIFFRES\n\n- De 8 à 10 ménages par an\n- Sept logements mobilisés dans quatre villages\n")
        #expect(section.housingUnits?.value.min == 7)
        let actions = try Fixtures.record("""
            Le bailleur réserve huit appartements à l'action.

            CE QUI A ÉTÉ FAIT
            - Trois appartements meublés pour la première nuit, puis bail direct

            """)
        #expect(actions.housingUnits?.value.min == 8)
    }

    /// A landlord named after `Avec` (`Avec Dore Habitat, qui gère 2 410 logements, …`) is
    /// read without the preposition; a service's name (`Service logement – antenne de …`) is
    /// no landlord's.
    @Test func readsALandlordAfterAPrepositionAndNoServiceName() throws {
        let page = try Fixtures.record("""
            Avec Dore Habitat, qui gère 2 410 logements dans la vallée, nous avons voulu des logements près des écoles.

            """)
        #expect(page.carriers.map(\.value) == ["Dore Habitat"])
        let notes = try Fixtures.record("""
            ASSOCIATION LE FIL DE LA DORE
            Service logement – antenne d'Arlanc

            Compte rendu de la réunion du 3 mai : deux situations examinées.

            """)
        #expect(notes.carriers.isEmpty)
    }
}

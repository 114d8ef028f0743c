import Dossier
import Testing

/// Documents that take several projects one after another under heads of their own (a
/// prefecture's results list, a committee's minutes, evaluation sheets), first met in blind
/// sets 109, 143 and 149, in texts of our own.
@Suite("Segment and extract: lists of projects")
struct EntryListTests {
    private func projects(_ text: String) -> [ProjectRecord] {
        ExtractionTests.extractor.extract(Fixtures.document(text)).filter { $0.kind == .project }
    }

    /// A results list: each winner under a rule-framed `LAURÉAT n – « … »` head, its labels,
    /// what was asked and what the committee kept (a list of figures on one line, the kept
    /// ones outranking the asked ones); the service's mailbox above the first head belongs to
    /// no entry.
    @Test func readsAResultsListOneRecordPerWinner() throws {
        let records = projects("""
            DIRECTION DÉPARTEMENTALE DE L'EMPLOI, DU TRAVAIL ET DES SOLIDARITÉS DE LA NIÈVRE
            Boîte du service : logement@ddets-nievre.example.fr

            Résultats de la session 2018 pour la Nièvre

            ----------------------------------------
            LAURÉAT 1 – « Un seuil à franchir »
            ----------------------------------------
            Organisme Hlm lauréat : Val de Loire Logis
            Commune(s) d'action : Cosne-Cours-sur-Loire
            Ce que demandait le porteur : 18 ménages par an, 14 logements, 150 600 € sur trois ans.
            Ce que retient le comité : 15 ménages par an, 12 logements, 131 250 € sur trois ans.
            Interlocutrice : Maëlle Dufresnoy – m.dufresnoy@vdl-logis.example.fr

            ----------------------------------------
            LAURÉAT 2 – « Rester chez soi à Decize »
            ----------------------------------------
            Organisme Hlm lauréat : Nièvre Sud Habitat
            Commune(s) d'action : Decize
            Ce que retient le comité : sans changement – 10 ménages par an, 41 280 € par an.
            Interlocuteur : Romain Achard – r.achard@nievre-sud.example.fr

            """)
        #expect(records.map(\.layout) == [.entry, .entry])
        #expect(records.map { $0.title?.value } == ["Un seuil à franchir", "Rester chez soi à Decize"])
        let first = records[0]
        #expect(first.carriers.map(\.value) == ["Val de Loire Logis"])
        #expect(first.households?.value.min == 15)
        #expect(first.housingUnits?.value.min == 12)
        #expect(first.cost?.value.total == 131_250)
        #expect(first.contacts.map(\.value.email) == ["m.dufresnoy@vdl-logis.example.fr"])
        let second = records[1]
        #expect(second.households?.value.min == 10)
        #expect(second.cost?.value.perYear == 41_280)
        #expect(second.contacts.map(\.value.email) == ["r.achard@nievre-sud.example.fr"])
    }

    /// A committee brings a cost down (`le coût est ramené à …`): the new amount is the cost.
    @Test func readsACostBroughtDown() throws {
        let record = try Fixtures.record("""
            Le comité a jugé le poste de coordination trop lourd : le coût est ramené à 118 260 € sur trois ans.

            """)
        #expect(record.cost?.value.total == 118_260)
    }

    /// Minutes: the agenda lists the heads (`3.1 Organisation – « … »`) before the points
    /// that take them; the last entry ends at the rule before the next point, so the
    /// secretariat's address after it is no project's contact.
    @Test func readsMinutesWhoseAgendaListsTheHeads() throws {
        let records = projects("""
            ORDRE DU JOUR
            1. Approbation du compte rendu
            2. Examen de deux candidatures
               2.1 Morvan Habitat – « Les clés du bourg » (Nièvre)
               2.2 Clamecy Logis – « Un bail pour repartir » (Nièvre)

            ------------------------------------------------
            POINT 2 – EXAMEN DES CANDIDATURES

            2.1 Morvan Habitat – « Les clés du bourg »
            Porteur : Morvan Habitat.
            Le rapporteur présente le projet : 9 familles par an, 6 logements.

            2.2 Clamecy Logis – « Un bail pour repartir »
            Porteur : Clamecy Logis.
            Jeunes accompagnés : 11 par an

            ------------------------------------------------
            POINT 3 – QUESTIONS DIVERSES
            Contact secrétariat : secretariat.commission@crhh.example.fr

            """)
        #expect(records.map { $0.title?.value } == ["Les clés du bourg", "Un bail pour repartir"])
        #expect(records.map { $0.carriers.map(\.value) } == [["Morvan Habitat"], ["Clamecy Logis"]])
        #expect(records[0].households?.value.min == 9)
        #expect(records[1].households?.value.min == 11)
        #expect(records[1].contacts.isEmpty)
    }

    /// A report's chapter: heads give the partner after the name (`3.1 « … » – avec …`); the
    /// last entry ends at the next part numbered alike (`3.3 Perspectives`), and a summary
    /// table's heading beside `Bailleur` names no carrier.
    @Test func readsAReportsChapterUpToItsNextPart() throws {
        let records = projects("""
            3.1 « Un toit en vallée » – avec Vallée Habitat
            Ménages accompagnés : 9 par an

            3.2 « Le relais des anciens » – avec Crêtes Habitat
            Ménages accompagnés : 6 par an

            Tableau 3.A – Activité de l'année
            Action	Bailleur	Ménages suivis en 2017
            Un toit en vallée	Vallée Habitat	17
            Le relais des anciens	Crêtes Habitat	9

            3.3 Perspectives 2018
            Une quatrième action se prépare : écrire à projets@relais-vallee.example.org

            """)
        #expect(records.map { $0.title?.value } == ["Un toit en vallée", "Le relais des anciens"])
        #expect(records.map { $0.households?.value.min } == [9, 6])
        #expect(!records[1].carriers.contains { $0.value.hasPrefix("Ménages") })
        #expect(records[1].contacts.isEmpty)
    }

    /// A study visit's programme (`### Visite n° 2 — Name : subtitle`, the name given bare or
    /// quoted, its subtitle left out), an exhibition's panels (`PANNEAU 1`, the name in capitals
    /// under it) and an observatory's profiles (`PROFIL 2 – NAME`); a place after the hosts
    /// (`…, à la mairie de Caylus`) names no one.
    @Test func readsVisitsAndPanels() throws {
        let visits = ExtractionTests.extractor.extract(Fixtures.document("""
            # Visite d'étude en Quercy

            ### Visite n° 1 — « Un toit sur le causse » : des familles relogées à Caylus
            **On vous reçoit :** Causse Habitat et l'association Le Relais du Causse, à la mairie de Caylus.

            ### Visite n° 2 — Le fil de l'eau : garder son logement à Nègrepelisse
            **On vous reçoit :** Aveyron Logis et l'association L'Escale, dans l'un des studios de la résidence.

            """, format: .markdown)).filter { $0.kind == .project }
        #expect(visits.map { $0.title?.value } == ["Un toit sur le causse", "Le fil de l'eau"])
        #expect(visits.map { $0.carriers.map(\.value) } == [["Causse Habitat"], ["Aveyron Logis"]])
        let panels = projects("""
            PANNEAU 1

            LE TOIT DU MOULIN

            Ménages accompagnés : 12 par an

            PANNEAU 2

            LA CLÉ DU CANAL

            Ménages accompagnés : 8 par an

            """)
        #expect(panels.map { $0.title?.value } == ["LE TOIT DU MOULIN", "LA CLÉ DU CANAL"])
        let profiles = projects("""
            PROFIL 1 – LE TOIT DU MOULIN
            Porteur : Moulin Habitat

            PROFIL 2 – LA CLÉ DU CANAL
            Porteur : Canal Logis

            """)
        #expect(profiles.map { $0.title?.value } == ["LE TOIT DU MOULIN", "LA CLÉ DU CANAL"])
        #expect(panels.map { $0.households?.value.min } == [12, 8])
    }

    /// A press release names each winner on a line of its own, in guillemets and unnumbered;
    /// quotations on lines of their own end in a point and head nothing.
    @Test func readsWinnersNamedAloneInGuillemets() {
        let release = projects("""
            COMMUNIQUÉ DE PRESSE

            « Un toit sur la Risle »
            À Pont-Audemer, Risle Habitat accompagnera 12 familles par an.

            « Garder sa clé »
            À Brionne, Charentonne Logis suivra 20 locataires en impayé.

            """)
        #expect(release.map { $0.title?.value } == ["Un toit sur la Risle", "Garder sa clé"])
        let page = projects("""
            « On se sent enfin chez nous. »

            « Le suivi nous a aidés à tenir. »

            Projet : Un toit sur la Risle, 12 familles par an.

            """)
        #expect(page.map(\.layout) == [.document])
        // An exhibition's captions, each under the line that numbers it (`Cartel 2`), name
        // pictures: the catalogue is one record, its project's figures read.
        let catalogue = projects("""
            Le projet en quelques lignes :
            - 13 ménages accueillis chaque année
            - 96 418 € sur trois ans, financés par le FNAVDL

            Cartel 1
            « La clé »
            Tirage argentique, 40 × 60 cm, 2018

            Cartel 2
            « Cartons »
            Tirage jet d'encre, 50 × 70 cm, 2019

            """)
        #expect(catalogue.map(\.layout) == [.document])
        #expect(catalogue.first?.households?.value.min == 13)
    }

    /// Evaluation sheets numbered `FICHE n / N` with no name in the head: the entry's label
    /// names the project.
    @Test func readsSheetsNumberedOutOfATotal() throws {
        let records = projects("""
            ------------------------------------------------
            FICHE 1 / 2
            Intitulé de l'action : Premier bail en Morvan
            ------------------------------------------------
            Bailleur : Morvan Habitat
            Durée : 24 mois

            ------------------------------------------------
            FICHE 2 / 2
            Intitulé de l'action : Garder la clé
            ------------------------------------------------
            Bailleur : Clamecy Logis
            Durée : 36 mois

            """)
        #expect(records.map { $0.title?.value } == ["Premier bail en Morvan", "Garder la clé"])
        #expect(records.map { $0.duration?.value.months } == [24, 36])
    }

    /// What looks like heads but lists no projects: one summary in two languages (its `2.`
    /// twice), a year after `Dossier`, and the steps of one project (`Action 1 : …`).
    @Test func keepsOneProjectWhereHeadsListNone() {
        let bilingual = projects("""
            ## 2. Le projet : « Une porte ouverte »
            Douze ménages par an.

            ## 2. The project: "An open door"
            Twelve households a year.

            """)
        #expect(bilingual.map(\.layout) == [.document])
        let board = projects("""
            Dossier 2017 : 18 jeunes sur 3 ans
            Dossier 2018 : 16 jeunes sur 3 ans

            """)
        #expect(board.map(\.layout) == [.document])
        let steps = projects("""
            Action 1 : diagnostic à domicile
            Une visite par mois.

            Action 2 : relogement accompagné
            Un bail glissant.

            """)
        #expect(steps.map(\.layout) == [.document])
    }
}

import Dossier
import Testing

/// Forms' budgets, names and choices in wordings first met in blind sets 25 to 36, in texts
/// of our own.
@Suite("Extract: form wordings")
struct FormWordingTests {
    /// A form's commune line names the territory and its département line gives the code; a
    /// département line alone is the territory, a funder's `Département` amount is none.
    @Test func givesListedTownsTheDepartmentOfItsLine() throws {
        let form = try Fixtures.record("""
            Département concerné : Haute-Loire (43)
            Communes visées : Yssingeaux, Retournac et Bas-en-Basset

            """)
        #expect(form.territory?.value.value == "Yssingeaux, Retournac et Bas-en-Basset")
        #expect(form.territory?.value.departments == ["43"])
        #expect(form.alternatives["territory"]?.map(\.rule) == ["territory.label.department"])
        let alone = try Fixtures.record("""
            Département : Cantal (15)
            Nombre de ménages accompagnés : 12

            """)
        #expect(alone.territory?.value.value == "Cantal (15)")
        let funder = try Fixtures.record("""
            Financeurs
            Département : 12 000 €
            FNAVDL : 30 000 €

            """)
        #expect(funder.territory == nil)
    }

    /// A Word form's budget whose tab-led labels have their amounts on the line below: the
    /// amount belongs to the label above it, not to the next label's cell.
    @Test func readsATabLedBudgetsSums() throws {
        let form = try Fixtures.record("""
            Budget prévisionnel sur trois ans
            \tCharges
            \tProduits

            \tAccompagnement social (1 ETP)
            88 200 €

            \tSomme des charges
            104 700 €
            \tSomme des produits
            104 700 €

            """)
        #expect(form.cost?.value.total == 104_700)
        // (A landlord named after a département, `Somme Habitat`, is no `Somme` of the budget.)
        let funder = try Fixtures.record("""
            Coût total du projet (sur 1 an)
            \tDépenses
            \tRecettes

            \tSomme Habitat (fonds propres)
            18 240 €

            \tTotal :
            60 800 €

            """)
        #expect(funder.cost?.value.total == 60_800)
        let kind = try Fixtures.record("Organisme Hlm : Serre Logis\nNombre de ménages : 12\n")
        #expect(kind.carriers.map(\.value) == ["Serre Logis"])
        let other = try Fixtures.record("""
            \tDépenses, total
            61 440 €
            \tRecettes, total :
            61 440 €

            """)
        #expect(other.cost?.value.total == 61_440)
        // (`Dépenses, total` then words of its own, which no label head takes.)
        let period = try Fixtures.record("""
            \tDépenses, total sur deux ans
            58 300 €
            \tRecettes, total sur deux ans :
            58 300 €

            """)
        #expect(period.cost?.value.total == 58_300)
    }

    /// `Le projet s'intitule : « … »` names the project, its subtitle kept.
    @Test func readsAReflexiveTitleLabel() throws {
        let form = try Fixtures.record("""
            Le projet s’intitule : « Porte ouverte » – premier bail après le foyer
            Bailleur : Val Sud Habitat

            """)
        #expect(form.title?.value == "Porte ouverte – premier bail après le foyer")
    }

    /// People leaving a shelter for a home of their own, or `accès accompagné`, say access.
    @Test func readsAccessFromLeavingAShelter() throws {
        for phrase in ["des locataires sortant de CHRS", "un accès accompagné", "des sorties d’hébergement plus rapides"] {
            let text = try Fixtures.record("""
                Le projet vise \(phrase), avec un suivi d'un an.

                """)
            #expect(text.mode?.value == .access, "\(phrase)")
        }
    }

    /// A budget table headed `Nature des charges | Montant`, and its resources under a heading
    /// row of their own: no heading labels the row below it, the total row gives the cost.
    @Test func readsABudgetUnderColumnHeadings() throws {
        let form = try Fixtures.record("""
            Nature des charges\tMontant
            \tAccompagnement social (1 ETP)
            96 300 €
            \tGestion locative adaptée
            18 900 €
            \tCharges, total sur trois ans
            115 200 €
            Origine des ressources\tMontant
            \tFNAVDL – 50 %
            57 600 €

            Soit 38 400 € par année de fonctionnement.

            """)
        #expect(form.cost?.value.total == 115_200)
        #expect(form.cost?.value.perYear == 38_400)
    }

    /// A page's properties in short words: `Logts` for dwellings, a period in abbreviated
    /// months with an arrow, and a year's cost restated with the year first.
    @Test func readsShortPropertiesAndAYearFirst() throws {
        let page = try Fixtures.record("""
            <html><body><h1>Une clé au col</h1><table>
            <tr><th>Logts</th><td>7 (T2, parc existant)</td></tr>
            <tr><th>Durée</th><td>oct. 2020 → sept. 2023</td></tr>
            </table></body></html>
            """, format: .html)
        #expect(page.housingUnits?.value.min == 7)
        #expect(page.duration?.value.months == 36)
        #expect(page.duration?.value.start == "2020-10")
        let form = try Fixtures.record("""
            Total des dépenses : 98 400 €
            Soit, pour une année, 32 800 €.

            """)
        #expect(form.cost?.value.perYear == 32_800)
    }

    /// A questionnaire's numbered questions, each answered on the next line, however long the
    /// question; the landlord's own stock, asked first, counts no dwellings of the project.
    @Test func readsANumberedQuestionnaire() throws {
        let export = try Fixtures.record("""
            1.1 Nom de l'organisme Hlm qui dépose le projet
            Causses Habitat

            1.3 Combien de logements votre organisme gère-t-il au total ?
            4 180 logements

            2.1 Comment s'appelle le projet ?
            Un seuil à soi

            2.2 Dans quelle(s) commune(s) le projet se déroule-t-il ?
            Mende et Marvejols (Lozère)

            2.3 Combien de ménages prévoyez-vous d'accompagner chaque année ?
            14

            2.4 Combien de logements seront mobilisés pour le projet ?
            14 logements, dans le parc existant

            B6. Montant global de l'action (€)
            96 600 €

            """)
        #expect(export.carriers.map(\.value) == ["Causses Habitat"])
        #expect(export.title?.value == "Un seuil à soi")
        #expect(export.territory?.value.value == "Mende et Marvejols (Lozère)")
        #expect(export.households?.value.min == 14 && export.households?.value.per == .year)
        #expect(export.housingUnits?.value.min == 14)
        #expect(export.cost?.value.total == 96_600)
    }

    /// `pour toute l'action` marks a total; `Financement annuel` is a year's cost, not a
    /// funder; `Nouvel entrant` and `Déjà locataire` answer the mode on a line.
    @Test func readsTotalsFundingAndStatusWordings() throws {
        let fiche = try Fixtures.record("""
            Budget : 31 200 € par an – 93 600 € pour toute l’action
            Statut du ménage à l’entrée : Nouvel entrant

            """)
        #expect(fiche.cost?.value.total == 93_600 && fiche.cost?.value.perYear == 31_200)
        #expect(fiche.mode?.value == .access)
        let other = try Fixtures.record("""
            - **Financement annuel :** 44 700 € chaque année, à 50 % par le FNAVDL.
            - **Statut du ménage à l’entrée :** Déjà locataire

            """, format: .markdown)
        #expect(other.cost?.value.perYear == 44_700)
        #expect(other.mode?.value == .maintenance)
    }

    /// A value whose sentence opens with a label's head word (`Budget global de …`) before
    /// another label (`Répartition :`) keeps its amount; `Le projet relève du volet :` labels
    /// the mode, which prose words (`un relogement`) do not outweigh.
    @Test func readsAValueBeforeAnotherSentencesLabel() throws {
        let fiche = try Fixtures.record("""
            **Coût et financeurs mobilisés :** Budget global de 88 260 € pour trois ans. Répartition : FNAVDL 40 %, Département 35 %.

            **Le projet relève du volet :** Maintien dans le logement

            Trois personnes ont accepté un relogement plus petit.

            """, format: .markdown)
        #expect(fiche.cost?.value.total == 88_260)
        #expect(fiche.mode?.value == .maintenance)
    }

    /// A monitoring report's identity block, labels and values joined by leaders of dots; the
    /// mode with the other kind denied; people who left the scheme are a result, not whom it
    /// means to help.
    @Test func readsLeadersAndAMonitoringReport() throws {
        let report = try Fixtures.record("""
            Opération suivie .................. Un toit au bourg
            Bailleur titulaire ................ Marche Habitat
            Communes du secteur suivi ......... Aubusson et Felletin (Creuse)
            Nature du volet ................... accès au logement (pas de volet maintien)

            Jeunes sortis du dispositif avec un bail direct : 7

            - Jeunes à loger et accompagner d'ici la fin de la convention : 30

            """)
        #expect(report.title?.value == "Un toit au bourg")
        #expect(report.carriers.map(\.value) == ["Marche Habitat"])
        #expect(report.territory?.value.value == "Aubusson et Felletin (Creuse)")
        #expect(report.mode?.value == .access)
        #expect(report.households?.value.min == 30)
    }

    /// A grant platform's filed application: each field a `<label>` whose value is the
    /// paragraph after it, labels that say much (`Nombre de ménages bénéficiaires sur la durée
    /// du projet`), and the applicant's name under `Dénomination`, which is no title.
    @Test func readsAFiledApplicationsFields() throws {
        let page = try Fixtures.record("""
            <html><body>
            <div class="champ"><div class="champ-label"><label>Dénomination</label></div><div class="champ-value"><p>VAL DE BRENNE HABITAT</p></div></div>
            <div class="champ"><div class="champ-label"><label>Nom de l'opération déposée</label></div><div class="champ-value"><p>Les visites du jeudi</p></div></div>
            <div class="champ"><div class="champ-label"><label>Bailleur social demandeur</label></div><div class="champ-value"><p>Val de Brenne Habitat</p></div></div>
            <div class="champ"><div class="champ-label"><label>Nombre de ménages bénéficiaires sur la durée du projet</label></div><div class="champ-value"><p>60</p></div></div>
            </body></html>
            """, format: .html)
        #expect(page.title?.value == "Les visites du jeudi")
        #expect(page.carriers.map(\.value) == ["Val de Brenne Habitat"])
        #expect(page.households?.value.min == 60)
    }

    /// A PDF converted to lines: each label on a line of its own above its figure, saying
    /// more than a heading would (`Ménages relogés par an`, `Somme engagée sur trois ans`).
    @Test func readsLabelsAboveFiguresOfAConvertedPDF() throws {
        let page = try Fixtures.record("""
            Ménages relogés par an
            11
            Somme engagée sur trois ans
            128 700 €

            """)
        #expect(page.households?.value.min == 11 && page.households?.value.per == .year)
        #expect(page.cost?.value.total == 128_700)
    }

    /// A label that asks for a name says what it names (`Nom du bailleur porteur`); a year's
    /// cost beside the whole after a semicolon gives both sides; a period `entre … et …`.
    @Test func readsNamingLabelsAndBothSidesOfACost() throws {
        let fiche = try Fixtures.record("""
            Fiche résumée

            Nom du bailleur porteur : Vivarais Cévennes
            Nom de la commune : Annonay
            Dépense prévue chaque année : 31 260 € ; sur la durée complète, 93 780 €
            Calendrier : entre mars 2019 et février 2022

            """)
        #expect(fiche.carriers.map(\.value) == ["Vivarais Cévennes"])
        #expect(fiche.territory?.value.value == "Annonay")
        #expect(fiche.cost?.value.perYear == 31_260 && fiche.cost?.value.total == 93_780)
        #expect(fiche.duration?.value.months == 36)
        let total = try Fixtures.record("Budget annuel : 20 400 € ; au total 61 200 €\n")
        #expect(total.cost?.value.perYear == 20_400 && total.cost?.value.total == 61_200)
    }

    /// A landlord's name of two words of place joined by `et` (`Habitat Cévenol et Gardois`)
    /// is one name; two names joined by `et` stay two.
    @Test func keepsALandlordsNameOfTwoPlaceWordsWhole() throws {
        let fiche = try Fixtures.record("Porteur du projet : Habitat Cévenol et Gardois (SA d'HLM)\n")
        #expect(fiche.carriers.map(\.value) == ["Habitat Cévenol et Gardois"])
        let rivers = try Fixtures.record("Bailleur : Habitat Touvre et Charente\n")
        #expect(rivers.carriers.map(\.value) == ["Habitat Touvre et Charente"])
        let pair = try Fixtures.record("Porteurs du projet : Logis Cévenol et Soliha Gard\n")
        #expect(pair.carriers.map(\.value) == ["Logis Cévenol", "Soliha Gard"])
        let acronym = try Fixtures.record("Porteurs du projet : Habitat Touvre et SOLIHA\n")
        #expect(acronym.carriers.map(\.value) == ["Habitat Touvre", "SOLIHA"])
    }

    /// A choice between access and keeping housed answers the mode even when its first word
    /// is another field's head (`Locataires`); `Forme d'aide` asks for the mode, and a cell's
    /// mode may say more after a dash; a range of ages is no length.
    @Test func readsAChoiceLabelWhateverItsHead() throws {
        let row = try Fixtures.record("""
            Ménages suivis : 14 sur trois ans	Locataires nouveaux ou en place : Maintien
            Public : les 18-25 ans
            Durée : 24 mois

            """)
        #expect(row.mode?.value == .maintenance)
        #expect(row.households?.value.min == 14)
        #expect(row.duration?.value.months == 24)
        let both = try Fixtures.record("Ménages suivis : 20\tEntrée dans les lieux ou locataire déjà titulaire : Entrant et déjà logé\n")
        #expect(both.mode?.value == .accessAndMaintenance)
        let help = try Fixtures.record("Forme d'aide apportée : maintien – rester chez soi malgré les dettes\n")
        #expect(help.mode?.value == .maintenance)
        let cell = try Fixtures.record("Ménages suivis\t12 par an\nVolet retenu\tAccès – une première clé après la rue\n")
        #expect(cell.mode?.value == .access)
        #expect(Durations.parse("UN PREMIER STUDIO POUR LES 18-29 ANS") == nil)
        #expect(Durations.parse("jeunes âgés de 18 à 25 ans") == nil)
        #expect(Durations.parse("de 2 à 3 ans")?.months == 36)
    }

    /// A count under a label of where the project stands (`Point d'étape`) is a result, not
    /// the project's; `tous les ans` makes a year's count; a year's cost opened by `Par
    /// année,`; a length stated beside dates a month longer is the author's count.
    @Test func readsProgressYearsAndStatedLengths() throws {
        let channel = try Fixtures.record("""
            Récapitulatif :
            • 16 ménages par an
            • Budget : 98 400 € sur 3 ans

            Point d'étape : 11 ménages suivis depuis mars.

            """)
        #expect(channel.households?.value.min == 16 && channel.households?.value.per == .year)
        let visits = try Fixtures.record("- Une douzaine de locataires âgés visités tous les ans\n")
        #expect(visits.households?.value.per == .year)
        let budget = try Fixtures.record("Budget prévisionnel\n\nPar année, la dépense s'élève à 41 850 €.\n")
        #expect(budget.cost?.value.perYear == 41_850)
        let spread = try Fixtures.record("Budget prévisionnel\n\nRapporté à une année, le projet coûte 36 120 €.\n")
        #expect(spread.cost?.value.perYear == 36_120)
        // (A count that ends its line is not the dwellings the next line opens with.)
        let guide = try Fixtures.record("Familles aidées tous les ans : 27\nMénages orientés chaque année : environ 40 jeunes en tout\n")
        #expect(guide.households?.value.per == .year && guide.households?.value.min == 27)
        #expect(Quantities.parse("environ 40 jeunes en tout")?.per == .total)
        let lines = try Fixtures.record("Locataires aidés chaque année : 9\nLogements réservés en plus : aucun\n")
        #expect(lines.housingUnits == nil && lines.households?.value.min == 9)
        #expect(Durations.parse("de janvier 2018 à la fin de l'année 2020")?.months == 36)
        #expect(Durations.parse("D'octobre 2018 à la fin septembre 2021")?.months == 36)
        let bounds = try Fixtures.record("Calendrier\n\nL'action débutera le : 4 mai 2019\nElle prendra fin le : 3 mai 2021\n")
        #expect(bounds.duration?.value.months == 24)
        let figure = try Fixtures.record("- 88 410 € au total, sur 30 mois\n")
        #expect(figure.duration?.value.months == 30)
        let period = try Fixtures.record("Durée : Trois ans, de fin mars 2019 à fin mars 2022\n")
        #expect(period.duration?.value.months == 36)
    }

    /// A form's mode options written as text (`Accès au logement  FORMCHECKBOX`, `Maintien dans
    /// le logement  FORMCHECKBOX`) say nothing of the box ticked; a line that says the project
    /// does one only (`le projet ne concerne que l'accès au logement`) decides.
    @Test func readsTheModeTheFormSaysItIsOnly() throws {
        let form = try Fixtures.record("""
            Nombre de ménages accompagnés\u{A0}: 18 par an
            Forme de l’intervention\u{A0}:\u{20}
            Accès au logement  FORMCHECKBOX\u{A0}
            Maintien dans le logement  FORMCHECKBOX\u{A0}
            (le projet ne concerne que l’accès au logement)

            """)
        #expect(form.mode?.value == .access)
        #expect(form.mode?.evidence.rule == "mode.prose.only")
    }

    /// A note right after a form's mode options, or right before them, says which were meant
    /// when their boxes lost their state: both in its words (`l'un et l'autre`, `à la fois des
    /// entrées et des maintiens`), or a kind it names. Options of another question have no note.
    @Test func readsTheModeANoteBesideTheOptionsGives() throws {
        let options = "Entrée dans les lieux  FORMCHECKBOX\u{A0}\nConservation du bail  FORMCHECKBOX\u{A0}\n"
        let after = try Fixtures.record("Volet du suivi (case à cocher)\n" + options + "Remarque de l’office sous les cases\u{A0}: nous suivons à la fois des entrées et des maintiens.\nDurée\u{A0}: 24 mois\n")
        #expect(after.mode?.value == .accessAndMaintenance)
        #expect(after.mode?.evidence.rule == "mode.options-note")
        #expect(after.mode?.evidence.text == "nous suivons à la fois des entrées et des maintiens.")
        let mixed = try Fixtures.record(options + "Mention de la société\u{A0}: entrée et conservation, selon les familles\n")
        #expect(mixed.mode?.value == .accessAndMaintenance)
        let before = try Fixtures.record("Le suivi porte sur quoi\u{A0}: la tenue du bail seulement\n" + options + "\nDurée\u{A0}: 24 mois\n")
        #expect(before.mode?.value == .maintenance)
        let elsewhere = try Fixtures.record("Logements neufs  FORMCHECKBOX\u{A0}\nLogements anciens  FORMCHECKBOX\u{A0}\nCommentaire\u{A0}: l'un et l'autre\n")
        #expect(elsewhere.mode == nil)
        // (Options in words of their own, however many; a note that keeps to one kind.)
        let wordy = "Arrivée dans un bail neuf  FORMCHECKBOX\u{A0}\nTenue du logement déjà occupé  FORMCHECKBOX\u{A0}\n"
        let covered = try Fixtures.record(wordy + "Note sous les cases\u{A0}: les deux volets sont couverts.\n")
        #expect(covered.mode?.value == .accessAndMaintenance)
        let only = try Fixtures.record(wordy + "Précision\u{A0}: l'action porte sur le maintien seulement, l'accès n'est pas concerné.\n")
        #expect(only.mode?.value == .maintenance)
        // (A note that keeps to one option by its place: blind set 584.)
        let first = try Fixtures.record(wordy + "Remarque\u{A0}: seul le premier volet est demandé, les locataires en place relèvent d'un autre dispositif.\n")
        #expect(first.mode?.value == .access)
    }

    /// A budget table with columns of years and a `Total` column: the `Total` row's value is
    /// the one under `Total`, not the first year's.
    @Test func readsTheTotalRowUnderItsTotalColumn() throws {
        let form = try Fixtures.record("""
            Budget de l'opération (trois années)
            Poste\tAnnée 1\tAnnée 2\tAnnée 3\tTotal
            Accompagnement social\t37 118 €\t37 118 €\t37 118 €\t111 354 €
            Gestion locative adaptée\t9 412 €\t9 412 €\t9 412 €\t28 236 €
            Total\t46 530 €\t46 530 €\t46 530 €\t139 590 €

            """)
        #expect(form.cost?.value.total == 139_590)
    }

    /// The `Total` row under columns of years that all hold the same amount gives the year's
    /// cost beside the total; a total column may be headed `Ensemble`.
    @Test func readsAYearsCostFromTheTotalRowUnderYears() throws {
        let form = try Fixtures.record("""
            Budget prévisionnel
            Charges\tAnnée 1\tAnnée 2\tAnnée 3\tEnsemble
            Accompagnement social\t29 114 €\t29 114 €\t29 114 €\t87 342 €
            Gestion locative adaptée\t5 208 €\t5 208 €\t5 208 €\t15 624 €
            Total\t34 322 €\t34 322 €\t34 322 €\t102 966 €

            """)
        #expect(form.cost?.value.total == 102_966)
        #expect(form.cost?.value.perYear == 34_322)
        // (Years that differ give no year's cost.)
        let uneven = try Fixtures.record("""
            Poste\t2017\t2018\t2019\tTotal
            Accompagnement social\t31 000 €\t29 500 €\t27 000 €\t87 500 €
            Total\t31 000 €\t29 500 €\t27 000 €\t87 500 €

            """)
        #expect(uneven.cost?.value.total == 87_500)
        #expect(uneven.cost?.value.perYear == nil)
        // (Under a budget's words, bare numbers are euros; a financing table that follows, with
        // its own `Total`, changes nothing.)
        let bare = try Fixtures.record("""
            Budget prévisionnel
            Poste\tAnnée 1\tAnnée 2\tAnnée 3\tTotal
            Accompagnement social\t28 406\t28 406\t28 406\t85 218
            Gestion locative adaptée\t7 311\t7 311\t7 311\t21 933
            Total\t35 717\t35 717\t35 717\t107 151

            """)
        #expect(bare.cost?.value.total == 107_151)
        #expect(bare.cost?.value.perYear == 35_717)
        // (A table of counts under years, with no budget's words, gives no cost.)
        let counts = try Fixtures.record("""
            Ménages\tAnnée 1\tAnnée 2\tAnnée 3\tTotal
            Total\t12\t12\t12\t36

            """)
        #expect(counts.cost == nil)
    }

    /// A budget's sums as a Word form flattens them: a `Total` alone on its line over its
    /// amount alone on the next; a `Sous-total` row that sums the charges; a `Sous-total` row
    /// under columns of years (and no total column) that all hold the same amount, a year's
    /// cost.
    @Test func readsFlattenedAndPartialSums() throws {
        let flattened = try Fixtures.record("""
            Plan de financement
            Poste\tMontant
            Médiatrice à temps plein (3 ans)\t112 530 €
            Gestion locative adaptée\t40 316 €
            Total
            152 846 €
            Ressources\tMontant
            FNAVDL (60 %)\t91 708 €
            Fonds propres du bailleur\t61 138 €
            Total
            152 846 €

            """)
        #expect(flattened.cost?.value.total == 152_846)
        let charges = try Fixtures.record("""
            Poste\tMontant
            Accompagnement social (Les Relais)\t112 930 €
            Gestion locative renforcée\t51 347 €
            Sous-total dépenses\t164 277 €
            FNAVDL\t98 566 €\t60 %
            Sous-total ressources\t164 277 €

            """)
        #expect(charges.cost?.value.total == 164_277)
        let years = try Fixtures.record("""
            Budget prévisionnel
            Poste\tAnnée 1\tAnnée 2\tAnnée 3
            Conseillères (1,4 ETP)\t40 381 €\t40 381 €\t40 381 €
            Frais de déplacement\t3 109 €\t3 109 €\t3 109 €
            Sous-total\t43 490 €\t43 490 €\t43 490 €
            Coût total de l'action : 130 470 €

            """)
        #expect(years.cost?.value.total == 130_470)
        #expect(years.cost?.value.perYear == 43_490)
    }

    /// Options whose check boxes lost their state (`FORMCHECKBOX`) answer nothing, in a label's
    /// value or in prose: the mode is what the form says elsewhere (`Mode retenu : …`, a kind
    /// left to another scheme, `accès uniquement`), and the households its modes count. (Each
    /// form lists first the option it does not choose, which a reading of the first option
    /// would take.)
    @Test func readsNoModeFromOptionsThatLostTheirTicks() throws {
        let options = { (first: String, second: String) in
            "Volet(s) retenu(s)\n\(first)  FORMCHECKBOX\u{A0}\n\(second)  FORMCHECKBOX\u{A0}\nLes deux  FORMCHECKBOX\u{A0}\n\n"
        }
        let accessFirst = options("Accès au logement", "Maintien dans le logement")
        let maintenanceFirst = options("Maintien dans le logement", "Accès au logement")
        let chosen = try Fixtures.record(accessFirst + "Mode retenu : maintien dans le logement\n")
        #expect(chosen.mode?.value == .maintenance)
        let leftToOthers = try Fixtures.record(maintenanceFirst + "Les ménages sortant d'hébergement entrent dans un logement ; les locataires déjà en place relèvent d'un autre dispositif.\n")
        #expect(leftToOthers.mode?.value == .access)
        let followedElsewhere = try Fixtures.record(maintenanceFirst + "Des familles sortant de CHRS entrent dans un logement, les locataires en place restant suivis par le service social du bailleur.\n")
        #expect(followedElsewhere.mode?.value == .access)
        let only = try Fixtures.record(accessFirst + "Précision : action de maintien uniquement.\n")
        #expect(only.mode?.value == .maintenance)
        let both = try Fixtures.record(accessFirst + "Ménages concernés : accès, 9 par an ; maintien, 17 par an\n")
        #expect(both.households?.value.min == 26)
        #expect(both.households?.value.per == .year)
    }

    /// An entry form's fields left blank (`Ville : ..........`) give no value, not even the
    /// next line's; its entries desk (`Secrétariat des engagements : …`) is no contact of the
    /// project told on its back page.
    @Test func readsNoValueFromAFieldLeftBlank() throws {
        let form = try Fixtures.record("""
            BULLETIN D'ENGAGEMENT

            Code postal : ........  Ville : ..............................
            Téléphone : ......................  Courriel : ....................

            Secrétariat des engagements : Mme Odile BRIAND, 05 49 74 00 18, engagements@expo-canine-gatine.fr

            AU DOS : NOTRE PARTENAIRE
            Gâtine Bocage Logis accompagne 18 ménages par an à Parthenay (79).
            Contact projet : Yannick MOREAU – y.moreau@gatine-bocage-logis.fr

            """)
        #expect(form.territory?.value.value == "Parthenay (79)")
        #expect(form.contacts.compactMap(\.value.email) == ["y.moreau@gatine-bocage-logis.fr"])
    }

    /// A landlord's name under `Dénomination`, with its kind in parentheses, is the applicant's:
    /// the project's name is the one its own label gives (blind sets 532 to 534).
    @Test func readsNoApplicantsNameAsTheTitle() throws {
        let form = try Fixtures.record("""
            1. L'ORGANISME CANDIDAT
            Dénomination et forme de l'organisme : Scorff Habitat (office public de l'habitat)
            Logements gérés dans le Morbihan : 5 731

            2. PRÉSENTATION DE L'ACTION
            Nom que l'office donne à l'action : Le pas de porte du Faouët

            """)
        #expect(form.title?.value == "Le pas de porte du Faouët")
    }

    /// A form's name label with a regional adjective after `Nom` (`Nom limousin de l'action`,
    /// `Nom de baptême tourangeau`; blind sets 539 to 567) gives the title; a landlord's legal
    /// form (`Société anonyme d'HLM`) is no label; a budget's column headings (`Somme`,
    /// `Fraction`) name no carrier; a landlord's stock under `Parc de la société` is no
    /// dwellings of the project.
    @Test func readsANameLabelWithAnAdjective() throws {
        let form = try Fixtures.record("""
            Dénomination sociale du bailleur : Véron Habitat (office public de l'habitat)
            Nom limousin de l'action : Un toit, puis un bail
            Parc de la société sur la commune : 412 logements
            Bailleur de fonds approché\tSomme\tFraction
            FNAVDL\t59 715 €\t65 %

            """)
        #expect(form.title?.value == "Un toit, puis un bail")
        #expect(form.housingUnits == nil)
        #expect(!form.carriers.map(\.value).contains("Somme"))
        let baptised = try Fixtures.record("Nom de baptême tourangeau : Le damier des clés\nFoyers suivis : 12 ménages\n")
        #expect(baptised.title?.value == "Le damier des clés")
        // (`Baptême breton de l'action`, and a heading's tail `dans les Côtes-d'Armor`: blind set
        // 588; a christening's date under `Baptême` alone names nothing.)
        let fiche = try Fixtures.record("# Le Quai des Clés, dans les Côtes-d'Armor\n\n**Baptême breton de l'action :** Le Quai des Clés\n")
        #expect(fiche.title?.value == "Le Quai des Clés")
        let menu = try Fixtures.record("Baptême : dimanche 14 mai, à partir de midi\nLe projet « Clés en main » accueille 6 ménages.\n")
        #expect(menu.title?.value == "Clés en main")
    }

    /// A denomination label that names the landlord or the company (`Dénomination complète du
    /// bailleur porteur`, `Appellation de l'organisme qui porte la démarche`; blind sets 594 to
    /// 612) gives the carrier, not the title, which its own label gives (`Baptême donné à
    /// l'action`, `Intitulé choisi par la société`); a name the candidate chose
    /// (`Dénomination choisie par le candidat`) is the title.
    @Test func readsWhatADenominationNames() throws {
        let form = try Fixtures.record("""
            Dénomination complète du bailleur porteur : Vallée du Loing Habitat (office public de l'habitat)
            Association qui suit les foyers : Les Passeurs du Loing
            Baptême donné à l'action : Un pas, une porte

            """)
        #expect(form.carriers.map(\.value) == ["Vallée du Loing Habitat"])
        #expect(form.title?.value == "Un pas, une porte")
        let organisation = try Fixtures.record("""
            Appellation de l'organisme qui porte la démarche : Rance Émeraude Résidences (ESH)
            Intitulé choisi par la société : Le Palier de Dinan

            """)
        #expect(organisation.carriers.map(\.value) == ["Rance Émeraude Résidences"])
        #expect(organisation.title?.value == "Le Palier de Dinan")
        let chosen = try Fixtures.record("Dénomination choisie par le candidat : Le Gué des baux\nFoyers suivis : 9 ménages\n")
        #expect(chosen.title?.value == "Le Gué des baux")
        // (`Société qui porte la demande`: blind set 630.)
        let company = try Fixtures.record("""
            Société qui porte la demande : Goëlo Rance Habitat (SA d'HLM)
            Association chargée d'épauler les locataires : Ti Rance Solidaire
            Baptême costarmoricain de l'action : Un seuil face à la mer

            """)
        #expect(company.carriers.map(\.value) == ["Goëlo Rance Habitat"])
    }

    /// A place under `Localité` (blind set 637), and dwellings `concernés` under a label that
    /// names the landlord's patrimoine (blind set 635), are the project's; the stock line
    /// after them is not.
    @Test func readsALocalityAndTheDwellingsConcerned() throws {
        let form = try Fixtures.record("""
            Localité tourangelle : Sainte-Maure-de-Touraine
            Appartements concernés dans le patrimoine courpiérois : 7 logements
            Parc global de la société : 5 731 logements, dont 612 sur la vallée

            """)
        #expect(form.territory?.value.value == "Sainte-Maure-de-Touraine")
        #expect(form.housingUnits?.value.min == 7)
    }
}

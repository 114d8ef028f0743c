import Dossier
import Testing

/// A guide's label column as blind sets 181 to 185 wrote it, in texts of our own: labels
/// split over rows with no colon, and cells run together so that a figure or a word is glued
/// to the next label.
@Suite("Extract: a guide's label column")
struct GuideColumnTests {
    /// A label split over rows of one cell each, with no colon (`Familles aidées`, then
    /// `chaque année`), has its value on the row after; as lines, the same.
    @Test func readsALabelSplitOverRowsWithoutAColon() throws {
        let guide = try Fixtures.record("""
            SÈVRE HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE PONT\t\t7.3.1. UN TOIT À NIORT\t
            \t\tNiort (79)\t
            \tFamilles aidées
            \tchaque année
            \tune douzaine
            \tDurée\t3 ans

            """)
        let households = try #require(guide.households?.value)
        #expect((households.min, households.max, households.per, households.approximate) == (10, 14, .year, true))
        let lines = try Fixtures.record("""
            Ménages relogés
            chaque année
            9
            Durée : 2 ans

            """)
        let relogés = try #require(lines.households?.value)
        #expect((relogés.min, relogés.max, relogés.per) == (9, 9, .year))
    }

    /// A monograph whose first row under the head is a label and a place that names its
    /// département (`| Territoire | Lannion (22)`, `| Où | Manosque (04)`): the place, not the
    /// label; the seed's row (`| Lens (62) | Nbre de ménages : …`) still gives its first cell.
    @Test func readsThePlaceBesideATerritoryLabel() throws {
        for (label, place) in [("Territoire", "Lannion et Perros-Guirec (22)"), ("Où", "Manosque, Oraison (Alpes-de-Haute-Provence, 04)")] {
            let guide = try Fixtures.record("""
                ARMOR HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE LÉGUER\t\t7.3.1. UN PREMIER BAIL
                \t\(label)\t\(place)
                \tDurée\t3 ans

                """)
            #expect(guide.territory?.value.value == place, "\(label)")
        }
        let seedLike = try Fixtures.record("""
            ARMOR HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE LÉGUER\t\t7.3.1. UN PREMIER BAIL
            \tLannion (22)\tNbre de ménages accompagnés : 18
            \tDurée\t3 ans

            """)
        #expect(seedLike.territory?.value.value == "Lannion (22)")
        let numberFirst = try Fixtures.record("""
            7.3.2. LOGEMENTS PASSERELLES

            Territoire\tDinan et Loudéac (22)
            Durée\t3 ans

            """)
        #expect(numberFirst.territory?.value.value == "Dinan et Loudéac (22)")
        // A row of two labels and their values, the territory's first.
        let grid = try Fixtures.record("""
            ARMOR HABITAT EN APPUI AVEC L'ASSOCIATION LE LÉGUER\t\t7.3.3. VEILLER AVANT LA DETTE
            Territoire\tGuingamp et Bégard (22)\tFoyers suivis sur la durée\t30 ménages
            \tDurée\t3 ans

            """)
        #expect(grid.territory?.value.value == "Guingamp et Bégard (22)")
        // A département named before the towns, after a colon.
        let named = try Fixtures.record("""
            ARMOR HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE LÉGUER\t\t7.3.1. UN PREMIER BAIL
            \tTerritoire\tCôtes-d'Armor : Lannion et Perros-Guirec
            \tDurée\t3 ans

            """)
        #expect(named.territory?.value.value == "Côtes-d'Armor : Lannion et Perros-Guirec")
        #expect(named.territory?.value.departments == ["22"])
    }

    /// A count whose year goes on in the next line (`35 ménages`, then `par an, repérés …`;
    /// `une trentaine de locataires`, then `en difficulté chaque année`) is a count by the
    /// year; a next line that says no year leaves it whole.
    @Test func readsTheYearOnTheLineUnderACount() throws {
        let inline = try Fixtures.record("""
            ARMOR HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE LÉGUER\t\t7.3.1. UN PREMIER BAIL
            \t\tLannion (22)\tNbre de ménages accompagnés : 35 ménages
            \t\tpar an, repérés dès la deuxième échéance
            Durée\t3 ans

            """)
        #expect(inline.households?.value.min == 35 && inline.households?.value.per == .year)
        let cell = try Fixtures.record("""
            ARMOR HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE LÉGUER\t\t7.3.1. UN PREMIER BAIL
            \t\tLannion (22)
            Foyers concernés\t24 jeunes
            \tpar an
            Durée\t3 ans

            """)
        #expect(cell.households?.value.min == 24 && cell.households?.value.per == .year)
        let described = try Fixtures.record("""
            ARMOR HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE LÉGUER\t\t7.3.1. UN PREMIER BAIL
            \t\tLannion (22)
            \t\tNombre de ménages\tune trentaine de locataires
            \t\ten difficulté chaque année
            Durée\t3 ans

            """)
        #expect(described.households?.value.min == 24 && described.households?.value.per == .year)
        let whole = try Fixtures.record("""
            ARMOR HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE LÉGUER\t\t7.3.1. UN PREMIER BAIL
            \t\tLannion (22)
            Foyers concernés\t24 jeunes
            \tsur les trois ans de l'action
            Logements\t8 par an : deux T1, six T2
            Budget\t289 257 €, pour toute
            \tl'opération de trois ans (96 419 € par an)
            Durée\t3 ans

            """)
        #expect(whole.households?.value.min == 24 && whole.households?.value.per == .total)
        #expect(whole.cost?.value.total == 289_257)
    }

    /// A carrier cell whose name holds a label's head word (`… ET FOYERS DU PLATEAU`) does not
    /// make the head beside it a value: the count is the one its label gives.
    @Test func readsNoCountFromTheHeadBesideACarrierCell() throws {
        let guide = try Fixtures.record("""
            LOGIS DE LA BLAISE ET FOYERS DU PLATEAU LANGROIS\t\t238.3.4. DEUX BAILLEURS, UNE SEULE PORTE
            Territoire\tSaint-Dizier et Langres (52)\tMénages concernés : 40 à 45 par an Logements réservés : 20
            Durée\t3 ans

            """)
        #expect(guide.households?.value.min == 40 && guide.households?.value.max == 45 && guide.households?.value.per == .year)
    }

    /// A guide that prints the carrier line under the number and title, after a blank line or
    /// on the line right under it (known then by the index's organisation): carriers and
    /// partner from that line, the place from the row after it, the title without it.
    @Test func readsACarrierLinePrintedUnderTheTitle() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            7.3. Les opérations

            N°\tLocalisation\tOrganisme\tPage
            7.3.1\tSaint-Dizier (52)\tMarne Blaise Habitat\tp. 41
            7.3.2\tMende (48)\tGévaudan Logis\tp. 42

            7.3.1. HABITER APRÈS LA RUE : LE PARI DE LA BLAISE

            MARNE BLAISE HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE PONT DU DER

            \tSaint-Dizier, Haute-Marne\tMénages suivis par an : 19
            Le bailleur\tOffice public gérant 8 164 logements
            Durée\t3 ans



            7.3.2. GARDER SON TOIT EN LOZÈRE
            GÉVAUDAN LOGIS EN PARTENARIAT AVEC L'ASSOCIATION LES CAUSSES
            Territoire\tMende (48)
            Le bailleur\tSociété anonyme d'Hlm, 2 972 logements
            Durée\t2 ans

            """))
        let monographs = records.filter { $0.section?.hasPrefix("7.3.") == true && $0.kind == .project }
        #expect(monographs.map { $0.carriers.map(\.value) } == [["MARNE BLAISE HABITAT"], ["GÉVAUDAN LOGIS"]])
        #expect(monographs.map { $0.partners.map(\.value) } == [["LE PONT DU DER"], ["LES CAUSSES"]])
        #expect(monographs.map { $0.territory?.value.value } == ["Saint-Dizier, Haute-Marne", "Mende (48)"])
        #expect(monographs.map { $0.title?.value } == ["HABITER APRÈS LA RUE : LE PARI DE LA BLAISE", "GARDER SON TOIT EN LOZÈRE"])
    }

    /// A carrier line ended by a tab, then its place alone in a block of HTML (`<div
    /// style="…">Salazie, La Réunion</div>`): the place is the monograph's, not the partner's
    /// last words.
    @Test func readsAPlaceInABlockOfHTMLUnderTheCarrierLine() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            8.3.1. UNE CASE À SOI
            BOURBON LOGIS EN PARTENARIAT AVEC L'ASSOCIATION LA KAZ DES HAUTS\t
            <div style="font-size:9pt;color:#555">Cilaos, La Réunion</div>
            Pour qui\tFamilles hébergées chez un parent
            Ménages suivis\t17 pour toute l'action

            """))
        let monograph = try #require(records.first { $0.section == "8.3.1" })
        #expect(monograph.carriers.map(\.value) == ["BOURBON LOGIS"])
        #expect(monograph.partners.map(\.value) == ["LA KAZ DES HAUTS"])
        #expect(monograph.territory?.value.value == "Cilaos, La Réunion")
    }

    /// Two carriers joined by `ET` on the line right under the title, the index naming them
    /// apart with a slash; a carrier line ended by a tab (the first row of the monograph's
    /// table), under a title in a line or in a row of its own: each line is carriers, not the
    /// title's second line nor its place.
    @Test func readsCarrierLinesThatTheTitleRunsInto() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            8.3. Les opérations

            N°\tLocalisation\tOrganisme\tPage
            8.3.1\tRevin, Givet (08)\tMeuse Rives Habitat / Office Semoy Logement\tp. 12
            8.3.2\tMontbard (21)\tAuxois Toits\tp. 14
            8.3.3\tLunéville (54)\tToits Lunévillois / Logis du Vermois\tp. 16

            8.3.1. DEUX RIVES, UN SEUL SUIVI
            MEUSE RIVES HABITAT ET OFFICE SEMOY LOGEMENT
            Commune\tRevin, Givet (08)
            Durée\t3 ans


            8.3.2. UN BAIL À SOI DANS L'AUXOIS
            AUXOIS TOITS EN PARTENARIAT AVEC L'ASSOCIATION LE FIL DE LA BRENNE\t
            Territoire\tMontbard, Côte-d'Or
            Durée\t2 ans


            8.3.3. DEUX BAILLEURS, UN SEUL SUIVI\t
            TOITS LUNÉVILLOIS ET LOGIS DU VERMOIS\t\t
            \tLunéville, Meurthe-et-Moselle\t
            Durée\t3 ans

            """))
        let monographs = records.filter { $0.section?.hasPrefix("8.3.") == true && $0.kind == .project }
        #expect(monographs.map { $0.carriers.map(\.value) } == [
            ["MEUSE RIVES HABITAT", "OFFICE SEMOY LOGEMENT"], ["AUXOIS TOITS"], ["TOITS LUNÉVILLOIS", "LOGIS DU VERMOIS"],
        ])
        #expect(monographs.map { $0.partners.map(\.value) } == [[], ["LE FIL DE LA BRENNE"], []])
        #expect(monographs.map { $0.title?.value } == ["DEUX RIVES, UN SEUL SUIVI", "UN BAIL À SOI DANS L'AUXOIS", "DEUX BAILLEURS, UN SEUL SUIVI"])
        #expect(monographs.map { $0.territory?.value.departments } == [["08"], ["21"], ["54"]])
    }

    /// A head whose number stands alone in its cell, the title in the next (`9.3.1.`, a tab,
    /// the title), then the carrier line in capitals: a monograph with its carriers, place and
    /// title, each on its own.
    @Test func readsAHeadWhoseNumberStandsBesideItsTitle() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            9.3\tTABLEAU DES OPÉRATIONS
            N°\tLocalisation\tOrganisme\tPage
            9.3.1\tMayotte\tToits du Lagon\tp.71
            9.3.2\tMeuse\tMeuse Logis\tp.72

            9.3.1.\tLA CLÉ DU LAGON : UN BAIL POUR SORTIR DU BANGA
            TOITS DU LAGON EN PARTENARIAT AVEC L'ASSOCIATION MWEZI
            Commune où s'ancre l'action\tDembéni, Mayotte
            Foyers visés sur la totalité\t24 familles
            Temps donné au suivi\t3 ans

            9.3.2.\tGARDER SON TOIT À VERDUN
            MEUSE LOGIS AVEC LE RENFORT DE L'ASSOCIATION LES PASSERELLES
            Là où se joue l'action\tVerdun (55)
            Temps donné au suivi\t24 mois

            """))
        let monographs = records.filter { $0.kind == .project }
        #expect(monographs.map(\.section) == ["9.3.1", "9.3.2"])
        #expect(monographs.map { $0.carriers.map(\.value) } == [["TOITS DU LAGON"], ["MEUSE LOGIS"]])
        #expect(monographs.map { $0.title?.value } == ["LA CLÉ DU LAGON : UN BAIL POUR SORTIR DU BANGA", "GARDER SON TOIT À VERDUN"])
        #expect(monographs.map { $0.territory?.value.departments } == [["976"], ["55"]])
        #expect(monographs.map { $0.households?.value.min } == [24, nil])
        #expect(monographs.map { $0.duration?.value.months } == [36, 24])
    }

    /// A figure or a word glued to the next label (`: 14Logements mobilisés :`, `18 par
    /// anNbre de logements :`) ends the value before it, in a line and in a cell.
    @Test func readsLabelsGluedToTheValueBefore() throws {
        let line = try Fixtures.record("""
            Ménages suivis chaque année : 14Logements mobilisés : 12
            Durée : 3 ans

            """)
        #expect(line.households.map { ($0.value.min, $0.value.per) } ?? (0, .total) == (14, .year))
        #expect(line.housingUnits?.value.min == 12)
        let row = try Fixtures.record("""
            \t\tRodez (12)\tNbre de ménages accompagnés : 18 par anNbre de logements mobilisés : 9
            Durée\t3 ans

            """)
        #expect(row.households.map { ($0.value.min, $0.value.per) } ?? (0, .total) == (18, .year))
        #expect(row.housingUnits?.value.min == 9)
        let cell = try Fixtures.record("""
            Territoire\tPamiers (09)
            Chiffres de l'opération\tJeunes logés sur la durée : 24Logements captés : 14 studios et T1 bis
            Durée\t36 mois

            """)
        #expect(cell.households?.value.min == 24)
        #expect(cell.housingUnits?.value.min == 14)
    }

    /// A length glued to the next field's label (`30 moisRéférente : …`) is the duration, and
    /// the label's value the contact.
    @Test func readsALengthGluedToTheContactsLabel() throws {
        let guide = try Fixtures.record("""
            Public visé\tPersonnes de plus de 70 ans vivant seules
            Durée\t30 moisRéférente : Lucie FABRE - l.fabre@exemple.fr

            """)
        #expect(guide.duration?.value.months == 30)
        #expect(guide.contacts.map(\.value.email) == ["l.fabre@exemple.fr"])
    }

    /// Dates under a long label of their own, told in a value over sixty bytes (`ouverture du
    /// suivi le 2 mai 2016, dernier jour le 1er mai 2019`; blind set 589), or a start and an
    /// end the action's own (`Ouverte le …, l'action se referme le …`; blind set 590).
    @Test func readsDatesUnderALongLabelOrOpenedAndClosed() throws {
        let guide = try Fixtures.record("Premier et dernier jour vendômois\touverture de l'action le 3 mai 2016, dernier jour le 2 mai 2019\n")
        #expect(guide.duration?.value.months == 36)
        let box = try Fixtures.record("L'office loge 4 ménages par an. Ouverte le 2 novembre 2016, l'action se referme le 1er novembre 2018.\n")
        #expect(box.duration?.value.months == 24)
    }

    /// A monograph's place beside a label whose adjective comes from the index's département
    /// (`Bourg morbihannais`, `Quartier guadeloupéen`): the place is the town, not the label;
    /// a town's aside in small letters after its code (`<i>au bord du Blavet</i>`) is no part
    /// of it; a bare town beside `Bourg … retenu` is the place.
    @Test func readsThePlaceBesideALabelNamedAfterTheDepartment() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            12.3	Les opérations
            N°	Localisation	Organisme	Page
            12.3.1	Morbihan	Blavet Logis	p. 40
            12.3.2	Guadeloupe	Kaz Habitat	p. 41
            12.3.3	Haut-Rhin	Thur Logis	p. 42

            12.3.1. UN BAIL AU BORD DU BLAVET
            BLAVET LOGIS ÉPAULÉ PAR L'ASSOCIATION LE HALAGE		
            Bourg morbihannais	Pontivy (56) <i>au bord du Blavet</i>
            Durée	3 ans

            12.3.2. LA CASE GARDÉE
            KAZ HABITAT SECONDÉE PAR L'ASSOCIATION LAKOU		

            Quartier guadeloupéen	Capesterre-Belle-Eau (971)
            Durée	2 ans

            12.3.3. DEUX CLÉS POUR THANN
            THUR LOGIS		
            Bourg haut-rhinois retenu	Thann
            Durée	2 ans

            """))
        let monographs = records.filter { $0.kind == .project }
        #expect(monographs.map { $0.territory?.value.value } == ["Pontivy (56)", "Capesterre-Belle-Eau (971)", "Thann"])
        #expect(monographs.map { $0.territory?.value.departments } == [["56"], ["971"], []])
    }

    /// A bare place's name beside a label whose first or second word is a place word
    /// (`Village du haut pays | Contes`, `Petite ville du Trégor | Cavan`; blind sets 594 to
    /// 598); a label of something else beside a name gives none.
    @Test func readsABarePlaceBesideALabelOfAPlaceWord() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            14.3	Les opérations
            N°	Localisation	Organisme	Page
            14.3.1	Alpes-Maritimes	Paillon Logis	p. 40
            14.3.2	Côtes-d'Armor	Trégor Habitat	p. 41
            14.3.3	Gard	Cèze Logis	p. 42

            14.3.1. DEUX CLÉS DANS LA VALLÉE
            PAILLON LOGIS ET VÉSUBIE HABITAT		
            Village du haut pays	Lucéram
            Durée	2 ans

            14.3.2. UN TOIT EN TRÉGOR
            TRÉGOR HABITAT ET ARGOAT LOGIS		
            Petite ville du Trégor	Cavan
            Durée	2 ans

            14.3.3. LE PONT DE LA CÈZE
            CÈZE LOGIS ET GARDON HABITAT		
            Référente du projet	Anne Martin
            Durée	2 ans

            """))
        let monographs = records.filter { $0.kind == .project }
        #expect(monographs.map { $0.territory?.value.value } == ["Lucéram", "Cavan", nil])
    }

    /// A label whose own words name the département's land or river (`Rive de l'Oise
    /// retenue`, `Bastide tarn-et-garonnaise`, `Ville du bord de Marne`) gives the place beside
    /// it; so does `Chef-lieu … de l'action` (blind sets 548 to 554).
    @Test func readsTheTownBesideALabelThatNamesTheDepartment() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            13.3.1. UN SEUIL SUR L'OISE
            OISE VEXIN LOGIS\t\t
            Rive de l'Oise retenue\tPersan
            Durée\t2 ans

            13.3.2. UNE BASTIDE OUVERTE
            GARONNE LOGIS\t\t
            Bastide tarn-et-garonnaise\tCaussade
            Durée\t2 ans

            13.3.3. LE QUAI DE LA MARNE
            MARNE RIVES LOGIS\t\t
            Ville du bord de Marne\tJoinville-le-Pont (94) <i>commune de 19 000 habitants</i>
            Durée\t2 ans

            13.3.4. DEUX OFFICES AU VIGAN
            AIGOUAL LOGIS ET ARRE LOGIS\t\t
            Chef-lieu cévenol de l'action\tLe Vigan
            Durée\t2 ans

            """))
        let monographs = records.filter { $0.kind == .project }
        #expect(monographs.map { $0.territory?.value.value } == ["Persan", "Caussade", "Joinville-le-Pont (94)", "Le Vigan"])
        // (Places joined by `et` after a code are no aside; an aside in parentheses is one.)
        let joined = try Fixtures.record("Territoire : Nord (59) et Pas-de-Calais (62)\n")
        #expect(joined.territory?.value.departments == ["59", "62"])
        let aside = try Fixtures.record("Territoire : Bonneuil-sur-Marne (94) (port fluvial et zone d'activités)\n")
        #expect(aside.territory?.value.value == "Bonneuil-sur-Marne (94)")
    }
}

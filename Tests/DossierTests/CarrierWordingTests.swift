import Dossier
import Testing

/// Carriers and partners in wordings first met in blind sets 99 to 114, in texts of our own.
@Suite("Extract: carrier wordings")
struct CarrierWordingTests {
    /// A monograph's header joins its carrier and partner with any phrase of partnership,
    /// a participle's among them, with a few words of what it bears on (`SECONDÉ DANS LE SUIVI
    /// PAR`, `TENU À BOUT DE BRAS PAR`, `MIS EN ŒUVRE AUPRÈS DES MÉNAGES PAR`).
    @Test func splitsAHeaderAtAnyPhraseOfPartnership() throws {
        let phrases = [
            " EN ASSOCIATION AVEC", " CONJOINTEMENT AVEC", " ÉPAULÉ PAR", " ET SON PARTENAIRE", ", AUX CÔTÉS DE", ", QUI FAIT ÉQUIPE AVEC",
            ", SOUTENU PAR", " EN COOPÉRATION AVEC", " EN TANDEM AVEC", ", ASSOCIÉ À", " EN ALLIANCE AVEC", " ASSOCIÉ AU",
            " AINSI QUE", " CONJOINTEMENT À", " ÉPAULÉ SUR PLACE PAR", " MIS EN ŒUVRE AVEC LE CONCOURS DE", " AVEC LE CONCOURS DE",
            " EN LIEN ÉTROIT ET SUIVI AVEC", " SECONDÉ DANS LE SUIVI PAR", " ÉPAULÉ SUR LE VOLET SOCIAL PAR", " APPUYÉ AU JOUR LE JOUR PAR",
            " RELAYÉ AUPRÈS DES FAMILLES PAR", " ESCORTÉ DANS SES DÉMARCHES PAR", " ADOSSÉ POUR L'ACCOMPAGNEMENT À", " QUI S'APPUIE POUR LE SUIVI SUR",
            " MIS EN ŒUVRE AUPRÈS DES MÉNAGES PAR", " FLANQUÉ SUR LE TERRAIN DE", " TENU À BOUT DE BRAS PAR", " SOUTENU CHEZ LES LOCATAIRES PAR",
            " QUI S'APPUIE CHAQUE SEMAINE SUR", " QUI CONFIE LE SUIVI DES FOYERS À", " QUI PASSE LE RELAIS SOCIAL À",
            " DONT LE SUIVI EST CONFIÉ À", " ET CONFIE L'ACCOMPAGNEMENT À",
            // A relative clause of a few words before the association (blind sets 499 to 509).
            " QU'ÉPAULE AU QUOTIDIEN", " QUE SECONDE CHAQUE MARDI", " AUPRÈS DUQUEL ŒUVRE", " SUR LE TERRAIN DUQUEL VEILLE",
            " AUQUEL PRÊTE MAIN-FORTE", " DONT LES LOCATAIRES SONT VISITÉS PAR", " QUI REMET LE SUIVI ENTRE LES MAINS DE",
        ]
        for phrase in phrases {
            let guide = try Fixtures.record("""
                SAUGE HABITAT\(phrase) L'ASSOCIATION LE RELAIS DU COL\t\t7.2.1. UN BAIL AU COL

                """)
            #expect(guide.carriers.map(\.value) == ["SAUGE HABITAT"], "\(phrase)")
            #expect(guide.partners.map(\.value) == ["LE RELAIS DU COL"], "\(phrase)")
        }
    }

    /// A relative clause names no partner without an association after it (`QUI GÈRE LE PARC
    /// DE …` is the carrier's description).
    @Test func readsNoPartnerFromAClauseWithoutAnAssociation() throws {
        let guide = try Fixtures.record("""
            SAUGE HABITAT EN PARTENARIAT AVEC LE RELAIS DU COL QUI GÈRE DEUX FOYERS		7.2.1. UN BAIL AU COL

            """)
        #expect(guide.carriers.map(\.value) == ["SAUGE HABITAT"])
        #expect(guide.partners.map(\.value).first?.hasPrefix("LE RELAIS DU COL") == true)
    }

    /// `ET` joins two common nouns into one name (`PIERRES ET TOITS DE LA VALLÉE`, `COTEAUX ET
    /// PLAINE HABITAT`, `VIGNES ET TOITS BOURGUIGNONS`).
    @Test func keepsANameOfTwoCommonNounsWhole() throws {
        for name in ["PIERRES ET TOITS DE LA VALLÉE", "COTEAUX ET PLAINE HABITAT", "VIGNES ET TOITS BOURGUIGNONS"] {
            let guide = try Fixtures.record("""
                \(name) EN PARTENARIAT AVEC LE RELAIS DU COL\t\t7.2.1. UN BAIL AU COL

                """)
            #expect(guide.carriers.map(\.value) == [name])
        }
    }

    /// Two landlords' whole names joined by `&` are two carriers (blind set 621); an `&` inside
    /// a name (`TOIT & JOIE`) joins its words.
    @Test func splitsTwoLandlordsJoinedByAnAmpersand() throws {
        let two = try Fixtures.record("TOURAINE MABLE HABITAT & CARDINAL LOGEMENT\t\t7.2.4. DEUX SOCIÉTÉS POUR LA CITÉ\n")
        #expect(two.carriers.map(\.value) == ["TOURAINE MABLE HABITAT", "CARDINAL LOGEMENT"])
        let one = try Fixtures.record("TOIT & JOIE EN PARTENARIAT AVEC LE RELAIS DU COL\t\t7.2.1. UN BAIL AU COL\n")
        #expect(one.carriers.map(\.value) == ["TOIT & JOIE"])
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

    /// A guide's index names each monograph's carriers: a header whose joiner the packs do not
    /// know (`À QUATRE MAINS AVEC`, `DE FRONT AVEC`, `SUR UN PIED D'ÉGALITÉ AVEC`), or that
    /// opens a clause before a known one (`QUI TRAVAILLE DE PAIR AVEC`), keeps the names the
    /// index gives; a name with its legal form before a known joiner (`SAUGE HABITAT OPH EN
    /// PARTENARIAT AVEC`) stays whole, and so does a name the index gives with its `et`
    /// (`LOIRE FOYERS ET CITÉS`); two names the index gives, joined by `&`, are two.
    @Test func cutsAHeadersCarriersAtTheNamesOfTheIndex() throws {
        let records = try ExtractionTests.extractor.extract(Fixtures.document("""
            N°\tCommune\tOrganisme\tPage
            7.2.1\tSaugues (43)\tSauge Habitat\tp.4
            7.2.2\tLangeac (43)\tAllier Logis, Gorges Habitat\tp.6
            7.2.3\tBrioude (43)\tBrivadois Habitat\tp.8
            7.2.4\tLe Puy (43)\tVelay Logis\tp.10
            7.2.5\tYssingeaux (43)\tSucs Habitat\tp.12
            7.2.6\tRetournac (43)\tLoire Foyers et Cités\tp.14
            7.2.7\tLure (70)\tLure Habitat, Ognon Toits\tp.16

            SAUGE HABITAT À QUATRE MAINS AVEC L'ASSOCIATION LE RELAIS DU COL\t\t7.2.1. UN BAIL AU COL
            Ménages suivis\t12 par an

            ALLIER LOGIS ET GORGES HABITAT DE FRONT AVEC LE GUÉ\t\t7.2.2. DES CLÉS À LANGEAC
            Ménages suivis\t8 par an

            BRIVADOIS HABITAT OPH EN PARTENARIAT AVEC LE GUÉ\t\t7.2.3. RESTER À BRIOUDE
            Ménages suivis\t9 par an

            VELAY LOGIS QUI TRAVAILLE DE PAIR AVEC LE GUÉ\t\t7.2.4. UN BAIL AU PUY
            Ménages suivis\t7 par an

            SUCS HABITAT SUR UN PIED D'ÉGALITÉ AVEC LE GUÉ\t\t7.2.5. UN BAIL AUX SUCS
            Ménages suivis\t6 par an

            LOIRE FOYERS ET CITÉS EN ACCORD-CADRE AVEC LE GUÉ\t\t7.2.6. UN BAIL À RETOURNAC
            Ménages suivis\t5 par an

            LURE HABITAT & OGNON TOITS\t\t7.2.7. UN BAIL À LURE
            Ménages suivis\t4 par an

            """)).filter { $0.kind == .project }
        #expect(records.map { $0.carriers.map(\.value) } == [
            ["SAUGE HABITAT"], ["ALLIER LOGIS", "GORGES HABITAT"], ["BRIVADOIS HABITAT OPH"], ["VELAY LOGIS"], ["SUCS HABITAT"], ["LOIRE FOYERS ET CITÉS"],
            ["LURE HABITAT", "OGNON TOITS"],
        ])
        #expect(records.map { $0.partners.map(\.value) } == [["LE RELAIS DU COL"], ["LE GUÉ"], ["LE GUÉ"], ["LE GUÉ"], ["LE GUÉ"], ["LE GUÉ"], []])
    }

    /// An index's name whose words read as a joiner (`PARTAGÉS PAR`) stays whole before the
    /// real joiner (`PAR UN ACCORD AVEC`); the words a joiner leaves behind the name (`EN
    /// TRAVAIL` before `EN BINÔME AVEC`, `ASSOCIÉ` before `EN CORDÉE AVEC`) are none of it; `ET SON FIDÈLE PARTENAIRE` joins, and
    /// a partner after a joiner's words (`LE RENFORT DE TERRAIN DE L'ASSOCIATION X`) is X.
    @Test func keepsAnIndexNameWhoseWordsReadAsAJoiner() throws {
        let records = try ExtractionTests.extractor.extract(Fixtures.document("""
            N°\tCommune\tOrganisme\tPage
            7.3.1\tMillau (12)\tCausses Toits Partagés\tp.4
            7.3.2\tRodez (12)\tSégala Logis\tp.6
            7.3.3\tMillau (12)\tCausses Toits Partagés\tp.8
            7.3.4\tRodez (12)\tSégala Logis\tp.10
            7.3.5\tMillau (12)\tCausses Toits Partagés\tp.12

            CAUSSES TOITS PARTAGÉS PAR UN ACCORD AVEC L'ASSOCIATION LE GUÉ\t\t7.3.1. UN BAIL AUX CAUSSES
            Ménages suivis\t12 par an

            SÉGALA LOGIS EN TRAVAIL EN BINÔME AVEC L'ASSOCIATION LE GUÉ\t\t7.3.2. UN BAIL À RODEZ
            Ménages suivis\t8 par an

            CAUSSES TOITS PARTAGÉS ET SON FIDÈLE PARTENAIRE L'ASSOCIATION LE GUÉ\t\t7.3.3. RESTER AUX CAUSSES
            Ménages suivis\t6 par an

            SÉGALA LOGIS AVEC LE RENFORT DE TERRAIN DE L'ASSOCIATION LE GUÉ\t\t7.3.4. RESTER À RODEZ
            Ménages suivis\t5 par an

            CAUSSES TOITS PARTAGÉS ASSOCIÉ EN CORDÉE AVEC L'ASSOCIATION LE GUÉ\t\t7.3.5. UN BAIL À MILLAU
            Ménages suivis\t4 par an

            """)).filter { $0.kind == .project }
        #expect(records.map { $0.carriers.map(\.value) } == [["CAUSSES TOITS PARTAGÉS"], ["SÉGALA LOGIS"], ["CAUSSES TOITS PARTAGÉS"], ["SÉGALA LOGIS"], ["CAUSSES TOITS PARTAGÉS"]])
        #expect(records.map { $0.partners.map(\.value) } == [["LE GUÉ"], ["LE GUÉ"], ["LE GUÉ"], ["LE GUÉ"], ["LE GUÉ"]])
    }

    /// A landlord's news page that names itself only as its site, in its `title` (after the
    /// page's name, or before it, or after a publication's words), carries the project it
    /// speaks of; an association's page, or one whose site names no landlord, gives none.
    @Test func readsTheLandlordAPageNamesAsItsSite() throws {
        let body = "<body><header><img alt=\"logo\"></header><h1>Un bail à Millau</h1><p>Notre dispositif suit 12 ménages par an à Millau (12).</p>"
        let cases: [(title: String, carrier: String?)] = [
            ("Un bail à Millau | Causses Logis Solidaire", "Causses Logis Solidaire"),
            ("Causses Habitat :: Un bail à Millau", "Causses Habitat"),
            ("Un bail à Millau – Journal de Toits du Rouergue", "Toits du Rouergue"),
            ("Un bail à Millau | Le carnet de Causses Habitat", "Causses Habitat"),
            ("Un bail à Millau | Le Gué des Causses", nil),
            ("Un bail à Millau | Un Toit pour Tous", nil),
        ]
        for (title, carrier) in cases {
            let page = try Fixtures.record("<html><head><title>\(title)</title></head>\(body)</body></html>", format: .html)
            #expect(page.carriers.map(\.value) == (carrier.map { [$0] } ?? []), "\(title)")
            if let found = page.carriers.first {
                #expect(found.evidence.rule == "carriers.page-site")
                #expect(found.evidence.text == carrier)
            }
        }
        let association = try Fixtures.record("""
            <html><head><title>Un bail à Millau | Causses Habitat</title></head><body><p>Notre association suit 12 ménages.</p></body></html>
            """, format: .html)
        #expect(association.carriers.isEmpty)
    }

    /// A header whose carrier goes on, past the index's name, to an association through words
    /// no pack knows (`COMPLICE DE`, `S'ADOSSANT À`, however long): the index's name is the
    /// carrier and the association a partner.
    @Test func cutsAHeadersCarrierBeforeAnAssociation() throws {
        let records = try ExtractionTests.extractor.extract(Fixtures.document("""
            N°\tCommune\tOrganisme\tPage
            7.4.1\tMende (48)\tLot Habitat\tp.4
            7.4.2\tFlorac (48)\tTarn Gorges Logis\tp.6

            LOT HABITAT COMPLICE DE L'ASSOCIATION LES AMARRES\t\t7.4.1. UN BAIL À MENDE
            Ménages suivis\t12 par an

            TARN GORGES LOGIS S'ADOSSANT SUR LE TERRAIN À L'ASSOCIATION LE RELAIS DES CAUSSES\t\t7.4.2. RESTER À FLORAC
            Ménages suivis\t8 par an

            """)).filter { $0.kind == .project }
        #expect(records.map { $0.carriers.map(\.value) } == [["LOT HABITAT"], ["TARN GORGES LOGIS"]])
        #expect(records.map { $0.partners.map(\.value) } == [["LES AMARRES"], ["LE RELAIS DES CAUSSES"]])
    }

    /// A joiner's word after a comma (`…, BINÔME FORMÉ AVEC L'ASSOCIATION`, `… ET, À SES
    /// CÔTÉS, L'ASSOCIATION`) is no carrier beside the one the index names; an index's name
    /// with its own `et` (`Causses et Vallons Logis`) is one carrier before a joiner.
    @Test func leavesAJoinersWordsAfterAComma() throws {
        let records = try ExtractionTests.extractor.extract(Fixtures.document("""
            N°\tCommune\tOrganisme\tPage
            7.6.1\tMillau (12)\tRouergue Logement Solidaire\tp.4
            7.6.2\tRodez (12)\tSégala Logis\tp.6
            7.6.3\tEspalion (12)\tCausses et Vallons Logis\tp.8

            ROUERGUE LOGEMENT SOLIDAIRE, BINÔME FORMÉ AVEC L'ASSOCIATION LE PONT-VIEUX\t\t7.6.1. UN BAIL À MILLAU
            Ménages suivis\t12 par an

            SÉGALA LOGIS ET, À SES CÔTÉS, L'ASSOCIATION LA TRAVERSE\t\t7.6.2. RESTER À RODEZ
            Ménages suivis\t8 par an

            CAUSSES ET VALLONS LOGIS COSIGNATAIRE AVEC L'ASSOCIATION LE LOT D'ABORD\t\t7.6.3. UN BAIL À ESPALION
            Ménages suivis\t9 par an

            """)).filter { $0.kind == .project }
        #expect(records.map { $0.carriers.map(\.value) } == [["ROUERGUE LOGEMENT SOLIDAIRE"], ["SÉGALA LOGIS"], ["CAUSSES ET VALLONS LOGIS"]])
        #expect(records.map { $0.partners.map(\.value) } == [["LE PONT-VIEUX"], ["LA TRAVERSE"], ["LE LOT D'ABORD"]])
    }

    /// Two words with no landlord's word, `et`, then a name that ends on one (`Ain Plaine et
    /// Bugey Habitat`), or a landlord's word alone (`Gâtine Foyers et Logis`), are one
    /// landlord; a guide's index that parts them by a comma (`Vosges Toit, Moselotte Habitat`)
    /// makes them two.
    @Test func readsTwoPlacesJoinedBeforeALandlordsWordAsOneName() throws {
        let fiche = try Fixtures.record("Organisme porteur : Ain Plaine et Bugey Habitat\n")
        #expect(fiche.carriers.map(\.value) == ["Ain Plaine et Bugey Habitat"])
        // A landlord's word alone after `et` ends the name before it.
        let foyers = try Fixtures.record("Organisme porteur : Gâtine Foyers et Logis\n")
        #expect(foyers.carriers.map(\.value) == ["Gâtine Foyers et Logis"])
        // A place with its `d'`, or a home's word closing the name (`Foyers`, `Toits`).
        for name in ["Val d'Orvin et Gâtine Habitat", "Save et Gimone Foyers"] {
            #expect(try Fixtures.record("Porteur : \(name)\n").carriers.map(\.value) == [name])
        }
        let records = try ExtractionTests.extractor.extract(Fixtures.document("""
            N°\tCommune\tOrganisme\tPage
            7.5.1\tÉpinal (88)\tVosges Toit, Moselotte Habitat\tp.4
            7.5.2\tRemiremont (88)\tMarne Vallée Habitat\tp.6

            VOSGES TOIT ET MOSELOTTE HABITAT\t\t7.5.1. DEUX BAILLEURS, UN BAIL
            Ménages suivis\t12 par an

            MARNE VALLÉE HABITAT EN PARTENARIAT AVEC L'ASSOCIATION LE GUÉ\t\t7.5.2. RESTER À REMIREMONT
            Ménages suivis\t8 par an

            """)).filter { $0.kind == .project }
        #expect(records.map { $0.carriers.map(\.value) } == [["VOSGES TOIT", "MOSELOTTE HABITAT"], ["MARNE VALLÉE HABITAT"]])
    }

    /// A landlord's name in prose keeps a capitalised word after `Habitat` or `Logis`
    /// (`Habitat Solidaire`, `Logis Lorrain`), its `et du …` (`Habitat du Der et du Blaisois`)
    /// and its first word after `d'` (`d'Astarac Gascogne Habitat`); it may end on `d'Habitat`,
    /// `Demeures` or `Résidences`, but not a company's `Société d'Habitat` before `du …`.
    @Test func readsALandlordsNameWholeInProse() throws {
        let cases = [
            ("Une action de Gascogne Habitat Solidaire, menée avec une association de Condom.", "Gascogne Habitat Solidaire"),
            ("Sarre Logis Lorrain – association Le Pont de la Nied", "Sarre Logis Lorrain"),
            ("Le bailleur Habitat du Der et du Blaisois loue un appartement à chaque famille.", "Habitat du Der et du Blaisois"),
            ("Le carnet d'Astarac Gascogne Habitat raconte l'action de l'année.", "Astarac Gascogne Habitat"),
            ("Causse Terres d'Habitat loue des maisons de bourg à des familles.", "Causse Terres d'Habitat"),
            ("Le bailleur Sauge Demeures Rurales remet en location des maisons.", "Sauge Demeures Rurales"),
            ("Le bailleur Val de Sauge-et-Col Résidences a remis des maisons en location.", "Val de Sauge-et-Col Résidences"),
        ]
        for (text, name) in cases {
            let page = try Fixtures.record(text + "\n")
            #expect(page.carriers.map(\.value) == [name], "\(text)")
        }
        let company = try Fixtures.record("Le projet de la Société d'Habitat du Grand Sud commence en mars.\n")
        #expect(company.carriers.map(\.value) != ["Habitat du Grand Sud"])
        #expect(company.carriers.map(\.value) != ["Société d'Habitat"])
    }

    /// A brochure section names its landlord in its text, and its mode in capitals
    /// (`MAINTIEN DANS LE LOGEMENT`), which names no landlord; a name may end with a
    /// place's adjective (`Habitat du Jura alsacien`).
    @Test func readsABrochureSectionsLandlordBesideItsModeInCapitals() throws {
        let section = try Fixtures.record("""
            - 2019
            - Millau (12)

            LE RELAIS DU CAUSSE
            Vieillir chez soi, entouré

            Causse et Tarn Habitat repère les locataires de plus de 75 ans dont le quotidien se fragilise.

            QUELQUES CHIFFRES
            - 30 locataires suivis chaque année

            MAINTIEN DANS LE LOGEMENT

            CONTACT
            Causse et Tarn Habitat

            """)
        #expect(section.carriers.map(\.value) == ["Causse et Tarn Habitat"])
        let webinar = try Fixtures.record("Habitat du Jura alsacien présente son action aux autres bailleurs.\n")
        #expect(webinar.carriers.map(\.value) == ["Habitat du Jura alsacien"])
    }

    /// A line of its own that says who carries the project (`Porté par X avec l'association
    /// Y`, under a brochure section's title) names the carrier and the partner.
    @Test func readsALineThatSaysWhoCarriesTheProject() throws {
        for line in [
            "Porté par Sèvre Niortaise Logis avec l'association Cap Logis 79", "Porté par Sèvre Niortaise Logis, avec l'association Cap Logis 79",
            "Porté par Sèvre Niortaise Logis, avec l'association Cap Logis 79.",
        ] {
            let section = try Fixtures.record("""
                UN BAIL POUR REBONDIR
                Sortir de l'hébergement d'urgence
                \(line)
                Seize ménages sont accompagnés chaque année.

                """)
            #expect(section.carriers.map(\.value) == ["Sèvre Niortaise Logis"], "\(line)")
            #expect(section.partners.map(\.value) == ["Cap Logis 79"], "\(line)")
        }
    }

    /// A guide's head that calls its partner the landlord's `relais social` (`GRAND LAY HABITAT
    /// ET SON RELAIS SOCIAL, L'ASSOCIATION LE LIEN DU LAY`): the possessive names no carrier.
    @Test func readsNoCarrierFromAPossessive() throws {
        let guide = try Fixtures.record("""
            GRAND LAY LOGIS ET SON RELAIS SOCIAL, L'ASSOCIATION LE LIEN DU LAY\t\t7.3.2. RESTER CHEZ SOI
            \t\tLes Herbiers (85)
            Durée\t3 ans

            """)
        #expect(guide.carriers.map(\.value) == ["GRAND LAY LOGIS"])
        #expect(guide.partners.map(\.value) == ["LE LIEN DU LAY"])
        // A name that opens with the same word (`SES HORIZONS`, an association) stays.
        let named = try Fixtures.record("""
            CALVA LOGIS EN PARTENARIAT AVEC L'ASSOCIATION RMPGF ET L'ASSOCIATION SES HORIZONS\t\t7.3.5. UN TOIT
            \t\tCaen (14)
            Durée\t3 ans

            """)
        #expect(named.partners.map(\.value) == ["RMPGF", "SES HORIZONS"])
    }

    /// A brochure section's title in capitals is no second landlord's name beside the one its
    /// text names (`LA TREILLE ET LE LOGIS` over `Vallon de l'Oust Habitat travaille …`).
    @Test func readsTheLandlordTheTextNamesUnderATitle() throws {
        let section = try Fixtures.record("""
            - 2018
            - Guémené-sur-Scorff (56)

            LA TREILLE ET LE LOGIS
            Des studios pour les saisonniers des vergers

            Vallon de l'Oust Habitat loue six studios rénovés à des saisonniers suivis par un éducateur.

            - 6 personnes logées chaque année
            - Contact : Anne LE GALL, Vallon de l'Oust Habitat

            """)
        #expect(section.carriers.map(\.value) == ["Vallon de l'Oust Habitat"])
    }

    /// A landlord named once in capitals and once in small letters is named once, as the
    /// small letters write it.
    @Test func readsALandlordNamedInCapitalsAndInSmallLetters() throws {
        let minutes = try Fixtures.record("""
            Compte rendu du comité de suivi

            Étaient présents : PÉRIGORD BASTIDES HABITAT, la mairie de Monpazier et le CCAS.

            Le bailleur suivra douze ménages en retard de loyer.

            Contact : Julie MARCHAND, Périgord Bastides Habitat, 05 53 22 41 07

            """)
        #expect(minutes.carriers.map(\.value) == ["Périgord Bastides Habitat"])
    }

    /// An association whose name ends with a landlord's word (`Gers Entraide Logement`) is no
    /// landlord, where the text calls it an association nor where its name stands alone.
    @Test func readsNoLandlordInAnAssociationsName() throws {
        let section = try Fixtures.record("""
            L'association Lomagne Entraide Logement accompagne, avec Lectoure Habitat Gascon, des familles hébergées.

            Personne à joindre :
            Sylvie CAZAUBON
            Lomagne Entraide Logement
            s.cazaubon@lomagne-entraide.org

            """)
        #expect(section.carriers.map(\.value) == ["Lectoure Habitat Gascon"])
    }

    /// `Habitat` before a place's name is a landlord's name (`Habitat Sud-Ardennes`, `Habitat
    /// Sologne Vallée`), but not inside another name (`L'Atelier du Logis Champenois`).
    @Test func readsALandlordNamedHabitatAndAPlace() throws {
        let brochure = try Fixtures.record("""
            Habitat Sologne Vallée a réservé neuf appartements à des jeunes suivis par l'association L'Atelier du Logis Champenois.
            Neuf jeunes sont accompagnés chaque année.

            """)
        #expect(brochure.carriers.map(\.value) == ["Habitat Sologne Vallée"])
        let hyphenated = try Fixtures.record("Habitat Sud-Meuse propose à des ménages hébergés un logement dont le bail est signé dès l'entrée.\n")
        #expect(hyphenated.carriers.map(\.value) == ["Habitat Sud-Meuse"])
        // Two rivers joined by `et`, after `C'est` (no word of the name).
        let rivers = try Fixtures.record("Le dossier a été retenu. C'est Habitat Loue et Lison qui porte le projet, notre association assure l'accompagnement.\n")
        #expect(rivers.carriers.map(\.value) == ["Habitat Loue et Lison"])
    }

    /// A landlord and an association as the subject of what they do together (`Les Toits du
    /// Vallon et l'association Cami Nou lancent …`), or a landlord the sentence otherwise puts
    /// first (`Porté par X, le projet …`, `X a confié à l'association …`, `notre association et
    /// X accompagnent …`): the landlord carries, its name whole.
    @Test func readsALandlordActingWithItsAssociation() throws {
        let cases = [
            ("Les Toits du Vallon et l'association Cami Nou lancent une action pour les familles monoparentales.", "Toits du Vallon"),
            ("Depuis juin, Aure et Neste Habitat et l'association Le Pas Léger mènent une action au Moulin-Neuf.", "Aure et Neste Habitat"),
            ("Depuis juin, le bailleur Les Toits de l'Adour et l'association Le Pas Léger mènent une action.", "Toits de l'Adour"),
            ("Habitat du Pic et du Val et l'association Le Pas Léger proposent un bail glissant.", "Habitat du Pic et du Val"),
            // (The scheme of a landlord and of its association.)
            ("À Lectoure, le dispositif de Lomagne Équilogis et de l'association Le Pas Léger suit de jeunes locataires.", "Lomagne Équilogis"),
            // (An association's page: `notre association et X accompagnent`.)
            ("Depuis mars, notre association et Toits du Gimone accompagnent des personnes hébergées à l'accueil de nuit.", "Toits du Gimone"),
            // (A landlord that gave the support to its association, its name joined by `et`.)
            ("Save et Gimone Foyers a confié à l'association Le Pas Léger le repérage des locataires isolés.", "Save et Gimone Foyers"),
            // (The carrier that opens the sentence: `Porté par X, le projet …`.)
            ("Porté par Lomagne Toits Partagés, le projet répond à un besoin : loger des saisonniers agricoles.", "Lomagne Toits Partagés"),
            // (A landlord's name that ends with `de l'` and a place.)
            ("Depuis mars, l'association Le Pas Léger et le bailleur Habitat Gascon de l’Astarac accompagnent à Auch des locataires.", "Habitat Gascon de l'Astarac"),
        ]
        for (text, carrier) in cases {
            let record = try Fixtures.record(text + "\n")
            #expect(record.carriers.map(\.value) == [carrier], "\(text)")
        }
    }

    /// A landlord that works, or built the project, with an association (`X travaille ici avec
    /// l'association Y`, `X a monté l'opération avec l'association Y`).
    @Test func readsALandlordWorkingWithAnAssociation() throws {
        let cases = [
            ("Toits de Lomagne travaille ici avec l'association Terres d'Emploi, qui place des personnes en insertion.", "Toits de Lomagne"),
            ("La Société Immobilière des Pins a monté l'opération avec l'association Kaz Lanbéli.", "Société Immobilière des Pins"),
        ]
        for (text, carrier) in cases {
            let record = try Fixtures.record(text + "\n")
            #expect(record.carriers.map(\.value) == [carrier], "\(text)")
        }
    }

    /// A name the text calls the landlord, set off by a parenthesis (`Le bailleur Buëch Durance
    /// Habitat (1 898 logements)`); the association's name beside it (`Cap Logement Buëch`)
    /// is no second landlord.
    @Test func readsTheNameTheTextCallsTheLandlord() throws {
        let bulletin = try Fixtures.record("""
            Qui ? Le bailleur Verdon et Asse Habitat (1 742 logements sur le secteur), avec l'association Cap Logement Verdon, qui suit les locataires.
            Votre contact : Lise ARNOUX, coordinatrice, Cap Logement Verdon – l.arnoux@caplogement-verdon.fr

            """)
        #expect(bulletin.carriers.map(\.value) == ["Verdon et Asse Habitat"])
        let letter = try Fixtures.record("Cette année, Durance Logis loue six studios à des jeunes que suit l'association Cap Logement Verdon.\n")
        #expect(letter.carriers.map(\.value) == ["Durance Logis"])
    }

    /// A landlord told by its stock (`X, qui compte 2 954 logements, a réservé …`, `X y gèrent
    /// 6 243 logements`), by its kind after a comma (`Le Foyer Sellois, société d'HLM de 1 767
    /// logements`), or acting with its association (`X et l'association Y aident …`); a
    /// residence's name (`La résidence du Grand Pré, qui compte 96 logements`) is none.
    @Test func readsALandlordByItsStockOrKind() throws {
        let cases = [
            ("Résidences du Val Thouet, qui compte 2 815 logements, a réservé des studios pour des jeunes.", "Résidences du Val Thouet"),
            ("La commune compte 28 000 habitants. Résidences Orge et Yerres y gèrent 6 104 logements.", "Résidences Orge et Yerres"),
            ("Le Foyer Cellois, société d'HLM de 1 712 logements, a confié à l'association L'Âge Voisin le suivi des locataires.", "Foyer Cellois"),
            ("À Lezoux, Dore Habitat et l'association Dore Entraide aident de jeunes mères à s'installer. La résidence du Grand Pré, qui compte 96 logements, les accueille.", "Dore Habitat"),
            // (After `de`, a name that a landlord's word ends; not a town's agency.)
            ("Les maillots portent le logo de Vézère Causse Habitat, qui loue 2 406 logements dans le département.", "Vézère Causse Habitat"),
            ("Sauge Habitat et l'association Le Gué aident des jeunes à Brive. L'agence de Brive gère 1 207 logements.", "Sauge Habitat"),
        ]
        for (text, carrier) in cases {
            let record = try Fixtures.record(text + "\n")
            #expect(record.carriers.map(\.value) == [carrier], "\(text)")
        }
    }

    /// A landlord's brochure names itself in its masthead (`CÉVENNES LOGIS`, then the
    /// letter's name) and its sections say `l'office`: the masthead's landlord carries them
    /// (blind sets 539 to 560); a section that names its carrier keeps it.
    @Test func readsTheMastheadsLandlordAsTheCarrierOfASectionThatNamesNone() throws {
        let records = ExtractionTests.extractor.extract(Fixtures.document("""
            CÉVENNES GARDON HABITAT
            LA LETTRE DES QUARTIERS – PRINTEMPS 2019

            - 2016
            - Anduze (30)

            LA MAISON DU GARDON
            Un premier toit après le foyer

            Avec l'association L'Escale, l'office a ouvert cinq logements à des personnes qui sortaient d'un foyer.

            - 2017
            - Alès (30)

            LES CLÉS D'ALÈS
            Un bail pour repartir

            Alès Rives Logis et l'association Le Pont ont suivi 9 ménages.

            """))
        let sections = records.filter { $0.layout == .brochureSection }
        #expect(sections.map { $0.carriers.map(\.value) } == [["CÉVENNES GARDON HABITAT"], ["Alès Rives Logis"]])
        #expect(sections.first?.carriers.first?.evidence.rule == "carriers.masthead")
    }
}

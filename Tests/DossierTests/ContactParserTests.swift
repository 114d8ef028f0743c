@testable import Dossier
import Testing

@Suite("Values: e-mails, phones, names, contacts")
struct ContactParserTests {
    static let emails: [(String, [String])] = [
        ("Contact : anne.durand@exemple.fr", ["anne.durand@exemple.fr"]),
        ("mmacorps@partenordhabitat.fr", ["mmacorps@partenordhabitat.fr"]),
        ("d.compingt@grandlyonhabitat.fr.", ["d.compingt@grandlyonhabitat.fr"]),
        ("hélène.marchand@union-habitat.org", ["hélène.marchand@union-habitat.org"]),
        ("a@b.fr / c_d+x@sub.domaine.com", ["a@b.fr", "c_d+x@sub.domaine.com"]),
        ("marie-christine.leblanc@groupe3f.fr", ["marie-christine.leblanc@groupe3f.fr"]),
        ("(mailto:contact@exemple.org)", ["contact@exemple.org"]),
        ("pas d'adresse ici @ ni là", []),
    ]

    @Test(arguments: emails)
    func findsEmails(_ text: String, _ expected: [String]) {
        #expect(Contacts.emails(in: text).map(\.email) == expected)
    }

    static let phones: [(String, [String])] = [
        ("01 40 75 78 41", ["01 40 75 78 41"]),
        ("01.40.75.78.41", ["01 40 75 78 41"]),
        ("0140757841", ["01 40 75 78 41"]),
        ("01-40-75-78-41", ["01 40 75 78 41"]),
        ("+33 1 40 75 78 41", ["01 40 75 78 41"]),
        ("+33 (0)2 23 40 27 80", ["02 23 40 27 80"]),
        ("Tél. : 06 12 34 56 78", ["06 12 34 56 78"]),
        ("45 000 € et 2015-2018", []),
        ("n° 1234567890123", []),
    ]

    @Test(arguments: phones)
    func findsFrenchPhones(_ text: String, _ expected: [String]) {
        #expect(Contacts.phones(in: text).map(\.phone) == expected)
    }

    static let names: [(String, [String])] = [
        ("Véronique MOMAL - veronique.momal@icfhabitat.fr", ["Véronique MOMAL"]),
        ("Marie-Christine LEBLANC", ["Marie-Christine LEBLANC"]),
        ("Jean Charles SAVARD", ["Jean Charles SAVARD"]),
        ("Anne de LA TOUR", ["Anne de LA TOUR"]),
        ("Morgane LE BIHAN", ["Morgane LE BIHAN"]),
        ("Hélène MARCHAND, chargée de mission", ["Hélène MARCHAND"]),
        ("Accès au logement", []),
        ("FNAVDL et CCAS", []),
    ]

    @Test(arguments: names)
    func findsPersonNames(_ text: String, _ expected: [String]) {
        #expect(Contacts.names(in: text).map(\.name) == expected)
    }

    /// A State service's address names it first (`ddt-62.fr`, `ddcspp-lot.fr`, `….gouv.fr`);
    /// an association whose name opens with the same letters (`ddttvailes.asso.fr`) is none.
    @Test func knowsAStateServicesAddress() {
        for email in ["x.y@ddt-62.fr", "a@ddcspp-lot.fr", "b@ddcs.fr", "c@bas-rhin.gouv.fr", "d@ddtm-manche.fr"] {
            #expect(Contacts.isStateOfficial(email), "\(email)")
        }
        for email in ["d.haddad@ddttvailes.asso.fr", "e@dreamhabitat.fr", "f@val-habitat.fr"] {
            #expect(!Contacts.isStateOfficial(email), "\(email)")
        }
    }

    @Test func pairsEachNameWithItsEmail() {
        let contacts = Contacts.parse("Régine AUDO - regine.audo@neotoa.fr / Paul MARTIN - p.martin@exemple.fr 02 99 00 11 22")
        #expect(contacts.map(\.name) == ["Régine AUDO", "Paul MARTIN"])
        #expect(contacts.map(\.email) == ["regine.audo@neotoa.fr", "p.martin@exemple.fr"])
        #expect(contacts.map(\.phone) == [nil, "02 99 00 11 22"])
    }

    @Test func pairsANameOnItsOwnLineWithTheAddressThatNamesIt() {
        let contacts = Contacts.parse("Stéphanie HENNEBERT\nChargée de mission\nPROMOCIL\nhenneberts@groupe-sai.fr")
        #expect(contacts.count == 1)
        #expect(contacts.first?.name == "Stéphanie HENNEBERT")
        #expect(contacts.first?.email == "henneberts@groupe-sai.fr")
        #expect(contacts.first?.role == "Chargée de mission")
        #expect(contacts.first?.organisation == "PROMOCIL")
    }

    @Test func keepsAnAddressWithoutAName() {
        let contacts = Contacts.parse("Écrire à accueil@exemple.fr")
        #expect(contacts.count == 1)
        #expect(contacts.first?.name == nil)
        #expect(contacts.first?.email == "accueil@exemple.fr")
    }

    @Test(arguments: [
        ("L’Œuvre d'Émile", "l oeuvre d emile"), ("ICF HABITAT  Atlantique", "icf habitat atlantique"), ("SA d’HLM", "sa d hlm"),
        ("ÆSOP × 2 ÷ ß Ÿ", "aesop 2 ss y"), ("«\u{00A0}Noël\u{202F}» – 2ᵉ", "noel 2ᵉ"), ("e\u{301}te\u{301}", "ete"),
    ])
    func foldsForComparison(_ text: String, _ expected: String) {
        #expect(Folding.fold(text) == expected)
    }

    /// The folding read from bytes (most texts) gives what the folding read by characters gives.
    @Test func foldsBytesAsCharacters() throws {
        var texts = ["a\u{200D}b", "x\u{00AD}y", "n° 3 – 4 ‰", "Coût : 45 000 €", "ºª µ²", "Łódź Þórr ½", "e\u{301}t\u{E9}"]
        for name in Fixtures.corpusFiles {
            texts += try Fixtures.corpusDocument(name).blocks.flatMap { [$0.content.text] + $0.rows.flatMap { $0.cells.map(\.text) } }
        }
        for text in texts {
            #expect(Folding.fold(text) == Folding.foldCharacters(text), "\(text)")
        }
        // The bytes serve for the texts of French documents, € and typographic punctuation included.
        let byBytes = texts.filter { Folding.foldLatin($0) != nil }
        #expect(byBytes.count * 10 >= texts.count * 9, "\(byBytes.count) of \(texts.count)")
        #expect(Folding.foldLatin("Coût : 45 000 € – « Œuvre »") == "cout 45 000 oeuvre")
    }

    /// A name in small letters on its own line above the address (`Rémi Bourgeois`, a title,
    /// an organisation, `r.bourgeois@…`) is the address's when the local part holds it; a
    /// line of other words (`Jura Sud Logement`) names no one.
    @Test func pairsAnAddressWithANameInSmallLettersAboveIt() {
        let blocks = [
            ("Rémi Bourgeois\nResponsable de la proximité\nJura Sud Logement\nr.bourgeois@exemple.fr\n", "Rémi Bourgeois"),
            ("CONTACT\nJustine Cart-Lamy\nChargée de mission\njustine.cartlamy@exemple.fr\n", "Justine Cart-Lamy"),
            ("Jura Sud Logement\naccueil@exemple.fr\n", nil),
        ]
        for (text, name) in blocks {
            #expect(Contacts.parse(text).first?.name == name, "\(text)")
        }
        #expect(Contacts.parse(blocks[0].0).first?.role == "Responsable de la proximité")
    }
}

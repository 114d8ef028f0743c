import Dossier
import Testing

@Suite("Normalize: CSV exports")
struct CSVNormalizerTests {
    /// A portal's export of our own: a rubric column, a quoted answer with semicolons, one
    /// over two lines (read as one line of text, as a cell's lines are) with a doubled quote,
    /// an empty answer, CRLF line ends.
    static let export = "Rubrique;Question;Réponse\r\n"
        + "Porteur;Bailleur déposant;Serre Logis\r\n"
        + "Porteur;Association partenaire;\"Le Relais; accueil de jour\"\r\n"
        + "Public;Nombre de ménages suivis;36 ménages sur trois ans\r\n"
        + "Public;Public visé;\"Jeunes sortant de l'ASE,\r\ndits \"\"sortants de placement\"\"\"\r\n"
        + "Public;Précisions;\r\n"
        + "Budget;Coût total de l'action;104 400 €\r\n"
        + "Budget;Contact;m.faure@serre-logis.fr\r\n"

    @Test func readsRowsQuotedFieldsAndLeavesTheRubricColumnOut() throws {
        let document = Fixtures.document(CSVNormalizerTests.export, format: .csv)
        let table = try #require(document.blocks.first)
        #expect(document.blocks.count == 1 && table.kind == .table)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Question", "Réponse"],
            ["Bailleur déposant", "Serre Logis"],
            ["Association partenaire", "Le Relais; accueil de jour"],
            ["Nombre de ménages suivis", "36 ménages sur trois ans"],
            ["Public visé", "Jeunes sortant de l'ASE, dits \"sortants de placement\""],
            ["Précisions"],
            ["Coût total de l'action", "104 400 €"],
            ["Contact", "m.faure@serre-logis.fr"],
        ])
    }

    @Test func pointsEveryCellAtItsBytes() throws {
        let document = Fixtures.document(CSVNormalizerTests.export, format: .csv)
        let bytes = Array(CSVNormalizerTests.export.utf8)
        let rows = try #require(document.blocks.first?.rows)
        let partner = rows[2].cells[1]
        #expect(String(decoding: bytes[partner.span.bytes], as: UTF8.self) == "Le Relais; accueil de jour")
        #expect(partner.span.start.line == 3)
        let quoted = rows[4].cells[1]
        #expect(String(decoding: bytes[quoted.span.bytes], as: UTF8.self) == "Jeunes sortant de l'ASE,\r\ndits \"\"sortants de placement\"\"")
        #expect(quoted.span.end.line == 6)
    }

    @Test func readsAnExportsFields() throws {
        let record = try Fixtures.record(CSVNormalizerTests.export, format: .csv)
        #expect(record.carriers.map(\.value) == ["Serre Logis"])
        #expect(record.households?.value.min == 36)
        #expect(record.cost?.value.total == 104_400)
        #expect(record.contacts.compactMap(\.value.email) == ["m.faure@serre-logis.fr"])
    }

    /// Commas delimit when the first line uses them most; a column of distinct values stays.
    @Test func findsItsDelimiterAndKeepsAColumnOfFields() throws {
        let document = Fixtures.document("Champ,Valeur\nCommune,Privas (07)\nDurée,\"36 mois, renouvelable\"\n", format: .csv)
        #expect(document.blocks.first?.rows.map { $0.cells.map(\.text) } == [
            ["Champ", "Valeur"], ["Commune", "Privas (07)"], ["Durée", "36 mois, renouvelable"],
        ])
        #expect(Loader.format(ofFile: "export.csv") == .csv)
        // (On a tie, `;`: a French export's own delimiter.)
        let tie = Fixtures.document("Champ;Valeur, en euros\nCoût;45 000,50 €\n", format: .csv)
        #expect(tie.blocks.first?.rows.map { $0.cells.map(\.text) } == [["Champ", "Valeur, en euros"], ["Coût", "45 000,50 €"]])
    }
}

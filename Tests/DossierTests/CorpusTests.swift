import Dossier
import Foundation
import Testing

@Suite("Corpus: golden dumps and span round trips")
struct CorpusTests {
    /// Set to re-record the golden dumps from the current output.
    static let recordVariable = "DOSSIER_RECORD_GOLDEN"

    @Test(arguments: Fixtures.corpusFiles)
    func matchesItsGoldenDump(_ name: String) throws {
        let dump = try Fixtures.corpusDocument(name).dump
        let golden = Fixtures.golden.appendingPathComponent(name + ".dump")
        if ProcessInfo.processInfo.environment[CorpusTests.recordVariable] != nil {
            try FileManager.default.createDirectory(at: Fixtures.golden, withIntermediateDirectories: true)
            try Data(dump.utf8).write(to: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(dump == expected, "re-record with \(CorpusTests.recordVariable)=1 swift test if the change is intended")
    }

    /// The original bytes at each block's and cell's span, decoded and normalized, give its text.
    @Test(arguments: Fixtures.corpusFiles)
    func spansRoundTripToTheirText(_ name: String) throws {
        let url = Fixtures.corpus.appendingPathComponent(name)
        let original = try Fixtures.bytes(at: url)
        let document = try Fixtures.document(at: url)
        var checked = 0
        func check(_ content: InlineText, _ span: Span) {
            let snippet = Loader().decode(Array(original[span.bytes]), name: name, format: document.source.format).text
            #expect(Normalizer.inlineText(snippet, format: document.source.format).text == content.text, "\(name) \(span)")
            checked += 1
        }
        for block in document.blocks {
            if block.kind == .table {
                for cell in block.rows.flatMap(\.cells) { check(cell.content, cell.span) }
            } else {
                check(block.content, block.span)
            }
        }
        #expect(checked > 5)
    }

    @Test func readsTheGuidesMonographsAsLabelValueTables() throws {
        let document = try Fixtures.corpusDocument("guide-monographies.txt")
        let costRows = document.tables.flatMap(\.rows).filter { $0.cells.first?.text == "Coût global du projet" }
        #expect(costRows.count >= 10)
        #expect(costRows.allSatisfy { $0.cells.count == 2 && $0.cells[1].text.contains("€") })
        #expect(document.allTexts.allSatisfy { !$0.contains("<div") && !$0.contains("<ul") && !$0.contains("**") })
        #expect(document.allTexts.contains("Localisation du projet"))
    }

    @Test func decodesEveryEncodingVariant() throws {
        let windows = try Fixtures.corpusDocument("fiche-windows1252.txt")
        #expect(windows.source.encoding == .windows1252)
        #expect(windows.blocks.contains { $0.content.text == "LE CŒUR DU QUARTIER" })
        let mojibake = try Fixtures.corpusDocument("formulaire-mojibake.txt")
        #expect(mojibake.source.repairs.first?.kind == .mojibake)
        #expect(mojibake.diagnostics.first?.id == "load.mojibake")
        #expect(mojibake.allTexts.contains { $0.contains("CŒUR DE VILLE") && $0.contains("cœur") })
        #expect(!mojibake.allTexts.joined().contains("Ã"))
        let crlf = try Fixtures.corpusDocument("brochure-crlf.txt")
        #expect(crlf.source.lineEnding == .crlf)
        #expect(crlf.blocks.contains { $0.kind == .listItem(marker: "-") && $0.content.text == "Troyes (10)" })
    }

    @Test func findsTheFormsCheckboxes() throws {
        let document = try Fixtures.corpusDocument("formulaire-candidature.txt")
        let boxes = document.allCheckboxes
        #expect(boxes.count == 13)
        #expect(!document.allTexts.joined().contains("FORMCHECKBOX"))
    }
}

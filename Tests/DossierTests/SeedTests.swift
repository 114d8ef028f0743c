import Dossier
import Foundation
import Testing

/// Checks on the real documents in ../shared/seeds, skipped with a printed reason when absent.
@Suite("Seeds", .enabled(if: Fixtures.seedsAvailable, "the real documents in ../shared/seeds are absent"))
struct SeedTests {
    static let names = [
        "000_f77ea926e8f93fff.txt", "001_482566d58fd4e1ef.txt", "002_78aa38698838a4a6.txt",
        "003_37888f7f22d16fe8.txt", "004_1325226c28fa7382.txt",
    ]

    @Test(arguments: names)
    func normalizesWithoutErrorOrLeftoverMarkup(_ name: String) throws {
        let document = try Fixtures.document(at: Fixtures.seeds.appendingPathComponent(name))
        #expect(document.source.encoding == .utf8)
        #expect(document.diagnostics.allSatisfy { $0.severity != .error })
        #expect(document.blocks.count > 50)
        for text in document.allTexts {
            #expect(!text.contains("<div") && !text.contains("<ul") && !text.contains("**") && !text.contains("FORMCHECKBOX"), "\(name): \(text)")
        }
    }

    @Test func readsTheGuidesMonographsAsLabelValueTables() throws {
        let document = try Fixtures.document(at: Fixtures.seeds.appendingPathComponent("003_37888f7f22d16fe8.txt"))
        let rows = document.tables.flatMap(\.rows)
        let costs = rows.filter { $0.cells.first?.text == "Coût global du projet" }
        // 84 monographs label their cost "Coût global du projet"; 4 of them lost their table
        // layout in the conversion (label and value on lines of their own).
        #expect(costs.count == 80)
        #expect(costs.allSatisfy { $0.cells.count == 2 && $0.cells[1].text.range(of: #"\d"#, options: .regularExpression) != nil })
        let lyon = try #require(costs.first { $0.cells[1].text.hasPrefix("490 500€ sur 3 ans") })
        #expect(lyon.cells[0].span.start.column == 1)
        let labels = Set(rows.compactMap { $0.cells.count == 2 ? $0.cells[0].text : nil })
        #expect(labels.isSuperset(of: ["Nature du projet", "Objectifs", "Profil des ménages", "Durée du projet", "Contact"]))
        let places = rows.flatMap(\.cells).map(\.text)
        #expect(places.contains("Mayenne"))
        #expect(places.contains("Grand Dijon, Côte d'Or"))
    }

    @Test func findsTheFormsCheckboxesAndNoBreakSpaces() throws {
        let document = try Fixtures.document(at: Fixtures.seeds.appendingPathComponent("002_78aa38698838a4a6.txt"))
        #expect(document.allCheckboxes.count == 13)
        #expect(document.blocks.contains { $0.content.text.contains("\u{A0}") && !$0.content.matchText.contains("\u{A0}") })
    }
}

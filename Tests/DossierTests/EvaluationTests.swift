import Dossier
import Foundation
import Testing

@Suite("Evaluate")
struct EvaluationTests {
    /// Extracts `documents` and scores them against the gold of `gold`.
    private func evaluate(_ documents: [URL], gold: String) throws -> Evaluation {
        let records = try documents.flatMap { url in
            try ExtractionTests.extractor.extract(try Fixtures.document(at: url)).map { record in
                try #require(try JSONSerialization.jsonObject(with: Data(record.json.serialized.utf8)) as? [String: Any])
            }
        }
        let goldDocuments = try GoldDocument.load(directory: Fixtures.root.appendingPathComponent(gold).path)
        return Evaluation(records: records, gold: goldDocuments, processed: Set(documents.map(\.lastPathComponent)))
    }

    /// The bars of the extract issue, on the real documents.
    static let seedBars: [String: Double] = [
        "households": 0.98, "housing_units": 0.98, "duration_months": 0.98, "cost_total": 0.98, "cost_per_year": 0.98,
        "contact_emails": 0.98, "carriers": 0.95, "territory": 0.95, "mode": 0.95, "title": 0.95,
    ]

    @Test(.enabled(if: Fixtures.seedsAvailable)) func meetsTheBarsOnTheRealDocuments() throws {
        let documents = SeedTests.names.map { Fixtures.seeds.appendingPathComponent($0) }
        let evaluation = try evaluate(documents, gold: "Corpus/gold/seeds")
        for (field, bar) in EvaluationTests.seedBars {
            #expect(evaluation.scores[field]!.f1 >= bar, "\(field): \(evaluation.scores[field]!.f1)\n\(evaluation.report)")
        }
        #expect(evaluation.scores["households"]!.truePositives >= 95)
    }

    @Test func meetsTheBarsOnTheTeamsOwnDocuments() throws {
        let documents = Fixtures.corpusFiles.map { Fixtures.corpus.appendingPathComponent($0) }
        let evaluation = try evaluate(documents, gold: "Corpus/gold")
        for field in EvaluationTests.seedBars.keys {
            #expect(evaluation.scores[field]!.f1 >= 0.95, "\(field): \(evaluation.scores[field]!.f1)\n\(evaluation.report)")
        }
    }

    @Test func countsHitsWrongValuesAndMisses() throws {
        let gold = GoldDocument(file: "a.txt", records: [
            GoldRecord(["key": "document", "kind": "project", "households": ["min": 20, "max": 20, "per": "year"], "mode": "access", "title": "Un titre"]),
        ])
        let output: [String: Any] = [
            "kind": "project", "source": ["file": "dir/a.txt", "layout": "document"],
            "households": ["min": 20, "max": 20, "per": "year"], "mode": ["value": "maintenance"],
        ]
        let evaluation = Evaluation(records: [output], gold: [gold], processed: ["a.txt"])
        #expect(evaluation.scores["households"] == Evaluation.Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(evaluation.scores["mode"] == Evaluation.Score(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(evaluation.scores["title"] == Evaluation.Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(evaluation.misses.map(\.field) == ["mode", "title"])
    }

    /// Places listed with `à` repeated (`Nice et à Villeneuve-Loubet`) name what the list
    /// without it does; other words still count.
    @Test func comparesTerritoriesWithoutARepeatedÀ() throws {
        let gold = GoldDocument(file: "a.txt", records: [
            GoldRecord(["key": "document", "kind": "project", "territory": ["value": "Nice et à Villeneuve-Loubet", "departments": [String]()]]),
        ])
        func score(_ found: String) -> Evaluation.Score? {
            let output: [String: Any] = [
                "kind": "project", "source": ["file": "a.txt", "layout": "document"],
                "territory": ["value": found, "departments": [String]()],
            ]
            return Evaluation(records: [output], gold: [gold], processed: ["a.txt"]).scores["territory"]
        }
        #expect(score("Nice et Villeneuve-Loubet") == Evaluation.Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(score("Nice et à Villeneuve-Loubet") == Evaluation.Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(score("Nice et Cagnes-sur-Mer") == Evaluation.Score(truePositives: 0, falsePositives: 1, falseNegatives: 1))
    }

    /// A title with or without its subtitle (`Pied-à-terre`, `Pied-à-terre : deux ans de baux
    /// accompagnés`) names the same project, on either side; another name does not.
    @Test func comparesTitlesWithOrWithoutASubtitle() throws {
        func score(gold: String, found: String) -> Evaluation.Score? {
            let goldDocument = GoldDocument(file: "a.txt", records: [GoldRecord(["key": "document", "kind": "project", "title": gold])])
            let output: [String: Any] = ["kind": "project", "source": ["file": "a.txt", "layout": "document"], "title": ["value": found]]
            return Evaluation(records: [output], gold: [goldDocument], processed: ["a.txt"]).scores["title"]
        }
        let hit = Evaluation.Score(truePositives: 1, falsePositives: 0, falseNegatives: 0)
        let miss = Evaluation.Score(truePositives: 0, falsePositives: 1, falseNegatives: 1)
        #expect(score(gold: "Pied-à-terre", found: "Pied-à-terre : deux ans de baux accompagnés") == hit)
        #expect(score(gold: "Cap sur le bail – de l'hôtel au logement", found: "Cap sur le bail") == hit)
        #expect(score(gold: "Pied-à-terre", found: "Pied-à-terre, deux ans après") == miss)
        #expect(score(gold: "Cap sur le bail – de l'hôtel au logement", found: "Cap sur le bail – un an après") == miss)
    }
}

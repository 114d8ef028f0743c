@testable import Dossier
import Foundation
import Testing

@Suite("Reconcile")
struct ReconcileTests {
    // MARK: Real and sample documents against gold clusters

    /// Extracts and reconciles `documents`, then scores the clusters against the gold of `gold`.
    private func reconcile(_ documents: [URL], gold: String) throws -> (ClusterEvaluation, Reconciliation) {
        let records = try documents.flatMap { ExtractionTests.extractor.extract(try Fixtures.document(at: $0)) }
        let reconciliation = Reconciler().reconcile(records)
        let objects = try records.map { record in
            try #require(try JSONSerialization.jsonObject(with: Data(record.json.serialized.utf8)) as? [String: Any])
        }
        let directory = Fixtures.root.appendingPathComponent(gold).path
        let goldClusters = try #require(try GoldClusters.load(directory: directory))
        let links = Dictionary(uniqueKeysWithValues: reconciliation.indexLinks.map { ($0.indexRow, $0.record) })
        let evaluation = ClusterEvaluation(
            records: objects, clusters: reconciliation.clusters, links: links, gold: goldClusters,
            documents: try GoldDocument.load(directory: directory), processed: Set(documents.map(\.lastPathComponent))
        )
        return (evaluation, reconciliation)
    }

    @Test(.enabled(if: Fixtures.seedsAvailable)) func findsEveryDuplicateOfTheRealDocumentsAndNothingElse() throws {
        let (evaluation, reconciliation) = try reconcile(SeedTests.names.map { Fixtures.seeds.appendingPathComponent($0) }, gold: "Corpus/gold/seeds")
        #expect(evaluation.goldPairs == 4)
        #expect(evaluation.precision == 1 && evaluation.recall == 1, "\(evaluation.report)")
        #expect(evaluation.indexRows == 92 && evaluation.linkedIndexRows == 92)
        #expect(evaluation.nearMisses >= 90 && evaluation.mergedNearMisses.isEmpty)
        // 002 and 003 §1.3 describe the Partenord platform with different figures.
        let partenord = try #require(reconciliation.projects.first { project in
            project.positions.contains { reconciliation.records[$0].file == "002_78aa38698838a4a6.txt" }
        })
        #expect(partenord.positions.map { reconciliation.records[$0].section } == [nil, "1.3"])
        #expect(partenord.conflicts.map(\.field).contains("households"))
    }

    @Test func findsTheDuplicatesOfTheTeamsDocuments() throws {
        let (evaluation, _) = try reconcile(Fixtures.corpusFiles.map { Fixtures.corpus.appendingPathComponent($0) }, gold: "Corpus/gold")
        #expect(evaluation.goldPairs == 10)
        #expect(evaluation.precision == 1 && evaluation.recall == 1, "\(evaluation.report)")
        #expect(evaluation.linkedIndexRows == evaluation.indexRows)
    }

    @Test func writesTheSameBytesTwiceAndFollowsTheSchemas() throws {
        func run() throws -> [RunOutput.File] {
            let documents = try Fixtures.corpusFiles.map { try Fixtures.corpusDocument($0) }
            let records = documents.flatMap(ExtractionTests.extractor.extract)
            let statuses = documents.map { DocumentStatus(outcome: .done($0, file: $0.source.name), records: ExtractionTests.extractor.extract($0).count) }
            return RunOutput(records: records, documents: statuses, reconciliation: Reconciler().reconcile(records)).files
        }
        let first = try run()
        let second = try run()
        // The files a command stages, projects.json written one project at a time, are the same text.
        let records = try Fixtures.corpusFiles.flatMap { ExtractionTests.extractor.extract(try Fixtures.corpusDocument($0)) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-staged-run-\(getpid())").path
        for file in try Reconciler().reconcile(records).stageFiles(in: folder, reading: { records[$0].json }) { try file.commit() }
        for file in first.suffix(2) {
            #expect(try String(contentsOfFile: (folder as NSString).appendingPathComponent(file.name), encoding: .utf8) == file.contents, "\(file.name)")
        }
        // As `run` does it: what reconciliation reads of the records kept, the records read back whole
        // from the records file (their JSON) to write projects.json.
        let recordsFile = try StagedFile(path: (folder as NSString).appendingPathComponent("records.jsonl"))
        let lines = try RecordLines(path: try #require(recordsFile.partialPath))
        for record in records {
            let line = RunOutput.lines([record])
            lines.append(start: recordsFile.bytesWritten, length: line.utf8.count)
            try recordsFile.write(line)
        }
        try recordsFile.flush()
        let slim = Reconciler().reconcile(records.map(LinkageRecord.init))
        let readBack = folder + "-read-back"
        for file in try slim.stageFiles(in: readBack, reading: lines.json(at:)) { try file.commit() }
        for file in first.suffix(2) {
            #expect(try String(contentsOfFile: (readBack as NSString).appendingPathComponent(file.name), encoding: .utf8) == file.contents, "read back: \(file.name)")
        }
        try? FileManager.default.removeItem(atPath: readBack)
        #expect(first.map(\.name) == ["records.jsonl", "documents.jsonl", "projects.json", "clusters.json"])
        #expect(first.map(\.contents) == second.map(\.contents))
        let schemas = Fixtures.root.appendingPathComponent("Output/schema")
        for file in first {
            let lines = file.name.hasSuffix(".jsonl") ? file.contents.split(separator: "\n").map(String.init) : [file.contents]
            let schema = switch file.name {
            case "records.jsonl": "record"
            case "documents.jsonl": "document"
            default: String(file.name.dropLast(".json".count))
            }
            let validator = try SchemaValidator(file: schemas.appendingPathComponent("\(schema).schema.json"))
            for line in lines {
                let value = try JSONSerialization.jsonObject(with: Data(line.utf8))
                #expect(validator.errors(in: value).isEmpty, "\(file.name): \(validator.errors(in: value).prefix(5))")
            }
        }
    }

    // MARK: Comparisons

    @Test func comparesCarriersByTheirDistinctiveWords() {
        func carriers(_ a: String, _ b: String) -> LinkageModel.Level? {
            Records.comparison(Records.project(file: "a", carrier: a), Records.project(file: "b", carrier: b)).levels[.carriers]
        }
        #expect(carriers("Partenord Habitat", "PARTENORD") == .exact)
        #expect(carriers("Habitat 24 (OPH)", "HABITAT 24") == .exact)
        #expect(carriers("ICF Habitat", "ICF HABITAT NOVEDIS") == .close)
        #expect(carriers("ICF Habitat Atlantique", "ICF La Sablière") == .some)
        #expect(carriers("Conseil Départemental du Pas-de-Calais", "Pas-de-Calais Habitat") == .some)
        #expect(carriers("OXALIA", "Habitat du Nord") == .different)
    }

    @Test func comparesPlacesByTownThenDepartement() {
        func territory(_ a: (String, [String]), _ b: (String, [String])) -> LinkageModel.Level? {
            Records.comparison(Records.project(file: "a", place: a), Records.project(file: "b", place: b)).levels[.territory]
        }
        #expect(territory(("Laval", []), ("Laval, Mayenne", ["53"])) == .exact)
        #expect(territory(("Béthune, Bruay-la-Buissière (62)", ["62"]), ("Béthune", [])) == .close)
        #expect(territory(("Arras", ["62"]), ("Pas-de-Calais", ["62"])) == .some)
        #expect(territory(("Morlaix (29)", ["29"]), ("Quimper (29)", ["29"])) == .different)
        // A place only a dateline gives (`Rodez, le 28 avril 2017`, where the writer sits)
        // tells no two records apart.
        let written = Records.project(file: "a", place: ("Rodez", ["12"]), placeConfidence: 0.15)
        #expect(Records.comparison(written, Records.project(file: "b", place: ("Onet-le-Château", ["12"]))).levels[.territory] == nil)
    }

    @Test func scoresAPairAsThePriorPlusItsWeights() {
        let model = LinkageModel.standard
        let a = Records.project(file: "a", title: "UN TOIT POUR REPARTIR", carrier: "Méduane Habitat", email: "g.rousseau@meduane-habitat.fr")
        let b = Records.project(file: "b", title: "Un toit pour repartir", carrier: "MEDUANE HABITAT", email: "g.rousseau@meduane-habitat.fr")
        let comparison = Records.comparison(a, b)
        #expect(comparison.levels == [.title: .exact, .carriers: .exact, .contacts: .exact])
        let expected = model.prior + log2(0.30 / 0.001) + log2(0.80 / 0.50) + log2(0.50 / 0.08)
        #expect(abs(comparison.score - expected) < 1e-9)
    }

    // MARK: Clusters and merges

    @Test func neverMergesTwoRecordsOfOneFile() {
        let a = Records.project(file: "guide.txt", title: "UN TOIT POUR REPARTIR", carrier: "Méduane Habitat")
        let b = Records.project(file: "guide.txt", title: "UN TOIT POUR REPARTIR", carrier: "Méduane Habitat")
        #expect(Reconciler().reconcile([a, b]).clusters.count == 2)
    }

    @Test func doesNotChainWeakLinksIntoOneCluster() {
        // B shares its title and town with A, and its contact and figures with C; A and C,
        // the same landlord's projects in two towns, have evidence against them.
        let a = Records.project(file: "a", title: "UN TOIT POUR REPARTIR", carrier: "Méduane Habitat", place: ("Laval", ["53"]), households: 20)
        let b = Records.project(
            file: "b", title: "UN TOIT POUR REPARTIR", carrier: "Méduane Habitat", place: ("Laval", ["53"]), email: "j.roux@meduane-habitat.fr", households: 45
        )
        let c = Records.project(
            file: "c", title: "RESTER CHEZ SOI A MAYENNE", carrier: "Méduane Habitat", place: ("Mayenne", ["53"]), email: "j.roux@meduane-habitat.fr", households: 45
        )
        let reconciliation = Reconciler().reconcile([a, b, c])
        #expect(reconciliation.clusters.contains([a.id, b.id]))
        #expect(reconciliation.clusters.contains([c.id]))
    }

    @Test func mergesFieldByFieldInSourceOrderAndListsConflicts() throws {
        var brochure = Records.project(file: "brochure.txt", title: "REPARTIR CHEZ SOI", carrier: "Méduane Habitat", place: ("Laval", ["53"]), households: 52)
        brochure.layout = .brochureSection
        var form = Records.project(file: "form.txt", title: "Repartir chez soi", carrier: "Méduane Habitat", place: ("Laval", ["53"]), households: 20)
        form.layout = .document
        let project = ProjectMerger().merge([0, 1], of: [LinkageRecord(brochure), LinkageRecord(form)], indexRows: [])
        #expect(project.sources == [form.id, brochure.id])
        #expect(project.conflicts.map(\.field) == ["households"])
        #expect(project.conflicts[0].values.map(\.record) == [form.id, brochure.id])
        let fields = project.fields(in: [brochure, form])
        #expect(fields["households"]?.member("min") == .int(20))
        #expect(fields["households"]?.member("record") == .string(form.id))
    }

    // MARK: Building blocks

    @Test(arguments: [
        "L’Œuvre d'Émile", "Côtes-d'Armor Habitat", "ÆRØ et Ça", "Habitat 24 – OPH", "MÉDUANE  HABITAT", "Zürich", "Škoda Ålborg",
        "«\u{A0}Logement d’abord\u{A0}»", "",
    ])
    func foldsWordsAsTheFoldingDoes(_ text: String) {
        #expect(FoldedWords.of(text) == Folding.fold(text).split(separator: " ").map(String.init))
        #expect(FoldedWords.hashes(text).map(\.value) == FoldedWords.of(text).map { WordHash($0).value })
    }

    @Test func sortsByKeyInLinearTimeKeepingTies() {
        var generator = SystemRandomNumberGenerator()
        let items = (0..<5_000).map { index in (key: UInt64.random(in: 0..<50, using: &generator) << 40 | UInt64.random(in: 0..<3), index: index) }
        var sorted = items
        RadixSort.sort(&sorted) { $0.key }
        #expect(sorted.map(\.index) == items.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map(\.element.index))
    }
}

/// Project records made in code for the reconciliation tests.
enum Records {
    private static let span = Span(bytes: 0..<1, start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 2))

    static func project(
        file: String, title: String? = nil, carrier: String? = nil, place: (String, [String])? = nil, email: String? = nil,
        households: Int? = nil, placeConfidence: Double = 1
    ) -> ProjectRecord {
        let key = [file, title ?? "", carrier ?? "", place?.0 ?? "", email ?? "", String(households ?? 0)].joined(separator: "|")
        let id = String(WordHash.fnv(key.utf8), radix: 16).leftPadded(to: 16)
        var record = ProjectRecord(id: id, kind: .project, layout: .monograph, file: file, sha256: "", section: nil, sectionAsWritten: nil, span: span)
        record.title = title.map { found($0) }
        record.carriers = carrier.map { [found($0)] } ?? []
        record.territory = place.map { found(ProjectRecord.Territory(value: $0.0, departments: $0.1), confidence: placeConfidence) }
        record.contacts = email.map { [found(Contact(name: nil, email: $0))] } ?? []
        record.households = households.map { found(Quantity(min: $0, max: $0, per: .total)) }
        return record
    }

    static func comparison(_ a: ProjectRecord, _ b: ProjectRecord) -> PairComparison {
        let table = ProfileTable([LinkageRecord(a), LinkageRecord(b)], indices: [0, 1])
        return table.pool.withUnsafeBufferPointer { PairComparison(table.profiles[0], table.profiles[1], pool: $0, model: .standard) }
    }

    private static func found<Value>(_ value: Value, confidence: Double = 1) -> Found<Value> {
        Found(value: value, evidence: Evidence(text: "", span: span, rule: "test", confidence: confidence))
    }
}

private extension String {
    func leftPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}

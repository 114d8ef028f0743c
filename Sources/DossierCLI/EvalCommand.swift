import ArgumentParser
import Dossier
import Foundation

/// `dossier eval`: score extracted records against hand-checked gold.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extracted records against gold: precision, recall and F1 per field, and the misses; and clusters, pairwise."
    )

    @Option(help: "The gold directory (JSON files, searched recursively).")
    var gold: String

    @Argument(help: "The records: a records.jsonl file, or the folder that holds it.")
    var output: String

    @Option(help: "Exit with status 1 when a field's F1 is below this value.")
    var minF1: Double?

    @Option(help: "Exit with status 1 when the clusters' pairwise precision or recall is below this value.")
    var minPairwise: Double?

    func run() throws {
        let path = output.hasSuffix(".jsonl") ? output : (output as NSString).appendingPathComponent("records.jsonl")
        guard let data = FileManager.default.contents(atPath: path) else {
            Diagnostics.print("error: cannot read \(path)")
            throw ExitCode(2)
        }
        let records = try lines(of: data, path: path)
        // The files processed: documents.jsonl beside the records, or the files the records name.
        let documentsPath = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("documents.jsonl")
        let listed = try FileManager.default.contents(atPath: documentsPath).map { try lines(of: $0, path: documentsPath) } ?? records
        let processed = Set(listed.compactMap { object in
            ((object["file"] as? String) ?? ((object["source"] as? [String: Any])?["file"] as? String)).map { ($0 as NSString).lastPathComponent }
        })
        let documents = try GoldDocument.load(directory: gold)
        let evaluation = Evaluation(records: records, gold: documents, processed: processed)
        print(evaluation.report, terminator: "")
        // Clusters, when the run reconciled (clusters.json beside the records) and gold has them.
        let clustersPath = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("clusters.json")
        if let goldClusters = try GoldClusters.load(directory: gold), let data = FileManager.default.contents(atPath: clustersPath) {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any], let clusters = object["clusters"] as? [[String]] else {
                throw ValidationError("\(clustersPath): not a clusters file")
            }
            var links: [String: String] = [:]
            for link in object["links"] as? [[String: Any]] ?? [] {
                if let row = link["index_row"] as? String, let record = link["record"] as? String { links[row] = record }
            }
            let scored = ClusterEvaluation(records: records, clusters: clusters, links: links, gold: goldClusters, documents: documents, processed: processed)
            print("")
            print(scored.report, terminator: "")
            if let minPairwise, min(scored.precision, scored.recall) < minPairwise {
                Diagnostics.print(String(format: "pairwise precision %.3f, recall %.3f: under %@", scored.precision, scored.recall, String(minPairwise)))
                throw ExitCode(1)
            }
        }
        if let minF1, let worst = evaluation.scores.min(by: { $0.value.f1 < $1.value.f1 }), worst.value.f1 < minF1 {
            Diagnostics.print("F1 of \(worst.key) is \(String(format: "%.3f", worst.value.f1)), under \(minF1)")
            throw ExitCode(1)
        }
    }

    private func lines(of data: Data, path: String) throws -> [[String: Any]] {
        try String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw ValidationError("\(path): a line is not a JSON object")
            }
            return object
        }
    }
}

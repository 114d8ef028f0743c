import ArgumentParser
import Dossier
import Foundation

/// `dossier eval`: score extracted records against hand-checked gold.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extracted records against gold: precision, recall and F1 per field, and the misses."
    )

    @Option(help: "The gold directory (JSON files, searched recursively).")
    var gold: String

    @Argument(help: "The records: a records.jsonl file, or the folder that holds it.")
    var output: String

    @Option(help: "Exit with status 1 when a field's F1 is below this value.")
    var minF1: Double?

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
        let evaluation = Evaluation(records: records, gold: try GoldDocument.load(directory: gold), processed: processed)
        print(evaluation.report, terminator: "")
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

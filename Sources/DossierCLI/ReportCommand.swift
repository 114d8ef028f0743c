import ArgumentParser
import Dossier
import Foundation

/// `dossier report`: the audit report of a run, one self-contained HTML file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the audit report of a run: one self-contained HTML page.",
        discussion: """
            Shows each document's normalized text with every extracted value highlighted (hover \
            or click for the rule, the confidence and the other candidates), the merged projects \
            with their conflicts, per-field coverage, the duplicate clusters with their per-field \
            weights, and, with --gold, precision, recall and F1 per field and the misses. The \
            documents are read again from the paths the run recorded.
            """
    )

    @Argument(help: "The run's output folder (records.jsonl, documents.jsonl, projects.json, clusters.json).")
    var folder: String

    @Option(name: [.short, .long], help: "The report file, or - for standard output. Default: report.html in the run's folder.")
    var output: String?

    @Option(help: "A gold directory: adds precision, recall and F1 per field, and the misses.")
    var gold: String?

    func run() throws {
        let run = try RunFolder.read(folder)
        let scoring = try gold.map { gold in
            let processed = Set(run.documents.compactMap { $0["file"]?.string.map { ($0 as NSString).lastPathComponent } })
            let records = run.records.compactMap { $0.foundationObject as? [String: Any] }
            return Report.Scoring(gold: gold, evaluation: Evaluation(records: records, gold: try GoldDocument.load(directory: gold), processed: processed))
        }
        let path = output ?? (folder as NSString).appendingPathComponent("report.html")
        try OutputFile.write(Report(run: run, scoring: scoring).html, to: path)
    }
}

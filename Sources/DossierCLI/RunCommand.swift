import ArgumentParser
import Dossier
import Foundation

/// `dossier run`: every stage, from input files to the files other systems import.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Load, normalize, segment, extract, reconcile and emit: the files other systems import.",
        discussion: """
            Writes into the output folder: records.jsonl (one record per project description or \
            index row), documents.jsonl (every input file with its status), projects.json (one \
            merged project per cluster, with its sources and conflicts) and clusters.json (the \
            clusters, the scored pairs with their per-field weights, and the index links). Each \
            file is replaced atomically.
            """
    )

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    @Option(name: [.short, .long], help: "The output folder.")
    var output = "Output"

    @Option(help: "A directory of rule packs to use instead of the built-in ones.")
    var rules: String?

    @Flag(name: [.short, .long], help: "Print neither the progress bar nor the summary line.")
    var quiet = false

    func run() throws {
        let extraction = Extraction(paths: paths, extractor: FieldExtractor(rules: try RuleOptions.load(rules)), quiet: quiet)
        let reconciliation = Reconciler().reconcile(extraction.records)
        let files = RunOutput(records: extraction.records, documents: extraction.documents, reconciliation: reconciliation).files
        for file in files {
            try OutputFile.write(file.contents, to: (output as NSString).appendingPathComponent(file.name))
        }
        if !quiet {
            let conflicts = reconciliation.projects.reduce(0) { $0 + $1.conflicts.count }
            extraction.printSummary(projects: reconciliation.projects.count, conflicts: conflicts)
        }
        try extraction.reportFailures()
    }
}

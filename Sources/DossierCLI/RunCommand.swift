import ArgumentParser
import Dossier
import Foundation

/// `dossier run`: every stage, from input files to the files other systems import.
struct RunCommand: AsyncParsableCommand {
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

    @OptionGroup var reading: ReadingOptions

    func run() async throws {
        let batch = try reading.batch()
        try await OutputFile.staging {
            let folder = output as NSString
            let recordsFile = try StagedFile(path: folder.appendingPathComponent("records.jsonl"))
            let documentsFile = try StagedFile(path: folder.appendingPathComponent("documents.jsonl"))
            let extraction = try await Extraction(
                paths: paths, shard: nil, batch: batch, quiet: reading.quiet, keeping: .forLinkage, recordsFile: recordsFile, documentsFile: documentsFile
            )
            let reconciliation = Reconciler().reconcile(extraction.linkage)
            let staged = try reconciliation.stageFiles(in: output, reading: extraction.fullRecordReader)
            for file in [recordsFile, documentsFile] + staged { try file.commit() }
            if !reading.quiet {
                let conflicts = reconciliation.projects.reduce(0) { $0 + $1.conflicts.count }
                extraction.printSummary(projects: reconciliation.projects.count, conflicts: conflicts)
            }
            try extraction.reportFailures()
        }
    }
}

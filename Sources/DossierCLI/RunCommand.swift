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

    func run() throws {
        let extraction = Extraction(paths: paths, extractor: FieldExtractor(rules: try RuleOptions.load(rules)))
        let reconciliation = Reconciler().reconcile(extraction.records)
        let files = RunOutput(records: extraction.records, documents: extraction.documents, reconciliation: reconciliation).files
        for file in files {
            try OutputFile.write(file.contents, to: (output as NSString).appendingPathComponent(file.name))
        }
        try extraction.reportFailures()
    }
}

/// The records and document statuses of a set of inputs.
struct Extraction {
    let records: [ProjectRecord]
    let documents: [DocumentStatus]

    init(paths: [String], extractor: FieldExtractor) {
        var records: [ProjectRecord] = []
        var documents: [DocumentStatus] = []
        for outcome in Loader().load(paths).map({ $0.map(Normalizer().normalize) }) {
            let extracted = outcome.value.map(extractor.extract) ?? []
            records += extracted
            documents.append(DocumentStatus(outcome: outcome, records: extracted.count))
        }
        self.records = records
        self.documents = documents
    }

    /// Prints the inputs that failed and exits 1 when there is any.
    func reportFailures() throws {
        var failed = false
        for document in documents {
            if case .failed(let error) = document.outcome {
                Diagnostics.print("error: \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

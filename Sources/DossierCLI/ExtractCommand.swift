import ArgumentParser
import Dossier
import Foundation

/// `dossier extract`: every field of every record, with evidence, as JSON Lines.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the records of documents as JSON Lines, each value with its evidence.",
        discussion: """
            Writes one JSON object per record (contract v1) to Output/records.jsonl, or to \
            standard output with -o - (or a last - after the paths: dossier extract one.txt -), \
            and one line per input file to documents.jsonl beside it (ok, skipped or error, and why).
            """
    )

    @Argument(help: "Files, directories, or - for standard input (a last - after other paths, without -o, is standard output).")
    var paths: [String]

    @Option(name: [.short, .long], help: "Where to write the records: a file, or - for standard output. (default: Output/records.jsonl)")
    var output: String?

    /// The paths to read and where the records go: without `-o`, a last `-` after other paths
    /// sends the records to standard output (`dossier extract one.txt -`); a `-` alone reads
    /// standard input.
    private var destination: (paths: [String], output: String) {
        if output == nil, paths.count >= 2, paths.last == "-" { return (Array(paths.dropLast()), "-") }
        return (paths, output ?? "Output/records.jsonl")
    }

    @Flag(help: "Print, for each record and field, the rule that fired and the text it read.")
    var explain = false

    @OptionGroup var reading: ReadingOptions

    @Option(help: "Read only shard K of N (K/N): the files whose path hashes to it. `dossier reconcile` joins the shards' outputs.")
    var shard: String?

    func validate() throws {
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes K/N, with 1 ≤ K ≤ N (for example 2/8).") }
    }

    func run() async throws {
        let batch = try reading.batch()
        let (paths, output) = destination
        try await OutputFile.staging {
            let recordsFile = try StagedFile(path: output)
            // documents.jsonl goes beside the records, unless they go to standard output.
            let documentsFile = output == "-" ? nil : try StagedFile(path: URL(fileURLWithPath: output).deletingLastPathComponent().appendingPathComponent("documents.jsonl").path)
            let extraction = try await Extraction(
                paths: paths, shard: shard.flatMap(Shard.init), batch: batch, quiet: reading.quiet, keeping: explain ? .whole : .none, recordsFile: recordsFile, documentsFile: documentsFile
            )
            try recordsFile.commit()
            try documentsFile?.commit()
            if explain {
                let explanation = extraction.records.map(\.explanation).joined()
                output == "-" ? Diagnostics.print(explanation) : print(explanation, terminator: "")
            }
            if !reading.quiet { extraction.printSummary() }
            try extraction.reportFailures()
        }
    }
}

/// `--rules DIR`: load a rule pack directory, or the built-in packs.
enum RuleOptions {
    static func load(_ directory: String?) throws -> RuleSet {
        do {
            return try directory.map(RuleSet.load(directory:)) ?? RuleSet.defaults()
        } catch {
            Diagnostics.print("error: \(error)")
            throw ExitCode(2)
        }
    }
}

extension ProjectRecord {
    /// One line per field found: the rule, the confidence, where, and the text read.
    var explanation: String {
        var lines = ["\(file) \(kind.rawValue) \(section ?? "-") \(span)"]
        func add(_ field: String, _ evidence: Evidence?) {
            guard let evidence else { return }
            lines.append("  \(field): \(evidence.rule) (\(evidence.confidence)) \(evidence.span) \(JSONValue.string(evidence.text).serialized)")
        }
        add("title", title?.evidence)
        carriers.forEach { add("carrier \($0.value)", $0.evidence) }
        partners.forEach { add("partner \($0.value)", $0.evidence) }
        add("territory", territory?.evidence)
        add("year", year?.evidence)
        add("mode", mode?.evidence)
        add("households", households?.evidence)
        add("housing_units", housingUnits?.evidence)
        add("duration", duration?.evidence)
        add("cost", cost?.evidence)
        funding.forEach { add("funding", $0.evidence) }
        contacts.forEach { add("contact", $0.evidence) }
        for (field, others) in alternatives.sorted(by: { $0.key < $1.key }) {
            others.forEach { add("\(field) (not chosen)", $0) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

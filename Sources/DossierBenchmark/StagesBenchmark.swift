import Dossier
import Foundation

/// Times each stage of a run over the files of a folder, on one core: load (read and
/// decode), normalize, extract (segment and read the fields), reconcile, and emit (the four
/// output files' text, in memory).
struct StagesBenchmark {
    let folder: String

    /// One pass: each stage's seconds, and what it made.
    private struct Pass {
        var load = 0.0, normalize = 0.0, extract = 0.0, reconcile = 0.0, emit = 0.0
        var bytes = 0, documents = 0, records = 0, projects = 0, outputBytes = 0
    }

    /// The median of `times` passes, as report lines.
    func run(times: Int) throws -> String {
        let extractor = FieldExtractor(rules: try RuleSet.defaults())
        var passes: [Pass] = []
        for _ in 0..<times { passes.append(pass(extractor)) }
        let last = passes.last!
        let megabytes = Double(last.bytes) / 1_000_000
        var lines = [String(
            format: "%@: %.1f MB in %d documents, %d records, %d projects; %.1f MB written; median of %d passes, one core",
            folder, megabytes, last.documents, last.records, last.projects, Double(last.outputBytes) / 1_000_000, times
        )]
        let stages: [(String, KeyPath<Pass, Double>)] = [
            ("load", \.load), ("normalize", \.normalize), ("extract", \.extract), ("reconcile", \.reconcile), ("emit", \.emit),
        ]
        var total = 0.0
        for (name, path) in stages {
            let seconds = Timing.median(passes.map { $0[keyPath: path] })
            total += seconds
            lines.append(String(
                format: "  %-10@ %8.3f s  %8.1f MB/s  %9.0f records/s", name, seconds, megabytes / seconds, Double(last.records) / seconds
            ))
        }
        lines.append(String(format: "  %-10@ %8.3f s  %8.1f MB/s  %9.0f records/s", "all", total, megabytes / total, Double(last.records) / total))
        lines.append("  peak resident memory: \(ResidentMemory.peakMegabytes()) MB")
        return lines.joined(separator: "\n")
    }

    private func pass(_ extractor: FieldExtractor) -> Pass {
        var pass = Pass()
        let loader = Loader()
        let normalizer = Normalizer()
        var records: [ProjectRecord] = []
        var statuses: [DocumentStatus] = []
        for input in loader.inputs([folder]) {
            var outcome: LoadOutcome?
            pass.load += Timing.seconds { outcome = loader.read(input) }
            var document: InputOutcome<Document>?
            pass.normalize += Timing.seconds { document = outcome!.map(normalizer.normalize) }
            var found: [ProjectRecord] = []
            pass.extract += Timing.seconds { found = document!.value.map(extractor.extract) ?? [] }
            pass.bytes += document!.value?.source.byteCount ?? 0
            records += found
            statuses.append(DocumentStatus(outcome: document!, records: found.count))
        }
        var reconciliation: Reconciliation?
        pass.reconcile = Timing.seconds { reconciliation = Reconciler().reconcile(records) }
        pass.emit = Timing.seconds {
            pass.outputBytes = RunOutput(records: records, documents: statuses, reconciliation: reconciliation).files.reduce(0) { $0 + $1.contents.utf8.count }
        }
        pass.documents = statuses.count
        pass.records = records.count
        pass.projects = reconciliation!.projects.count
        return pass
    }
}

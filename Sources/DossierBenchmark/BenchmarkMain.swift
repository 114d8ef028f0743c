import Dossier
import Foundation

/// Release-build benchmark of the load and normalize stages, and of the whole extraction,
/// on one core.
///
/// Usage: `.build/release/DossierBenchmark [--megabytes N]
/// [--runs N] [--corpus DIR]`, or `... --reconcile 10000,100000,1000000 [--runs N]` to time
/// reconciliation of synthetic records at those sizes instead; `--stages DIR` times each
/// stage of a run over a folder's files (the scale script, `scale.sh`). For the peers script
/// (`Peers/peers.py`): `--normalize-files DIR` times loading and normalizing a folder's files
/// as they are, `--values FILE` times the value parsers on field texts, and
/// `--export-records N --output FILE` writes the reconciliation benchmark's records as CSV.
///
/// The text corpus repeats the team's sample documents (text and Markdown, every encoding)
/// into documents of about 200 KB; the HTML corpus renders the same documents as HTML pages
/// of about 200 KB. Each run decodes and normalizes (then, for the extraction lines, also
/// segments and reads the fields of) every document from memory; the median of the runs is
/// reported, with the peak resident memory of the process.
@main
struct BenchmarkMain {
    static func main() {
        do {
            try run(BenchmarkOptions(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("DossierBenchmark: \(error)\n".utf8))
            exit(2)
        }
    }

    private static func run(_ options: BenchmarkOptions) throws {
        if !options.reconcile.isEmpty {
            // Smallest first: the peak resident memory reported after each size is that size's.
            for size in options.reconcile.sorted() { print(ReconcileBenchmark(size: size).run(times: options.runs)) }
            return
        }
        if let folder = options.stages {
            print(try StagesBenchmark(folder: folder).run(times: options.runs))
            return
        }
        if let folder = options.normalizeFiles {
            let documents = try SampleCorpus.files(in: folder)
            print(NormalizeBenchmark(documents: documents).run(times: options.runs).report(label: folder))
            return
        }
        if let file = options.values {
            print(try ValuesBenchmark(file: file).run(times: options.runs))
            return
        }
        if let count = options.exportRecords, let output = options.output {
            try RecordsExport.csv(SyntheticRecords(count: count)).write(toFile: output, atomically: true, encoding: .utf8)
            return
        }
        let samples = try SampleCorpus(directory: options.corpus)
        let extractor = FieldExtractor(rules: try RuleSet.defaults())
        print("corpus: \(samples.texts.count) text documents and \(samples.pages.count) HTML page from \(options.corpus)")
        print("target size: \(options.megabytes) MB per format, \(options.runs) runs, median reported, one core")
        for (label, documents) in [
            ("text", samples.textCorpus(megabytes: options.megabytes)),
            ("html", samples.htmlCorpus(megabytes: options.megabytes)),
        ] {
            let result = NormalizeBenchmark(documents: documents).run(times: options.runs)
            print(result.report(label: label))
            print(ExtractBenchmark(documents: documents, extractor: extractor).run(times: options.runs, label: label))
        }
        print("peak resident memory: \(ResidentMemory.peakMegabytes()) MB")
    }
}

import Dossier
import Foundation

/// Times the whole extraction of documents held in memory: load, normalize, segment and
/// read every field.
struct ExtractBenchmark {
    let documents: [SampleCorpus.Input]
    let extractor: FieldExtractor

    /// The median time of `times` runs, as a report line.
    func run(times: Int, label: String) -> String {
        let bytes = documents.reduce(0) { $0 + $1.bytes.count }
        var records = 0
        var runs: [Double] = []
        for _ in 0..<times {
            records = 0
            runs.append(Timing.seconds {
                for input in documents {
                    let source = Loader().decode(input.bytes, name: "benchmark", format: input.format)
                    records += extractor.extract(Normalizer().normalize(source)).count
                }
            })
        }
        let megabytes = Double(bytes) / 1_000_000
        let median = Timing.median(runs)
        return String(
            format: "%@: %.1f MB in %d documents, %d records; load+normalize+extract median %.3f s = %.1f MB/s, %.0f records/s; runs: %@",
            label, megabytes, documents.count, records, median, megabytes / median, Double(records) / median, Timing.list(runs)
        )
    }
}

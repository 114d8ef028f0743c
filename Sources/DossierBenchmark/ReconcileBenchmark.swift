import Dossier
import Foundation

/// Times reconciliation of synthetic records at a given size, and scores it against the
/// records' truth (pairwise precision and recall).
struct ReconcileBenchmark {
    let size: Int

    func run(times: Int) -> String {
        let synthetic = SyntheticRecords(count: size)
        let input = ResidentMemory.currentMegabytes()
        var runs: [Double] = []
        var result: Reconciliation?
        for _ in 0..<times {
            result = nil
            runs.append(Timing.seconds { result = Reconciler().reconcile(synthetic.records) })
        }
        let (precision, recall) = score(result!, synthetic)
        return String(
            format: "reconcile %d records: median %.3f s (%.0f records/s), %d candidate pairs, %d clusters, pairwise precision %.4f recall %.4f, "
                + "peak resident memory %d MB (records in memory before reconciling: %d MB); runs: %@",
            size, Timing.median(runs), Double(size) / Timing.median(runs), result!.candidatePairs, result!.clusters.count,
            precision, recall, ResidentMemory.peakMegabytes(), input, Timing.list(runs)
        )
    }

    /// Pairwise precision and recall of the clusters against the truth.
    private func score(_ result: Reconciliation, _ synthetic: SyntheticRecords) -> (Double, Double) {
        var indexOf: [String: Int] = [:]
        for (index, record) in synthetic.records.enumerated() { indexOf[record.id] = index }
        var found = 0
        var correct = 0
        for cluster in result.clusters {
            let members = cluster.compactMap { indexOf[$0] }
            for (position, a) in members.enumerated() {
                for b in members[(position + 1)...] {
                    found += 1
                    if synthetic.truth[a] == synthetic.truth[b] { correct += 1 }
                }
            }
        }
        var sizes: [Int: Int] = [:]
        for project in synthetic.truth { sizes[project, default: 0] += 1 }
        let expected = sizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        return (found == 0 ? 1 : Double(correct) / Double(found), expected == 0 ? 1 : Double(correct) / Double(expected))
    }
}

/// Finds the records that describe the same project across documents, and merges them.
///
/// Blocking puts side by side the records that share a key (``Blocking``); each candidate
/// pair is compared field by field and scored under a ``LinkageModel``; clustering links the
/// pairs that reach the model's threshold, strongest first, never two records of one file
/// and never over evidence against (``Clustering``); each cluster becomes one
/// ``MergedProject`` (``ProjectMerger``). Index rows are not projects: they are tied to the
/// monograph they list (``IndexLinker``) and named by its project.
public struct Reconciler: Sendable {
    /// The model pairs are scored with.
    public var model: LinkageModel

    /// How far below the threshold a compared pair is still reported, in bits: the near
    /// misses an auditor wants to see.
    public static let reportMargin = 4.0

    public init(model: LinkageModel = .standard) {
        self.model = model
    }

    /// The reconciliation of `records` (all the records of a run, in input order).
    public func reconcile(_ records: [ProjectRecord]) -> Reconciliation {
        reconcile(records.map(LinkageRecord.init))
    }

    /// The reconciliation of `records` (what it reads of all the records of a run, in input
    /// order).
    public func reconcile(_ records: [LinkageRecord]) -> Reconciliation {
        let projectIndices = records.indices.filter { records[$0].kind == .project }
        let table = ProfileTable(records, indices: projectIndices)
        let profiles = table.profiles
        let blocking = Blocking(table)
        // Compared on every core in chunks, kept in order.
        let model = self.model
        var found = Parallel.map(Parallel.chunks(blocking.pairs.count)) { range in
            table.pool.withUnsafeBufferPointer { pool in
                var part: (links: [(pair: (Int, Int), score: Double)], near: [(pair: (Int, Int), comparison: PairComparison)]) = ([], [])
                for packed in blocking.pairs[range] {
                    let pair = packed.pair
                    let comparison = PairComparison(profiles[pair.0], profiles[pair.1], pool: pool, model: model)
                    if comparison.score >= model.threshold { part.links.append((pair, comparison.score)) }
                    if comparison.score >= model.threshold - Reconciler.reportMargin { part.near.append((pair, comparison)) }
                }
                return part
            }
        }
        let links = found.flatMap(\.links)
        let near = found.flatMap(\.near)
        found = []
        let clusters = Clustering(table: table, links: links, model: model).clusters
        var clusterOf = [Int](repeating: 0, count: profiles.count)
        for (number, members) in clusters.enumerated() {
            for member in members { clusterOf[member] = number }
        }
        // The pairs near the threshold (in pair order), and every pair inside a cluster even
        // if not compared yet.
        var reported = near
        let nearPairs = near.map { UInt64(pair: $0.pair.0, $0.pair.1) }
        for members in clusters where members.count > 1 {
            for (position, a) in members.enumerated() {
                for b in members[(position + 1)...] where !nearPairs.sortedContains(UInt64(pair: a, b)) {
                    let comparison = table.pool.withUnsafeBufferPointer { PairComparison(profiles[a], profiles[b], pool: $0, model: model) }
                    reported.append(((a, b), comparison))
                }
            }
        }
        RadixSort.sort(&reported) { UInt64(pair: $0.pair.0, $0.pair.1) }
        let scored = reported.map { entry in
            Reconciliation.ScoredPair(
                a: records[projectIndices[entry.pair.0]].id, b: records[projectIndices[entry.pair.1]].id,
                comparison: entry.comparison, linked: clusterOf[entry.pair.0] == clusterOf[entry.pair.1]
            )
        }
        let indexLinks = IndexLinker(records).links
        var rowsOf: [Int: [String]] = [:]
        for link in indexLinks { rowsOf[link.monograph, default: []].append(records[link.row].id) }
        let merger = ProjectMerger()
        let projects = clusters.map { members in
            let positions = members.map { projectIndices[$0] }
            return merger.merge(positions, of: records, indexRows: positions.flatMap { rowsOf[$0] ?? [] })
        }
        return Reconciliation(
            model: model,
            records: records,
            clusters: clusters.map { $0.map { records[projectIndices[$0]].id } },
            pairs: scored,
            indexLinks: indexLinks.map { .init(indexRow: records[$0.row].id, record: records[$0.monograph].id, by: $0.by) },
            projects: projects,
            candidatePairs: blocking.pairs.count,
            droppedBlockingKeys: blocking.droppedKeys
        )
    }
}

extension Array where Element == UInt64 {
    /// Whether a sorted array holds `value` (binary search).
    func sortedContains(_ value: UInt64) -> Bool {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}

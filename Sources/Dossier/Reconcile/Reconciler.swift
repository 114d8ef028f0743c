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
        let projectIndices = records.indices.filter { records[$0].kind == .project }
        let table = ProfileTable(projectIndices.map { records[$0] })
        let profiles = table.profiles
        let blocking = Blocking(table)
        var links: [(pair: (Int, Int), score: Double)] = []
        var near: [(pair: (Int, Int), comparison: PairComparison)] = []
        table.pool.withUnsafeBufferPointer { pool in
            for pair in blocking.pairs {
                let comparison = PairComparison(profiles[pair.0], profiles[pair.1], pool: pool, model: model)
                if comparison.score >= model.threshold { links.append((pair, comparison.score)) }
                if comparison.score >= model.threshold - Reconciler.reportMargin { near.append((pair, comparison)) }
            }
        }
        let clusters = Clustering(table: table, links: links, model: model).clusters
        var clusterOf = [Int](repeating: 0, count: profiles.count)
        for (number, members) in clusters.enumerated() {
            for member in members { clusterOf[member] = number }
        }
        // The pairs near the threshold, and every pair inside a cluster even if not compared yet.
        var reported = near.map { (pair: $0.pair, comparison: $0.comparison) }
        let compared = Set(near.map { UInt64($0.pair.0) << 32 | UInt64($0.pair.1) })
        for members in clusters where members.count > 1 {
            for (position, a) in members.enumerated() {
                for b in members[(position + 1)...] where !compared.contains(UInt64(a) << 32 | UInt64(b)) {
                    let comparison = table.pool.withUnsafeBufferPointer { PairComparison(profiles[a], profiles[b], pool: $0, model: model) }
                    reported.append(((a, b), comparison))
                }
            }
        }
        let scored = reported.map { entry in
            Reconciliation.ScoredPair(
                a: records[projectIndices[entry.pair.0]].id, b: records[projectIndices[entry.pair.1]].id,
                comparison: entry.comparison, linked: clusterOf[entry.pair.0] == clusterOf[entry.pair.1]
            )
        }.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        let indexLinks = IndexLinker(records).links
        var rowsOf: [Int: [String]] = [:]
        for link in indexLinks { rowsOf[link.monograph, default: []].append(records[link.row].id) }
        let merger = ProjectMerger()
        let projects = clusters.map { members in
            let indices = members.map { projectIndices[$0] }
            return merger.merge(indices.map { records[$0] }, indexRows: indices.flatMap { rowsOf[$0] ?? [] })
        }
        return Reconciliation(
            model: model,
            clusters: clusters.map { $0.map { records[projectIndices[$0]].id } },
            pairs: scored,
            indexLinks: indexLinks.map { .init(indexRow: records[$0.row].id, record: records[$0.monograph].id, by: $0.by) },
            projects: projects,
            candidatePairs: blocking.pairs.count,
            droppedBlockingKeys: blocking.droppedKeys
        )
    }
}

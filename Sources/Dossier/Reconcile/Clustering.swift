/// Groups records into clusters from their linked pairs, strongest first, without chaining
/// weak links into one large cluster.
///
/// Two clusters merge over a link only when every pair across them is compatible: no two
/// records of one file (a document describes each of its projects once), no pair across
/// them scored far below the threshold (the evidence against), and the pairs across them scoring, on
/// average, at least the model's threshold. A record that links to two different projects
/// thus joins the one it links to more strongly.
struct Clustering {
    /// The clusters, as sorted indices into the profiles, in order of their first record.
    let clusters: [[Int]]

    /// How far below the threshold a pair across two clusters keeps them apart: evidence
    /// against, such as the same landlord's project in another town under another title.
    static let veto = 4.0

    init(table: ProfileTable, links: [(pair: (Int, Int), score: Double)], model: LinkageModel) {
        let profiles = table.profiles
        var cluster = Array(profiles.indices)
        var members = profiles.indices.map { [$0] }
        var known: [UInt64: Double] = [:]
        for link in links { known[UInt64(pair: link.pair.0, link.pair.1)] = link.score }
        func score(_ a: Int, _ b: Int) -> Double {
            known[UInt64(pair: min(a, b), max(a, b))] ?? table.pool.withUnsafeBufferPointer { pool in
                PairComparison(profiles[a], profiles[b], pool: pool, model: model).score
            }
        }
        let ordered = links.sorted { ($1.score, $0.pair.0, $0.pair.1) < ($0.score, $1.pair.0, $1.pair.1) }
        for link in ordered where link.score >= model.threshold {
            let (left, right) = (cluster[link.pair.0], cluster[link.pair.1])
            guard left != right else { continue }
            let files = Set(members[left].map { profiles[$0].file })
            guard !members[right].contains(where: { files.contains(profiles[$0].file) }) else { continue }
            var total = 0.0
            var compatible = true
            for a in members[left] {
                for b in members[right] {
                    let across = score(a, b)
                    if across < model.threshold - Clustering.veto { compatible = false }
                    total += across
                }
            }
            guard compatible, total / Double(members[left].count * members[right].count) >= model.threshold else { continue }
            let (kept, merged) = members[left].count >= members[right].count ? (left, right) : (right, left)
            for member in members[merged] { cluster[member] = kept }
            members[kept] += members[merged]
            members[merged] = []
        }
        clusters = members.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}

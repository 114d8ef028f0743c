import Foundation

/// Scores reconciliation against gold clusters: pairwise precision and recall over the
/// project records of the gold documents, the false merges, the missed pairs, and which near
/// misses were merged; and whether each gold index row is tied to its monograph.
///
/// A pair is two project records in one cluster. Gold clusters list only the groups of two or
/// more records; every other gold project record stands alone. Records pair with gold by the
/// same keys as ``Evaluation``.
public struct ClusterEvaluation: Sendable {
    /// Two records, named by file and gold key.
    public typealias Pair = (GoldClusters.Reference, GoldClusters.Reference)

    /// Pairs in gold, pairs found, and pairs in both.
    public private(set) var goldPairs = 0
    public private(set) var foundPairs = 0
    public private(set) var correctPairs = 0
    /// Pairs found that gold does not have, and gold pairs not found.
    public private(set) var falseMerges: [Pair] = []
    public private(set) var missedPairs: [Pair] = []
    /// Gold near misses (pairs that look alike but are different projects), and those merged.
    public private(set) var nearMisses = 0
    public private(set) var mergedNearMisses: [Pair] = []
    /// Gold index rows, and those tied to the monograph with their number.
    public private(set) var indexRows = 0
    public private(set) var linkedIndexRows = 0

    public var precision: Double { foundPairs == 0 ? 1 : Double(correctPairs) / Double(foundPairs) }
    public var recall: Double { goldPairs == 0 ? 1 : Double(correctPairs) / Double(goldPairs) }

    /// Scores `clusters` (lists of record ids) and `links` (index row id to record id) of the
    /// `records` of a run against `gold`, for the `processed` files.
    public init(
        records: [[String: Any]], clusters: [[String]], links: [String: String], gold: GoldClusters, documents: [GoldDocument],
        processed: Set<String>
    ) {
        let goldFiles = Set(documents.map(\.file)).intersection(processed)
        var referenceOf: [String: GoldClusters.Reference] = [:]
        var sectionOf: [String: String] = [:]
        var indexRowOf: [GoldClusters.Reference: String] = [:]
        for record in records {
            let source = record["source"] as? [String: Any] ?? [:]
            guard let id = record["id"] as? String, let file = (source["file"] as? String).map({ ($0 as NSString).lastPathComponent }),
                  goldFiles.contains(file)
            else { continue }
            let section = source["section"] as? String
            sectionOf[id] = section
            if (record["kind"] as? String) == "project" {
                referenceOf[id] = GoldClusters.Reference(file: file, key: Evaluation.key(of: record))
            } else if let section {
                indexRowOf[GoldClusters.Reference(file: file, key: section)] = id
            }
        }
        func pairs(_ groups: [[GoldClusters.Reference]]) -> Set<[GoldClusters.Reference]> {
            var found = Set<[GoldClusters.Reference]>()
            for group in groups {
                let members = group.sorted()
                for (position, a) in members.enumerated() {
                    for b in members[(position + 1)...] { found.insert([a, b]) }
                }
            }
            return found
        }
        let folded = { (reference: GoldClusters.Reference) in GoldClusters.Reference(file: reference.file, key: Evaluation.fold(reference.key)) }
        let expected = pairs(gold.clusters.map { $0.map(folded).filter { goldFiles.contains($0.file) } })
        let found = pairs(clusters.map { $0.compactMap { referenceOf[$0] } })
        goldPairs = expected.count
        foundPairs = found.count
        correctPairs = expected.intersection(found).count
        falseMerges = found.subtracting(expected).sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) }
        missedPairs = expected.subtracting(found).sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) }
        let near = pairs(gold.nearMisses.map { $0.map(folded).filter { goldFiles.contains($0.file) } })
        nearMisses = near.count
        mergedNearMisses = near.intersection(found).sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) }
        for document in documents where goldFiles.contains(document.file) {
            for row in document.records where row.kind == "index_row" {
                indexRows += 1
                guard let section = row["section"] as? String else { continue }
                let linked = indexRowOf[GoldClusters.Reference(file: document.file, key: section)].flatMap { links[$0] }
                if let linked, sectionOf[linked] == section { linkedIndexRows += 1 }
            }
        }
    }

    /// The report: pairwise precision and recall, index links, then the false merges and
    /// missed pairs.
    public var report: String {
        var lines = [
            String(format: "clusters: pairwise precision %.3f (%d of %d found), recall %.3f (%d of %d in gold)",
                   precision, correctPairs, foundPairs, recall, correctPairs, goldPairs),
            "index rows tied to their monograph: \(linkedIndexRows) of \(indexRows)",
            "near misses merged: \(mergedNearMisses.count) of \(nearMisses)",
        ]
        func name(_ reference: GoldClusters.Reference) -> String { "\(reference.file) [\(reference.key)]" }
        if !falseMerges.isEmpty { lines.append("false merges:") }
        for pair in falseMerges { lines.append("  \(name(pair.0)) + \(name(pair.1))") }
        if !missedPairs.isEmpty { lines.append("missed pairs:") }
        for pair in missedPairs { lines.append("  \(name(pair.0)) + \(name(pair.1))") }
        if !mergedNearMisses.isEmpty { lines.append("near misses merged:") }
        for pair in mergedNearMisses { lines.append("  \(name(pair.0)) + \(name(pair.1))") }
        return lines.joined(separator: "\n") + "\n"
    }
}

import Foundation

extension Reconciliation {
    /// `projects.json`: `{"projects": [...]}` (output contract, version 1), from the run's
    /// full `records` (those reconciled).
    public func projectsJSON(_ records: [ProjectRecord]) -> JSONValue {
        .object(["projects": .array(projects.map { $0.json(in: records) })])
    }

    /// `projects.json` piece by piece, a window of projects at a time, so that a large run
    /// never holds the whole text, each project's full records read by `record` from their
    /// positions in the run (a run that kept only ``LinkageRecord``s reads them back from
    /// `records.jsonl`): the pieces joined are `projectsJSON(_:)`'s text. The projects of a
    /// window are merged and serialized on every core, and written in order.
    public func writeProjects(reading record: @Sendable (Int) throws -> JSONValue, _ write: (String) throws -> Void) throws {
        try write("{\"projects\":[")
        var start = 0
        while start < projects.count {
            let window = start..<min(projects.count, start + Reconciliation.projectsWindow)
            let chunks = Parallel.chunks(window.count, minimum: 64).map { ($0.lowerBound + window.lowerBound)..<($0.upperBound + window.lowerBound) }
            let pieces = Parallel.map(chunks) { chunk in
                Result { try chunk.map { index in try (index > 0 ? "," : "") + projects[index].json(reading: record).serialized } }
            }
            for piece in pieces { try write(try piece.get().joined()) }
            start = window.upperBound
        }
        try write("]}")
    }

    /// How many projects are merged and serialized together: enough to keep every core busy,
    /// few enough that their text stays small.
    private static let projectsWindow = 4_096

    /// `clusters.json`: the clusters, the scored pairs with their per-field levels and
    /// weights, the index links, and blocking's counts (output contract, version 1, plus
    /// `links` and `blocking`).
    public var clustersJSON: JSONValue {
        .object([
            "clusters": .array(clusters.map(clusterJSON)),
            "pairs": .array(pairs.map(pairJSON)),
            "links": .array(indexLinks.map(Reconciliation.linkJSON)),
            "blocking": blockingJSON,
        ])
    }

    /// `clusters.json` piece by piece, one cluster, pair or link at a time, so that a large
    /// run never holds the whole tree: the pieces joined are `clustersJSON.serialized`.
    public func writeClusters(_ write: (String) throws -> Void) rethrows {
        // The members in the order of their keys' bytes, as `JSONValue` writes an object.
        try write("{\"blocking\":" + blockingJSON.serialized + ",\"clusters\":[")
        for (index, cluster) in clusters.enumerated() { try write((index > 0 ? "," : "") + clusterJSON(cluster).serialized) }
        try write("],\"links\":[")
        for (index, link) in indexLinks.enumerated() { try write((index > 0 ? "," : "") + Reconciliation.linkJSON(link).serialized) }
        try write("],\"pairs\":[")
        for (index, pair) in pairs.enumerated() { try write((index > 0 ? "," : "") + pairJSON(pair).serialized) }
        try write("]}")
    }

    private var blockingJSON: JSONValue {
        .object(["candidate_pairs": .int(candidatePairs), "dropped_keys": .int(droppedBlockingKeys)])
    }

    private func clusterJSON(_ cluster: [String]) -> JSONValue {
        .array(cluster.map(JSONValue.string))
    }

    private func pairJSON(_ pair: ScoredPair) -> JSONValue {
        .object([
            "a": .string(pair.a), "b": .string(pair.b),
            "score": .number(Reconciliation.rounded(pair.comparison.score)),
            "linked": .bool(pair.linked),
            "weights": .object(Dictionary(uniqueKeysWithValues: pair.comparison.weights(in: model).map { ($0.key.rawValue, JSONValue.number(Reconciliation.rounded($0.value))) })),
            "levels": .object(Dictionary(uniqueKeysWithValues: pair.comparison.levels.map { ($0.key.rawValue, JSONValue.string($0.value.rawValue)) })),
        ])
    }

    private static func linkJSON(_ link: IndexLink) -> JSONValue {
        .object(["index_row": .string(link.indexRow), "record": .string(link.record), "by": .string(link.by)])
    }

    /// A weight with three decimals, the same on every run.
    private static func rounded(_ value: Double) -> String {
        let thousandths = (value * 1000).rounded()
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = Int(abs(thousandths))
        let fraction = String(magnitude % 1000)
        return sign + String(magnitude / 1000) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

extension Reconciliation {
    /// Stages `projects.json` and `clusters.json` in `folder` (not committed): the files a
    /// run writes once its records are reconciled, the same bytes as `RunOutput` holds; the
    /// full records are read by `record` (see ``writeProjects(reading:_:)``).
    public func stageFiles(in folder: String, reading record: @Sendable (Int) throws -> JSONValue) throws -> [StagedFile] {
        let projects = try StagedFile(path: (folder as NSString).appendingPathComponent("projects.json"))
        try writeProjects(reading: record, projects.write)
        try projects.write("\n")
        let clusters = try StagedFile(path: (folder as NSString).appendingPathComponent("clusters.json"))
        try writeClusters(clusters.write)
        try clusters.write("\n")
        return [projects, clusters]
    }
}

import Foundation

extension Reconciliation {
    /// `projects.json`: `{"projects": [...]}` (output contract, version 1).
    public var projectsJSON: JSONValue {
        .object(["projects": .array(projects.map { $0.json(in: records) })])
    }

    /// `projects.json` piece by piece, one project at a time, so that a large run never
    /// holds the whole text: the pieces joined are `projectsJSON.serialized`.
    public func writeProjects(_ write: (String) throws -> Void) rethrows {
        try write("{\"projects\":[")
        for (index, project) in projects.enumerated() {
            try write((index > 0 ? "," : "") + project.json(in: records).serialized)
        }
        try write("]}")
    }

    /// `clusters.json`: the clusters, the scored pairs with their per-field levels and
    /// weights, the index links, and blocking's counts (output contract, version 1, plus
    /// `links` and `blocking`).
    public var clustersJSON: JSONValue {
        .object([
            "clusters": .array(clusters.map { .array($0.map(JSONValue.string)) }),
            "pairs": .array(pairs.map { pair in
                .object([
                    "a": .string(pair.a), "b": .string(pair.b),
                    "score": .number(Reconciliation.rounded(pair.comparison.score)),
                    "linked": .bool(pair.linked),
                    "weights": .object(Dictionary(uniqueKeysWithValues: pair.comparison.weights(in: model).map { ($0.key.rawValue, JSONValue.number(Reconciliation.rounded($0.value))) })),
                    "levels": .object(Dictionary(uniqueKeysWithValues: pair.comparison.levels.map { ($0.key.rawValue, JSONValue.string($0.value.rawValue)) })),
                ])
            }),
            "links": .array(indexLinks.map { .object(["index_row": .string($0.indexRow), "record": .string($0.record), "by": .string($0.by)]) }),
            "blocking": .object(["candidate_pairs": .int(candidatePairs), "dropped_keys": .int(droppedBlockingKeys)]),
        ])
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
    /// run writes once its records are reconciled, the same bytes as `RunOutput` holds.
    public func stageFiles(in folder: String) throws -> [StagedFile] {
        let projects = try StagedFile(path: (folder as NSString).appendingPathComponent("projects.json"))
        try writeProjects(projects.write)
        try projects.write("\n")
        let clusters = try StagedFile(path: (folder as NSString).appendingPathComponent("clusters.json"))
        try clusters.write(clustersJSON.serialized + "\n")
        return [projects, clusters]
    }
}

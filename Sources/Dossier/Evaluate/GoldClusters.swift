import Foundation

/// Hand-checked clusters: which project records of several documents describe the same
/// project (`clusters.json` in a gold directory).
///
/// Only clusters of two or more records are listed; every other gold project record is a
/// cluster of its own. Near misses (pairs that look alike but are different projects) are
/// listed too, so that a report can say which of them were merged.
public struct GoldClusters: Sendable {
    /// The name of the file in a gold directory.
    public static let fileName = "clusters.json"

    /// A record named by its document's file name and its gold key.
    public struct Reference: Hashable, Sendable, Comparable {
        public var file: String
        public var key: String

        public init(file: String, key: String) {
            self.file = file
            self.key = key
        }

        public static func < (lhs: Reference, rhs: Reference) -> Bool { (lhs.file, lhs.key) < (rhs.file, rhs.key) }
    }

    /// The clusters of two or more records.
    public var clusters: [[Reference]]
    /// Pairs of records that must not be merged.
    public var nearMisses: [[Reference]]

    public init(clusters: [[Reference]], nearMisses: [[Reference]] = []) {
        self.clusters = clusters
        self.nearMisses = nearMisses
    }

    /// Reads every `clusters.json` under `directory`, recursively; nil when there is none.
    public static func load(directory: String) throws -> GoldClusters? {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw EvaluationError(message: "cannot read the gold directory \(directory)")
        }
        var found: GoldClusters?
        for case let path as String in enumerator where (path as NSString).lastPathComponent == fileName {
            let full = (directory as NSString).appendingPathComponent(path)
            let file = try GoldClusters(file: full)
            found = GoldClusters(clusters: (found?.clusters ?? []) + file.clusters, nearMisses: (found?.nearMisses ?? []) + file.nearMisses)
        }
        return found
    }

    init(file path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw EvaluationError(message: "\(path): a clusters file is an object with 'clusters'")
        }
        func groups(_ key: String) throws -> [[Reference]] {
            try (object[key] as? [[String: Any]] ?? []).map { group in
                try (group["records"] as? [[String: Any]] ?? []).map { record in
                    guard let file = record["file"] as? String, let key = record["key"] as? String else {
                        throw EvaluationError(message: "\(path): each record of a cluster has 'file' and 'key'")
                    }
                    return Reference(file: file, key: key)
                }
            }
        }
        self.clusters = try groups("clusters")
        self.nearMisses = try groups("near_misses")
    }
}

import Foundation

/// Hand-checked values of one document's records (`Corpus/gold/*.json`).
public struct GoldDocument: Sendable {
    /// The document's file name.
    public var file: String
    /// The records, by key.
    public var records: [GoldRecord]

    /// Reads every gold file under `directory`, recursively.
    public static func load(directory: String) throws -> [GoldDocument] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw EvaluationError(message: "cannot read the gold directory \(directory)")
        }
        var documents: [GoldDocument] = []
        // `clusters.json` holds the gold clusters, not a document's records.
        for case let path as String in enumerator where path.hasSuffix(".json") && (path as NSString).lastPathComponent != GoldClusters.fileName {
            let full = (directory as NSString).appendingPathComponent(path)
            documents.append(try GoldDocument(file: full))
        }
        return documents.sorted { $0.file < $1.file }
    }

    /// Creates a gold document from records in memory.
    public init(file: String, records: [GoldRecord]) {
        self.file = file
        self.records = records
    }

    init(file path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let file = object["file"] as? String, let records = object["records"] as? [[String: Any]]
        else { throw EvaluationError(message: "\(path): a gold file is an object with 'file' and 'records'") }
        self.file = file
        self.records = records.map(GoldRecord.init)
    }
}

/// One gold record: its key and the values it gives (absent fields are not scored).
public struct GoldRecord: @unchecked Sendable {
    /// The key that pairs it with an output record.
    public var key: String
    /// `project` or `index_row`.
    public var kind: String
    /// The values, as JSON.
    let values: [String: Any]

    /// Creates a gold record from its JSON object.
    public init(_ values: [String: Any]) {
        self.key = values["key"] as? String ?? ""
        self.kind = values["kind"] as? String ?? "project"
        self.values = values
    }

    /// Whether the gold gives `field` (null counts: it says the document has no such value).
    func has(_ field: String) -> Bool { values.keys.contains(field) }

    subscript(field: String) -> Any? {
        let value = values[field]
        return value is NSNull ? nil : value
    }
}

/// A gold directory or output that cannot be read.
public struct EvaluationError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

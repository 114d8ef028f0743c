/// The files a run writes, named as the output contract (version 1) names them, with their
/// contents: the same inputs give byte-identical files (keys sorted, records in input order,
/// clusters and projects in the order of their first record, pairs by record ids).
public struct RunOutput: Sendable {
    /// One file: its name in the output folder and its text.
    public struct File: Sendable {
        public var name: String
        public var contents: String
    }

    /// `records.jsonl`, `documents.jsonl`, then `projects.json` and `clusters.json` when the
    /// run reconciled its records.
    public let files: [File]

    public init(records: [ProjectRecord], documents: [DocumentStatus], reconciliation: Reconciliation?) {
        var files = [File(name: "records.jsonl", contents: RunOutput.lines(records)), File(name: "documents.jsonl", contents: RunOutput.lines(documents))]
        if let reconciliation {
            files.append(File(name: "projects.json", contents: reconciliation.projectsJSON(records).serialized + "\n"))
            files.append(File(name: "clusters.json", contents: reconciliation.clustersJSON.serialized + "\n"))
        }
        self.files = files
    }

    /// One JSON object per line, as `records.jsonl` and `documents.jsonl` hold them.
    public static func lines(_ values: [some JSONRepresentable]) -> String {
        var text = ""
        for value in values {
            value.json.write(to: &text)
            text += "\n"
        }
        return text
    }
}

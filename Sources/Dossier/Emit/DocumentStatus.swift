/// One line of `documents.jsonl`: an input file, its status (ok, skipped or error), and why.
///
/// It keeps what the line says, not the document, so that a run over many documents holds
/// none of their texts once they are read.
public struct DocumentStatus: JSONRepresentable, Sendable {
    /// What became of the input.
    public enum State: Sendable {
        case ok
        case skipped(reason: String)
        case failed(LoadError)
    }

    /// The file's name as given.
    public let file: String
    public let state: State
    /// How many records were extracted from it.
    public let records: Int
    public let json: JSONValue

    public init(outcome: InputOutcome<Document>, records: Int) {
        file = outcome.file
        self.records = records
        switch outcome {
        case .done(let document, _):
            state = .ok
            json = .object([
                "file": .string(document.source.name), "sha256": .string(document.source.sha256),
                "encoding": .string(document.source.encoding.rawValue), "status": .string("ok"),
                "records": .int(records), "diagnostics": .array(document.diagnostics.map(\.json)),
            ])
        case .skipped(_, let reason):
            state = .skipped(reason: reason)
            json = DocumentStatus.withoutRecords(outcome.json)
        case .failed(let error):
            state = .failed(error)
            json = DocumentStatus.withoutRecords(outcome.json)
        }
    }

    private static func withoutRecords(_ json: JSONValue) -> JSONValue {
        var members = json.objectMembers
        members["records"] = .int(0)
        members["diagnostics"] = .array([])
        return .object(members)
    }
}

/// One line of `documents.jsonl`: an input file, its status (ok, skipped or error), and why.
public struct DocumentStatus: JSONRepresentable, Sendable {
    /// What loading and normalizing the input gave.
    public let outcome: InputOutcome<Document>
    /// How many records were extracted from it.
    public let records: Int

    public init(outcome: InputOutcome<Document>, records: Int) {
        self.outcome = outcome
        self.records = records
    }

    public var json: JSONValue {
        switch outcome {
        case .done(let document, _):
            return .object([
                "file": .string(document.source.name), "sha256": .string(document.source.sha256),
                "encoding": .string(document.source.encoding.rawValue), "status": .string("ok"),
                "records": .int(records), "diagnostics": .array(document.diagnostics.map(\.json)),
            ])
        case .skipped, .failed:
            var members = outcome.json.objectMembers
            members["records"] = .int(0)
            members["diagnostics"] = .array([])
            return .object(members)
        }
    }
}

import Dossier

/// One line of documents.jsonl: an input file, its status, and why.
struct DocumentStatus: JSONRepresentable {
    let outcome: InputOutcome<Document>
    let records: Int

    var json: JSONValue {
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

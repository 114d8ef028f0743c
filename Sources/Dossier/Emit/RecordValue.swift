/// One value of a record with its evidence: a value the record kept, or a candidate it set
/// aside (`alternatives`). The report highlights them and the SQLite export lists them.
public struct RecordValue: Sendable, Equatable {
    /// The record's id.
    public var record: String
    /// The field (see `FieldText.fields`).
    public var field: String
    /// The value for people; for a candidate set aside, the text it was read from.
    public var text: String
    /// The value's JSON as the record holds it, evidence left out; `nil` for a candidate set aside.
    public var value: JSONValue?
    /// The evidence: text, byte range, line:column, rule, confidence.
    public var evidence: JSONValue
    /// Whether the record kept this value.
    public var chosen: Bool

    /// Every value of `record` (a line of `records.jsonl`) that carries evidence, field by
    /// field in `FieldText.fields` order: kept values first (cost components after their
    /// cost), then the candidates set aside.
    public static func values(of record: JSONValue) -> [RecordValue] {
        guard let id = record["id"]?.string else { return [] }
        var values: [RecordValue] = []
        for field in FieldText.fields {
            let kept: [JSONValue] = record[field].map { value in
                if case .array(let elements) = value { return elements }
                return [value] + (field == "cost" ? value["components"]?.elements ?? [] : [])
            } ?? []
            for value in kept {
                guard let evidence = value["evidence"] else { continue }
                var bare = value.objectMembers
                bare["evidence"] = nil
                values.append(RecordValue(record: id, field: field, text: FieldText.text(of: value, field: field) ?? evidence["text"]?.string ?? "",
                                          value: .object(bare), evidence: evidence, chosen: true))
            }
            for evidence in record["alternatives"]?[field]?.elements ?? [] {
                values.append(RecordValue(record: id, field: field, text: evidence["text"]?.string ?? "", value: nil, evidence: evidence, chosen: false))
            }
        }
        return values
    }

    /// The evidence's byte range in the original file, when it has one.
    public var bytes: Range<Int>? {
        guard let start = evidence["start"]?.int, let end = evidence["end"]?.int, start <= end else { return nil }
        return start..<end
    }
}

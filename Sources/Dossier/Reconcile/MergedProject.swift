/// One project as several documents describe it: every field from the first source that gives
/// it, every source kept, every disagreement listed.
public struct MergedProject: Sendable {
    /// A field on which the sources disagree, and what each says.
    public struct Conflict: Sendable, Equatable {
        public var field: String
        /// Each distinct value with the first record that gives it.
        public var values: [(value: JSONValue, record: String)]

        public static func == (lhs: Conflict, rhs: Conflict) -> Bool {
            lhs.field == rhs.field && lhs.values.map(\.value) == rhs.values.map(\.value) && lhs.values.map(\.record) == rhs.values.map(\.record)
        }
    }

    /// Stable identifier: a hash of the source records' ids.
    public var id: String
    /// The project records merged, in source order (the first is trusted most).
    public var records: [ProjectRecord]
    /// The index rows that list the project.
    public var indexRows: [String]
    /// The fields on which the sources disagree.
    public var conflicts: [Conflict]

    /// The ids of the records merged, in source order.
    public var sources: [String] { records.map(\.id) }

    /// The merged fields, as the output contract writes a record's (each value with its
    /// evidence and the record it comes from).
    public var fields: [String: JSONValue] { ProjectMerger.fields(of: records) }
}

extension MergedProject: JSONRepresentable {
    public var json: JSONValue {
        var object = fields
        object["id"] = .string(id)
        object["kind"] = .string("project")
        object["sources"] = .array(sources.map(JSONValue.string))
        object["index_rows"] = .array(indexRows.map(JSONValue.string))
        object["conflicts"] = .array(conflicts.map { conflict in
            .object([
                "field": .string(conflict.field),
                "values": .array(conflict.values.map { .object(["value": $0.value, "record": .string($0.record)]) }),
            ])
        })
        return .object(object)
    }
}

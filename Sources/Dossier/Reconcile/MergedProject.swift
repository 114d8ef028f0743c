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
    /// The ids of the project records merged, in source order (the first is trusted most).
    public var sources: [String]
    /// Where those records are in the run's records, in the same order.
    public var positions: [Int]
    /// The index rows that list the project.
    public var indexRows: [String]
    /// The fields on which the sources disagree.
    public var conflicts: [Conflict]

    /// The merged fields, as the output contract writes a record's (each value with its
    /// evidence and the record it comes from), from the run's `records`.
    public func fields(in records: [ProjectRecord]) -> [String: JSONValue] {
        ProjectMerger.fields(of: positions.map { records[$0].json })
    }

    /// The project as `projects.json` writes it, from the run's `records`.
    public func json(in records: [ProjectRecord]) -> JSONValue {
        json(reading: { records[$0].json })
    }

    /// The project as `projects.json` writes it, its records read by their positions in the run.
    public func json(reading record: (Int) throws -> JSONValue) rethrows -> JSONValue {
        var object = ProjectMerger.fields(of: try positions.map(record))
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

/// The rows of each table of the SQLite export, read from a run's files.
struct SQLiteRows {
    typealias Row = [SQLiteDatabase.Value]

    private(set) var documents: [Row] = []
    private(set) var projects: [Row] = []
    private(set) var departments: [Row] = []
    private(set) var records: [Row] = []
    private(set) var values: [Row] = []
    private(set) var clusters: [Row] = []
    private(set) var clusterRecords: [Row] = []
    private(set) var pairs: [Row] = []
    private(set) var pairFields: [Row] = []
    private(set) var conflicts: [Row] = []
    private(set) var conflictValues: [Row] = []

    init(run: RunFolder) {
        for (index, document) in run.documents.enumerated() {
            let reason = document["reason"]?.string ?? document["error"]?["message"]?.string
            documents.append([.integer(index), text(document["file"]), text(document["sha256"]), text(document["encoding"]),
                              text(document["status"]), reason.map(SQLiteDatabase.Value.text) ?? .null, integer(document["records"])])
        }
        var projectOf: [String: String] = [:]
        for project in run.projects {
            guard let id = project["id"]?.string else { continue }
            addProject(project, id: id)
            for record in (project["sources"]?.elements ?? []) + (project["index_rows"]?.elements ?? []) {
                if let record = record.string { projectOf[record] = id }
            }
        }
        let documentIndex = run.documentIndexByFile
        for record in run.records {
            guard let id = record["id"]?.string else { continue }
            let source = record["source"]
            records.append([
                .text(id), source?["file"]?.string.flatMap { documentIndex[$0] }.map(SQLiteDatabase.Value.integer) ?? .null,
                projectOf[id].map(SQLiteDatabase.Value.text) ?? .null, text(record["kind"]), text(source?["layout"]), text(source?["section"]),
                text(record["title"]?["value"]), integer(source?["span"]?["start"]), integer(source?["span"]?["end"]),
                integer(source?["span"]?["line"]), integer(source?["span"]?["column"]), .text(record.serialized),
            ])
            for value in RecordValue.values(of: record) {
                let evidence = value.evidence
                values.append([
                    .text(id), .text(value.field), .integer(value.chosen ? 1 : 0), .text(value.text),
                    value.value.map { .text($0.serialized) } ?? .null, text(evidence["text"]), integer(evidence["start"]), integer(evidence["end"]),
                    integer(evidence["line"]), integer(evidence["column"]), integer(evidence["end_line"]), integer(evidence["end_column"]),
                    text(evidence["rule"]), real(evidence["confidence"]),
                ])
            }
        }
        if let clustering = run.clusters { addClusters(clustering, projectOf: projectOf) }
    }

    private mutating func addProject(_ project: JSONValue, id: String) {
        let households = project["households"]
        let housing = project["housing_units"]
        let duration = project["duration"]
        let cost = project["cost"]
        projects.append([
            .text(id), text(project["title"]?["value"]), integer(project["year"]?["value"]), text(project["territory"]?["value"]),
            text(project["mode"]?["value"]), integer(households?["min"]), integer(households?["max"]), text(households?["unit"]),
            integer(housing?["min"]), integer(housing?["max"]), integer(duration?["months"]), text(duration?["start"]), text(duration?["end"]),
            text(cost?["total_eur"]), text(cost?["per_year_eur"]), text(cost?["per_household_eur"]), .text(project.serialized),
        ])
        for department in Set(project["territory"]?["departments"]?.elements.compactMap(\.string) ?? []).sorted() {
            departments.append([.text(id), .text(department)])
        }
        for conflict in project["conflicts"]?.elements ?? [] {
            let field = conflict["field"]?.string ?? ""
            let conflictID = conflicts.count
            conflicts.append([.integer(conflictID), .text(id), .text(field)])
            for value in conflict["values"]?.elements ?? [] {
                let content = value["value"] ?? .null
                conflictValues.append([.integer(conflictID), text(value["record"]),
                                       FieldText.text(of: content, field: field).map(SQLiteDatabase.Value.text) ?? .null, .text(content.serialized)])
            }
        }
    }

    private mutating func addClusters(_ clustering: JSONValue, projectOf: [String: String]) {
        for (index, cluster) in (clustering["clusters"]?.elements ?? []).enumerated() {
            let members = cluster.elements.compactMap(\.string)
            clusters.append([.integer(index), members.first.flatMap { projectOf[$0] }.map(SQLiteDatabase.Value.text) ?? .null, .integer(members.count)])
            clusterRecords += Set(members).sorted().map { [.integer(index), .text($0)] }
        }
        for (index, pair) in (clustering["pairs"]?.elements ?? []).enumerated() {
            pairs.append([.integer(index), text(pair["a"]), text(pair["b"]), real(pair["score"]), .integer(pair["linked"]?.bool == true ? 1 : 0)])
            let fields = Set(pair["levels"]?.objectMembers.keys.map { $0 } ?? []).union(pair["weights"]?.objectMembers.keys.map { $0 } ?? [])
            for field in fields.sorted() {
                pairFields.append([.integer(index), .text(field), text(pair["levels"]?[field]), real(pair["weights"]?[field])])
            }
        }
    }

    private func text(_ value: JSONValue?) -> SQLiteDatabase.Value {
        value?.scalarText.map { .text($0) } ?? .null
    }

    private func integer(_ value: JSONValue?) -> SQLiteDatabase.Value {
        value?.int.map { .integer($0) } ?? .null
    }

    private func real(_ value: JSONValue?) -> SQLiteDatabase.Value {
        value?.double.map { .real($0) } ?? .null
    }
}

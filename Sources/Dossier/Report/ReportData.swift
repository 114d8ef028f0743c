import Foundation

/// The report's data block: the run's summary, per-field coverage, the documents, the merged
/// projects with their sources and conflicts, the duplicate clusters with their pairs, and
/// the scores against gold.
struct ReportData {
    let json: JSONValue

    init(run: RunFolder, places: [String: RecordPlace], scoring: Report.Scoring?, documents: [JSONValue]) {
        let projects = run.projects
        let records = run.recordsByID
        let statuses = run.documents.map { $0["status"]?.string }
        json = .object([
            "run": .string(run.path),
            "summary": .object([
                "documents": .int(run.documents.count),
                "records": .int(run.records.count),
                "projects": .int(projects.count),
                "index_rows": .int(run.records.filter { $0["kind"]?.string == "index_row" }.count),
                "conflicts": .int(projects.reduce(0) { $0 + ($1["conflicts"]?.elements.count ?? 0) }),
                "errors": .int(statuses.filter { $0 == "error" }.count),
                "skipped": .int(statuses.filter { $0 == "skipped" }.count),
            ]),
            "fields": .array(FieldText.fields.map(JSONValue.string)),
            "coverage": ReportData.coverage(of: run.records),
            "documents": .array(documents),
            "projects": .array(projects.map { ReportData.project($0, records: records, places: places) }),
            "clusters": ReportData.clusters(run.clusters, records: records, places: places),
            "evaluation": scoring.map(ReportData.evaluation) ?? .null,
        ])
    }

    /// For each field, how many project records have it.
    private static func coverage(of records: [JSONValue]) -> JSONValue {
        let projects = records.filter { $0["kind"]?.string == "project" }
        return .array(FieldText.fields.map { field in
            let count = projects.filter { record in record[field].map { !$0.elements.isEmpty || $0.objectMembers.count > 0 } ?? false }.count
            return .object(["field": .string(field), "records": .int(count), "of": .int(projects.count)])
        })
    }

    private static func project(_ project: JSONValue, records: [String: JSONValue], places: [String: RecordPlace]) -> JSONValue {
        var members: [String: JSONValue] = [
            "id": project["id"] ?? .null,
            "year": project["year"]?["value"] ?? .null,
            "sources": .array(project["sources"]?.elements.compactMap(\.string).map { id in
                source(id, layout: records[id]?["source"]?["layout"], places: places)
            } ?? []),
            "conflicts": .array(project["conflicts"]?.elements.map { conflict in
                let field = conflict["field"]?.string ?? ""
                return .object([
                    "field": .string(field),
                    "values": .array(conflict["values"]?.elements.map { value in
                        .object([
                            "record": value["record"] ?? .null,
                            "value": (value["value"].flatMap { FieldText.text(of: $0, field: field) }).map(JSONValue.string) ?? .null,
                        ])
                    } ?? []),
                ])
            } ?? []),
        ]
        for field in ["title", "carriers", "territory", "households", "housing_units", "duration", "cost"] {
            members[field] = FieldText.text(ofField: field, in: project).map(JSONValue.string) ?? .null
        }
        return .object(members)
    }

    /// A record as a link into its document.
    private static func source(_ id: String, layout: JSONValue?, places: [String: RecordPlace]) -> JSONValue {
        .object([
            "record": .string(id),
            "layout": layout ?? .null,
            "document": places[id].map { .int($0.document) } ?? .null,
            "line": places[id].map { .int($0.line) } ?? .null,
        ])
    }

    /// The clusters of two records or more, with the strongest scored pairs inside each.
    private static func clusters(_ clusters: JSONValue?, records: [String: JSONValue], places: [String: RecordPlace]) -> JSONValue {
        guard let clusters else { return .array([]) }
        let groups = clusters["clusters"]?.elements.map { $0.elements.compactMap(\.string) }.filter { $0.count > 1 } ?? []
        var clusterOf: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for id in group { clusterOf[id] = index }
        }
        var pairs = Array(repeating: [JSONValue](), count: groups.count)
        for pair in clusters["pairs"]?.elements ?? [] {
            guard let a = pair["a"]?.string, let b = pair["b"]?.string, let cluster = clusterOf[a], clusterOf[b] == cluster else { continue }
            pairs[cluster].append(pair)
        }
        return .array(groups.enumerated().map { index, group in
            .object([
                "id": .int(index),
                "records": .array(group.map { id in
                    var member = source(id, layout: records[id]?["source"]?["layout"], places: places).objectMembers
                    member["title"] = records[id]?["title"]?["value"] ?? .null
                    return .object(member)
                }),
                "pairs": .array(strongest(pairs[index])),
                "pairs_total": .int(pairs[index].count),
            ])
        })
    }

    /// At most `shownPairs` pairs a cluster, the highest scores first (ties by record ids):
    /// a cluster of many copies has thousands of pairs, and the strongest tell the story.
    static let shownPairs = 100

    private static func strongest(_ pairs: [JSONValue]) -> [JSONValue] {
        let ordered = pairs.sorted { first, second in
            let (a, b) = (first["score"]?.double ?? 0, second["score"]?.double ?? 0)
            if a != b { return a > b }
            return (first["a"]?.string ?? "", first["b"]?.string ?? "") < (second["a"]?.string ?? "", second["b"]?.string ?? "")
        }
        return Array(ordered.prefix(shownPairs))
    }

    private static func evaluation(_ scoring: Report.Scoring) -> JSONValue {
        let evaluation = scoring.evaluation
        return .object([
            "gold": .string(scoring.gold),
            "scores": .array(Evaluation.fields.map { field in
                let score = evaluation.scores[field] ?? Evaluation.Score()
                return .object([
                    "field": .string(field),
                    "tp": .int(score.truePositives), "fp": .int(score.falsePositives), "fn": .int(score.falseNegatives),
                    "precision": .number(String(format: "%.3f", score.precision)),
                    "recall": .number(String(format: "%.3f", score.recall)),
                    "f1": .number(String(format: "%.3f", score.f1)),
                ])
            }),
            "misses": .array(evaluation.misses.map { miss in
                .object([
                    "file": .string(miss.file), "key": .string(miss.key), "field": .string(miss.field),
                    "expected": .string(miss.expected), "found": .string(miss.found),
                ])
            }),
        ])
    }
}

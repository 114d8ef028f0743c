import Crypto
import Foundation

/// Merges the records of one cluster into one project, field by field.
///
/// Source order: a one-project document (the original submission form, a fiche or a
/// narrative) first, then a guide's monograph, then a brochure's section; on a tie, by file
/// name and position. A single-valued field takes the value of the first source that gives
/// it; the other sources' values stay in `records.jsonl`, and any that differs (once folded:
/// titles by their words, quantities by range and period, costs by amounts) is listed as a
/// conflict. Lists (carriers, partners, contacts, funding) are the union of the sources'
/// items, the first of each folded value kept; carriers and partners that two sources give
/// differently are listed as a conflict too.
struct ProjectMerger {
    /// The merged project of `records` (a cluster), and the index rows that list them.
    func merge(_ records: [ProjectRecord], indexRows: [String]) -> MergedProject {
        let ordered = records.count > 1 ? records.sorted { ProjectMerger.rank($0) < ProjectMerger.rank($1) } : records
        var conflicts: [MergedProject.Conflict] = []
        if ordered.count > 1 {
            let objects = ordered.map { $0.json.objectMembers }
            for (field, key) in ProjectMerger.singleFields {
                var values: [(value: JSONValue, record: String)] = []
                var seen: [String] = []
                for (record, object) in zip(ordered, objects) {
                    guard let canonical = key(record), !seen.contains(canonical), let value = object[field] else { continue }
                    seen.append(canonical)
                    values.append((ProjectMerger.plain(value), record.id))
                }
                if values.count > 1 { conflicts.append(.init(field: field, values: values)) }
            }
            for field in ["carriers", "partners"] {
                let key = ProjectMerger.listFields.first { $0.0 == field }!.1
                let given = zip(ordered, objects).compactMap { record, object -> (keys: [String], value: JSONValue, record: String)? in
                    guard case .array(let values)? = object[field], !values.isEmpty else { return nil }
                    return (values.map(key).sorted(), .array(values.map(ProjectMerger.plain)), record.id)
                }
                if Set(given.map(\.keys)).count > 1 { conflicts.append(.init(field: field, values: given.map { ($0.value, $0.record) })) }
            }
        }
        return MergedProject(id: ProjectMerger.identifier(ordered.map(\.id)), records: ordered, indexRows: indexRows, conflicts: conflicts)
    }

    /// The fields of a project merged from `ordered` records: each single-valued field from
    /// the first record that gives it, each list the union of the records' items, every value
    /// tagged with the record it comes from.
    static func fields(of ordered: [ProjectRecord]) -> [String: JSONValue] {
        let objects = ordered.map { $0.json.objectMembers }
        var fields: [String: JSONValue] = [:]
        fields["source"] = objects.first?["source"] ?? .null
        for (field, _) in singleFields {
            let first = zip(ordered, objects).first { $0.1[field].map { $0 != .null } ?? false }
            fields[field] = first.map { tagged($0.1[field]!, record: $0.0.id) } ?? .null
        }
        for (field, key) in listFields {
            var items: [JSONValue] = []
            var seen = Set<String>()
            for (record, object) in zip(ordered, objects) {
                guard case .array(let values)? = object[field] else { continue }
                for value in values where seen.insert(key(value)).inserted { items.append(tagged(value, record: record.id)) }
            }
            fields[field] = .array(items)
        }
        fields["diagnostics"] = .array(objects.flatMap { object -> [JSONValue] in
            guard case .array(let values)? = object["diagnostics"] else { return [] }
            return values
        })
        return fields
    }

    /// Where a record stands in the source order.
    static func rank(_ record: ProjectRecord) -> (Int, String, Int) {
        let layout = switch record.layout {
        case .document: 0
        case .monograph: 1
        case .brochureSection: 2
        case .indexTable: 3
        }
        return (layout, record.file, record.span.bytes.lowerBound)
    }

    /// The single-valued fields, with what makes two values the same.
    private static let singleFields: [(String, @Sendable (ProjectRecord) -> String?)] = [
        ("title", { $0.title.map { FoldedWords.of($0.value).joined(separator: " ") } }),
        ("territory", { record in
            record.territory.map { $0.value.departments.isEmpty ? FoldedWords.of($0.value.value).joined(separator: " ") : $0.value.departments.sorted().joined(separator: ",") }
        }),
        ("year", { $0.year.map { String($0.value) } }),
        ("mode", { $0.mode?.value.rawValue }),
        ("households", { $0.households.map { "\($0.value.min)-\($0.value.max)/\($0.value.per.rawValue)" } }),
        ("housing_units", { $0.housingUnits.map { "\($0.value.min)-\($0.value.max)/\($0.value.per.rawValue)" } }),
        ("duration", { $0.duration.map { "\($0.value.months.map(String.init) ?? "-")" } }),
        ("cost", { record in
            record.cost.map { cost in [cost.value.total, cost.value.perYear, cost.value.perHousehold].map { $0?.description ?? "-" }.joined(separator: "|") }
        }),
    ]

    /// The list fields, with what makes two items the same.
    private static let listFields: [(String, @Sendable (JSONValue) -> String)] = [
        ("carriers", { FoldedWords.of($0.member("value")?.stringValue ?? "").joined(separator: " ") }),
        ("partners", { FoldedWords.of($0.member("value")?.stringValue ?? "").joined(separator: " ") }),
        ("contacts", { item in
            item.member("email")?.stringValue?.lowercased() ?? FoldedWords.of(item.member("name")?.stringValue ?? "").joined(separator: " ")
        }),
        ("funding", { item in
            FoldedWords.of(item.member("source")?.stringValue ?? "").joined(separator: " ") + "|" + (item.member("share_percent")?.stringValue ?? "")
                + "|" + (item.member("eur")?.stringValue ?? "")
        }),
    ]

    /// A field's value with the record it comes from.
    private static func tagged(_ value: JSONValue, record: String) -> JSONValue {
        guard case .object(var members) = value else { return value }
        members["record"] = .string(record)
        return .object(members)
    }

    /// A value without its evidence and source text, as a conflict lists it.
    private static func plain(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(var members):
            for key in ["evidence", "text", "components", "breakdown"] { members[key] = nil }
            return members.count == 1 && members["value"] != nil ? members["value"]! : .object(members)
        case .array(let values): return .array(values.map(plain))
        default: return value
        }
    }

    private static func identifier(_ sources: [String]) -> String {
        let digest = SHA256.hash(data: Data(sources.sorted().joined(separator: ",").utf8))
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: digest.prefix(8).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] }, as: UTF8.self)
    }
}

extension JSONValue {
    /// The member `key` of an object.
    func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The string of a string value.
    var stringValue: String? {
        guard case .string(let value) = self else { return nil }
        return value
    }
}

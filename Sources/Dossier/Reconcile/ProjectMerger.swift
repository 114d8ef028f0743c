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
    /// The merged project of the records at `positions` (a cluster), and the index rows that
    /// list them.
    func merge(_ positions: [Int], of records: [LinkageRecord], indexRows: [String]) -> MergedProject {
        let order = positions.count > 1 ? positions.sorted { ProjectMerger.rank(records[$0]) < ProjectMerger.rank(records[$1]) } : positions
        var conflicts: [MergedProject.Conflict] = []
        if order.count > 1 {
            let ordered = order.map { records[$0] }
            // Values compared as each field's `same` says (titles by their folded words,
            // quantities by range and period, costs by amounts).
            for field in ProjectMerger.singleFields {
                var distinct: [LinkageRecord] = []
                for record in ordered where field.has(record) && !distinct.contains(where: { field.same($0, record) }) { distinct.append(record) }
                if distinct.count > 1 { conflicts.append(.init(field: field.name, values: distinct.map { (field.plain($0), $0.id) })) }
            }
            for (field, names) in [("carriers", \LinkageRecord.carriers), ("partners", \LinkageRecord.partners)] {
                let given = ordered.filter { !$0[keyPath: names].isEmpty }
                let sets = Set(given.map { Set($0[keyPath: names].map { FoldedWords.hashes($0).map(\.value) }) })
                if sets.count > 1 {
                    conflicts.append(.init(field: field, values: given.map { (.array($0[keyPath: names].map(JSONValue.string)), $0.id) }))
                }
            }
        }
        let sources = order.map { records[$0].id }
        return MergedProject(id: ProjectMerger.identifier(sources), sources: sources, positions: order, indexRows: indexRows, conflicts: conflicts)
    }

    /// The fields of a project merged from `ordered` records: each single-valued field from
    /// the first record that gives it, each list the union of the records' items, every value
    /// tagged with the record it comes from; each record is given as its JSON form (the
    /// line of `records.jsonl`, read back without being made a ``ProjectRecord`` again).
    static func fields(of ordered: [JSONValue]) -> [String: JSONValue] {
        let objects = ordered.map(\.objectMembers)
        let ids = objects.map { object -> String in
            if case .string(let id)? = object["id"] { return id }
            return ""
        }
        var fields: [String: JSONValue] = [:]
        fields["source"] = objects.first?["source"] ?? .null
        for field in singleFields.map(\.name) {
            let first = zip(ids, objects).first { $0.1[field].map { $0 != .null } ?? false }
            fields[field] = first.map { tagged($0.1[field]!, record: $0.0) } ?? .null
        }
        for (field, key) in listFields {
            var items: [JSONValue] = []
            var seen = Set<String>()
            for (id, object) in zip(ids, objects) {
                guard case .array(let values)? = object[field] else { continue }
                for value in values where seen.insert(key(value)).inserted { items.append(tagged(value, record: id)) }
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
    static func rank(_ record: LinkageRecord) -> (Int, String, Int) {
        let layout = switch record.layout {
        case .document: 0
        case .monograph: 1
        case .brochureSection: 2
        case .entry: 3
        case .indexTable: 4
        }
        return (layout, record.file, record.start)
    }

    /// A single-valued field: its name, whether a record gives it, when two records give the
    /// same value, and the value as a conflict lists it (without evidence).
    private struct SingleField: Sendable {
        var name: String
        var has: @Sendable (LinkageRecord) -> Bool
        var same: @Sendable (LinkageRecord, LinkageRecord) -> Bool
        var plain: @Sendable (LinkageRecord) -> JSONValue
    }

    private static let singleFields: [SingleField] = [
        SingleField(
            name: "title", has: { $0.title != nil },
            same: { FoldedWords.hashes($0.title!).map(\.value) == FoldedWords.hashes($1.title!).map(\.value) },
            plain: { .string($0.title!) }
        ),
        SingleField(
            name: "territory", has: { $0.territory != nil },
            same: { a, b in
                let (left, right) = (a.territory!, b.territory!)
                return left.departments.isEmpty || right.departments.isEmpty
                    ? FoldedWords.hashes(left.value).map(\.value) == FoldedWords.hashes(right.value).map(\.value)
                    : Set(left.departments) == Set(right.departments)
            },
            plain: { .object(["value": .string($0.territory!.value), "departments": .array($0.territory!.departments.map(JSONValue.string))]) }
        ),
        SingleField(name: "year", has: { $0.year != nil }, same: { $0.year! == $1.year! }, plain: { .int($0.year!) }),
        SingleField(name: "mode", has: { $0.mode != nil }, same: { $0.mode! == $1.mode! }, plain: { .string($0.mode!.rawValue) }),
        SingleField(
            name: "households", has: { $0.households != nil }, same: { sameQuantity($0.households!, $1.households!) },
            plain: { quantityJSON($0.households!) }
        ),
        SingleField(
            name: "housing_units", has: { $0.housingUnits != nil }, same: { sameQuantity($0.housingUnits!, $1.housingUnits!) },
            plain: { quantityJSON($0.housingUnits!) }
        ),
        SingleField(
            name: "duration", has: { $0.duration != nil }, same: { $0.duration!.months == $1.duration!.months },
            plain: { record in
                let duration = record.duration!
                return .object([
                    "months": duration.months.map(JSONValue.int) ?? .null, "start": duration.start.map(JSONValue.string) ?? .null,
                    "end": duration.end.map(JSONValue.string) ?? .null, "renewable": .bool(duration.renewable),
                ])
            }
        ),
        SingleField(
            name: "cost", has: { $0.cost != nil },
            same: { a, b in
                let (left, right) = (a.cost!, b.cost!)
                return left == right
            },
            plain: { record in
                let cost = record.cost!
                return .object(["total_eur": cost.total.decimalJSON, "per_year_eur": cost.perYear.decimalJSON, "per_household_eur": cost.perHousehold.decimalJSON])
            }
        ),
    ]

    private static func sameQuantity(_ a: Quantity, _ b: Quantity) -> Bool {
        a.min == b.min && a.max == b.max && a.per == b.per
    }

    private static func quantityJSON(_ quantity: Quantity) -> JSONValue {
        .object(["min": .int(quantity.min), "max": .int(quantity.max), "per": .string(quantity.per.rawValue), "approximate": .bool(quantity.approximate)])
    }

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

    /// A 64-bit hash of the sorted source ids, in hexadecimal: the sources' ids are already
    /// hashes of their content, so the project's id changes only when its sources do.
    private static func identifier(_ sources: [String]) -> String {
        Hexadecimal.string(WordHash.fnv((sources.count == 1 ? sources : sources.sorted()).joined(separator: ",").utf8))
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

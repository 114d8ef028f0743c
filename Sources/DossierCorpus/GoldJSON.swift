/// Writes gold as `Corpus/gold` does: a document's records, and the clusters file.
///
/// Keys come in the order of the team's gold files; one field a line, values compact.
enum GoldJSON {
    /// The gold file of the document `file`.
    static func document(file: String, records: [GoldRecord]) -> String {
        let body = records.map { record in
            record.indexRow.map(indexRow) ?? project(record)
        }
        return "{\n  \"file\": \(string(file)),\n  \"records\": [\n" + body.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    /// One cluster of the clusters file: its records (file and key), and why they are one project.
    static func cluster(_ records: [(file: String, key: String)], why: String) -> String {
        let members = records.map { "        {\"file\": \(string($0.file)), \"key\": \(string($0.key))}" }
        return "    {\n      \"records\": [\n" + members.joined(separator: ",\n") + "\n      ],\n      \"why\": \(string(why))\n    }"
    }

    /// The clusters file around its clusters (each from `cluster`).
    static let clustersHead = "{\n  \"clusters\": [\n"
    static let clustersSeparator = ",\n"
    static let clustersTail = "\n  ]\n}\n"

    private static func indexRow(_ row: GoldRecord.IndexRow) -> String {
        let members = [
            ("kind", string("index_row")), ("key", string("index " + row.section)), ("section", string(row.section)),
            ("localisation", string(row.localisation)), ("organisme", string(row.organisation)), ("page", string(row.page)),
        ]
        return "    " + object(members)
    }

    private static func project(_ record: GoldRecord) -> String {
        let members: [(String, String)] = [
            ("kind", string("project")),
            ("key", string(record.key)),
            ("section", optional(record.section, string)),
            ("section_as_written", optional(record.sectionAsWritten, string)),
            ("title", optional(record.title, string)),
            ("carriers", array(record.carriers.map(string))),
            ("partners", array(record.partners.map(string))),
            ("territory", optional(record.territory) { object([("value", string($0.value)), ("departments", array($0.departments.map(string)))]) }),
            ("year", optional(record.year) { String($0) }),
            ("mode", optional(record.mode) { string($0.goldValue) }),
            ("households", optional(record.households, quantity)),
            ("housing_units", optional(record.housingUnits, quantity)),
            ("duration", optional(record.duration) { duration in
                object([
                    ("months", String(duration.months)), ("start", optional(duration.start, string)), ("end", optional(duration.end, string)),
                    ("renewable", String(duration.renewable)),
                ])
            }),
            ("cost", optional(record.cost) { cost in
                object([
                    ("total_eur", optional(cost.total, amount)), ("per_year_eur", optional(cost.perYear, amount)),
                    ("per_household_eur", optional(cost.perHousehold, amount)),
                ])
            }),
            ("funding", array(record.funding.map { funding in
                object([("source", string(funding.source)), ("eur", optional(funding.euros, amount)), ("share_percent", optional(funding.percent, amount))])
            })),
            ("contacts", array(record.contacts.map { contact in
                object([
                    ("name", string(contact.name)), ("email", string(contact.email)), ("phone", optional(contact.phone, string)),
                    ("role", optional(contact.role, string)), ("organisation", optional(contact.organisation, string)),
                ])
            })),
        ]
        let lines = members.map { "      \(string($0.0)): \($0.1)" }
        return "    {\n" + lines.joined(separator: ",\n") + "\n    }"
    }

    private static func quantity(_ quantity: GoldRecord.Quantity) -> String {
        var members = [
            ("min", String(quantity.min)), ("max", String(quantity.max)), ("per", string(quantity.perYear ? "year" : "total")),
            ("approximate", String(quantity.approximate)),
        ]
        if let unit = quantity.unit { members.append(("unit", string(unit))) }
        if !quantity.breakdown.isEmpty {
            members.append(("breakdown", array(quantity.breakdown.map { part in
                object([("label", string(part.label)), ("min", String(part.count)), ("max", String(part.count))])
            })))
        }
        return object(members)
    }

    /// An amount in euros: a decimal string without separators (`"490500"`).
    private static func amount(_ value: Int) -> String { string(String(value)) }

    private static func optional<Value>(_ value: Value?, _ write: (Value) -> String) -> String {
        value.map(write) ?? "null"
    }

    private static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    private static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }

    /// A JSON string: quotes, backslashes and control characters escaped, other characters as they are.
    static func string(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            return "\"" + text + "\""
        }
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}

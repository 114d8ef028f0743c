import Foundation

/// Records read back from `records.jsonl`, so that the records of several runs (the shards
/// of one corpus, say) can be reconciled together: `ProjectRecord(json: record.json)` writes
/// the same JSON again, byte for byte.
extension ProjectRecord {
    /// Reads one line of `records.jsonl`.
    ///
    /// - Throws: `RecordReadingError` naming the first member that is missing or malformed.
    public init(json: JSONValue) throws {
        let reader = RecordReader(json)
        let source = try reader.object("source")
        let span = try reader.object("span", in: source)
        let start = SourceLocation(line: try reader.int("line", in: span), column: try reader.int("column", in: span))
        self.init(
            id: try reader.string("id"),
            kind: try reader.enumeration("kind"),
            layout: try reader.enumeration("layout", in: source),
            file: try reader.string("file", in: source),
            sha256: try reader.string("sha256", in: source),
            section: source["section"]?.string,
            sectionAsWritten: source["section_as_written"]?.string,
            span: Span(bytes: try reader.int("start", in: span)..<reader.int("end", in: span), start: start, end: start)
        )
        title = try json["title"].map { try reader.found($0) { $0["value"]?.string } }
        carriers = try json["carriers"]?.elements.map { try reader.found($0) { $0["value"]?.string } } ?? []
        partners = try json["partners"]?.elements.map { try reader.found($0) { $0["value"]?.string } } ?? []
        territory = try json["territory"].map { value in
            try reader.found(value) { value in
                value["value"]?.string.map { Territory(value: $0, departments: value["departments"]?.elements.compactMap(\.string) ?? []) }
            }
        }
        year = try json["year"].map { try reader.found($0) { $0["value"]?.int } }
        mode = try json["mode"].map { try reader.found($0) { $0["value"]?.string.flatMap(Mode.init(rawValue:)) } }
        households = try json["households"].map { try reader.found($0, RecordReader.quantity) }
        housingUnits = try json["housing_units"].map { try reader.found($0, RecordReader.quantity) }
        duration = try json["duration"].map { try reader.found($0, RecordReader.duration) }
        cost = try json["cost"].map { try reader.found($0, RecordReader.cost) }
        funding = try json["funding"]?.elements.map { try reader.found($0, RecordReader.funding) } ?? []
        contacts = try json["contacts"]?.elements.map { try reader.found($0, RecordReader.contact) } ?? []
        index = json["index"].map { index in
            IndexEntry(number: index["number"]?.string ?? "", localisation: index["localisation"]?.string ?? "",
                       organisation: index["organisme"]?.string ?? "", page: index["page"]?.string ?? "")
        }
        alternatives = try json["alternatives"]?.objectMembers.mapValues { try $0.elements.map(reader.evidence) } ?? [:]
        diagnostics = try json["diagnostics"]?.elements.map(reader.diagnostic) ?? []
    }
}

/// A record's JSON that does not read: what is wrong, and in which record.
public struct RecordReadingError: Error, Sendable, CustomStringConvertible {
    public var record: String
    public var message: String
    public var description: String { "record \(record): \(message)" }
}

/// Reads the members of one record's JSON, naming the record in its errors.
private struct RecordReader {
    let json: JSONValue

    init(_ json: JSONValue) {
        self.json = json
    }

    func failure(_ message: String) -> RecordReadingError {
        RecordReadingError(record: json["id"]?.string ?? "?", message: message)
    }

    func object(_ key: String, in object: JSONValue? = nil) throws -> JSONValue {
        guard let value = (object ?? json)[key], case .object = value else { throw failure("\(key) is not an object") }
        return value
    }

    func string(_ key: String, in object: JSONValue? = nil) throws -> String {
        guard let value = (object ?? json)[key]?.string else { throw failure("\(key) is not a string") }
        return value
    }

    func int(_ key: String, in object: JSONValue? = nil) throws -> Int {
        guard let value = (object ?? json)[key]?.int else { throw failure("\(key) is not an integer") }
        return value
    }

    func enumeration<Value: RawRepresentable<String>>(_ key: String, in object: JSONValue? = nil) throws -> Value {
        guard let value = Value(rawValue: try string(key, in: object)) else { throw failure("\(key) has an unknown value") }
        return value
    }

    /// A value and its evidence; `read` gives the value from the JSON object.
    func found<Value>(_ value: JSONValue, _ read: (JSONValue) throws -> Value?) throws -> Found<Value> {
        guard let evidence = value["evidence"] else { throw failure("a value has no evidence") }
        guard let read = try read(value) else { throw failure("a value does not read: \(value.serialized)") }
        return Found(value: read, evidence: try self.evidence(evidence))
    }

    func evidence(_ value: JSONValue) throws -> Evidence {
        Evidence(text: try string("text", in: value), span: try span(value), rule: try string("rule", in: value),
                 confidence: value["confidence"]?.double ?? 0)
    }

    /// A span as evidence and diagnostics write it: bytes, and both ends' line and column.
    func span(_ value: JSONValue) throws -> Span {
        Span(
            bytes: try int("start", in: value)..<int("end", in: value),
            start: SourceLocation(line: try int("line", in: value), column: try int("column", in: value)),
            end: SourceLocation(line: try int("end_line", in: value), column: try int("end_column", in: value))
        )
    }

    func diagnostic(_ value: JSONValue) throws -> Diagnostic {
        Diagnostic(
            severity: try enumeration("severity", in: value), id: try string("id", in: value), message: try string("message", in: value),
            span: try value["span"].map(span)
        )
    }

    static func quantity(_ value: JSONValue) -> Quantity? {
        guard let low = value["min"]?.int, let high = value["max"]?.int, let per = value["per"]?.string.flatMap(Quantity.Period.init) else { return nil }
        let parts = value["breakdown"]?.elements.compactMap { part in
            part["label"]?.string.map { Quantity.Part(label: $0, min: part["min"]?.int ?? 0, max: part["max"]?.int ?? 0) }
        } ?? []
        return Quantity(min: low, max: high, per: per, approximate: value["approximate"]?.bool ?? false, unit: value["unit"]?.string, breakdown: parts)
    }

    static func duration(_ value: JSONValue) -> Duration? {
        Duration(months: value["months"]?.int, weeks: value["weeks"]?.int, start: value["start"]?.string, end: value["end"]?.string,
                 renewable: value["renewable"]?.bool ?? false)
    }

    static func cost(_ value: JSONValue) -> ProjectRecord.Cost? {
        ProjectRecord.Cost(
            total: decimal(value["total_eur"]), perYear: decimal(value["per_year_eur"]), perHousehold: decimal(value["per_household_eur"]),
            components: value["components"]?.elements.compactMap { component in
                decimal(component["eur"]).map { ProjectRecord.Cost.Component(euros: $0, label: component["label"]?.string ?? "") }
            } ?? [],
            text: value["text"]?.string ?? ""
        )
    }

    static func funding(_ value: JSONValue) -> ProjectRecord.Funding? {
        value["source"]?.string.map { ProjectRecord.Funding(source: $0, euros: decimal(value["eur"]), sharePercent: decimal(value["share_percent"])) }
    }

    static func contact(_ value: JSONValue) -> Contact? {
        Contact(name: value["name"]?.string, email: value["email"]?.string, phone: value["phone"]?.string, role: value["role"]?.string,
                organisation: value["organisation"]?.string)
    }

    private static func decimal(_ value: JSONValue?) -> Decimal? {
        value?.string.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
    }
}

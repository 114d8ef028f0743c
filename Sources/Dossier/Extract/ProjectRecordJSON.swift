import Foundation

extension ProjectRecord: JSONRepresentable {
    /// The record as the output contract (version 1) writes it, plus `layout`, `alternatives`
    /// and, for an index row, `index`.
    public var json: JSONValue {
        var source: [String: JSONValue] = [
            "file": .string(file), "sha256": .string(sha256),
            "section": section.map(JSONValue.string) ?? .null,
            "section_as_written": sectionAsWritten.map(JSONValue.string) ?? .null,
            "span": .object(["start": .int(span.bytes.lowerBound), "end": .int(span.bytes.upperBound), "line": .int(span.start.line), "column": .int(span.start.column)]),
        ]
        source["layout"] = .string(layout.rawValue)
        var object: [String: JSONValue] = [
            "id": .string(id), "kind": .string(kind.rawValue), "source": .object(source),
            "title": title.map { $0.json { .string($0) } } ?? .null,
            "carriers": .array(carriers.map { $0.json { .string($0) } }),
            "partners": .array(partners.map { $0.json { .string($0) } }),
            "territory": territory.map { found in
                .object(["value": .string(found.value.value), "departments": .array(found.value.departments.map(JSONValue.string)), "evidence": found.evidence.json])
            } ?? .null,
            "year": year.map { $0.json { .int($0) } } ?? .null,
            "mode": mode.map { $0.json { .string($0.rawValue) } } ?? .null,
            "households": households.map(\.quantityJSON) ?? .null,
            "housing_units": housingUnits.map(\.quantityJSON) ?? .null,
            "duration": duration.map(\.durationJSON) ?? .null,
            "cost": cost.map(\.costJSON) ?? .null,
            "funding": .array(funding.map { found in
                .object([
                    "source": .string(found.value.source), "eur": found.value.euros.decimalJSON,
                    "share_percent": found.value.sharePercent.decimalJSON, "evidence": found.evidence.json,
                ])
            }),
            "contacts": .array(contacts.map { found in
                .object([
                    "name": found.value.name.map(JSONValue.string) ?? .null, "email": found.value.email.map(JSONValue.string) ?? .null,
                    "phone": found.value.phone.map(JSONValue.string) ?? .null,
                    "role": found.value.role.map(JSONValue.string) ?? .null,
                    "organisation": found.value.organisation.map(JSONValue.string) ?? .null,
                    "evidence": found.evidence.json,
                ])
            }),
            "diagnostics": .array(diagnostics.map(\.json)),
            "alternatives": .object(alternatives.mapValues { .array($0.map(\.json)) }),
        ]
        if let index {
            object["index"] = .object([
                "number": .string(index.number), "localisation": .string(index.localisation),
                "organisme": .string(index.organisation), "page": .string(index.page),
            ])
        }
        return .object(object)
    }
}

extension Evidence: JSONRepresentable {
    public var json: JSONValue {
        .object([
            "text": .string(text), "start": .int(span.bytes.lowerBound), "end": .int(span.bytes.upperBound),
            "line": .int(span.start.line), "column": .int(span.start.column),
            "end_line": .int(span.end.line), "end_column": .int(span.end.column),
            "rule": .string(rule), "confidence": .number(String(confidence)),
        ])
    }
}

extension Found {
    func json(_ value: (Value) -> JSONValue) -> JSONValue {
        .object(["value": value(self.value), "evidence": evidence.json])
    }
}

extension Found where Value == Quantity {
    var quantityJSON: JSONValue {
        .object([
            "min": .int(value.min), "max": .int(value.max), "per": .string(value.per.rawValue), "approximate": .bool(value.approximate),
            "unit": value.unit.map(JSONValue.string) ?? .null,
            "breakdown": .array(value.breakdown.map { .object(["label": .string($0.label), "min": .int($0.min), "max": .int($0.max)]) }),
            "text": .string(evidence.text), "evidence": evidence.json,
        ])
    }
}

extension Found where Value == Duration {
    var durationJSON: JSONValue {
        .object([
            "months": value.months.map(JSONValue.int) ?? .null, "weeks": value.weeks.map(JSONValue.int) ?? .null,
            "start": value.start.map(JSONValue.string) ?? .null, "end": value.end.map(JSONValue.string) ?? .null,
            "renewable": .bool(value.renewable), "text": .string(evidence.text), "evidence": evidence.json,
        ])
    }
}

extension Found where Value == ProjectRecord.Cost {
    var costJSON: JSONValue {
        .object([
            "total_eur": value.total.decimalJSON, "per_year_eur": value.perYear.decimalJSON,
            "per_household_eur": value.perHousehold.decimalJSON,
            "components": .array(value.components.map { .object(["eur": .string($0.euros.description), "label": .string($0.label), "evidence": evidence.json]) }),
            "text": .string(evidence.text), "evidence": evidence.json,
        ])
    }
}

extension Optional where Wrapped == Decimal {
    /// An exact decimal as a JSON string, or null.
    var decimalJSON: JSONValue { map { .string($0.description) } ?? .null }
}

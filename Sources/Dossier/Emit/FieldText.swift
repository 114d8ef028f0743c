/// Short texts for people: a field's value as the report and the CSV export show it
/// (`20–25 ménages`, `36 months, renewable`, `490 500,50 €`).
public enum FieldText {
    /// The fields of a record, in the order people read them.
    public static let fields = [
        "title", "year", "carriers", "partners", "territory", "mode", "households", "housing_units", "duration", "cost", "funding",
        "contacts",
    ]

    /// The text of `value`, the JSON of one value of `field` as records and projects hold it
    /// (an element, for the fields that are lists); `nil` for `null`.
    public static func text(of value: JSONValue, field: String) -> String? {
        switch field {
        case "households", "housing_units": quantity(value)
        case "duration": duration(value)
        case "cost": cost(value)
        case "funding": funding(value)
        case "contacts": contact(value)
        default: value["value"]?.scalarText ?? value.scalarText
        }
    }

    /// The text of a whole field of a record or project: list elements joined by `; `.
    public static func text(ofField field: String, in object: JSONValue) -> String? {
        guard let value = object[field] else { return nil }
        if case .array(let elements) = value {
            let texts = elements.compactMap { text(of: $0, field: field) }
            return texts.isEmpty ? nil : texts.joined(separator: "; ")
        }
        return text(of: value, field: field)
    }

    /// A euro amount written as records hold it (`"490500.50"`), grouped by thousands with
    /// a narrow no-break space and a decimal comma: `490 500,50 €`.
    public static func euros(_ amount: String) -> String {
        let parts = amount.split(separator: ".", maxSplits: 1)
        let whole = Array(parts.first ?? "")
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0, whole[index - 1].isNumber { grouped += "\u{202F}" }
            grouped.append(digit)
        }
        let decimals = parts.count > 1 ? "," + parts[1] : ""
        return grouped + decimals + "\u{00A0}€"
    }

    private static func quantity(_ value: JSONValue) -> String? {
        guard let low = value["min"]?.int else { return nil }
        let high = value["max"]?.int ?? low
        var text = (value["approximate"]?.bool == true ? "≈" : "") + (low == high ? "\(low)" : "\(low)–\(high)")
        if let unit = value["unit"]?.string { text += " " + unit }
        if value["per"]?.string == "year" { text += " a year" }
        return text
    }

    private static func duration(_ value: JSONValue) -> String? {
        var parts: [String] = []
        if let months = value["months"]?.int { parts.append(months == 1 ? "1 month" : "\(months) months") }
        let period = [value["start"]?.string, value["end"]?.string].compactMap { $0 }
        if !period.isEmpty { parts.append(period.joined(separator: "–")) }
        if value["renewable"]?.bool == true { parts.append("renewable") }
        return parts.isEmpty ? value["text"]?.string : parts.joined(separator: ", ")
    }

    private static func cost(_ value: JSONValue) -> String? {
        if let eur = value["eur"]?.string {
            // A component of a cost.
            return [value["label"]?.string, euros(eur)].compactMap { $0 }.joined(separator: ": ")
        }
        let parts = [
            value["total_eur"]?.string.map { euros($0) },
            value["per_year_eur"]?.string.map { euros($0) + " a year" },
            value["per_household_eur"]?.string.map { euros($0) + " a household" },
        ].compactMap { $0 }
        return parts.isEmpty ? value["text"]?.string : parts.joined(separator: ", ")
    }

    private static func funding(_ value: JSONValue) -> String? {
        let details = [value["eur"]?.string.map { euros($0) }, value["share_percent"]?.string.map { "\($0) %" }].compactMap { $0 }
        let source = value["source"]?.string ?? "?"
        return details.isEmpty ? source : "\(source): \(details.joined(separator: ", "))"
    }

    private static func contact(_ value: JSONValue) -> String? {
        let parts = [value["name"]?.string, value["email"]?.string.map { "<\($0)>" }, value["phone"]?.string].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}

import Foundation

/// A run's merged projects as CSV (RFC 4180): one row per project, a header row naming the
/// columns, fields separated by commas, quoted when they hold a comma, a quote or a line
/// end (quotes doubled), rows ended by CRLF.
///
/// Values are written as the JSON holds them: amounts as exact decimals in euros
/// (`490500.50`), counts as integers, Booleans as `true` or `false`, a missing value as an
/// empty field; a list (carriers, contacts...) is one field, its elements joined by `; `.
public struct CSVExport {
    /// The columns' names, in order. The README says what each holds.
    public static var columnNames: [String] { columns.map(\.name) }

    /// The columns, in order, with how each reads a project.
    private static let columns: [(name: String, value: @Sendable (JSONValue, CSVExport) -> String?)] = [
        ("project_id", { project, _ in project["id"]?.string }),
        ("title", { project, _ in project["title"]?["value"]?.string }),
        ("year", { project, _ in project["year"]?["value"]?.scalarText }),
        ("carriers", { project, _ in list(project["carriers"]) { $0["value"]?.string } }),
        ("partners", { project, _ in list(project["partners"]) { $0["value"]?.string } }),
        ("territory", { project, _ in project["territory"]?["value"]?.string }),
        ("departments", { project, _ in list(project["territory"]?["departments"]) { $0.string } }),
        ("mode", { project, _ in project["mode"]?["value"]?.string }),
        ("households_min", { project, _ in project["households"]?["min"]?.scalarText }),
        ("households_max", { project, _ in project["households"]?["max"]?.scalarText }),
        ("households_unit", { project, _ in project["households"]?["unit"]?.string }),
        ("households_per", { project, _ in project["households"]?["per"]?.string }),
        ("households_approximate", { project, _ in project["households"]?["approximate"]?.scalarText }),
        ("housing_units_min", { project, _ in project["housing_units"]?["min"]?.scalarText }),
        ("housing_units_max", { project, _ in project["housing_units"]?["max"]?.scalarText }),
        ("duration_months", { project, _ in project["duration"]?["months"]?.scalarText }),
        ("duration_start", { project, _ in project["duration"]?["start"]?.string }),
        ("duration_end", { project, _ in project["duration"]?["end"]?.string }),
        ("duration_renewable", { project, _ in project["duration"]?["renewable"]?.scalarText }),
        ("cost_total_eur", { project, _ in project["cost"]?["total_eur"]?.string }),
        ("cost_per_year_eur", { project, _ in project["cost"]?["per_year_eur"]?.string }),
        ("cost_per_household_eur", { project, _ in project["cost"]?["per_household_eur"]?.string }),
        ("funding", { project, _ in list(project["funding"]) { FieldText.text(of: $0, field: "funding") } }),
        ("contact_names", { project, _ in list(project["contacts"]) { $0["name"]?.string } }),
        ("contact_emails", { project, _ in list(project["contacts"]) { $0["email"]?.string } }),
        ("contact_phones", { project, _ in list(project["contacts"]) { $0["phone"]?.string } }),
        ("source_records", { project, _ in list(project["sources"]) { $0.string } }),
        ("source_files", { project, export in list(project["sources"]) { $0.string.flatMap { export.files[$0] } } }),
        ("conflicts", { project, _ in list(project["conflicts"]) { $0["field"]?.string } }),
    ]

    /// The separator of a list's elements inside one field.
    public static let listSeparator = "; "

    private let projects: [JSONValue]
    /// Each record's file.
    private let files: [String: String]

    public init(run: RunFolder) {
        projects = run.projects
        files = run.recordsByID.compactMapValues { $0["source"]?["file"]?.string }
    }

    /// The CSV text; with `byteOrderMark`, it starts with U+FEFF so that spreadsheets read
    /// it as UTF-8.
    public func text(byteOrderMark: Bool = false) -> String {
        var text = byteOrderMark ? "\u{FEFF}" : ""
        text += CSVExport.row(CSVExport.columnNames)
        for project in projects {
            text += CSVExport.row(CSVExport.columns.map { $0.value(project, self) ?? "" })
        }
        return text
    }

    private static func list(_ value: JSONValue?, _ element: (JSONValue) -> String?) -> String? {
        let texts = value?.elements.compactMap(element) ?? []
        return texts.isEmpty ? nil : texts.joined(separator: listSeparator)
    }

    private static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

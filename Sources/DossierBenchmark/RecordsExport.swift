import Dossier
import Foundation

/// Writes the reconciliation benchmark's synthetic records as CSV, with the project each
/// describes, so that another linker (Splink, in the peers script) reads the very records
/// `--reconcile` times.
enum RecordsExport {
    static let header = "id,truth,file,title,carrier,partner,territory,department,contact_name,contact_email,households,cost,months"

    /// The CSV text of `synthetic`: a header and one row per record, in order.
    static func csv(_ synthetic: SyntheticRecords) -> String {
        var lines = [header]
        lines.reserveCapacity(synthetic.records.count + 1)
        for (record, project) in zip(synthetic.records, synthetic.truth) {
            let contact = record.contacts.first?.value
            let fields: [String] = [
                record.id, String(project), record.file, record.title?.value ?? "",
                record.carriers.first?.value ?? "", record.partners.first?.value ?? "",
                record.territory?.value.value ?? "", record.territory?.value.departments.first ?? "",
                contact?.name ?? "", contact?.email ?? "",
                record.households.map { String($0.value.min) } ?? "",
                record.cost?.value.total.map { "\($0)" } ?? "",
                record.duration?.value.months.map(String.init) ?? "",
            ]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A field quoted as RFC 4180 asks, when it holds a comma, a quote or a line end.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

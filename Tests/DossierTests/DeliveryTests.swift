import CSQLite3
@testable import Dossier
import Foundation
import Testing

/// The report and the exports, made from a real run of the team's sample documents written
/// to a temporary folder and read back.
@Suite("Report and exports")
struct DeliveryTests {
    /// The run folder: `dossier run Corpus/documents -o FOLDER`, done once.
    static let runFolder: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-delivery-\(getpid())").path
        var records: [ProjectRecord] = []
        var statuses: [DocumentStatus] = []
        for outcome in Loader().load(Fixtures.corpus.path) {
            let document = outcome.map(Normalizer().normalize)
            let extracted = document.value.map(ExtractionTests.extractor.extract) ?? []
            records += extracted
            statuses.append(DocumentStatus(outcome: document, records: extracted.count))
        }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in RunOutput(records: records, documents: statuses, reconciliation: Reconciler().reconcile(records)).files {
            try? Data(file.contents.utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(file.name)))
        }
        return folder
    }()

    private func run() throws -> RunFolder { try RunFolder(path: DeliveryTests.runFolder) }

    // MARK: Report

    /// The JSON blocks of a report page, by element id.
    private func blocks(of html: String) throws -> [String: JSONValue] {
        var blocks: [String: JSONValue] = [:]
        let opening = "<script type=\"application/json\" id=\""
        for piece in html.components(separatedBy: opening).dropFirst() {
            let id = try #require(piece.components(separatedBy: "\"").first)
            let body = try #require(piece.components(separatedBy: "\">").dropFirst().first?.components(separatedBy: "</script>").first)
            #expect(!body.contains("<"), "a data block holds a raw <: \(id)")
            blocks[id] = try JSONValue(parsing: Data(body.utf8))
        }
        return blocks
    }

    /// The text a value's marks cover in a document block, joined.
    private func markedText(of value: Int, in document: JSONValue) -> String {
        document["lines"]!.elements.flatMap { $0["cells"]!.elements }.flatMap { cell -> [String] in
            let text = Array(cell["text"]!.string!.utf16)
            return cell["marks"]!.elements.filter { $0.elements[2].int == value }.map { mark in
                String(decoding: text[mark.elements[0].int!..<mark.elements[1].int!], as: UTF16.self)
            }
        }.joined(separator: " ")
    }

    @Test func reportHighlightsEveryValueWhereItsEvidenceIs() throws {
        let run = try run()
        let blocks = try blocks(of: Report(run: run).html)
        let data = try #require(blocks["dossier-data"])
        #expect(data["summary"]?["documents"]?.int == 15 && data["summary"]?["records"]?.int == run.records.count)
        #expect(data["projects"]?.elements.count == run.projects.count)
        #expect(data["documents"]?.elements.count == 15 && blocks.count == 16)
        for index in 0..<15 {
            let document = try #require(blocks["dossier-doc-\(index)"])
            #expect(document["unplaced"]?.elements.isEmpty == true, "\(document["file"]?.string ?? "")")
            #expect(document["values"]?.elements.isEmpty == false)
        }
        // Windows-1252 input: marks land on the decoded characters, not on byte offsets.
        let windows = try #require(blocks.values.first { $0["file"]?.string?.hasSuffix("fiche-windows1252.txt") == true })
        let values = windows["values"]!.elements
        let cost = try #require(values.firstIndex { $0["field"]?.string == "cost" && $0["chosen"]?.bool == true })
        #expect(values[cost]["display"]?.string == "96\u{202F}000\u{00A0}€ a year")
        #expect(markedText(of: cost, in: windows).contains("96\u{00A0}000\u{00A0}€"))
        let partner = try #require(values.firstIndex { $0["field"]?.string == "partners" })
        #expect(values[partner]["display"]?.string == "Un Toit Pour Tous")
        #expect(markedText(of: partner, in: windows) == values[partner]["text"]?.string)
        #expect(markedText(of: partner, in: windows).hasSuffix("l’association Un Toit Pour Tous"))
        // HTML input: the normalized text, not the markup, is shown and marked.
        let page = try #require(blocks.values.first { $0["file"]?.string?.hasSuffix("fiche-icf.html") == true })
        #expect(page["lines"]!.elements.allSatisfy { line in line["cells"]!.elements.allSatisfy { !($0["text"]!.string!.contains("&nbsp;")) } })
    }

    @Test func reportListsConflictsClustersCoverageAndScores() throws {
        let run = try run()
        let evaluation = Evaluation(
            records: run.records.compactMap { $0.foundationObject as? [String: Any] },
            gold: try GoldDocument.load(directory: Fixtures.root.appendingPathComponent("Corpus/gold").path),
            processed: Set(Fixtures.corpusFiles)
        )
        let data = try #require(try blocks(of: Report(run: run, scoring: Report.Scoring(gold: "Corpus/gold", evaluation: evaluation)).html)["dossier-data"])
        let rennes = try #require(data["projects"]?.elements.first { $0["title"]?.string == "UN CHEZ-SOI ACCOMPAGNÉ À RENNES" })
        #expect(rennes["sources"]?.elements.count == 3 && rennes["sources"]!.elements.allSatisfy { $0["document"]?.int != nil })
        #expect(rennes["conflicts"]?.elements.compactMap { $0["field"]?.string }.contains("cost") == true)
        #expect(data["clusters"]?.elements.count == 8)
        #expect(data["clusters"]!.elements.allSatisfy { !$0["pairs"]!.elements.isEmpty })
        let households = try #require(data["coverage"]?.elements.first { $0["field"]?.string == "households" })
        #expect(households["of"]?.int == run.records.filter { $0["kind"]?.string == "project" }.count)
        #expect(data["evaluation"]?["scores"]?.elements.count == Evaluation.fields.count)
        #expect(data["evaluation"]?["misses"]?.elements.count == evaluation.misses.count)
    }

    // MARK: CSV

    @Test func csvReadsBackToTheProjectsValues() throws {
        let run = try run()
        let text = CSVExport(run: run).text(byteOrderMark: true)
        #expect(text.hasPrefix("\u{FEFF}project_id,title,"))
        let rows = CSVRows.parse(String(text.dropFirst()))
        #expect(rows.first == CSVExport.columnNames)
        #expect(rows.count == run.projects.count + 1)
        let column = Dictionary(uniqueKeysWithValues: CSVExport.columnNames.enumerated().map { ($1, $0) })
        for (row, project) in zip(rows.dropFirst(), run.projects) {
            #expect(row.count == CSVExport.columnNames.count)
            #expect(row[column["project_id"]!] == project["id"]?.string)
            #expect(row[column["title"]!] == (project["title"]?["value"]?.string ?? ""))
            #expect(row[column["territory"]!] == (project["territory"]?["value"]?.string ?? ""))
            #expect(row[column["households_min"]!] == (project["households"]?["min"]?.int.map(String.init) ?? ""))
            #expect(row[column["cost_total_eur"]!] == (project["cost"]?["total_eur"]?.string ?? ""))
            #expect(row[column["contact_emails"]!] == project["contacts"]!.elements.compactMap { $0["email"]?.string }.joined(separator: "; "))
            #expect(row[column["source_records"]!].split(separator: ";").count == project["sources"]?.elements.count)
        }
        // Values holding a comma or a quote come back whole.
        #expect(rows.contains { $0[column["title"]!].contains(",") || $0[column["funding"]!].contains(",") })
    }

    // MARK: SQLite

    @Test func sqliteJoinsProjectsToTheirSourcesAndValues() throws {
        let run = try run()
        let path = (DeliveryTests.runFolder as NSString).appendingPathComponent("run.sqlite")
        try SQLiteExport(run: run).write(to: path)
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
        let database = try SQLiteReader(path: path)
        // Every project joined to its source records and their documents.
        let sources = try database.rows("""
            SELECT p.id, r.id, d.file FROM projects p JOIN records r ON r.project_id = p.id JOIN documents d ON d.id = r.document_id
            WHERE r.kind = 'project' ORDER BY p.id, r.id
            """)
        let expected = run.projects.flatMap { project in project["sources"]!.elements.map { [project["id"]!.string!, $0.string!] } }
        #expect(sources.map { Array($0.prefix(2)) } == expected.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) })
        let rennes = try database.rows("""
            SELECT DISTINCT d.file FROM projects p JOIN records r ON r.project_id = p.id JOIN documents d ON d.id = r.document_id
            WHERE p.title = 'UN CHEZ-SOI ACCOMPAGNÉ À RENNES' ORDER BY d.file
            """).map { ($0[0] as NSString).lastPathComponent }
        #expect(rennes.count == 3 && rennes.contains("brochure-bretagne.txt"))
        // Values with their evidence, and conflicts with each source's value.
        let households = try database.rows("""
            SELECT v.text, v.rule, v.line FROM field_values v JOIN records r ON r.id = v.record_id JOIN documents d ON d.id = r.document_id
            WHERE d.file LIKE '%fiche-windows1252.txt' AND v.field = 'households' AND v.chosen = 1
            """)
        #expect(households.count == 1 && households.first?[0] == "16 ménages a year")
        let conflicts = try database.rows("SELECT COUNT(*) FROM conflicts c JOIN conflict_values v ON v.conflict_id = c.id")
        #expect(Int(conflicts[0][0])! >= 2 * run.projects.reduce(0) { $0 + $1["conflicts"]!.elements.count })
        #expect(try database.rows("PRAGMA foreign_key_check").isEmpty)
        let indexes = try database.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").map { $0[0] }
        #expect(indexes.contains("records_project") && indexes.contains("project_departments_department"))
    }
}

/// RFC 4180 rows, read back as a spreadsheet would.
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        func consume(_ character: Character) {
            switch character {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\r\n", "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.append(character)
            }
        }
        var characters = text.makeIterator()
        while let character = characters.next() {
            if quoted {
                if character == "\"" {
                    guard let next = characters.next() else { quoted = false; break }
                    if next == "\"" { field.append("\"") } else { quoted = false; consume(next) }
                } else {
                    field.append(character)
                }
            } else {
                consume(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}

/// Reads an SQLite file through the C API, every column as text.
final class SQLiteReader {
    private var handle: OpaquePointer?

    init(path: String) throws {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { throw SQLiteError(path: path, message: "cannot open") }
    }

    deinit { sqlite3_close(handle) }

    func rows(_ sql: String) throws -> [[String]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw SQLiteError(path: "", message: String(cString: sqlite3_errmsg(handle)))
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[String]] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            rows.append((0..<sqlite3_column_count(statement)).map { column in
                sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
            })
        }
        return rows
    }
}

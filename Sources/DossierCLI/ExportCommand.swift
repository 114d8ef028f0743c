import ArgumentParser
import Dossier
import Foundation

/// `dossier export`: a run's merged projects as CSV, and everything as an SQLite database.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a run as CSV (one row per merged project) or as an SQLite database.",
        discussion: """
            The CSV's columns and the database's tables are described in the README (Exports). \
            Each file is written beside its final name and moved into place when complete.
            """
    )

    @Argument(help: "The run's output folder (records.jsonl, documents.jsonl, projects.json, clusters.json).")
    var folder: String

    @Option(help: "Write the merged projects as CSV (RFC 4180) to this file, or - for standard output.")
    var csv: String?

    @Flag(help: "Start the CSV with a UTF-8 byte-order mark, so that spreadsheets read it as UTF-8.")
    var bom = false

    @Option(help: "Write projects, source records, values with their evidence, clusters and conflicts to this SQLite file.")
    var sqlite: String?

    func validate() throws {
        guard csv != nil || sqlite != nil else { throw ValidationError("Give --csv FILE, --sqlite FILE, or both.") }
    }

    func run() throws {
        let run = try RunFolder.read(folder)
        if let csv {
            try OutputFile.write(CSVExport(run: run).text(byteOrderMark: bom), to: csv)
        }
        if let sqlite {
            do {
                try SQLiteExport(run: run).write(to: sqlite)
            } catch {
                Diagnostics.print("error: \(error)")
                throw ExitCode(2)
            }
        }
    }
}

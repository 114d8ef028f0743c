import ArgumentParser
import Dossier
import Foundation

/// Reads the inputs on every core, writing `records.jsonl` and `documents.jsonl` as it goes
/// (in input order), with a progress bar while it reads and a summary line after.
struct Extraction {
    /// Every input's line of `documents.jsonl`.
    private(set) var statuses: [DocumentStatus] = []
    /// The records, when kept whole.
    private(set) var records: [ProjectRecord] = []
    /// What reconciliation reads of the records, when kept for it; their full forms are read
    /// back from `lines`.
    private(set) var linkage: [LinkageRecord] = []
    /// Where each record's line is in the records file, to read it back whole.
    let lines: RecordLines?
    private(set) var recordCount = 0
    private let started = Date()

    /// What a run keeps of its records.
    enum Keeping {
        case none
        /// Every record whole (`extract --explain`).
        case whole
        /// What reconciliation reads of each record (``LinkageRecord``), and its line's place
        /// in the records file to read it back whole (`run`); the whole record too when the
        /// records go to standard output.
        case forLinkage
    }

    /// Processes `paths` (those of `shard` alone, when given) with `batch`, writing into
    /// `recordsFile` and `documentsFile` (neither is committed here); keeps the records as
    /// `keeping` says.
    init(paths: [String], shard: Shard?, batch: Batch, quiet: Bool, keeping: Keeping, recordsFile: StagedFile, documentsFile: StagedFile?) async throws {
        let inputs = batch.loader.inputs(paths).filter { shard?.contains($0) ?? true }
        var progress = ProgressBar(total: inputs.count, quiet: quiet)
        let lines = try keeping == .forLinkage ? recordsFile.partialPath.map(RecordLines.init) : nil
        self.lines = lines
        try await batch.run(inputs) { result in
            switch keeping {
            case .none, .whole:
                try recordsFile.write(result.lines.joined())
                if keeping == .whole { records += result.records }
            case .forLinkage:
                for (record, line) in zip(result.records, result.lines) {
                    if let lines { lines.append(start: recordsFile.bytesWritten, length: line.utf8.count) } else { records.append(record) }
                    try recordsFile.write(line)
                    linkage.append(LinkageRecord(record))
                }
            }
            try documentsFile?.write(RunOutput.lines([result.status]))
            statuses.append(result.status)
            recordCount += result.records.count
            progress.advance()
        }
        try recordsFile.flush()
        progress.finish()
    }

    /// Reads the JSON form of the full record at a position in the run, back from the records
    /// file when only its ``LinkageRecord`` was kept; from any thread.
    var fullRecordReader: @Sendable (Int) throws -> JSONValue {
        let (lines, records) = (lines, records)
        return { position in
            guard let lines else { return records[position].json }
            return try lines.json(at: position)
        }
    }

    /// Prints one line on standard error: documents (with errors and skipped ones), records,
    /// and, after reconciliation, projects and conflicts; then the seconds taken.
    func printSummary(projects: Int? = nil, conflicts: Int? = nil) {
        var failed = 0
        var skipped = 0
        for status in statuses {
            switch status.state {
            case .failed: failed += 1
            case .skipped: skipped += 1
            case .ok: break
            }
        }
        var parts = [
            "\(counted(statuses.count, "document")) (\(counted(failed, "error")), \(skipped) skipped)",
            counted(recordCount, "record"),
        ]
        if let projects { parts.append(counted(projects, "project")) }
        if let conflicts { parts.append(counted(conflicts, "conflict")) }
        parts.append(String(format: "%.2f s", Date().timeIntervalSince(started)))
        Diagnostics.print("dossier: " + parts.joined(separator: ", "))
    }

    /// `count` and `noun`, plural unless `count` is 1.
    private func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// Prints the inputs that failed and exits 1 when there is any.
    func reportFailures() throws {
        var failed = false
        for status in statuses {
            if case .failed(let error) = status.state {
                Diagnostics.print("error: \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

import ArgumentParser
import Dossier
import Foundation

/// The records and document statuses of a set of inputs, with a progress bar while they are
/// read and a summary line after.
struct Extraction {
    let records: [ProjectRecord]
    let documents: [DocumentStatus]
    private let started = Date()

    init(paths: [String], extractor: FieldExtractor, quiet: Bool) {
        var records: [ProjectRecord] = []
        var documents: [DocumentStatus] = []
        let outcomes = Loader().load(paths)
        var progress = ProgressBar(total: outcomes.count, quiet: quiet)
        for outcome in outcomes {
            let normalized = outcome.map(Normalizer().normalize)
            let extracted = normalized.value.map(extractor.extract) ?? []
            records += extracted
            documents.append(DocumentStatus(outcome: normalized, records: extracted.count))
            progress.advance()
        }
        progress.finish()
        self.records = records
        self.documents = documents
    }

    /// Prints one line on standard error: documents (with errors and skipped ones), records,
    /// and, after reconciliation, projects and conflicts; then the seconds taken.
    func printSummary(projects: Int? = nil, conflicts: Int? = nil) {
        var failed = 0
        var skipped = 0
        for document in documents {
            switch document.outcome {
            case .failed: failed += 1
            case .skipped: skipped += 1
            case .done: break
            }
        }
        var parts = [
            "\(documents.count) documents (\(failed) \(failed == 1 ? "error" : "errors"), \(skipped) skipped)",
            "\(records.count) records",
        ]
        if let projects { parts.append("\(projects) projects") }
        if let conflicts { parts.append("\(conflicts) conflicts") }
        parts.append(String(format: "%.2f s", Date().timeIntervalSince(started)))
        Diagnostics.print("dossier: " + parts.joined(separator: ", "))
    }

    /// Prints the inputs that failed and exits 1 when there is any.
    func reportFailures() throws {
        var failed = false
        for document in documents {
            if case .failed(let error) = document.outcome {
                Diagnostics.print("error: \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

import Foundation

/// Writes a synthetic corpus of any size, in every layout of the team's sample documents,
/// with its gold: `DIR/documents/`, `DIR/gold/<document>.json` and `DIR/gold/clusters.json`.
///
/// Usage: `DossierCorpus --megabytes N [--seed S] -o DIR` (see README.md).
@main
struct CorpusMain {
    static func main() {
        do {
            let options = try CorpusOptions(CommandLine.arguments.dropFirst())
            var writer = try CorpusWriter(options: options)
            let summary = try writer.run()
            print("wrote \(summary.documents) documents, \(summary.bytes) bytes, \(summary.projects) projects, "
                + "\(summary.records) records, \(summary.clusters) clusters to \(options.output)")
        } catch let usage as CorpusOptions.UsageError where usage.problem == nil {
            print(usage)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(2)
        }
    }
}

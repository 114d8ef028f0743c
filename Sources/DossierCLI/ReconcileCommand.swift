import ArgumentParser
import Dossier
import Foundation

/// `dossier reconcile`: joins the outputs of `dossier extract --shard K/N` and reconciles them.
struct ReconcileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Join the outputs of extract --shard K/N, then reconcile and emit, as one run would.",
        discussion: """
            Each folder holds a shard's records.jsonl and documents.jsonl. The output folder \
            gets the four files of `dossier run`: over one directory of inputs, byte for byte \
            the same as a run in one process.
            """
    )

    @Argument(help: "The shards' output folders.")
    var shards: [String]

    @Option(name: [.short, .long], help: "The output folder.")
    var output = "Output"

    func run() async throws {
        let union: ShardUnion
        do {
            union = try ShardUnion(folders: shards)
        } catch {
            Diagnostics.print("error: \(error)")
            throw ExitCode(2)
        }
        let reconciliation = Reconciler().reconcile(union.records)
        try await OutputFile.staging {
            let folder = output as NSString
            let files = [
                ("records.jsonl", union.recordLines.map { $0 + "\n" }.joined()),
                ("documents.jsonl", union.documentLines.map { $0 + "\n" }.joined()),
                ("projects.json", reconciliation.projectsJSON.serialized + "\n"),
                ("clusters.json", reconciliation.clustersJSON.serialized + "\n"),
            ]
            let staged = try files.map { name, text in
                let file = try StagedFile(path: folder.appendingPathComponent(name))
                try file.write(text)
                return file
            }
            for file in staged { try file.commit() }
        }
    }
}

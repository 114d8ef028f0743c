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
            let records = try StagedFile(path: folder.appendingPathComponent("records.jsonl"))
            for line in union.recordLines { try records.write(line + "\n") }
            let documents = try StagedFile(path: folder.appendingPathComponent("documents.jsonl"))
            for line in union.documentLines { try documents.write(line + "\n") }
            for file in try [records, documents] + reconciliation.stageFiles(in: output, reading: { [records = union.records] in records[$0].json }) { try file.commit() }
        }
    }
}

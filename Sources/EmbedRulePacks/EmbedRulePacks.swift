import Foundation
import PackagePlugin

/// Build-tool plugin: embeds the rule packs of `Extractors/packs` in the library as Swift
/// source, so that the `dossier` binary runs with its default rules from any directory.
@main
struct EmbedRulePacks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let packs = context.package.directoryURL.appending(path: "Extractors/packs")
        let files = try FileManager.default.contentsOfDirectory(at: packs, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRulePacks.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) rule packs",
                executable: try context.tool(named: "RulePackEmbedder").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }
}

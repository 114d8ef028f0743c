import Foundation
import PackagePlugin

/// Build-tool plugin: embeds, as Swift source, the rule packs of `Extractors/packs`
/// (`EmbeddedRulePacks`) and the report's style sheet and script of
/// `Sources/Dossier/Report/Assets` (`EmbeddedReportAssets`), so that the `dossier` binary
/// runs with its defaults from any directory.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        return [
            try command(context, name: "EmbeddedRulePacks", folder: root.appending(path: "Extractors/packs"), extensions: ["yaml"]),
            try command(context, name: "EmbeddedReportAssets", folder: root.appending(path: "Sources/Dossier/Report/Assets"), extensions: ["css", "js"]),
        ]
    }

    private func command(_ context: PluginContext, name: String, folder: URL, extensions: Set<String>) throws -> Command {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { extensions.contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(name).swift")
        return .buildCommand(
            displayName: "Embedding \(files.count) files as \(name)",
            executable: try context.tool(named: "FileEmbedder").url,
            arguments: [output.path, name] + files.map(\.path),
            inputFiles: files,
            outputFiles: [output]
        )
    }
}

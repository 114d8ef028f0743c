import ArgumentParser
import Foundation

/// The `dossier` command line.
@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Extract structured, auditable records from call-for-projects submissions.",
        discussion: """
            Exit codes: 0 when every input went through (skipped files included), 1 when some \
            input failed (it is listed with its error), 2 for a usage error or an output that \
            cannot be written.
            """,
        subcommands: [NormalizeCommand.self, ExtractCommand.self, RunCommand.self, ReconcileCommand.self, ReportCommand.self, ExportCommand.self, EvalCommand.self, RulesCommand.self]
    )

    /// Runs the command, exiting 2 rather than ArgumentParser's 64 on a usage error.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            Diagnostics.print(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}

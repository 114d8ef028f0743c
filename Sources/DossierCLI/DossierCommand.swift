import ArgumentParser

/// The `dossier` command line.
@main
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Extract structured, auditable records from call-for-projects submissions.",
        discussion: """
            Exit codes: 0 when every input went through, 1 when some input failed \
            (it is listed with its error), 2 for a usage error.
            """,
        subcommands: [NormalizeCommand.self]
    )
}

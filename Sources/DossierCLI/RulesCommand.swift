import ArgumentParser
import Dossier

/// `dossier rules check DIR`: validate a directory of rule packs.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Work with rule packs.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the rule packs of a directory (or the built-in ones), reporting file:line:column."
        )

        @Argument(help: "A directory of .yaml rule packs; the built-in packs when absent.")
        var directory: String?

        func run() throws {
            let rules = try RuleOptions.load(directory)
            let labels = rules.packs.values.reduce(0) { $0 + $1.labels.reduce(0) { $0 + $1.synonyms.count } }
            let patterns = rules.packs.values.reduce(0) { $0 + $1.patterns.count }
            print("ok: \(rules.packs.count) packs, \(labels) label synonyms, \(patterns) patterns")
        }
    }
}

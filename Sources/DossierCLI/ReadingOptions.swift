import ArgumentParser
import Dossier

/// How `run` and `extract` read their inputs: the rules, how many documents at once, the
/// file size limit, and whether to show progress.
struct ReadingOptions: ParsableArguments {
    @Option(help: "A directory of rule packs to use instead of the built-in ones.")
    var rules: String?

    @Flag(name: [.short, .long], help: "Print neither the progress bar nor the summary line.")
    var quiet = false

    @Option(help: "How many documents to read at once (default: one per core). The output is the same for any value.")
    var jobs: Int?

    @Option(help: "Files larger than this many bytes are not read; each is reported as an error (256 MB by default).")
    var maxFileSize = Limits.standard.fileBytes

    @Option(help: "Most records read from one document; a warning names the first one left (10000 by default).")
    var maxRecords = Limits.standard.recordsPerDocument

    @Option(help: "Most backtracking steps one match of a rule pattern may take; a warning names the rule that reaches it (5000000 by default).")
    var matchLimit = Limits.standard.matchSteps

    @Option(help: "HTML elements nested deeper than this are read as plain paragraphs, with a warning (256 by default).")
    var maxDepth = Limits.standard.nestingDepth

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more.") }
        if maxFileSize < 0 { throw ValidationError("--max-file-size must be 0 or more.") }
        if maxRecords < 0 { throw ValidationError("--max-records must be 0 or more.") }
        if matchLimit < 1 { throw ValidationError("--match-limit must be 1 or more.") }
        if maxDepth < 1 { throw ValidationError("--max-depth must be 1 or more.") }
    }

    /// The limits these options set.
    var limits: Limits {
        Limits(fileBytes: maxFileSize, recordsPerDocument: maxRecords, matchSteps: matchLimit, nestingDepth: maxDepth)
    }

    /// The batch these options describe (an invalid rule pack ends the command with status 2).
    func batch() throws -> Batch {
        Batch(rules: try RuleOptions.load(rules), width: jobs ?? Batch.cores, limits: limits)
    }
}

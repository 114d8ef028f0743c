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
    var maxFileSize = Loader.defaultMaximumFileSize

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more.") }
        if maxFileSize < 0 { throw ValidationError("--max-file-size must be 0 or more.") }
    }

    /// The batch these options describe (an invalid rule pack ends the command with status 2).
    func batch() throws -> Batch {
        Batch(extractor: FieldExtractor(rules: try RuleOptions.load(rules)), width: jobs ?? Batch.cores, loader: Loader(maximumFileSize: maxFileSize))
    }
}

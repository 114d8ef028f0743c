/// The generator's command-line options, parsed by hand as `DossierBenchmark` does.
struct CorpusOptions {
    /// About how many megabytes (10⁶ bytes) of documents to write.
    var megabytes = 0
    /// The seed: the same seed and size give the same corpus, byte for byte.
    var seed: UInt64 = 1
    /// The folder to write (`documents/` and `gold/` inside it).
    var output = ""

    static let usage = "usage: DossierCorpus --megabytes N [--seed S] -o DIR"

    init<Arguments: Collection<String>>(_ arguments: Arguments) throws {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument == "-h" || argument == "--help" { throw UsageError(problem: nil) }
            guard let value = iterator.next() else { throw UsageError(problem: "\(argument) needs a value") }
            switch argument {
            case "--megabytes":
                guard let number = Int(value), number > 0 else { throw UsageError(problem: "--megabytes takes a whole number above 0") }
                megabytes = number
            case "--seed":
                guard let number = UInt64(value) else { throw UsageError(problem: "--seed takes a whole number from 0 to 2^64-1") }
                seed = number
            case "-o", "--output": output = value
            default: throw UsageError(problem: "unknown argument \(argument)")
            }
        }
        guard megabytes > 0 else { throw UsageError(problem: "--megabytes is required") }
        guard !output.isEmpty else { throw UsageError(problem: "-o is required") }
    }

    /// A bad command line, or a request for help (`problem` nil).
    struct UsageError: Error, CustomStringConvertible {
        let problem: String?
        var description: String { problem.map { "\($0); \(CorpusOptions.usage)" } ?? CorpusOptions.usage }
    }
}

import Foundation

/// The benchmark's command-line options.
struct BenchmarkOptions {
    var megabytes = 50
    var runs = 5
    var corpus = "Corpus/documents"
    /// Sizes of synthetic record sets to reconcile instead of the extraction benchmark.
    var reconcile: [Int] = []

    init<Arguments: Collection<String>>(_ arguments: Arguments) throws {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            guard let value = iterator.next() else { throw UsageError(argument: argument) }
            switch argument {
            case "--megabytes": megabytes = try Self.positive(value, argument)
            case "--runs": runs = try Self.positive(value, argument)
            case "--corpus": corpus = value
            case "--reconcile":
                reconcile = try value.split(separator: ",").map { try Self.positive(String($0), argument) }
            default: throw UsageError(argument: argument)
            }
        }
    }

    private static func positive(_ value: String, _ argument: String) throws -> Int {
        guard let number = Int(value), number > 0 else { throw UsageError(argument: argument) }
        return number
    }

    struct UsageError: Error, CustomStringConvertible {
        let argument: String
        var description: String {
            "bad argument \(argument); usage: DossierBenchmark [--megabytes N] [--runs N] [--corpus DIR] [--reconcile N,N,...]"
        }
    }
}

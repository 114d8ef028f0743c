import Foundation

/// The benchmark's command-line options.
struct BenchmarkOptions {
    var megabytes = 50
    var runs = 5
    var corpus = "Corpus/documents"
    /// Sizes of synthetic record sets to reconcile instead of the extraction benchmark.
    var reconcile: [Int] = []
    /// A folder whose files are loaded and normalized as they are (not repeated).
    var normalizeFiles: String?
    /// A folder whose files go through every stage, each timed.
    var stages: String?
    /// A `field<TAB>text<TAB>truth` file whose texts the value parsers read.
    var values: String?
    /// How many synthetic records to write as CSV to `output`.
    var exportRecords: Int?
    var output: String?

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
            case "--normalize-files": normalizeFiles = value
            case "--stages": stages = value
            case "--values": values = value
            case "--export-records": exportRecords = try Self.positive(value, argument)
            case "--output": output = value
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
            "bad argument \(argument); usage: DossierBenchmark [--megabytes N] [--runs N] [--corpus DIR] [--reconcile N,N,...] "
                + "[--stages DIR] [--normalize-files DIR] [--values FILE] [--export-records N --output FILE]"
        }
    }
}

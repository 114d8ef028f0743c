import Dossier
import Foundation

/// Times Dossier's value parsers on field texts (a `field<TAB>text<TAB>truth` file, as
/// `Peers/values.tsv`), call by call, and writes what each call gave, for the peers script
/// to score beside Duckling and Recognizers-Text.
struct ValuesBenchmark {
    /// One field text.
    struct Case {
        var field: String
        var text: String
    }

    let cases: [Case]

    /// Reads the cases of a tab-separated file with a header line; `\t` in a text is a tab.
    init(file: String) throws {
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").dropFirst()
        cases = lines.compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else { return nil }
            return Case(field: String(columns[0]), text: columns[1].replacingOccurrences(of: "\\t", with: "\t"))
        }
    }

    /// What a parser read.
    enum Reading {
        case cost(ProjectRecord.Cost?)
        case duration(Duration?)
        case households(Quantity?)
        case unknown

        /// Euros for a cost, months for a duration, a count (`30`, `30-35`, `~30`) for
        /// households; an empty string when nothing was read.
        var text: String {
            switch self {
            case .cost(let cost): return cost.flatMap { $0.total ?? $0.perYear }.map { "\($0)" } ?? ""
            case .duration(let duration): return duration?.months.map(String.init) ?? ""
            case .households(let quantity?):
                if quantity.approximate { return "~\((quantity.min + quantity.max) / 2)" }
                return quantity.min == quantity.max ? "\(quantity.min)" : "\(quantity.min)-\(quantity.max)"
            case .households(nil), .unknown: return ""
            }
        }
    }

    /// What Dossier's parser for `field` reads in `text`.
    static func parse(_ field: String, _ text: String) -> Reading {
        switch field {
        case "cost": return .cost(CostReader.read(text))
        case "duration": return .duration(Durations.parse(text))
        case "households": return .households(Quantities.parse(text, counting: Quantities.householdNouns))
        default: return .unknown
        }
    }

    /// Parses every case `times` times; returns one JSON line per case (what was read) and a
    /// last line with the median microseconds per call (the parsing alone, not the writing of
    /// its answers).
    func run(times: Int) -> String {
        var answers: [Reading] = []
        var runs: [Double] = []
        for _ in 0..<times {
            var found: [Reading] = []
            found.reserveCapacity(cases.count)
            runs.append(Timing.seconds {
                for item in cases { found.append(ValuesBenchmark.parse(item.field, item.text)) }
            })
            answers = found
        }
        var lines = zip(cases, answers).map { item, answer in
            JSONValue.object(["field": .string(item.field), "value": .string(answer.text)]).serialized
        }
        let microseconds = Timing.median(runs) / Double(max(1, cases.count)) * 1e6
        lines.append(JSONValue.object(["calls": .int(cases.count), "microseconds_per_call": .number(String(format: "%.3f", microseconds))]).serialized)
        return lines.joined(separator: "\n")
    }
}

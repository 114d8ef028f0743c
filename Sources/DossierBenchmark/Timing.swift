import Foundation

/// Wall-clock timing and the median of several runs.
enum Timing {
    /// Seconds `body` takes.
    static func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now()
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// The median of `values`.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// The runs' seconds, for a report line.
    static func list(_ values: [Double]) -> String {
        values.map { String(format: "%.3f", $0) }.joined(separator: " ")
    }
}

import Foundation

/// A progress bar on standard error for long runs: documents done out of all, the rate and
/// the time left. Drawn only when standard error is a terminal and not silenced, at most ten
/// times a second, and erased when the work is done.
struct ProgressBar {
    private let total: Int
    private let enabled: Bool
    private let started = Date()
    private var done = 0
    private var drawn = Date.distantPast

    init(total: Int, quiet: Bool) {
        self.total = total
        enabled = !quiet && isatty(STDERR_FILENO) == 1 && total > 0
    }

    /// Counts one more document done, and redraws if it is time.
    mutating func advance() {
        done += 1
        guard enabled, done == total || Date().timeIntervalSince(drawn) >= 0.1 else { return }
        drawn = Date()
        let width = 30
        let filled = width * done / total
        let elapsed = Date().timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = String(format: "\r[%@] %d/%d documents  %.1f/s  %@ left", bar, done, total, rate, ProgressBar.clock(left))
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Erases the bar.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}

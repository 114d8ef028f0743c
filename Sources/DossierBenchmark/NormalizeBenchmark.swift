import Dossier
import Foundation

/// Times decoding and normalizing a set of documents held in memory.
struct NormalizeBenchmark {
    let documents: [SampleCorpus.Input]

    struct Result {
        var bytes: Int
        var documents: Int
        var blocks: Int
        var decodeSeconds: [Double]
        var totalSeconds: [Double]

        func report(label: String) -> String {
            let megabytes = Double(bytes) / 1_000_000
            let total = Timing.median(totalSeconds)
            let decode = Timing.median(decodeSeconds)
            return String(
                format: "%@: %.1f MB in %d documents, %d blocks; load+normalize median %.3f s = %.1f MB/s "
                    + "(load %.1f MB/s, normalize %.1f MB/s); runs: %@",
                label, megabytes, documents, blocks, total, megabytes / total, megabytes / decode, megabytes / (total - decode),
                Timing.list(totalSeconds)
            )
        }
    }

    func run(times: Int) -> Result {
        var result = Result(
            bytes: documents.reduce(0) { $0 + $1.bytes.count }, documents: documents.count, blocks: 0, decodeSeconds: [], totalSeconds: []
        )
        let loader = Loader()
        let normalizer = Normalizer()
        for _ in 0..<times {
            var decode = 0.0
            var blocks = 0
            let total = Timing.seconds {
                for input in documents {
                    var source: SourceDocument?
                    decode += Timing.seconds { source = loader.decode(input.bytes, name: "benchmark", format: input.format) }
                    blocks += normalizer.normalize(source!).blocks.count
                }
            }
            result.totalSeconds.append(total)
            result.decodeSeconds.append(decode)
            result.blocks = blocks
        }
        return result
    }
}

/// The process's resident memory, from /proc/self/status.
enum ResidentMemory {
    /// The peak so far (`VmHWM`).
    static func peakMegabytes() -> Int { megabytes("VmHWM:") }

    /// The current size (`VmRSS`).
    static func currentMegabytes() -> Int { megabytes("VmRSS:") }

    private static func megabytes(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return -1 }
        return kilobytes / 1024
    }
}

import Dispatch
import Foundation

/// Work split over the machine's cores in contiguous chunks, each chunk's result kept in its
/// place: the outcome does not depend on how many cores ran it.
enum Parallel {
    /// Up to one chunk a core, none smaller than `minimum` items.
    static func chunks(_ count: Int, minimum: Int = 4_096) -> [Range<Int>] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let number = max(1, min(cores, count / minimum))
        return (0..<number).map { chunk in (count * chunk / number)..<(count * (chunk + 1) / number) }
    }

    /// The result of `body` on each chunk, computed concurrently, in the chunks' order.
    static func map<Value>(_ chunks: [Range<Int>], _ body: @Sendable (Range<Int>) -> Value) -> [Value] {
        if chunks.count == 1 { return [body(chunks[0])] }
        let results = Slots<Value>(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { results.set($0, body(chunks[$0])) }
        return results.values
    }

    /// One slot a chunk, each written by its chunk's worker alone, read once all are done.
    private final class Slots<Value>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func set(_ index: Int, _ value: Value) { slots[index] = value }

        var values: [Value] { slots.map { $0! } }
    }
}

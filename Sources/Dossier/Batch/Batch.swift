import Foundation

/// What one input gave: its line of `documents.jsonl` and its records.
public struct DocumentResult: Sendable {
    public var status: DocumentStatus
    public var records: [ProjectRecord]
}

/// Reads, normalizes and extracts many inputs on every core, and hands each input's result
/// over in input order, so that the output does not depend on how many cores ran it.
///
/// A few documents are in flight at a time (`width`), and a result waits for the ones
/// before it only within a bounded window: the run never holds more than about twice
/// `width` documents' texts, whatever the size of the corpus.
public struct Batch: Sendable {
    public let extractor: FieldExtractor
    /// How many documents are read at once.
    public let width: Int
    /// How files are read (their size limit).
    public let loader: Loader

    /// The machine's cores: the default width.
    public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    public init(extractor: FieldExtractor, width: Int = Batch.cores, loader: Loader = Loader()) {
        self.extractor = extractor
        self.width = max(1, width)
        self.loader = loader
    }

    /// Reads, normalizes and extracts one input.
    public func process(_ input: PendingInput) -> DocumentResult {
        let document = loader.read(input).map(Normalizer().normalize)
        let records = document.value.map(extractor.extract) ?? []
        return DocumentResult(status: DocumentStatus(outcome: document, records: records.count), records: records)
    }

    /// Processes `inputs` concurrently and calls `deliver` with each result, in input order,
    /// from the calling task; an error thrown by `deliver` stops the run.
    public func run(_ inputs: [PendingInput], deliver: (DocumentResult) throws -> Void) async throws {
        try await withThrowingTaskGroup(of: (Int, DocumentResult).self) { group in
            var started = 0
            var delivered = 0
            var waiting: [Int: DocumentResult] = [:]
            func start() {
                let index = started
                let input = inputs[index]
                group.addTask { (index, self.process(input)) }
                started += 1
            }
            while started < min(width, inputs.count) { start() }
            while let (index, result) = try await group.next() {
                waiting[index] = result
                while let ready = waiting.removeValue(forKey: delivered) {
                    try deliver(ready)
                    delivered += 1
                }
                // Keep `width` in flight, but let no result wait behind a slow one beyond the window.
                while started < inputs.count, started - delivered < 2 * width, started - delivered - waiting.count < width {
                    start()
                }
            }
        }
    }
}

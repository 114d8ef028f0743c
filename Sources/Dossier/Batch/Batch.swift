import Foundation

/// What one input gave: its line of `documents.jsonl` and its records, each with its line of
/// `records.jsonl` (serialized where the input was read, on its core).
public struct DocumentResult: Sendable {
    public var status: DocumentStatus
    public var records: [ProjectRecord]
    /// Each record's line of `records.jsonl`: its JSON and a line end.
    public var lines: [String]
}

/// Reads, normalizes and extracts many inputs on every core, and hands each input's result
/// over in input order, so that the output does not depend on how many cores ran it.
///
/// A few documents are in flight at a time (`width`), and a result waits for the ones
/// before it only within a bounded window: the run never holds more than about twice
/// `width` documents' texts, whatever the size of the corpus.
public struct Batch: Sendable {
    /// How many documents are read at once.
    public let width: Int
    /// How files are read (their size limit).
    public let loader: Loader
    /// How documents are normalized (the HTML nesting limit).
    public let normalizer: Normalizer
    public let extractor: FieldExtractor

    /// The machine's cores: the default width.
    public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// A batch that runs `rules`, `width` documents at once, within `limits`.
    public init(rules: RuleSet, width: Int = Batch.cores, limits: Limits = .standard) {
        self.width = max(1, width)
        loader = Loader(maximumFileSize: limits.fileBytes)
        normalizer = Normalizer(maximumDepth: limits.nestingDepth)
        extractor = FieldExtractor(rules: rules, limits: limits)
    }

    /// Reads, normalizes and extracts one input.
    public func process(_ input: PendingInput) -> DocumentResult {
        var records: [ProjectRecord] = []
        let document = loader.read(input).map(normalizer.normalize).map { document in
            let extraction = extractor.extraction(of: document)
            records = extraction.records
            var document = document
            document.diagnostics += extraction.diagnostics
            return document
        }
        return DocumentResult(
            status: DocumentStatus(outcome: document, records: records.count), records: records, lines: records.map { RunOutput.lines([$0]) }
        )
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

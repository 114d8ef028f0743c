import Crypto
import Foundation

/// Reads the fields of every record of a document, each value with its evidence.
///
/// Values come, by order of trust, from the record's head (a monograph's carrier line,
/// title and place; a brochure section's year, place and title), from labels of the rule
/// packs (a table cell, a `Label : value` line), and from the packs' prose patterns. When a
/// field has several candidates the most confident wins, the earliest on a tie, and the
/// others are kept as alternatives.
public struct FieldExtractor: Sendable {
    /// The rules in use.
    public let rules: RuleSet
    /// The records read per document and the regex match limit of the rules' patterns.
    public let limits: Limits
    private let labels: LabelFinder

    /// Creates an extractor that runs `rules` within `limits`.
    public init(rules: RuleSet, limits: Limits = .standard) {
        self.rules = rules
        self.limits = limits
        self.labels = LabelFinder(rules: rules)
    }

    /// The records of `document`: index rows, then projects.
    public func extract(_ document: Document) -> [ProjectRecord] {
        extraction(of: document).records
    }

    /// The records of `document` (index rows, then projects), at most
    /// `limits.recordsPerDocument` of them, with a warning when there were more.
    public func extraction(of document: Document) -> Extraction {
        let segments = Segmenter().segment(document)
        let contents = TableOfContents(document, sections: segments.filter { $0.layout == .brochureSection }.count)
        var brochureIndex = 0
        let records = segments.prefix(limits.recordsPerDocument).map { segment in
            var context = RecordContext(document: document, segment: segment, rules: rules, labels: labels, patternLimits: limits.patternLimits)
            if segment.layout == .brochureSection, let contents {
                context.contentsCarrier = contents.carrier(of: segment, at: brochureIndex)
                brochureIndex += 1
            }
            return context.record()
        }
        guard segments.count > records.count else { return Extraction(records: records, diagnostics: []) }
        let first = segments[records.count]
        return Extraction(records: records, diagnostics: [Diagnostic(
            severity: .warning, id: "extract.records-limit",
            message: "the document holds \(segments.count) records, over the limit of \(limits.recordsPerDocument) (--max-records); those from here on were not read",
            span: first.span
        )])
    }
}

/// The records read from one document, and what reading them met that concerns the whole
/// document rather than one record.
public struct Extraction: Sendable {
    public var records: [ProjectRecord]
    public var diagnostics: [Diagnostic]
}

/// A brochure's table of contents, where each entry names a section's carrier
/// (`- 6-9 Organisme Hlm :`) and, on the line after it, the section's title.
struct TableOfContents {
    private static let entry = Regex.builtIn(#"^(?:\d+\s*-\s*\d+|\d+)\s+(?<name>[^:]{2,80}?)\s*:$"#)

    /// Each entry's carrier, with its text, and the title after it, folded.
    private let entries: [(carrier: (InlineText, Range<Int>), title: String)]

    /// The table of contents of `document`, when it has one entry per section.
    init?(_ document: Document, sections: Int) {
        guard sections > 0 else { return nil }
        var entries: [(carrier: (InlineText, Range<Int>), title: String)] = []
        let blocks = document.blocks.filter { $0.kind != .table }
        for (index, block) in blocks.enumerated() {
            if let match = try? TableOfContents.entry.firstMatch(in: String(decoding: block.content.matchView, as: UTF8.self)), let name = match[named: "name"] {
                let title = index + 1 < blocks.count ? Folding.fold(blocks[index + 1].content.text) : ""
                entries.append(((block.content, name), title))
            }
        }
        guard entries.count == sections else { return nil }
        self.entries = entries
    }

    /// The carrier of the section `segment`, the `index`-th: the entry whose title the
    /// section's first lines give, when one does (a brochure may print its sections in
    /// another order than its contents), else the `index`-th entry.
    func carrier(of segment: RecordSegment, at index: Int) -> (InlineText, Range<Int>) {
        let opening = Set(segment.blocks.prefix(6).map { Folding.fold($0.content.text) })
        let named = entries.indices.filter { !entries[$0].title.isEmpty && opening.contains(entries[$0].title) }
        return entries[named.count == 1 ? named[0] : index].carrier
    }
}

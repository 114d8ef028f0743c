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
        let contents = TableOfContents.carriers(in: document, sections: segments.filter { $0.layout == .brochureSection }.count)
        var brochureIndex = 0
        let records = segments.prefix(limits.recordsPerDocument).map { segment in
            var context = RecordContext(document: document, segment: segment, rules: rules, labels: labels, patternLimits: limits.patternLimits)
            if segment.layout == .brochureSection, let contents {
                context.contentsCarrier = contents[brochureIndex]
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
/// (`- 6-9 Organisme Hlm :`).
enum TableOfContents {
    private static let entry = Regex.builtIn(#"^(?:\d+\s*-\s*\d+|\d+)\s+(?<name>[^:]{2,80}?)\s*:$"#)

    /// The carriers of the table of contents, with their text, when there is one entry per section.
    static func carriers(in document: Document, sections: Int) -> [(InlineText, Range<Int>)]? {
        guard sections > 0 else { return nil }
        var found: [(InlineText, Range<Int>)] = []
        for block in document.blocks where block.kind != .table {
            if let match = try? entry.firstMatch(in: String(decoding: block.content.matchView, as: UTF8.self)), let name = match[named: "name"] {
                found.append((block.content, name))
            }
        }
        return found.count == sections ? found : nil
    }
}

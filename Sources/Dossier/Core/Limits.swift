/// The bounds a run works within, so that no input can make it hang or grow without end.
///
/// Each bound, when an input reaches it, is reported where it was reached: a file over
/// `fileBytes` is an error entry, the others are warnings on the document or the record.
/// The command line sets them with `--max-file-size`, `--max-records`, `--match-limit` and
/// `--max-depth`.
public struct Limits: Sendable, Equatable {
    /// Files larger than this many bytes are not read.
    public var fileBytes: Int
    /// Most records read from one document; the records after them are not read.
    public var recordsPerDocument: Int
    /// Most backtracking steps one match of a rule pack's pattern may take (PCRE2's match
    /// limit); a pattern that reaches it stops reading that record.
    public var matchSteps: UInt32
    /// Most HTML elements nested inside one another that keep their meaning; elements deeper
    /// than this are read as plain paragraphs (a table cell, a heading lose their kind).
    public var nestingDepth: Int

    /// Creates limits.
    public init(fileBytes: Int, recordsPerDocument: Int, matchSteps: UInt32, nestingDepth: Int) {
        self.fileBytes = fileBytes
        self.recordsPerDocument = recordsPerDocument
        self.matchSteps = matchSteps
        self.nestingDepth = nestingDepth
    }

    /// The limits used unless told otherwise, each far above what a real submission needs:
    /// 256 MB per file, 10,000 records per document (a national guide holds a few hundred),
    /// 5,000,000 backtracking steps per match, 256 levels of nested elements (libxml2's own
    /// bound for XML).
    public static let standard = Limits(
        fileBytes: 256 * 1_024 * 1_024, recordsPerDocument: 10_000, matchSteps: MatchLimits.standard.match, nestingDepth: 256
    )

    /// The regex limits of rule pack patterns.
    var patternLimits: MatchLimits {
        var limits = MatchLimits.standard
        limits.match = matchSteps
        return limits
    }
}

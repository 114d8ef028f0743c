/// The rules for one field family, read from a YAML file of `Extractors/packs`: label
/// synonyms that introduce a value in a table cell or a `Label : value` line, and PCRE2
/// patterns whose `value` group holds a value in prose.
public struct RulePack: Sendable {
    /// The record fields a pack can fill.
    public enum Field: String, Sendable, CaseIterable {
        case title, carriers, partners, territory, mode, households
        case housingUnits = "housing_units"
        case duration, cost, funding, contacts
    }

    /// A label: its exact wordings, or the head words that any wording of it starts with.
    public struct LabelRule: Sendable {
        /// Stable rule identifier, reported in evidence.
        public var id: String
        /// Confidence given to a value found by this rule, 0 to 1.
        public var confidence: Double
        /// The label as the documents write it, in its variants.
        public var synonyms: [String]
        /// The words a label phrase starts with, once counting words are set aside (`ménages`
        /// for `Nb de ménages suivis`, `budget` for `Budget global`): a short capitalised
        /// phrase before a colon, or alone in a cell or a line, is this label when it starts
        /// with one of them.
        public var heads: [String]
        /// For counts and costs: whether the label speaks of a year (`Coût annuel`).
        public var perYear: Bool
    }

    /// A pattern over a record's text.
    public struct PatternRule: Sendable {
        /// Stable rule identifier, reported in evidence.
        public var id: String
        /// Confidence given to a value found by this rule, 0 to 1.
        public var confidence: Double
        /// The compiled pattern; its `value` group holds the value.
        public var regex: Regex
        /// For counts and costs: whether the value is per year whatever its text says.
        public var perYear: Bool
        /// Whether the pattern counts only when it matches exactly once in a record (the one
        /// amount of a figures list is the cost; one of several is a part).
        public var single: Bool
        /// Whether the pattern is a last resort: its value stands only when no other rule of its
        /// field reads one (its confidence ranks it last), and never completes another's (a
        /// yearly cost beside a total that a label gives).
        public var lastResort: Bool
        /// The pattern tried only where its opening words start, when they can be told.
        var openingSearch: OpeningSearch?
    }

    /// The pack's file name.
    public var file: String
    /// The field it fills.
    public var field: Field
    /// Label rules, tried before patterns.
    public var labels: [LabelRule]
    /// Prose patterns, for text without labels.
    public var patterns: [PatternRule]
}

/// A rule pack that does not load: the file, the position, and what is wrong.
public struct RulePackError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The pack's file name.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// What is wrong.
    public var message: String

    public var description: String {
        switch (line, column) {
        case let (line?, column?): return "\(file):\(line):\(column): \(message)"
        case let (line?, nil): return "\(file):\(line): \(message)"
        default: return "\(file): \(message)"
        }
    }
}

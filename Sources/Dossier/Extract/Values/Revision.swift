/// Words that revise a figure given just before (`revu à`, `ramené à`, `porté à`,
/// `finalement`): the figure after them is the one that stands.
enum Revision {
    private static let pattern = Regex.builtIn(
        #"\b(?:(?:revue?s?|ramenée?s?|réduite?s?|portée?s?|abaissée?s?|relevée?s?|corrigée?s?|ajustée?s?)\s+à|finalement)\b"#,
        options: .caseless
    )

    /// The range of the first revising words after `offset` in `value`, if any.
    static func marker(after offset: Int, in value: ValueText) -> Range<Int>? {
        value.matches(of: pattern).first { $0.range.lowerBound >= offset }?.range
    }
}

/// Words that revise a figure given just before (`revu à`, `ramené à`, `porté à`,
/// `finalement`): the figure after them is the one that stands.
enum Revision {
    private static let pattern = Regex.builtIn(
        #"\b(?:(?:revue?s?|ramenée?s?|réduite?s?|portée?s?|abaissée?s?|relevée?s?|corrigée?s?|ajustée?s?)\s+à|finalement)\b"#,
        options: .caseless
    )

    /// Where the revised figure must start, when revising words stand in the 80 bytes after
    /// `offset` in `value`: from their end to 24 bytes further.
    static func window(after offset: Int, in value: ValueText) -> ClosedRange<Int>? {
        guard offset < value.utf8.count else { return nil }
        // (The search ends on a character's first byte.)
        var end = min(offset + 80, value.utf8.count)
        while end < value.utf8.count, value.utf8[end] & 0xC0 == 0x80 { end += 1 }
        return value.matches(of: pattern, in: offset..<end).first.map { $0.range.upperBound...$0.range.upperBound + 24 }
    }
}

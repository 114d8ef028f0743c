/// Words that revise a figure given just before (`revu à`, `ramené à`, `porté à`,
/// `finalement`): the figure after them is the one that stands.
enum Revision {
    private static let pattern = Regex.builtIn(
        #"\b(?:(?:revue?s?|ramenée?s?|réduite?s?|portée?s?|abaissée?s?|relevée?s?|corrigée?s?|ajustée?s?)\s+à|finalement)\b"#,
        options: .caseless
    )

    /// The range of the first revising words in the 80 bytes after `offset` in `value`, if any.
    static func marker(after offset: Int, in value: ValueText) -> Range<Int>? {
        guard offset < value.utf8.count else { return nil }
        // (The window ends on a character's first byte.)
        var end = min(offset + 80, value.utf8.count)
        while end < value.utf8.count, value.utf8[end] & 0xC0 == 0x80 { end += 1 }
        return value.matches(of: pattern, in: offset..<end).first?.range
    }
}

/// Words that revise a figure given just before (`revu à`, `révisé à`, `ramené à`, `porté à`,
/// `fixé à`, a committee's `retenu 20`, a first figure's `au départ,`, `finalement`,
/// `désormais` before a figure but not after it: `47 384 € désormais, contre …`), or that tell
/// a change from one figure to the next (`passe de 58 346 € à 64 950 €`): the figure after them
/// is the one that stands.
enum Revision {
    private static let pattern = Regex.builtIn(
        #"\b(?:(?:revue?s?|révisée?s?|ramenée?s?|réduite?s?|portée?s?|abaissée?s?|relevée?s?|corrigée?s?|ajustée?s?|fixée?s?)\s+à|(?:retenue?s?|validée?s?)(?=\s+\d)|(?:au\s+départ|initialement)(?=\s*,)|finalement|désormais(?=\s+(?:(?:sur|à|de)\s+)?\d))\b"#,
        options: .caseless
    )

    /// A verb of change and its `de` just before a figure (`le coût passe de`, `porter de`,
    /// `évolue de`): the figure is the old one, and the one after its `à` the new.
    private static let changeLead = Regex.builtIn(
        #"\b(?:pass(?:e|ent|era|eront|ait|aient|ant|er|ée?s?)|évolu(?:e|ent|era|ée?s?)|port(?:er|ée?s?)|ramen(?:er|ée?s?)|rev(?:ue?s?)|réduit(?:e|s|es)?|relev(?:er|ée?s?)|rehauss(?:er|ée?s?)|baiss(?:e|ent|er|ée?s?))\s+(?:de|d')\s*$"#,
        options: .caseless
    )
    private static let changeTarget = Regex.builtIn(#"\sà\s"#, options: .caseless)

    /// Whether a verb of change leads to the figure at `offset` (`passe de 15 à 12`): then
    /// `15 à 12` is a change, not a range.
    static func opensChange(at offset: Int, in value: ValueText) -> Bool {
        value.isPreceded(by: changeLead, at: offset, window: 28)
    }

    /// Where the revised figure must start, when `figure` (a byte range of `value`) is
    /// revised: from the end of revising words in the 80 bytes after it, or of the `à` after
    /// a figure that a verb of change leads to, to 24 bytes further.
    static func window(after figure: Range<Int>, in value: ValueText) -> ClosedRange<Int>? {
        guard figure.upperBound < value.utf8.count else { return nil }
        // (The search ends on a character's first byte.)
        func bounded(_ length: Int) -> Range<Int> {
            var end = min(figure.upperBound + length, value.utf8.count)
            while end < value.utf8.count, value.utf8[end] & 0xC0 == 0x80 { end += 1 }
            return figure.upperBound..<end
        }
        if opensChange(at: figure.lowerBound, in: value), let target = value.matches(of: changeTarget, in: bounded(24)).first {
            return target.range.upperBound...target.range.upperBound + 24
        }
        return value.matches(of: pattern, in: bounded(80)).first.map { $0.range.upperBound...$0.range.upperBound + 24 }
    }
}

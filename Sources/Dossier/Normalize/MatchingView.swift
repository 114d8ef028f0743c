/// The view of a text that rules match against, where look-alike characters are folded to
/// the plain ones people type.
enum MatchingView {
    /// The folded bytes and the map from them back to the input.
    struct Folded {
        var utf8: [UInt8]
        var map: OffsetMap
    }

    /// Folds `text`, or returns `nil` when there is nothing to fold (the common case).
    ///
    /// Fixed-width spaces (U+00A0, U+2000 to U+200A, U+202F, U+205F) become a space, and a
    /// space next to another is dropped; U+2018, U+2019, U+02BC and U+00B4 become `'`;
    /// ligatures U+FB00 to U+FB04 become their letters; U+00AD and U+200B disappear; a
    /// leader between a label and its value (four dots or more, two ellipses or more:
    /// `Bailleur titulaire ......... Val Habitat`) becomes a colon; the currency code `EUR`
    /// after an amount becomes `€` (the same three bytes long); a figure glued to the word
    /// it counts (`7logements`, `30mois`, as a PDF's text often runs them) gets a space.
    static func fold(_ text: [UInt8]) -> Folded? {
        // Every character folded starts with one of four lead bytes, or is a leader's dot,
        // the `E` of `EUR` or a figure's last digit.
        let first = text.withUnsafeBufferPointer { buffer in buffer.firstIndex(where: mayOpenFold) }
        guard let first else { return nil }
        var output: [UInt8] = []
        var map = OffsetMap()
        var runStart = 0
        var index = first
        var changed = false
        while index < text.count {
            let lead = text[index]
            guard mayOpenFold(lead), let (replacement, length) = replacement(in: text, at: index)
            else {
                index += 1
                continue
            }
            if !changed {
                changed = true
                output.reserveCapacity(text.count)
            }
            output.append(contentsOf: text[runStart..<index])
            map.appendVerbatim(length: index - runStart, source: runStart)
            var folded = replacement
            // A folded space next to a space would make a double space.
            if folded == [0x20], output.last == 0x20 || (index + length < text.count && text[index + length] == 0x20) {
                folded = []
            }
            if !folded.isEmpty {
                output.append(contentsOf: folded)
                map.appendAtomic(length: folded.count, source: index, sourceLength: length)
            }
            index += length
            runStart = index
        }
        guard changed else { return nil }
        output.append(contentsOf: text[runStart..<text.count])
        map.appendVerbatim(length: text.count - runStart, source: runStart)
        return Folded(utf8: output, map: map)
    }

    /// Whether a byte may open what ``fold(_:)`` changes.
    private static func mayOpenFold(_ byte: UInt8) -> Bool {
        byte == 0xC2 || byte == 0xCA || byte == 0xE2 || byte == 0xEF || byte == 0x2E || byte == 0x45 || (byte >= 0x30 && byte <= 0x39)
    }

    private static func replacement(in text: [UInt8], at index: Int) -> ([UInt8], Int)? {
        let lead = text[index]
        if lead == 0x45 { return isCurrencyCode(in: text, at: index) ? (euroSign, 3) : nil }
        if lead >= 0x30 && lead <= 0x39 { return isGluedToWord(text, at: index) ? ([lead, 0x20], 1) : nil }
        if lead == 0x2E || (lead == 0xE2 && text[index...].starts(with: ellipsis)) {
            return leader(in: text, at: index).map { ([UInt8(ascii: ":")], $0) }
        }
        let second = index + 1 < text.count ? text[index + 1] : 0
        let third = index + 2 < text.count ? text[index + 2] : 0
        switch (lead, second) {
        case (0xC2, 0xA0): return ([0x20], 2)
        case (0xC2, 0xAD): return ([], 2)
        case (0xC2, 0xB4), (0xCA, 0xBC): return ([0x27], 2)
        case (0xE2, 0x80):
            switch third {
            case 0x80...0x8A, 0xAF: return ([0x20], 3)
            case 0x8B: return ([], 3)
            case 0x98, 0x99: return ([0x27], 3)
            default: return nil
            }
        case (0xE2, 0x81) where third == 0x9F: return ([0x20], 3)
        case (0xEF, 0xAC):
            switch third {
            case 0x80: return (Array("ff".utf8), 3)
            case 0x81: return (Array("fi".utf8), 3)
            case 0x82: return (Array("fl".utf8), 3)
            case 0x83: return (Array("ffi".utf8), 3)
            case 0x84: return (Array("ffl".utf8), 3)
            default: return nil
            }
        default: return nil
        }
    }

    /// `€`, which the code `EUR` after an amount becomes.
    private static let euroSign: [UInt8] = [0xE2, 0x82, 0xAC]

    /// Whether `EUR` stands at `index` after an amount (`113 670 EUR`, `45000EUR`) and ends a
    /// word.
    private static func isCurrencyCode(in text: [UInt8], at index: Int) -> Bool {
        guard text[index...].starts(with: [0x45, 0x55, 0x52]), index > 0 else { return false }
        let before = text[index - 1] == 0x20 && index > 1 ? text[index - 2] : text[index - 1]
        guard (0x30...0x39).contains(before) else { return false }
        guard index + 3 < text.count else { return true }
        let after = text[index + 3]
        return after < 0x80 && !(after | 0x20 >= 0x61 && after | 0x20 <= 0x7A) && !(0x30...0x39).contains(after)
    }

    /// Whether the digit at `index` is the last of a figure that stands alone (after a space,
    /// a line's start or `(`, so not inside an address, a name or a reference) and is glued
    /// to a word of three letters or more that starts in lowercase (`7logements`, `24mois`,
    /// `15ménages`), not an ordinal's ending (`2ème`, `1ère`, `1ers`, `2nde`).
    private static func isGluedToWord(_ text: [UInt8], at index: Int) -> Bool {
        guard index + 3 < text.count, opensGluedWord(text[index + 1]) else { return false }
        var start = index
        while start > 0, (0x30...0x39).contains(text[start - 1]) { start -= 1 }
        guard index - start < 6 else { return false }
        if start > 0, ![0x20, 0x09, 0x0A, 0x28].contains(text[start - 1]) { return false }
        var end = index + 1
        var letters = 0
        while end < text.count {
            let byte = text[end]
            if byte >= 0x61 && byte <= 0x7A {
                end += 1
            } else if byte == 0xC3, end + 1 < text.count, text[end + 1] >= 0x80, text[end + 1] <= 0xBF {
                end += 2
            } else {
                break
            }
            letters += 1
        }
        guard letters >= 3 else { return false }
        if end < text.count, text[end] == 0x40 || (0x30...0x39).contains(text[end]) || (0x41...0x5A).contains(text[end]) { return false }
        let word = text[(index + 1)..<end]
        return !ordinalEndings.contains { word.starts(with: $0) }
    }

    /// Whether `byte` may open a lowercase word glued to a figure: an ASCII letter or the
    /// lead byte of an accented Latin-1 letter.
    static func opensGluedWord(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || byte == 0xC3
    }

    /// What follows a figure that makes it an ordinal (`2ème`, `3eme`, `1ère`, `1ers`, `2nde`).
    private static let ordinalEndings: [[UInt8]] = ["ème", "eme", "ère", "ers", "nde", "ième", "ieme"].map { Array($0.utf8) }

    /// U+2026, `…`.
    private static let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]

    /// The length of the leader at `index`: four dots or more, or two ellipses or more, in
    /// any mix, after a space and before one (a label's, not an abbreviation's nor a
    /// sentence's end).
    private static func leader(in text: [UInt8], at index: Int) -> Int? {
        guard index > 0, text[index - 1] == 0x20 else { return nil }
        var end = index
        var dots = 0
        while end < text.count {
            if text[end] == 0x2E {
                (end, dots) = (end + 1, dots + 1)
            } else if text[end...].starts(with: ellipsis) {
                (end, dots) = (end + 3, dots + 2)
            } else {
                break
            }
        }
        guard dots >= 4, end < text.count, text[end] == 0x20 else { return nil }
        return end - index
    }
}

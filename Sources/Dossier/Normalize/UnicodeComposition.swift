import Foundation

/// Unicode NFC over UTF-8 bytes, with a map back to the input, run only where it can change
/// something.
enum UnicodeComposition {
    /// The composed bytes and the map from them back to the input.
    struct Composed {
        var utf8: [UInt8]
        var map: OffsetMap
    }

    /// Composes `text` to NFC, or returns `nil` when it is unchanged.
    ///
    /// Text is NFC already unless it holds a combining mark, a Hangul jamo or a character with
    /// a singleton decomposition; a byte scan rules those out first, so plain French text
    /// (precomposed `é`, `œ`, `’`, `€`) never pays for the Unicode tables.
    static func compose(_ text: [UInt8]) -> Composed? {
        guard mayChange(text) else { return nil }
        let string = String(decoding: text, as: UTF8.self)
        // String equality is canonical equivalence: compare the bytes.
        guard !string.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text) else { return nil }
        // Composition never crosses a grapheme cluster, so compose one cluster at a time and
        // map each to its source bytes.
        var output: [UInt8] = []
        var map = OffsetMap()
        var offset = 0
        for character in string {
            let source = String(character).utf8.count
            let composed = Array(String(character).precomposedStringWithCanonicalMapping.utf8)
            output.append(contentsOf: composed)
            map.appendAtomic(length: composed.count, source: offset, sourceLength: source)
            offset += source
        }
        return Composed(utf8: output, map: map)
    }

    private static func mayChange(_ text: [UInt8]) -> Bool {
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0xCC {
                index += 1
                continue
            }
            let next = index + 1 < text.count ? text[index + 1] : 0
            switch byte {
            case 0xCC, 0xCD: return true  // U+0300 to U+036F, combining diacritics
            case 0xE1 where (0x84...0x87).contains(next) || next == 0xAA || next == 0xAB || next == 0xB7: return true
            case 0xE2 where next == 0x83 || next == 0x84: return true  // combining marks for symbols, letterlike singletons
            case 0xEF where (0xA4...0xAB).contains(next) || next == 0xB8: return true
            case 0xF0...0xF4: return true
            default: index += 1
            }
        }
        return false
    }
}

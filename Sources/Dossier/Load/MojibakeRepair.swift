import Foundation

/// Undoes one round of "UTF-8 decoded as Windows-1252": `mÃ©nages` becomes `ménages`,
/// `CÅ’UR` becomes `CŒUR`, `â‚¬` becomes `€`.
///
/// A place is repaired only when its characters, written back as Windows-1252 bytes, form
/// one valid UTF-8 sequence whose character is one that French text uses (Latin letters,
/// typographic punctuation, `€`, `™`). That keeps genuine text such as `é` followed by a
/// no-break space and `»` from being read as a Chinese character.
enum MojibakeRepair {
    /// The repaired text and the map from it back to the input text, or `nil` when nothing was repaired.
    struct Result {
        var utf8: [UInt8]
        var map: OffsetMap
        var count: Int
        var firstOffset: Int
    }

    static func repair(_ text: UnsafeBufferPointer<UInt8>) -> Result? {
        var output: [UInt8] = []
        var map = OffsetMap()
        var count = 0
        var firstOffset = 0
        var runStart = 0
        var index = 0
        let base = text.baseAddress
        while index + 1 < text.count {
            // Every lead character (U+00C2 to U+00F4) is written C3 82 to C3 B4 in UTF-8.
            guard let found = memchr(base! + index, 0xC3, text.count - index - 1) else { break }
            index = base!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard (0x82...0xB4).contains(text[index + 1]),
                  let (scalar, end) = decodeSequence(in: text, at: index)
            else {
                index += 1
                continue
            }
            if count == 0 {
                output.reserveCapacity(text.count)
                firstOffset = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            map.appendVerbatim(length: index - runStart, source: runStart)
            let before = output.count
            UTF8Bytes.append(scalar, to: &output)
            map.appendAtomic(length: output.count - before, source: index, sourceLength: end - index)
            count += 1
            index = end
            runStart = end
        }
        guard count > 0 else { return nil }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
        map.appendVerbatim(length: text.count - runStart, source: runStart)
        return Result(utf8: output, map: map, count: count, firstOffset: firstOffset)
    }

    /// Reads the lead character at `index` and the continuation characters it needs; returns
    /// the repaired scalar and the offset just past the sequence.
    private static func decodeSequence(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let lead = text[index + 1] + 0x40
        let needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1
        // The bytes the characters stood for, packed big-endian, starting with the lead.
        var packed = UInt32(lead)
        var position = index + 2
        for _ in 0..<needed {
            // Continuation characters are never ASCII: most genuine text stops here.
            guard position < text.count, text[position] >= 0xC2,
                  let length = UTF8Bytes.sequenceLength(in: text, at: position),
                  let byte = Windows1252.byte(of: UTF8Bytes.scalar(in: text, at: position, length: length)),
                  (0x80...0xBF).contains(byte)
            else { return nil }
            packed = packed << 8 | UInt32(byte)
            position += length
        }
        let count = needed + 1
        let scalar: UInt32? = withUnsafeBytes(of: packed.bigEndian) { raw in
            let bytes = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[(4 - count)...])
            guard UTF8Bytes.sequenceLength(in: bytes, at: 0) == count else { return nil }
            return UTF8Bytes.scalar(in: bytes, at: 0, length: count)
        }
        guard let scalar, isPlausible(scalar) else { return nil }
        return (scalar, position)
    }

    private static func isPlausible(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0...0x17F, 0x192, 0x2C6, 0x2DC, 0x2013...0x2044, 0x20AC, 0x2122: return true
        default: return false
        }
    }
}

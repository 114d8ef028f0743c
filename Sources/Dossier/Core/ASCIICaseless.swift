/// Byte searches for short lowercase needles in UTF-8 text, where the text's ASCII capitals
/// match the needle's lowercase letters and every other byte matches itself (so `€` is found
/// as written): the parsers' short tests (`soit`, `total`) and the cheap look for a word
/// before a costlier reading (`propos` before a line's words are folded).
enum ASCIICaseless {
    /// Where `needle` last starts in `range` of `bytes`, or nil.
    static func lastOffset(of needle: String, in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard !pattern.isEmpty, range.count >= pattern.count else { return nil }
            var start = range.upperBound - pattern.count
            while start >= range.lowerBound {
                var index = 0
                while index < pattern.count, bytes[start + index] | (bytes[start + index] &- 0x41 < 26 ? 0x20 : 0) == pattern[index] {
                    index += 1
                }
                if index == pattern.count { return start }
                start -= 1
            }
            return nil
        }
    }

    /// Whether `needle` stands anywhere in `bytes`.
    static func contains(_ needle: String, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { lastOffset(of: needle, in: $0, range: 0..<$0.count) != nil }
    }

    /// Whether `needle` stands anywhere in `text`.
    static func contains(_ needle: String, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { lastOffset(of: needle, in: $0, range: 0..<$0.count) != nil }
    }
}

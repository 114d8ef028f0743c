/// Where the words of a UTF-8 text start, each with its key (``WordKey``), grouped by first
/// letter: read once per text, it tells every pattern with ``OpeningWords`` where it may match.
///
/// A start is a letter (or a character that may be one) not preceded by a letter or digit;
/// where it cannot be sure (after `œ`), it counts a start too, so that no `\b` is missed.
struct WordStarts {
    /// One word start.
    private struct Start {
        var offset: Int
        var key: WordKey
    }

    /// Starts by first letter (`a` to `z`), then those that open with a digit, then those
    /// whose first letter the key does not know.
    private var byLetter: [[Start]]
    /// The offsets of the starts that are or may be capitals, in order.
    private var capitals: [Int]

    static let digitBucket = 26
    static let unknownBucket = 27
    static let bucketCount = 28

    /// The bucket of the words that open with a key's first byte.
    static func bucket(of key: WordKey) -> Int {
        let first = UInt8(truncatingIfNeeded: key.letters)
        return first == 0 ? digitBucket : Int(first - UInt8(ascii: "a"))
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var byLetter = [[Start]](repeating: [], count: WordStarts.bucketCount)
        var capitals: [Int] = []
        var index = 0
        var afterWord = false
        while index < bytes.count {
            let byte = bytes[index]
            var length = 1
            var start = false
            var unknown = false
            if byte < 0x80 {
                // ASCII, most of the text: a letter, a digit or `_` is a word's.
                let inWord = (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_")
                start = inWord && !afterWord
                afterWord = inWord
            } else {
                let character: WordCharacter
                (character, length) = WordCharacter.at(index, in: bytes)
                start = !afterWord && character != .other
                unknown = character == .unknown
                afterWord = character.isSurelyWord
            }
            if start {
                let key = WordStarts.key(at: index, in: bytes)
                byLetter[unknown ? WordStarts.unknownBucket : WordStarts.bucket(of: key)].append(Start(offset: index, key: key))
                if key.capital { capitals.append(index) }
            }
            index += length
        }
        self.byLetter = byLetter
        self.capitals = capitals
    }

    /// The key of the word that starts at `index`: its first letters, `0` for a digit and past
    /// the word's end, and whether it opens with a capital.
    private static func key(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> WordKey {
        var key = WordKey()
        key.capital = WordCharacter.mayBeCapital(at: index, in: bytes)
        var index = index
        while key.count < WordKey.capacity, index < bytes.count {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "a") < 26 {
                key = key.appending(byte)
                index += 1
                continue
            }
            let (character, length) = WordCharacter.at(index, in: bytes)
            switch character {
            case .letter(let letter): key = key.appending(letter)
            case .unknown: key = key.appendingUnknown()
            case .digit: key = key.appending(0)
            case .other: return key
            }
            index += length
        }
        return key
    }

    /// The offsets, in order, of the words that may open with one of `openings`.
    func offsets(openingWith openings: OpeningWords) -> [Int] {
        if openings.isCapitalOnly { return capitals }
        var offsets: [Int] = []
        var buckets = 0
        for (bucket, keys) in openings.bucketKeys {
            let before = offsets.count
            for start in byLetter[bucket] {
                for key in keys where start.key.mayOpen(with: key) {
                    offsets.append(start.offset)
                    break
                }
            }
            if offsets.count > before { buckets += 1 }
        }
        // Each bucket is in order; several make a sort.
        if buckets > 1 { offsets.sort() }
        return offsets
    }
}

/// Where the words of a UTF-8 text start, each with its key (``WordKey``), grouped by first
/// letter: read once per text, it tells every pattern with ``OpeningWords`` where it may match.
///
/// A start is a letter (or a character that may be one) not preceded by a letter or digit;
/// where it cannot be sure (after `œ`), it counts a start too, so that no `\b` is missed.
struct WordStarts {
    /// One word start.
    private struct Start {
        var offset: Int32
        var key: WordKey
    }

    /// Starts by first letter (`a` to `z`), then those that open with a digit, then those
    /// whose first letter the key does not know.
    private var byLetter: [[Start]]

    private static let digitBucket = 26
    private static let unknownBucket = 27

    /// The bucket of the words a key's first byte opens.
    private static func bucket(of key: WordKey) -> Int {
        let first = UInt8(truncatingIfNeeded: key.letters)
        return first == 0 ? digitBucket : Int(first - UInt8(ascii: "a"))
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var byLetter = [[Start]](repeating: [], count: WordStarts.unknownBucket + 1)
        func add(_ index: Int, unknown: Bool) {
            var key = WordStarts.key(at: index, in: bytes)
            key.capital = WordCharacter.mayBeCapital(at: index, in: bytes)
            byLetter[unknown ? WordStarts.unknownBucket : WordStarts.bucket(of: key)].append(Start(offset: Int32(index), key: key))
        }
        var index = 0
        var afterWord = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII, most of the text: a letter, a digit or `_` is a word's.
                let inWord = (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_")
                if inWord, !afterWord { add(index, unknown: false) }
                afterWord = inWord
                index += 1
                continue
            }
            let (character, length) = WordCharacter.at(index, in: bytes)
            if !afterWord, character != .other { add(index, unknown: character == .unknown) }
            afterWord = character.isSurelyWord
            index += length
        }
        self.byLetter = byLetter
    }

    /// The key of the word that starts at `index`: its first letters, `0` for a digit and past
    /// the word's end.
    private static func key(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> WordKey {
        var key = WordKey()
        var index = index
        while key.count < WordKey.capacity, index < bytes.count {
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
        var offsets: [Int] = []
        // An opening that reads no letter (any capital) is looked for in every bucket.
        var buckets = openings.keys.contains { $0.mask == 0 } ? Set(byLetter.indices)
            : Set(openings.keys.map(WordStarts.bucket))
        buckets.insert(WordStarts.unknownBucket)
        for bucket in buckets.sorted() {
            for start in byLetter[bucket] where openings.keys.contains(where: { start.key.mayOpen(with: $0) }) {
                offsets.append(Int(start.offset))
            }
        }
        offsets.sort()
        return offsets
    }
}

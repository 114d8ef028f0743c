/// A folded word as a 64-bit FNV-1a hash, with its length in bytes and whether it is all
/// digits. Two different words share a hash with a chance of about one in 10^19 a pair, far
/// below anything a run of millions of records would meet.
struct WordHash: Sendable, Hashable {
    var value: UInt64
    var length: Int
    var isNumber: Bool

    init(_ bytes: ArraySlice<UInt8>) {
        value = WordHash.fnv(bytes)
        length = bytes.count
        isNumber = bytes.allSatisfy { (0x30...0x39).contains($0) }
    }

    init(_ word: String) { self.init(Array(word.utf8)[...]) }

    /// FNV-1a over `bytes`, continuing from `seed`.
    static func fnv<Bytes: Sequence<UInt8>>(_ bytes: Bytes, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// One hash for several in order (a name or a title as a whole), with `tag` so that a
    /// whole name differs from a word of it.
    static func combine(_ values: [UInt64], tag: UInt8) -> UInt64 {
        var hash = fnv([tag])
        for value in values {
            hash ^= value
            hash = (hash &* 0x0000_0100_0000_01B3) ^ (hash >> 29)
        }
        return hash
    }
}

/// Puts side by side only the records that share a blocking key, so that the pairs compared
/// grow with the records, not with their square.
///
/// A record's keys: each carrier name and each distinctive word of its carriers, alone and
/// with each of its départements; each e-mail address; each organisation domain with each
/// département; each département with each pair of consecutive title words. A key shared by
/// more than ``largestBlock`` records says too little to be worth its pairs and is set aside
/// (the count is reported).
struct Blocking {
    /// The most records one key may put side by side.
    static let largestBlock = 300

    /// The candidate pairs, as indices into `profiles` (smaller first), sorted, each once;
    /// never two records of one file.
    let pairs: [(Int, Int)]
    /// How many keys were set aside for being too common.
    let droppedKeys: Int

    init(_ table: ProfileTable) {
        let profiles = table.profiles
        // (key, record) entries sorted by key: each run of one key is a block.
        var entries: [(key: UInt64, record: Int32)] = []
        for (index, profile) in profiles.enumerated() {
            Blocking.keys(of: profile, in: table) { entries.append(($0, Int32(index))) }
        }
        entries.sort { ($0.key, $0.record) < ($1.key, $1.record) }
        var packed: [UInt64] = []
        var dropped = 0
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].key == entries[start].key { end += 1 }
            defer { start = end }
            guard end - start >= 2 else { continue }
            guard end - start <= Blocking.largestBlock else {
                dropped += 1
                continue
            }
            for first in start..<end {
                let a = entries[first].record
                for second in (first + 1)..<end where entries[second].record != a {
                    let b = entries[second].record
                    if profiles[Int(a)].file != profiles[Int(b)].file { packed.append(UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))) }
                }
            }
        }
        entries = []
        packed.sort()
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(packed.count)
        var previous: UInt64?
        for pair in packed where pair != previous {
            pairs.append((Int(pair >> 32), Int(pair & 0xFFFF_FFFF)))
            previous = pair
        }
        self.pairs = pairs
        self.droppedKeys = dropped
    }

    /// A key: its kind in the top three bits, then two numbered words (the second may be
    /// absent, written as all ones).
    private static func key(_ kind: UInt64, _ first: Int32, _ second: Int32 = -1) -> UInt64 {
        kind << 61 | UInt64(UInt32(first) & 0x3FFF_FFFF) << 31 | UInt64(UInt32(bitPattern: second) & 0x7FFF_FFFF)
    }

    private static func keys(of profile: LinkageProfile, in table: ProfileTable, _ add: (UInt64) -> Void) {
        let departments = table.numbers(profile.departments)
        for name in table.numbers(profile.carrierNames) {
            add(key(0, name))
            for place in departments { add(key(1, name, place)) }
        }
        for word in table.numbers(profile.carrierWords) {
            add(key(2, word))
            for place in departments { add(key(3, word, place)) }
        }
        for email in table.numbers(profile.emails) { add(key(4, email)) }
        for domain in table.numbers(profile.domains) {
            add(key(5, domain))
            for place in departments { add(key(5, domain, place)) }
        }
        // Consecutive title words, numbered as one: a reworded title keeps some of them.
        for place in departments {
            for bigram in table.numbers(profile.titleBigrams) { add(key(6, place, bigram)) }
        }
    }
}

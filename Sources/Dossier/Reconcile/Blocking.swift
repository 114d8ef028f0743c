/// Puts side by side only the records that share a blocking key, so that the pairs compared
/// grow with the records, not with their square.
///
/// A record's keys: each carrier name, each distinctive carrier word, each organisation
/// domain (public mail providers aside) and each e-mail address; each département with each
/// pair of consecutive distinctive title words. A name, word or domain shared by more than
/// ``largestBlock`` records is narrowed to each of its départements; a key still shared by
/// more is set aside (the count is reported). A block with the same records as another adds
/// nothing and is skipped.
struct Blocking {
    /// The most records one key may put side by side.
    static let largestBlock = 300

    /// The candidate pairs, each packed as the smaller index into the profiles times 2^32
    /// plus the larger, sorted, each once; never two records of one file.
    let pairs: [UInt64]
    /// How many keys were set aside for being too common.
    let droppedKeys: Int

    init(_ table: ProfileTable) {
        var builder = PairBuilder(profiles: table.profiles)
        var dropped = builder.add(Blocking.entries(table) { profile, add in Blocking.exactKeys(of: profile, in: table, add) }).count
        // Broad keys; those too common come back narrowed to each département.
        let large = builder.add(Blocking.entries(table) { profile, add in Blocking.broadKeys(of: profile, in: table, add) })
        if !large.isEmpty {
            dropped += builder.add(Blocking.entries(table) { profile, add in Blocking.narrowKeys(of: profile, in: table, within: large, add) }).count
        }
        pairs = builder.finish()
        droppedKeys = dropped
    }

    /// The (key, record) entries of every profile, sorted by key (records in order within a key).
    private static func entries(
        _ table: ProfileTable, _ keys: (LinkageProfile, (UInt64) -> Void) -> Void
    ) -> [(key: UInt64, record: Int32)] {
        var entries: [(key: UInt64, record: Int32)] = []
        entries.reserveCapacity(table.profiles.count * 8)
        for (index, profile) in table.profiles.enumerated() {
            keys(profile) { entries.append(($0, Int32(index))) }
        }
        RadixSort.sort(&entries) { $0.key }
        return entries
    }

    /// Collects the pairs of blocks, skipping blocks seen before.
    private struct PairBuilder {
        let profiles: [LinkageProfile]
        var packed: [UInt64] = []
        var seenBlocks = Set<UInt64>()

        /// Adds the pairs of each block of `entries`; returns the keys of blocks too large.
        @discardableResult
        mutating func add(_ entries: [(key: UInt64, record: Int32)]) -> Set<UInt64> {
            var large = Set<UInt64>()
            var start = 0
            while start < entries.count {
                var end = start + 1
                while end < entries.count && entries[end].key == entries[start].key { end += 1 }
                defer { start = end }
                guard end - start >= 2 else { continue }
                guard end - start <= Blocking.largestBlock else {
                    large.insert(entries[start].key)
                    continue
                }
                // The same records under another key (a landlord's name, word and domain).
                let fingerprint = WordHash.combine(entries[start..<end].map { UInt64(UInt32($0.record)) }, tag: 32)
                guard seenBlocks.insert(fingerprint).inserted else { continue }
                for first in start..<end {
                    let a = entries[first].record
                    for second in (first + 1)..<end where entries[second].record != a {
                        let b = entries[second].record
                        if profiles[Int(a)].file != profiles[Int(b)].file { packed.append(UInt64(pair: Int(a), Int(b))) }
                    }
                }
            }
            return large
        }

        /// The pairs, sorted and each once.
        mutating func finish() -> [UInt64] {
            RadixSort.sort(&packed) { $0 }
            var kept = 0
            for pair in packed where kept == 0 || packed[kept - 1] != pair {
                packed[kept] = pair
                kept += 1
            }
            packed.removeSubrange(kept...)
            return packed
        }
    }

    /// A key: a hash of its kind and one or two word hashes. Two keys that happen to share a
    /// hash only put more pairs side by side, each then compared in full.
    private static func key(_ kind: UInt8, _ first: UInt64, _ second: UInt64 = 0) -> UInt64 {
        WordHash.combine([first, second], tag: 16 + kind)
    }

    /// The kinds of key that are narrowed to départements when too common.
    private static let broadKinds: [(kind: UInt8, list: KeyPath<LinkageProfile, LinkageProfile.List> & Sendable)] = [
        (0, \.carrierNames), (1, \.carrierWords), (2, \.domains),
    ]

    private static func broadKeys(of profile: LinkageProfile, in table: ProfileTable, _ add: (UInt64) -> Void) {
        for (kind, list) in broadKinds {
            for word in table.hashes(profile[keyPath: list]) { add(key(kind, word)) }
        }
    }

    private static func exactKeys(of profile: LinkageProfile, in table: ProfileTable, _ add: (UInt64) -> Void) {
        for email in table.hashes(profile.emails) { add(key(3, email)) }
        // Consecutive title words: a reworded title keeps some of them.
        for place in table.hashes(profile.departments) {
            for bigram in table.hashes(profile.titleBigrams) { add(key(4, place, bigram)) }
        }
    }

    private static func narrowKeys(of profile: LinkageProfile, in table: ProfileTable, within large: Set<UInt64>, _ add: (UInt64) -> Void) {
        for (kind, list) in broadKinds {
            for word in table.hashes(profile[keyPath: list]) where large.contains(key(kind, word)) {
                for place in table.hashes(profile.departments) { add(key(kind + 8, word, place)) }
            }
        }
    }
}

extension UInt64 {
    /// Two indices packed as one number (the first times 2^32 plus the second), which sorts
    /// pairs in order of their first index, then their second.
    init(pair first: Int, _ second: Int) {
        self = UInt64(UInt32(first)) << 32 | UInt64(UInt32(second))
    }

    /// The two indices of a packed pair.
    var pair: (Int, Int) { (Int(self >> 32), Int(self & 0xFFFF_FFFF)) }
}

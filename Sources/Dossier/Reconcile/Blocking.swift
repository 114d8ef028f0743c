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

    /// Collects the blocks, skipping blocks seen before, then lists their pairs record by
    /// record: each record's partners after it, sorted and each once, so that no pair is
    /// ever held twice (a pair shares several keys more often than not).
    private struct PairBuilder {
        let profiles: [LinkageProfile]
        /// The blocks' records, one block after another, and where each block ends.
        var members: [Int32] = []
        var ends: [Int] = []
        var seenBlocks = Set<UInt64>()

        /// Adds the blocks of `entries` (sorted by key) and returns the keys of those larger
        /// than ``Blocking/largestBlock``, which are not added.
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
                members += entries[start..<end].map(\.record)
                ends.append(members.count)
            }
            return large
        }

        /// The pairs of the blocks added, sorted.
        func finish() -> [UInt64] {
            // Each record's blocks, by record.
            var memberships: [(record: Int32, block: Int32)] = []
            memberships.reserveCapacity(members.count)
            var start = 0
            for (block, end) in ends.enumerated() {
                for record in members[start..<end] { memberships.append((record, Int32(block))) }
                start = end
            }
            RadixSort.sort(&memberships) { UInt64(UInt32($0.record)) }
            // Listed twice, counted then written, so that the pairs' array is allocated once
            // at its size: it is the largest one reconciliation holds.
            var count = 0
            forEachRecordsPartners(memberships) { _, partners in count += partners.count }
            var pairs: [UInt64] = []
            pairs.reserveCapacity(count)
            forEachRecordsPartners(memberships) { a, partners in
                for b in partners { pairs.append(UInt64(pair: Int(a), Int(b))) }
            }
            return pairs
        }

        /// Calls `body` with each record that has partners (in order) and its partners after
        /// it in its blocks, from another file, sorted and distinct.
        private func forEachRecordsPartners(_ memberships: [(record: Int32, block: Int32)], _ body: (Int32, [Int32]) -> Void) {
            var partners: [Int32] = []
            var first = 0
            while first < memberships.count {
                let a = memberships[first].record
                var last = first
                partners.removeAll(keepingCapacity: true)
                while last < memberships.count && memberships[last].record == a {
                    let block = Int(memberships[last].block)
                    for b in members[(block == 0 ? 0 : ends[block - 1])..<ends[block]] where b > a && profiles[Int(a)].file != profiles[Int(b)].file {
                        partners.append(b)
                    }
                    last += 1
                }
                partners.sort()
                var kept = 0
                for b in partners where kept == 0 || partners[kept - 1] != b {
                    partners[kept] = b
                    kept += 1
                }
                partners.removeSubrange(kept...)
                if !partners.isEmpty { body(a, partners) }
                first = last
            }
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

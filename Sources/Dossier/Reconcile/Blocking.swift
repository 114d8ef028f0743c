/// Puts side by side only the records that share a blocking key, so that the pairs compared
/// grow with the records, not with their square.
///
/// A record's keys: each distinctive word of its carriers, alone, with each of its
/// départements and with each word of its title; each carrier name, alone and with each
/// département; each e-mail address;
/// each organisation domain with each département and each title word; each département
/// with each title word. A key shared by more than ``largestBlock`` records says too little
/// to be worth its pairs and is set aside (the count is reported).
struct Blocking {
    /// The most records one key may put side by side.
    static let largestBlock = 300

    /// The candidate pairs, as indices into `profiles` (smaller first), sorted, each once;
    /// never two records of one file.
    let pairs: [(Int, Int)]
    /// How many keys were set aside for being too common.
    let droppedKeys: Int

    init(_ profiles: [LinkageProfile]) {
        var blocks: [Key: [Int32]] = [:]
        for (index, profile) in profiles.enumerated() {
            for key in Blocking.keys(of: profile) { blocks[key, default: []].append(Int32(index)) }
        }
        var packed: [UInt64] = []
        var dropped = 0
        for members in blocks.values where members.count >= 2 {
            guard members.count <= Blocking.largestBlock else {
                dropped += 1
                continue
            }
            for (position, first) in members.enumerated() {
                for second in members[(position + 1)...] where profiles[Int(first)].file != profiles[Int(second)].file {
                    packed.append(UInt64(UInt32(first)) << 32 | UInt64(UInt32(second)))
                }
            }
        }
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

    /// A blocking key: a kind and up to two numbered words.
    private struct Key: Hashable {
        var kind: UInt8
        var first: Int32
        var second: Int32
    }

    private static func keys(of profile: LinkageProfile) -> [Key] {
        var keys: [Key] = []
        let places = profile.departments.isEmpty ? [-1] : profile.departments
        for word in profile.carrierWords {
            for place in places { keys.append(Key(kind: 0, first: word, second: place)) }
            for title in profile.titleWords { keys.append(Key(kind: 1, first: word, second: title)) }
        }
        for name in profile.carrierNames {
            keys.append(Key(kind: 2, first: name, second: -1))
            for place in places { keys.append(Key(kind: 2, first: name, second: place)) }
        }
        for word in profile.carrierWords { keys.append(Key(kind: 7, first: word, second: -1)) }
        for email in profile.emails { keys.append(Key(kind: 3, first: email, second: -1)) }
        for domain in profile.domains {
            for place in places { keys.append(Key(kind: 4, first: domain, second: place)) }
            for title in profile.titleWords { keys.append(Key(kind: 5, first: domain, second: title)) }
        }
        for place in profile.departments {
            for title in profile.titleWords { keys.append(Key(kind: 6, first: place, second: title)) }
        }
        return keys
    }
}

/// How two project records compare, field by field, and what that scores under a model.
///
/// Compact (the levels packed in one integer), since a large run compares millions of pairs.
public struct PairComparison: Sendable {
    /// Four bits a field, in the order of `LinkageModel.Field.allCases`: 0 where a record
    /// lacks the field, else 1 + the level's place in `LinkageModel.Level.allCases`.
    private let packed: UInt32
    /// The prior plus the weights: the log-odds, in bits, that the records are one project.
    public let score: Double

    /// The level of each field both records give.
    public var levels: [LinkageModel.Field: LinkageModel.Level] {
        var levels: [LinkageModel.Field: LinkageModel.Level] = [:]
        for (position, field) in LinkageModel.Field.allCases.enumerated() {
            let code = Int(packed >> (4 * position) & 0xF)
            if code > 0 { levels[field] = LinkageModel.Level.allCases[code - 1] }
        }
        return levels
    }

    /// The weight of each of those levels under `model`, in bits.
    public func weights(in model: LinkageModel) -> [LinkageModel.Field: Double] {
        levels.reduce(into: [:]) { weights, entry in weights[entry.key] = model.weight(entry.key, entry.value) }
    }

    /// Compares two profiles whose lists are in `pool`.
    init(_ a: LinkageProfile, _ b: LinkageProfile, pool: UnsafeBufferPointer<UInt64>, model: borrowing LinkageModel) {
        let lists = Lists(pool: pool)
        var packed: UInt32 = 0
        var score = model.prior
        func add(_ field: LinkageModel.Field, _ level: LinkageModel.Level?) {
            guard let level else { return }
            packed |= UInt32(level.index + 1) << (4 * field.index)
            score += model.table[field.index * LinkageModel.Level.allCases.count + level.index]
        }
        add(.carriers, PairComparison.carriers(a, b, lists))
        add(.partners, lists.words(a.partnerWords, b.partnerWords))
        add(.title, PairComparison.title(a, b, lists))
        add(.territory, PairComparison.territory(a, b, lists))
        add(.contacts, PairComparison.contacts(a, b, lists))
        if let left = a.households, let right = b.households, a.householdsPerYear == b.householdsPerYear {
            add(.households, PairComparison.closeness(left, right))
        }
        add(.cost, PairComparison.cost(a, b))
        if let left = a.months, let right = b.months { add(.duration, left == right ? .exact : .different) }
        self.packed = packed
        self.score = score
    }

    /// Reads the profiles' lists in the pool.
    private struct Lists {
        let pool: UnsafeBufferPointer<UInt64>

        /// How many hashes two sorted lists share.
        func shared(_ x: LinkageProfile.List, _ y: LinkageProfile.List) -> Int {
            var (i, j, shared) = (Int(x.start), Int(y.start), 0)
            let (xEnd, yEnd) = (Int(x.start + x.count), Int(y.start + y.count))
            while i < xEnd && j < yEnd {
                let (left, right) = (pool[i], pool[j])
                if left == right {
                    shared += 1
                    i += 1
                    j += 1
                } else if left < right {
                    i += 1
                } else {
                    j += 1
                }
            }
            return shared
        }

        /// Distinctive words: all shared, most of the smaller list, some, or none.
        func words(_ a: LinkageProfile.List, _ b: LinkageProfile.List) -> LinkageModel.Level? {
            guard !a.isEmpty, !b.isEmpty else { return nil }
            let count = shared(a, b)
            if count == 0 { return .different }
            if count == Int(a.count) && count == Int(b.count) { return .exact }
            return 2 * count >= Int(min(a.count, b.count)) ? .close : .some
        }
    }

    private static func carriers(_ a: LinkageProfile, _ b: LinkageProfile, _ lists: Lists) -> LinkageModel.Level? {
        guard !a.carrierNames.isEmpty, !b.carrierNames.isEmpty else { return nil }
        if lists.shared(a.carrierNames, b.carrierNames) > 0 { return .exact }
        // Distinctive words, and the words of département names (`Atlantique`), together.
        let sharedWords = lists.shared(a.carrierWords, b.carrierWords)
        let shared = sharedWords + lists.shared(a.carrierPlaces, b.carrierPlaces)
        let (left, right) = (Int(a.carrierWords.count + a.carrierPlaces.count), Int(b.carrierWords.count + b.carrierPlaces.count))
        // `Partenord Habitat` and `PARTENORD`: the same name but for generic words. Names that
        // share only a place (`Pas-de-Calais Habitat`, `Conseil départemental du
        // Pas-de-Calais`) share little.
        if sharedWords > 0, shared == left, shared == right { return .exact }
        // `ICF Habitat` and `ICF Habitat Atlantique`: every word of one name in the other.
        if sharedWords > 0, shared == min(left, right) { return .close }
        if shared > 0 { return .some }
        return .different
    }

    private static func title(_ a: LinkageProfile, _ b: LinkageProfile, _ lists: Lists) -> LinkageModel.Level? {
        guard let left = a.title, let right = b.title else { return nil }
        if left == right { return .exact }
        guard !a.titleWords.isEmpty, !b.titleWords.isEmpty else { return .different }
        // Overlap with the shorter title: a title extended by a subtitle stays close.
        let overlap = Double(lists.shared(a.titleWords, b.titleWords)) / Double(min(a.titleWords.count, b.titleWords.count))
        return overlap >= 0.6 ? .close : overlap >= 0.3 ? .some : .different
    }

    /// The same place; the same town or area (`Laval` and `Laval, Mayenne`); the same
    /// département with a town named on one side only; or different towns or départements.
    private static func territory(_ a: LinkageProfile, _ b: LinkageProfile, _ lists: Lists) -> LinkageModel.Level? {
        guard let left = a.place, let right = b.place else { return nil }
        if left == right { return .exact }
        let sharedWords = lists.shared(a.placeWords, b.placeWords)
        if sharedWords > 0 { return sharedWords == Int(a.placeWords.count) && sharedWords == Int(b.placeWords.count) ? .exact : .close }
        if !a.placeWords.isEmpty && !b.placeWords.isEmpty { return .different }
        guard !a.departments.isEmpty, !b.departments.isEmpty else { return nil }
        return lists.shared(a.departments, b.departments) > 0 ? .some : .different
    }

    /// The same address; the same person; another person at the same organisation's domain;
    /// or nothing shared.
    private static func contacts(_ a: LinkageProfile, _ b: LinkageProfile, _ lists: Lists) -> LinkageModel.Level? {
        guard !a.emails.isEmpty || !a.people.isEmpty, !b.emails.isEmpty || !b.people.isEmpty else { return nil }
        if lists.shared(a.emails, b.emails) > 0 { return .exact }
        if lists.shared(a.people, b.people) > 0 { return .close }
        if lists.shared(a.domains, b.domains) > 0 { return .some }
        return a.domains.isEmpty || b.domains.isEmpty ? nil : .different
    }

    /// The closest of the totals and of the yearly costs, where both records give them.
    private static func cost(_ a: LinkageProfile, _ b: LinkageProfile) -> LinkageModel.Level? {
        let total = a.costTotal.flatMap { left in b.costTotal.map { closeness(left, $0) } }
        let perYear = a.costPerYear.flatMap { left in b.costPerYear.map { closeness(left, $0) } }
        switch (total, perYear) {
        case (nil, nil): return nil
        case (.exact?, _), (_, .exact?): return .exact
        case (.close?, _), (_, .close?): return .close
        default: return .different
        }
    }

    /// Equal, within a fifth, or further apart.
    private static func closeness(_ a: Double, _ b: Double) -> LinkageModel.Level {
        if a == b { return .exact }
        let larger = max(abs(a), abs(b))
        return larger > 0 && abs(a - b) / larger <= 0.2 ? .close : .different
    }
}

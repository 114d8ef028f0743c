/// How two project records compare, field by field, and what that weighs under a model.
public struct PairComparison: Sendable {
    /// The level of each field both records give.
    public var levels: [LinkageModel.Field: LinkageModel.Level]
    /// The weight of each of those levels, in bits.
    public var weights: [LinkageModel.Field: Double]
    /// The prior plus the weights: the log-odds, in bits, that the records are one project.
    public var score: Double

    init(_ a: LinkageProfile, _ b: LinkageProfile, model: LinkageModel) {
        var levels: [LinkageModel.Field: LinkageModel.Level] = [:]
        levels[.carriers] = PairComparison.carriers(a, b)
        levels[.partners] = PairComparison.words(a.partnerWords, b.partnerWords)
        levels[.title] = PairComparison.title(a, b)
        levels[.territory] = PairComparison.territory(a, b)
        levels[.contacts] = PairComparison.contacts(a, b)
        levels[.households] = PairComparison.households(a, b)
        levels[.cost] = PairComparison.cost(a, b)
        if let left = a.months, let right = b.months { levels[.duration] = left == right ? .exact : .different }
        self.levels = levels
        var weights: [LinkageModel.Field: Double] = [:]
        for (field, level) in levels { weights[field] = model.weight(field, level) }
        self.weights = weights
        score = weights.values.reduce(model.prior, +)
    }

    private static func carriers(_ a: LinkageProfile, _ b: LinkageProfile) -> LinkageModel.Level? {
        let aWords = a.carrierWords.count + a.carrierPlaces.count
        let bWords = b.carrierWords.count + b.carrierPlaces.count
        guard !a.carrierNames.isEmpty, !b.carrierNames.isEmpty else { return nil }
        if a.carrierNames.sharedCount(with: b.carrierNames) > 0 { return .exact }
        let shared = a.carrierWords.sharedCount(with: b.carrierWords)
        // `Partenord Habitat` and `PARTENORD`: the same name but for generic words.
        if shared > 0, shared == a.carrierWords.count, shared == b.carrierWords.count { return .exact }
        // `ICF Habitat` and `ICF Habitat Novedis`: every distinctive word of one name in the other.
        if shared > 0, shared == min(a.carrierWords.count, b.carrierWords.count) { return .close }
        if shared > 0 || a.carrierPlaces.sharedCount(with: b.carrierPlaces) > 0 { return .some }
        return aWords + bWords == 0 ? nil : .different
    }

    /// Distinctive words: all of the smaller set shared, some, or none.
    private static func words(_ a: [Int32], _ b: [Int32]) -> LinkageModel.Level? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let shared = a.sharedCount(with: b)
        if shared == 0 { return .different }
        if shared == a.count && shared == b.count { return .exact }
        return 2 * shared >= min(a.count, b.count) ? .close : .some
    }

    private static func title(_ a: LinkageProfile, _ b: LinkageProfile) -> LinkageModel.Level? {
        guard let left = a.title, let right = b.title else { return nil }
        if left == right { return .exact }
        guard !a.titleWords.isEmpty, !b.titleWords.isEmpty else { return .different }
        // Overlap with the shorter title: a title extended by a subtitle stays close.
        let overlap = Double(a.titleWords.sharedCount(with: b.titleWords)) / Double(min(a.titleWords.count, b.titleWords.count))
        return overlap >= 0.6 ? .close : overlap >= 0.3 ? .some : .different
    }

    /// The same place; the same town or area (`Laval` and `Laval, Mayenne`); the same
    /// département only; or nothing shared.
    private static func territory(_ a: LinkageProfile, _ b: LinkageProfile) -> LinkageModel.Level? {
        guard let left = a.place, let right = b.place else { return nil }
        if left == right { return .exact }
        let sharedWords = a.placeWords.sharedCount(with: b.placeWords)
        if sharedWords > 0 { return sharedWords == a.placeWords.count && sharedWords == b.placeWords.count ? .exact : .close }
        guard !a.departments.isEmpty, !b.departments.isEmpty else { return a.placeWords.isEmpty || b.placeWords.isEmpty ? nil : .different }
        return a.departments.sharedCount(with: b.departments) > 0 ? .some : .different
    }

    private static func contacts(_ a: LinkageProfile, _ b: LinkageProfile) -> LinkageModel.Level? {
        guard !a.emails.isEmpty || !a.people.isEmpty, !b.emails.isEmpty || !b.people.isEmpty else { return nil }
        if a.emails.sharedCount(with: b.emails) > 0 { return .exact }
        if a.people.sharedCount(with: b.people) > 0 { return .close }
        if a.domains.sharedCount(with: b.domains) > 0 { return .some }
        return a.domains.isEmpty || b.domains.isEmpty ? nil : .different
    }

    private static func households(_ a: LinkageProfile, _ b: LinkageProfile) -> LinkageModel.Level? {
        guard let left = a.households, let right = b.households, left.perYear == right.perYear else { return nil }
        return closeness(left.middle, right.middle)
    }

    private static func cost(_ a: LinkageProfile, _ b: LinkageProfile) -> LinkageModel.Level? {
        let pairs = [(a.costTotal, b.costTotal), (a.costPerYear, b.costPerYear)].compactMap { pair -> (Double, Double)? in
            guard let left = pair.0, let right = pair.1 else { return nil }
            return (left, right)
        }
        guard !pairs.isEmpty else { return nil }
        let levels = pairs.map { closeness($0.0, $0.1) }
        if levels.contains(.exact) { return .exact }
        return levels.contains(.close) ? .close : .different
    }

    /// Equal, within a fifth, or further apart.
    private static func closeness(_ a: Double, _ b: Double) -> LinkageModel.Level {
        if a == b { return .exact }
        let larger = max(abs(a), abs(b))
        return larger > 0 && abs(a - b) / larger <= 0.2 ? .close : .different
    }
}

import Foundation

/// What reconciliation compares of one project record, folded and numbered once.
///
/// Plain values only: words are 64-bit hashes (``WordHash``), the lists of them live in a
/// ``ProfileTable``'s pool, and a profile holds where its lists are, so that comparing
/// millions of pairs copies no array.
struct LinkageProfile: Sendable {
    /// Where a list of word hashes is in the pool: sorted, distinct.
    struct List: Sendable {
        var start: Int32 = 0
        var count: Int32 = 0
        var isEmpty: Bool { count == 0 }
    }

    /// The record's file, hashed: two records of one document are two projects.
    var file: UInt64
    /// Carrier names without legal forms (`partenord habitat`).
    var carrierNames = List()
    /// The distinctive words of the carriers' names (`partenord`, `icf`, `sabliere`).
    var carrierWords = List()
    /// The words of département names in the carriers' names (`pas`, `calais`).
    var carrierPlaces = List()
    /// The distinctive words of the partners' names.
    var partnerWords = List()
    /// The title, folded whole, and its distinctive words.
    var title: UInt64?
    var titleWords = List()
    /// Pairs of consecutive distinctive title words (for blocking).
    var titleBigrams = List()
    /// The territory as written, folded; the words that name its towns or areas rather than
    /// its département (`laval` in `Laval, Mayenne`); its départements.
    var place: UInt64?
    var placeWords = List()
    var departments = List()
    /// Contact e-mails, their organisations' domains, and the people's folded names.
    var emails = List()
    var domains = List()
    var people = List()
    /// Households supported, as the middle of their range, and whether per year.
    var households: Double?
    var householdsPerYear = false
    /// Cost in euros: the total and the yearly figure.
    var costTotal: Double?
    var costPerYear: Double?
    /// Duration in months.
    var months: Int?

    init(file: UInt64) {
        self.file = file
    }

    /// The same profile with its lists moved `offset` places further in the pool.
    func shifted(by offset: Int32) -> LinkageProfile {
        var profile = self
        for path in [\LinkageProfile.carrierNames, \.carrierWords, \.carrierPlaces, \.partnerWords, \.titleWords, \.titleBigrams, \.placeWords,
                     \.departments, \.emails, \.domains, \.people] {
            profile[keyPath: path].start += offset
        }
        return profile
    }
}

/// The profiles of a run's project records, and the pool of word hashes they point into.
struct ProfileTable: Sendable {
    private(set) var profiles: [LinkageProfile] = []
    private(set) var pool: [UInt64] = []

    /// The profiles of `records[indices]`, built on every core in chunks and joined in order.
    init(_ records: [LinkageRecord], indices: [Int]) {
        let parts = Parallel.map(Parallel.chunks(indices.count)) { range in
            var part = ProfileTable()
            part.profiles.reserveCapacity(range.count)
            for position in range { part.profiles.append(part.profile(of: records[indices[position]])) }
            return part
        }
        profiles.reserveCapacity(indices.count)
        pool.reserveCapacity(parts.reduce(0) { $0 + $1.pool.count })
        for part in parts {
            let offset = Int32(pool.count)
            pool += part.pool
            profiles += part.profiles.map { $0.shifted(by: offset) }
        }
    }

    private init() {}

    /// The hashes of a list.
    func hashes(_ list: LinkageProfile.List) -> ArraySlice<UInt64> {
        pool[Int(list.start)..<Int(list.start + list.count)]
    }

    /// Stores `hashes`, sorted and distinct, in the pool.
    private mutating func list(_ hashes: [UInt64]) -> LinkageProfile.List {
        let start = pool.count
        for hash in hashes.sorted() where pool.count == start || pool[pool.count - 1] != hash { pool.append(hash) }
        return LinkageProfile.List(start: Int32(start), count: Int32(pool.count - start))
    }

    private mutating func profile(of record: LinkageRecord) -> LinkageProfile {
        var profile = LinkageProfile(file: WordHash.fnv(record.file.utf8))
        var names: [UInt64] = []
        var words: [UInt64] = []
        var places: [UInt64] = []
        for carrier in record.carriers {
            let folded = FoldedWords.hashes(carrier)
            let core = folded.filter { !NameWords.legalFormHashes.contains($0.value) }
            if !core.isEmpty { names.append(WordHash.combine(core.map(\.value), tag: 1)) }
            for word in folded where !NameWords.genericHashes.contains(word.value) {
                if NameWords.placeHashes.contains(word.value) { places.append(word.value) } else { words.append(word.value) }
            }
        }
        profile.carrierNames = list(names)
        profile.carrierWords = list(words)
        profile.carrierPlaces = list(places)
        profile.partnerWords = list(record.partners.flatMap { FoldedWords.hashes($0) }.map(\.value).filter { !NameWords.genericHashes.contains($0) })
        if let value = record.title {
            let folded = FoldedWords.hashes(value)
            profile.title = WordHash.combine(folded.map(\.value), tag: 2)
            let distinctive = folded.filter { $0.length >= 3 && !NameWords.titleGenericHashes.contains($0.value) }.map(\.value)
            profile.titleWords = list(distinctive)
            profile.titleBigrams = list(zip(distinctive, distinctive.dropFirst()).map { WordHash.combine([$0, $1], tag: 3) })
        }
        if let territory = record.territory, !record.territoryIsTentative {
            let folded = FoldedWords.hashes(territory.value)
            profile.place = WordHash.combine(folded.map(\.value), tag: 4)
            profile.placeWords = list(folded.filter { word in
                !word.isNumber && !NameWords.genericHashes.contains(word.value) && !NameWords.placeHashes.contains(word.value)
            }.map(\.value))
            profile.departments = list(territory.departments.map { WordHash.fnv($0.utf8, seed: 5) })
        }
        var emails: [UInt64] = []
        var domains: [UInt64] = []
        var people: [UInt64] = []
        for email in record.emails.map({ $0.lowercased() }) {
            emails.append(WordHash.fnv(email.utf8))
            if let at = email.lastIndex(of: "@") {
                let domain = email[email.index(after: at)...]
                if !NameWords.publicDomains.contains(String(domain)) { domains.append(WordHash.fnv(domain.utf8)) }
            }
        }
        for name in record.names {
            let folded = FoldedWords.hashes(name)
            if folded.count >= 2 { people.append(WordHash.combine(folded.map(\.value), tag: 6)) }
        }
        profile.emails = list(emails)
        profile.domains = list(domains)
        profile.people = list(people)
        if let quantity = record.households {
            profile.households = Double(quantity.min + quantity.max) / 2
            profile.householdsPerYear = quantity.per == .year
        }
        if let cost = record.cost {
            profile.costTotal = cost.total.map { NSDecimalNumber(decimal: $0).doubleValue }
            profile.costPerYear = cost.perYear.map { NSDecimalNumber(decimal: $0).doubleValue }
        }
        profile.months = record.duration?.months
        return profile
    }
}

import Foundation

/// What reconciliation compares of one project record, folded and numbered once.
///
/// Plain values only: the lists of numbered words live in a ``ProfileTable``'s pool, and a
/// profile holds where its lists are, so that comparing millions of pairs copies no array.
struct LinkageProfile: Sendable {
    /// Where a list of numbers is in the pool: sorted, distinct numbers.
    struct List: Sendable {
        var start: Int32 = 0
        var count: Int32 = 0
        var isEmpty: Bool { count == 0 }
    }

    /// The record's file, numbered: two records of one document are two projects.
    var file: Int32
    /// Carrier names without legal forms (`partenord habitat`).
    var carrierNames = List()
    /// The distinctive words of the carriers' names (`partenord`, `icf`, `sabliere`).
    var carrierWords = List()
    /// The words of département names in the carriers' names (`pas`, `calais`).
    var carrierPlaces = List()
    /// The distinctive words of the partners' names.
    var partnerWords = List()
    /// The title, folded whole, and its distinctive words.
    var title: Int32?
    var titleWords = List()
    /// Pairs of consecutive distinctive title words (for blocking).
    var titleBigrams = List()
    /// The territory as written, folded; the words that name its towns or areas rather than
    /// its département (`laval` in `Laval, Mayenne`); its départements.
    var place: Int32?
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

    init(file: Int32) {
        self.file = file
    }
}

/// The profiles of a run's project records, and the pool of numbered words they point into.
struct ProfileTable: Sendable {
    private(set) var profiles: [LinkageProfile] = []
    private(set) var pool: [Int32] = []
    private var vocabulary: [String: Int32] = [:]

    init(_ records: [ProjectRecord]) {
        profiles.reserveCapacity(records.count)
        for record in records { profiles.append(profile(of: record)) }
        vocabulary = [:]
    }

    /// The numbers of a list of `profile`.
    func numbers(_ list: LinkageProfile.List) -> ArraySlice<Int32> {
        pool[Int(list.start)..<Int(list.start + list.count)]
    }

    private mutating func id(_ word: String) -> Int32 {
        if let id = vocabulary[word] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[word] = id
        return id
    }

    /// Numbers `words` and stores them, sorted and distinct, in the pool.
    private mutating func list<Words: Sequence<String>>(_ words: Words) -> LinkageProfile.List {
        var ids = words.map { id($0) }
        ids.sort()
        let start = pool.count
        for id in ids where pool.count == start || pool[pool.count - 1] != id { pool.append(id) }
        return LinkageProfile.List(start: Int32(start), count: Int32(pool.count - start))
    }

    private mutating func profile(of record: ProjectRecord) -> LinkageProfile {
        var profile = LinkageProfile(file: id(record.file))
        var names: [String] = []
        var words: [String] = []
        var places: [String] = []
        for carrier in record.carriers {
            let folded = FoldedWords.of(carrier.value)
            let core = folded.filter { !ProfileTable.legalForms.contains($0) }
            if !core.isEmpty { names.append(core.joined(separator: " ")) }
            for word in folded where !NameWords.generic.contains(word) {
                if NameWords.places.contains(word) { places.append(word) } else { words.append(word) }
            }
        }
        profile.carrierNames = list(names)
        profile.carrierWords = list(words)
        profile.carrierPlaces = list(places)
        profile.partnerWords = list(record.partners.flatMap { FoldedWords.of($0.value) }.filter { !NameWords.generic.contains($0) })
        if let value = record.title?.value {
            let folded = FoldedWords.of(value)
            profile.title = id(folded.joined(separator: " "))
            let distinctive = folded.filter { $0.count >= 3 && !NameWords.titleGeneric.contains($0) }
            profile.titleWords = list(distinctive)
            profile.titleBigrams = list(zip(distinctive, distinctive.dropFirst()).map { $0 + " " + $1 })
        }
        if let territory = record.territory?.value {
            let folded = FoldedWords.of(territory.value)
            profile.place = id(folded.joined(separator: " "))
            profile.placeWords = list(folded.filter { word in
                !NameWords.generic.contains(word) && !NameWords.places.contains(word) && !word.allSatisfy(\.isNumber)
            })
            profile.departments = list(territory.departments.map { "(" + $0 + ")" })
        }
        var emails: [String] = []
        var domains: [String] = []
        var people: [String] = []
        for contact in record.contacts {
            if let email = contact.value.email?.lowercased() {
                emails.append(email)
                if let at = email.lastIndex(of: "@") {
                    let domain = String(email[email.index(after: at)...])
                    if !NameWords.publicDomains.contains(domain) { domains.append("@" + domain) }
                }
            }
            if let name = contact.value.name {
                let folded = FoldedWords.of(name)
                if folded.count >= 2 { people.append(folded.joined(separator: " ")) }
            }
        }
        profile.emails = list(emails)
        profile.domains = list(domains)
        profile.people = list(people)
        if let quantity = record.households?.value {
            profile.households = Double(quantity.min + quantity.max) / 2
            profile.householdsPerYear = quantity.per == .year
        }
        if let cost = record.cost?.value {
            profile.costTotal = cost.total.map { NSDecimalNumber(decimal: $0).doubleValue }
            profile.costPerYear = cost.perYear.map { NSDecimalNumber(decimal: $0).doubleValue }
        }
        profile.months = record.duration?.value.months
        return profile
    }

    /// Legal forms dropped from a carrier's name before names are compared whole.
    private static let legalForms: Set<String> = [
        "oph", "opac", "sa", "hlm", "esh", "sem", "scic", "sas", "d", "l", "office", "public", "de", "du", "la", "le",
    ]
}

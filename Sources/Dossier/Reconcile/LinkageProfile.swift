import Foundation

/// What reconciliation compares of one project record, folded and numbered once.
struct LinkageProfile: Sendable {
    /// The record's file, numbered: two records of one document are two projects.
    var file: Int32
    /// Carrier names without legal forms (`partenord habitat`), numbered.
    var carrierNames: [Int32] = []
    /// The distinctive words of the carriers' names (`partenord`, `icf`, `sabliere`).
    var carrierWords: [Int32] = []
    /// The words of département names in the carriers' names (`pas`, `calais`).
    var carrierPlaces: [Int32] = []
    /// The distinctive words of the partners' names.
    var partnerWords: [Int32] = []
    /// The title, folded whole, and its distinctive words.
    var title: Int32?
    var titleWords: [Int32] = []
    /// The territory as written, folded; the words that name its towns or areas rather than
    /// its département (`laval` in `Laval, Mayenne`); its départements.
    var place: Int32?
    var placeWords: [Int32] = []
    var departments: [Int32] = []
    /// Contact e-mails, their organisations' domains, and the people's folded names.
    var emails: [Int32] = []
    var domains: [Int32] = []
    var people: [Int32] = []
    /// Households supported, as the middle of their range, and per what.
    var households: (middle: Double, perYear: Bool)?
    /// Cost in euros: the total and the yearly figure.
    var costTotal: Double?
    var costPerYear: Double?
    /// Duration in months.
    var months: Int?

    init(_ record: ProjectRecord, vocabulary: inout Vocabulary) {
        file = vocabulary.id("file:" + record.file)
        var names: [String] = []
        var words: [String] = []
        var places: [String] = []
        for carrier in record.carriers {
            let folded = FoldedWords.of(carrier.value)
            let core = folded.filter { !LinkageProfile.legalForms.contains($0) }
            if !core.isEmpty { names.append(core.joined(separator: " ")) }
            for word in folded where !NameWords.generic.contains(word) {
                if NameWords.places.contains(word) { places.append(word) } else { words.append(word) }
            }
        }
        carrierNames = vocabulary.ids(names.map { "name:" + $0 })
        carrierWords = vocabulary.ids(words.map { "word:" + $0 })
        carrierPlaces = vocabulary.ids(places.map { "word:" + $0 })
        partnerWords = vocabulary.ids(record.partners.flatMap { FoldedWords.of($0.value) }.filter { !NameWords.generic.contains($0) }.map { "word:" + $0 })
        if let value = record.title?.value {
            let folded = FoldedWords.of(value)
            title = vocabulary.id("title:" + folded.joined(separator: " "))
            titleWords = vocabulary.ids(folded.filter { $0.count >= 3 && !NameWords.titleGeneric.contains($0) }.map { "word:" + $0 })
        }
        if let territory = record.territory?.value {
            let folded = FoldedWords.of(territory.value)
            place = vocabulary.id("place:" + folded.joined(separator: " "))
            placeWords = vocabulary.ids(folded.filter { word in
                !NameWords.generic.contains(word) && !NameWords.places.contains(word) && !word.allSatisfy(\.isNumber)
            }.map { "word:" + $0 })
            departments = vocabulary.ids(territory.departments.map { "department:" + $0 })
        }
        var emails: [String] = []
        var domains: [String] = []
        var people: [String] = []
        for contact in record.contacts {
            if let email = contact.value.email?.lowercased() {
                emails.append("email:" + email)
                if let at = email.lastIndex(of: "@") {
                    let domain = String(email[email.index(after: at)...])
                    if !NameWords.publicDomains.contains(domain) { domains.append("domain:" + domain) }
                }
            }
            if let name = contact.value.name {
                let folded = FoldedWords.of(name)
                if folded.count >= 2 { people.append("person:" + folded.joined(separator: " ")) }
            }
        }
        self.emails = vocabulary.ids(emails)
        self.domains = vocabulary.ids(domains)
        self.people = vocabulary.ids(people)
        if let quantity = record.households?.value {
            households = (Double(quantity.min + quantity.max) / 2, quantity.per == .year)
        }
        if let cost = record.cost?.value {
            costTotal = cost.total.map { NSDecimalNumber(decimal: $0).doubleValue }
            costPerYear = cost.perYear.map { NSDecimalNumber(decimal: $0).doubleValue }
        }
        months = record.duration?.value.months
    }

    /// Legal forms dropped from a carrier's name before names are compared whole.
    private static let legalForms: Set<String> = [
        "oph", "opac", "sa", "hlm", "esh", "sem", "scic", "sas", "d", "l", "office", "public", "de", "du", "la", "le",
    ]
}

import Dossier
import Foundation

/// Project records made up for the reconciliation benchmark, with the truth of which describe
/// the same project.
///
/// About three quarters of the projects are described once, the others two or three times,
/// always in different files, as a guide, a form and a brochure would. A second description
/// rewords the title, may give the carrier's group name with the member's e-mail domain, may
/// name another contact of the same landlord, and may change one figure. Landlords carry
/// several projects each, in the same département, so that near misses abound.
struct SyntheticRecords {
    let records: [ProjectRecord]
    /// The project each record describes.
    let truth: [Int]

    init(count: Int, seed: UInt64 = 2014) {
        var random = SplitMix(seed: seed)
        let landlords = max(50, count / 40)
        let vocabulary = (0..<2_000).map { SyntheticRecords.word(&random, syllables: 2 + $0 % 3) }
        let landlordNames = (0..<landlords).map { _ in SyntheticRecords.word(&random, syllables: 3).capitalized }
        let partnerNames = (0..<(landlords * 3)).map { _ in SyntheticRecords.word(&random, syllables: 2).uppercased() }
        let people = (0..<(landlords * 4)).map { _ in
            (SyntheticRecords.word(&random, syllables: 2).capitalized, SyntheticRecords.word(&random, syllables: 3).uppercased())
        }
        var records: [ProjectRecord] = []
        var truth: [Int] = []
        records.reserveCapacity(count)
        var project = 0
        while records.count < count {
            let landlord = Int(random.next() % UInt64(landlords))
            let department = String(format: "%02d", 1 + landlord % 95)
            let town = SyntheticRecords.word(&random, syllables: 3).capitalized
            let title = (0..<(4 + Int(random.next() % 4))).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
            let partner = partnerNames[(landlord * 3 + Int(random.next() % 3)) % partnerNames.count]
            let households = 10 + Int(random.next() % 90)
            let cost = Decimal(1_000 * (20 + Int(random.next() % 200)))
            let copies = switch random.next() % 20 { case 0..<15: 1; case 15..<19: 2; default: 3 }
            let contact = landlord * 4 + Int(random.next() % 4)
            for copy in 0..<min(copies, count - records.count) {
                let file = "synthetic-\(copy)-\(records.count / 20).txt"
                var record = ProjectRecord(
                    id: String(format: "%016llx", random.next()), kind: .project, layout: copy == 0 ? .monograph : copy == 1 ? .document : .brochureSection,
                    file: file, sha256: "", section: nil, sectionAsWritten: nil, span: SyntheticRecords.span
                )
                var words = title
                if copy > 0 { words[Int(random.next() % UInt64(words.count))] = vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
                record.title = SyntheticRecords.found(words.joined(separator: " ").uppercased())
                let group = copy > 0 && random.next() % 5 == 0
                record.carriers = [SyntheticRecords.found(group ? "Groupe " + landlordNames[(landlord + 1) % landlords] : landlordNames[landlord] + " Habitat")]
                record.partners = [SyntheticRecords.found(partner)]
                record.territory = SyntheticRecords.found(ProjectRecord.Territory(value: "\(town) (\(department))", departments: [department]))
                // Another person of the same landlord, now and then, in a later description.
                let person = people[copy > 0 && random.next() % 3 == 0 ? landlord * 4 + Int(random.next() % 4) : contact]
                let domain = landlordNames[landlord].lowercased() + "-habitat.fr"
                record.contacts = [SyntheticRecords.found(Contact(
                    name: "\(person.0) \(person.1)", email: "\(person.0.lowercased()).\(person.1.lowercased())@\(domain)"
                ))]
                let changed = copy > 0 && random.next() % 4 == 0
                record.households = SyntheticRecords.found(Quantity(min: households + (changed ? 5 : 0), max: households + (changed ? 5 : 0), per: .total))
                record.cost = SyntheticRecords.found(ProjectRecord.Cost(total: cost, perYear: nil, perHousehold: nil, text: ""))
                record.duration = SyntheticRecords.found(Duration(months: 36))
                records.append(record)
                truth.append(project)
            }
            project += 1
        }
        self.records = records
        self.truth = truth
    }

    private static let span = Span(bytes: 0..<0, start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))

    private static func found<Value>(_ value: Value) -> Found<Value> {
        Found(value: value, evidence: Evidence(text: "", span: span, rule: "synthetic", confidence: 1))
    }

    private static func word(_ random: inout SplitMix, syllables: Int) -> String {
        let onsets = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "br", "tr", "gr"]
        let vowels = ["a", "e", "i", "o", "u", "ou", "ai", "an", "on"]
        return (0..<syllables).map { _ in onsets[Int(random.next() % UInt64(onsets.count))] + vowels[Int(random.next() % UInt64(vowels.count))] }.joined()
    }
}

/// A small, fast, seeded random generator (SplitMix64), so that runs are repeatable.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Whether a project helps people into housing, keeps tenants housed, or both.
enum Mode: CaseIterable {
    case access
    case maintenance
    case both

    /// The value of the output contract and the gold.
    var goldValue: String {
        switch self {
        case .access: "access"
        case .maintenance: "maintenance"
        case .both: "access_and_maintenance"
        }
    }
}

/// Whom a project supports, the noun that counts them, and the modes that suit them.
struct Audience {
    /// The counted noun, plural (`ménages`, `jeunes`).
    let noun: String
    /// Who they are, as a phrase with its article (`des familles hébergées à l'hôtel...`).
    let description: String
    let modes: [Mode]

    /// The description after `de`, where French drops the article `des` (`auprès de
    /// familles hébergées à l'hôtel...`).
    var afterDe: String {
        description.hasPrefix("des ") ? "de " + description.dropFirst(4) : "de " + description
    }

    /// The public named again (`ces jeunes`).
    var these: String { "ces " + noun }

    /// The counted noun in the singular (`ménage`, `jeune`).
    var singular: String { String(noun.dropLast()) }

    static let all = [
        Audience(noun: "ménages", description: "des ménages aux ressources modestes qui cumulent des difficultés sociales", modes: Mode.allCases),
        Audience(noun: "ménages", description: "des ménages fragilisés par une séparation, une perte d'emploi ou la maladie", modes: Mode.allCases),
        Audience(noun: "jeunes", description: "des jeunes sans appui familial, souvent passés par l'Aide sociale à l'enfance", modes: [.access, .both]),
        Audience(noun: "personnes", description: "des personnes isolées, longtemps restées sans domicile", modes: [.access, .both]),
        Audience(noun: "femmes", description: "des mères seules et des femmes sans enfant qui ont fui un conjoint violent", modes: [.access]),
        Audience(noun: "familles", description: "des familles hébergées à l'hôtel depuis de longs mois", modes: [.access, .both]),
        Audience(noun: "locataires", description: "des locataires âgés, isolés, qui ne sortent presque plus de chez eux", modes: [.maintenance]),
        Audience(noun: "locataires", description: "des locataires en impayé qui ne répondent plus aux relances", modes: [.maintenance, .both]),
    ]
}

/// Who pays for a project, and what share of its yearly cost.
struct FundingShare {
    /// The funder as a document names it (`FNAVDL`, `Département du Nord`).
    let source: String
    let percent: Int

    /// The funder with its article, as after `par` (`le Département du Nord`, `la CAF de
    /// l'Aisne`, `Alvéa Habitat`).
    var sourceWithArticle: String {
        if source.hasPrefix("Département") { return "le " + source }
        if ["Ville", "Communauté", "CAF", "Fondation"].contains(where: source.hasPrefix) { return "la " + source }
        return source
    }
}

/// The facts of one project: what every document about it says, by construction.
///
/// Figures hold together: the yearly cost is the households a year times the cost per
/// household, the total cost and households follow from the duration, and the funding
/// shares add up to a hundred.
struct ProjectFacts {
    /// The project's number in the corpus.
    let id: Int
    var title: ProjectTitle
    /// The landlords that carry it; two or three carriers all have names of two words or more.
    var carriers: [Organisation]
    /// The associations it works with.
    var partners: [Organisation]
    var place: Place
    /// The year it started.
    var startYear: Int
    var mode: Mode
    var audience: Audience
    var householdsPerYear: Int
    /// With `mode == .both`, how many of the households a year are helped into housing.
    var accessPerYear: Int
    var housingUnits: Int
    /// 12 (renewable), 18, 24 or 36.
    var months: Int
    var costPerHousehold: Int
    var funding: [FundingShare]
    /// The people to contact: one at the first carrier, sometimes one at the partner.
    var contacts: [Person]
    /// Another person of the first carrier, whom another document may name instead.
    var otherContact: Person

    var renewable: Bool { months == 12 }
    var costPerYear: Int { householdsPerYear * costPerHousehold }
    var totalCost: Int { costPerYear * months / 12 }
    var totalHouseholds: Int { householdsPerYear * months / 12 }
    /// The households a year helped to stay housed, with `mode == .both`.
    var maintenancePerYear: Int { householdsPerYear - accessPerYear }
    /// The last year, for a period written as years (`2016-2019` for three years).
    var endYear: Int { startYear + max(1, months / 12) }

    /// A new project, somewhere in France.
    static func random(id: Int, using random: inout SplitMix64) -> ProjectFacts {
        let department = random.pick(Gazetteer.departments)
        let place = Place(town: random.pick(department.towns), department: department)
        let carrierCount = random.pick(weighted: [(1, 80), (2, 15), (3, 5)])
        var carriers: [Organisation] = []
        while carriers.count < carrierCount {
            let next = Organisation.landlord(near: place, using: &random)
            guard carrierCount == 1 || next.fitsInList, !carriers.contains(next) else { continue }
            carriers.append(next)
        }
        var partners = [Organisation.association(using: &random)]
        if random.chance(0.15) {
            let second = Organisation.association(using: &random)
            if second.name != partners[0].name { partners.append(second) }
        }
        let audience = random.pick(Audience.all)
        let mode = random.pick(audience.modes)
        let months = random.pick(weighted: [(36, 55), (24, 20), (18, 12), (12, 13)])
        var households = random.int(in: 6...70)
        if months == 18, households % 2 == 1 { households += 1 }
        let access = mode == .both ? random.int(in: 1...households - 1) : (mode == .access ? households : 0)
        let units = mode == .maintenance ? households : random.int(in: max(1, households / 2)...households)
        let carrier = carriers[0]
        var contacts = [Person.random(at: carrier, using: &random)]
        if random.chance(0.2) { contacts.append(Person.random(at: partners[0], using: &random)) }
        var other = Person.random(at: carrier, using: &random)
        while other.email == contacts[0].email { other = Person.random(at: carrier, using: &random) }
        return ProjectFacts(
            id: id,
            title: ProjectTitle.random(using: &random),
            carriers: carriers,
            partners: partners,
            place: place,
            startYear: random.int(in: 2014...2021),
            mode: mode,
            audience: audience,
            householdsPerYear: households,
            accessPerYear: access,
            housingUnits: units,
            months: months,
            costPerHousehold: random.int(in: 1_200...6_000, step: 100),
            funding: fundingShares(carrier: carrier, place: place, using: &random),
            contacts: contacts,
            otherContact: other
        )
    }

    /// The project as another document tells it: a reworded title, and sometimes another
    /// person of the same carrier to contact.
    func retold(using random: inout SplitMix64) -> ProjectFacts {
        var copy = self
        if random.chance(0.7) { copy.title = ProjectTitle(text: title.reworded, reworded: title.text) }
        if random.chance(0.4) { copy.contacts[0] = otherContact }
        return copy
    }

    private static func fundingShares(carrier: Organisation, place: Place, using random: inout SplitMix64) -> [FundingShare] {
        let shares = random.pick([[40, 25, 20, 15], [45, 35, 20], [50, 30, 20], [60, 25, 15], [50, 50], [40, 30, 30]])
        let local = random.pick([
            "Département " + place.department.ofName, "Ville de " + place.town, "Communauté d'agglomération de " + place.town,
            "CAF " + place.department.ofName, "Fondation Abbé Pierre",
        ])
        let fourth = random.pick(["CAF " + place.department.ofName, "Fondation Abbé Pierre", "Action Logement"].filter { $0 != local })
        let sources = ["FNAVDL", carrier.name, local, fourth]
        return zip(sources, shares).map { FundingShare(source: $0, percent: $1) }
    }
}

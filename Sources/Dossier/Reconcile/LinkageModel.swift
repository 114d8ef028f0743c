import Foundation

/// The comparisons that reconciliation makes between two project records, and what each
/// outcome weighs: the one reviewed place where the model's m and u probabilities are written.
///
/// As in Fellegi–Sunter record linkage (and Splink), each field comparison falls into a
/// level; `m` is the probability of that level when the two records describe the same
/// project, `u` when they describe different projects that blocking still put side by side.
/// A level weighs `log2(m / u)` bits; a field that one record lacks weighs nothing. A pair's
/// score is the prior log-odds plus the weights: it links when the score reaches `threshold`.
///
/// The values were set by reading the duplicates and near misses of `Corpus/` and of the real
/// documents (`Corpus/gold/clusters.json`, `Corpus/gold/seeds/clusters.json`): the same
/// landlord carries several projects (a shared carrier alone must not link), a group and its
/// member company share an e-mail domain but not a name, a brochure written years later
/// rewords the title and updates the figures.
public struct LinkageModel: Sendable {
    /// A field compared between two records.
    public enum Field: String, Sendable, CaseIterable, Comparable {
        case carriers, partners, title, territory, contacts, households, cost, duration

        public static func < (lhs: Field, rhs: Field) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// An outcome of a field comparison, from the most to the least alike.
    public enum Level: String, Sendable, CaseIterable {
        /// Equal once folded.
        case exact
        /// Nearly equal: most distinctive words shared, the same person, the same town,
        /// figures within a fifth.
        case close
        /// Something shared: a distinctive word, an e-mail domain, a département with no town
        /// named on one side.
        case some
        /// Both records give the field and nothing is shared.
        case different
    }

    /// A level's probabilities among true and false pairs.
    public struct Probabilities: Sendable {
        public var m: Double
        public var u: Double
        /// The level's weight in bits: `log2(m / u)`.
        public var weight: Double { log2(m / u) }
    }

    /// The probabilities of every level of every field.
    public let levels: [Field: [Level: Probabilities]]
    /// The log-odds, in bits, that two records put side by side by blocking are the same
    /// project, before any comparison.
    public let prior: Double
    /// The score from which a pair links (0: as likely the same project as not).
    public let threshold: Double
    /// The weights by field and level: `Level.allCases.count` a field, in the order of
    /// `Field.allCases` and `Level.allCases`.
    let table: [Double]

    public init(levels: [Field: [Level: Probabilities]], prior: Double, threshold: Double) {
        self.levels = levels
        self.prior = prior
        self.threshold = threshold
        table = Field.allCases.flatMap { field in Level.allCases.map { levels[field]?[$0]?.weight ?? 0 } }
    }

    /// The model used by default. Its u values are those of pairs that blocking puts side by
    /// side, which mostly share a carrier or a département: there, a shared carrier or contact
    /// is common and tells little, while the title and the town tell most.
    public static let standard = LinkageModel(
        levels: [
            // A group and its member company share no name: the contacts field tells.
            .carriers: [
                .exact: .init(m: 0.80, u: 0.50), .close: .init(m: 0.10, u: 0.10),
                .some: .init(m: 0.05, u: 0.15), .different: .init(m: 0.05, u: 0.25),
            ],
            // A landlord works with the same association on several projects.
            .partners: [
                .exact: .init(m: 0.60, u: 0.15), .close: .init(m: 0.20, u: 0.10),
                .some: .init(m: 0.10, u: 0.10), .different: .init(m: 0.10, u: 0.65),
            ],
            // Titles are reworded from one document to the next; a shared title is telling,
            // a different one only a little.
            .title: [
                .exact: .init(m: 0.30, u: 0.001), .close: .init(m: 0.30, u: 0.01),
                .some: .init(m: 0.15, u: 0.05), .different: .init(m: 0.25, u: 0.939),
            ],
            // One département holds many projects of one landlord: the town tells them apart.
            .territory: [
                .exact: .init(m: 0.45, u: 0.02), .close: .init(m: 0.25, u: 0.02),
                .some: .init(m: 0.30, u: 0.40), .different: .init(m: 0.03, u: 0.56),
            ],
            // One landlord gives the same contact for several of its projects.
            .contacts: [
                .exact: .init(m: 0.50, u: 0.08), .close: .init(m: 0.10, u: 0.04),
                .some: .init(m: 0.30, u: 0.58), .different: .init(m: 0.10, u: 0.30),
            ],
            .households: [
                .exact: .init(m: 0.45, u: 0.06), .close: .init(m: 0.20, u: 0.12),
                .different: .init(m: 0.35, u: 0.82),
            ],
            // Round amounts (90 000 €, 120 000 €) come back from one project to the next.
            .cost: [
                .exact: .init(m: 0.45, u: 0.03), .close: .init(m: 0.20, u: 0.08),
                .different: .init(m: 0.35, u: 0.89),
            ],
            .duration: [
                .exact: .init(m: 0.75, u: 0.45), .different: .init(m: 0.25, u: 0.55),
            ],
        ],
        prior: -3,
        threshold: 0
    )

    /// The weight of `level` for `field`, in bits (0 for a level the model does not know).
    public func weight(_ field: Field, _ level: Level) -> Double {
        table[field.index * Level.allCases.count + level.index]
    }
}

extension LinkageModel.Field {
    /// The field's place in `allCases`.
    var index: Int {
        switch self {
        case .carriers: 0
        case .partners: 1
        case .title: 2
        case .territory: 3
        case .contacts: 4
        case .households: 5
        case .cost: 6
        case .duration: 7
        }
    }
}

extension LinkageModel.Level {
    /// The level's place in `allCases`.
    var index: Int {
        switch self {
        case .exact: 0
        case .close: 1
        case .some: 2
        case .different: 3
        }
    }
}

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
    public enum Level: String, Sendable {
        /// Equal once folded.
        case exact
        /// Nearly equal: most distinctive words shared, the same person, the same département
        /// and place, figures within a small margin.
        case close
        /// Something shared: a distinctive word, an e-mail domain, a département, figures of
        /// the same size.
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
    public var levels: [Field: [Level: Probabilities]]
    /// The log-odds, in bits, that two records put side by side by blocking are the same
    /// project, before any comparison.
    public var prior: Double
    /// The score from which a pair links.
    public var threshold: Double

    /// The model used by default.
    public static let standard = LinkageModel(
        levels: [
            // A group and its member company share no name: the contacts field tells.
            .carriers: [
                .exact: .init(m: 0.55, u: 0.02), .close: .init(m: 0.25, u: 0.03),
                .some: .init(m: 0.10, u: 0.10), .different: .init(m: 0.10, u: 0.85),
            ],
            .partners: [
                .exact: .init(m: 0.45, u: 0.01), .close: .init(m: 0.25, u: 0.02),
                .some: .init(m: 0.10, u: 0.05), .different: .init(m: 0.20, u: 0.92),
            ],
            // Titles are reworded from one document to the next; a shared title is telling,
            // a different one only a little.
            .title: [
                .exact: .init(m: 0.30, u: 0.002), .close: .init(m: 0.25, u: 0.01),
                .some: .init(m: 0.20, u: 0.08), .different: .init(m: 0.25, u: 0.908),
            ],
            // One département holds many projects: sharing it alone tells nothing.
            .territory: [
                .exact: .init(m: 0.40, u: 0.04), .close: .init(m: 0.30, u: 0.05),
                .some: .init(m: 0.25, u: 0.25), .different: .init(m: 0.05, u: 0.66),
            ],
            // The same person or address is strong; another person at the same domain is
            // what a group and its member, or one landlord's two projects, share.
            .contacts: [
                // One landlord gives the same contact for several of its projects.
                .exact: .init(m: 0.45, u: 0.02), .close: .init(m: 0.15, u: 0.02),
                .some: .init(m: 0.30, u: 0.15), .different: .init(m: 0.10, u: 0.835),
            ],
            .households: [
                .exact: .init(m: 0.45, u: 0.06), .close: .init(m: 0.20, u: 0.12),
                .different: .init(m: 0.35, u: 0.82),
            ],
            .cost: [
                .exact: .init(m: 0.45, u: 0.01), .close: .init(m: 0.20, u: 0.08),
                .different: .init(m: 0.35, u: 0.91),
            ],
            .duration: [
                .exact: .init(m: 0.75, u: 0.45), .different: .init(m: 0.25, u: 0.55),
            ],
        ],
        prior: -5,
        threshold: 3
    )

    /// The weight of `level` for `field`, in bits (0 for a level the model does not know).
    public func weight(_ field: Field, _ level: Level) -> Double {
        levels[field]?[level]?.weight ?? 0
    }
}

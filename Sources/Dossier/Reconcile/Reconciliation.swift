/// What reconciliation makes of a run's records: clusters of records that describe one
/// project, the scored pairs behind them, the index rows tied to their monographs, and one
/// merged project per cluster.
public struct Reconciliation: Sendable {
    /// A pair of records compared, with its per-field weights.
    public struct ScoredPair: Sendable {
        public var a: String
        public var b: String
        public var comparison: PairComparison
        /// Whether the pair ended in one cluster.
        public var linked: Bool
    }

    /// An index row and the monograph it lists.
    public struct IndexLink: Sendable, Equatable {
        public var indexRow: String
        public var record: String
        /// How they were tied: `section` or `carrier_and_place`.
        public var by: String
    }

    /// The model the pairs were scored with.
    public var model: LinkageModel
    /// What reconciliation read of the run's records, in their order.
    public var records: [LinkageRecord]
    /// The clusters of project records (record ids), singletons included, in input order.
    public var clusters: [[String]]
    /// The pairs compared that scored near the threshold or above (see
    /// ``Reconciler/reportMargin``), and every pair inside a cluster.
    public var pairs: [ScoredPair]
    /// Index rows and their monographs.
    public var indexLinks: [IndexLink]
    /// One merged project per cluster, in the clusters' order.
    public var projects: [MergedProject]
    /// How many candidate pairs blocking gave, and how many keys it set aside as too common.
    public var candidatePairs: Int
    public var droppedBlockingKeys: Int
}

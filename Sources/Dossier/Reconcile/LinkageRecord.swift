import Foundation

/// What reconciliation reads of a record: where it is, and its values without their
/// evidence, alternatives or diagnostics.
///
/// Linking records and finding where they conflict needs no evidence, and a record's
/// evidence is most of its memory: a run keeps these (a fraction of the full records' size)
/// and reads the full records back from `records.jsonl` when it writes `projects.json`
/// (``Reconciliation/writeProjects(reading:_:)``).
public struct LinkageRecord: Sendable {
    /// The record's id, kind and layout, its file and its section number, as in the record.
    public var id: String
    public var kind: RecordSegment.Kind
    public var layout: RecordSegment.Layout
    public var file: String
    public var section: String?
    /// Where the record starts in its document, in bytes: the last key of the source order.
    public var start: Int
    /// An index row's columns.
    public var index: ProjectRecord.IndexEntry?
    /// The values, as the record's `Found` values hold them, without their evidence.
    public var title: String?
    public var carriers: [String]
    public var partners: [String]
    public var territory: ProjectRecord.Territory?
    /// Whether the territory was read by the least sure of the place rules (under
    /// ``LinkageRecord/tentativePlace``: a dateline, `Rodez, le 28 avril 2017`), which may
    /// name where the writer sits rather than the project: kept in the project, but it tells
    /// no two records apart.
    public var territoryIsTentative: Bool
    public var year: Int?
    public var mode: ProjectRecord.Mode?
    public var households: Quantity?
    public var housingUnits: Quantity?
    public var duration: Duration?
    /// The cost's amounts (its components and text left out).
    public var cost: Amounts?
    /// The contacts' e-mails and names, as written.
    public var emails: [String]
    public var names: [String]

    /// The confidence under which a place is only tentative for linkage.
    public static let tentativePlace = 0.2

    /// What reconciliation reads of `record`.
    public init(_ record: ProjectRecord) {
        id = record.id
        kind = record.kind
        layout = record.layout
        file = record.file
        section = record.section
        start = record.span.bytes.lowerBound
        index = record.index
        title = record.title?.value
        carriers = record.carriers.map(\.value)
        partners = record.partners.map(\.value)
        territory = record.territory?.value
        territoryIsTentative = record.territory.map { $0.evidence.confidence < LinkageRecord.tentativePlace } ?? false
        year = record.year?.value
        mode = record.mode?.value
        households = record.households?.value
        housingUnits = record.housingUnits?.value
        duration = record.duration?.value
        cost = record.cost.map { Amounts(total: $0.value.total, perYear: $0.value.perYear, perHousehold: $0.value.perHousehold) }
        emails = record.contacts.compactMap(\.value.email)
        names = record.contacts.compactMap(\.value.name)
    }

    /// A cost's amounts, in euros.
    public struct Amounts: Sendable, Equatable {
        /// The whole cost, the cost per year and the cost per household.
        public var total: Decimal?
        public var perYear: Decimal?
        public var perHousehold: Decimal?
    }
}

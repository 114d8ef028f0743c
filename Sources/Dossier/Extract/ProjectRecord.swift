import Foundation

/// One record of the output: a project as one document describes it, or a row of an index
/// table, with every value's evidence (output contract, version 1).
public struct ProjectRecord: Sendable {
    /// A territory as written, with the département codes it names or implies.
    public struct Territory: Sendable, Equatable {
        public var value: String
        public var departments: [String]

        public init(value: String, departments: [String]) {
            self.value = value
            self.departments = departments
        }
    }

    /// Access to housing, keeping tenants housed, or both.
    public enum Mode: String, Sendable, Equatable {
        case access
        case maintenance
        case accessAndMaintenance = "access_and_maintenance"
    }

    /// What a project costs.
    public struct Cost: Sendable, Equatable {
        public var total: Decimal?
        public var perYear: Decimal?
        public var perHousehold: Decimal?
        public var components: [Component]
        public var text: String

        public init(total: Decimal?, perYear: Decimal?, perHousehold: Decimal?, components: [Component] = [], text: String) {
            self.total = total
            self.perYear = perYear
            self.perHousehold = perHousehold
            self.components = components
            self.text = text
        }

        /// A part of the cost (`dont 53 000 € pour la GLA`).
        public struct Component: Sendable, Equatable {
            public var euros: Decimal
            public var label: String
        }
    }

    /// Who funds a project, how much, what share.
    public struct Funding: Sendable, Equatable {
        public var source: String
        public var euros: Decimal?
        public var sharePercent: Decimal?
    }

    /// What an index row says.
    public struct IndexEntry: Sendable, Equatable {
        public var number: String
        public var localisation: String
        public var organisation: String
        public var page: String
    }

    /// Stable identifier: a hash of the file's content and the record's span.
    public var id: String
    /// Project or index row.
    public var kind: RecordSegment.Kind
    /// The layout the record was found in.
    public var layout: RecordSegment.Layout
    /// The input file's name as given.
    public var file: String
    /// The input file's SHA-256.
    public var sha256: String
    /// The section number (resolved against the index).
    public var section: String?
    /// The section number as printed, when it differs.
    public var sectionAsWritten: String?
    /// Where the record is in the original file.
    public var span: Span

    public var title: Found<String>?
    public var carriers: [Found<String>] = []
    public var partners: [Found<String>] = []
    public var territory: Found<Territory>?
    public var year: Found<Int>?
    public var mode: Found<Mode>?
    public var households: Found<Quantity>?
    public var housingUnits: Found<Quantity>?
    public var duration: Found<Duration>?
    public var cost: Found<Cost>?
    public var funding: [Found<Funding>] = []
    public var contacts: [Found<Contact>] = []
    /// For an index row: its cells.
    public var index: IndexEntry?
    /// Other values found for a field, beside the one chosen, so that an auditor sees why.
    public var alternatives: [String: [Evidence]] = [:]
    /// Findings about the record.
    public var diagnostics: [Diagnostic] = []

    /// A record with its identity and place, and no value yet.
    public init(
        id: String, kind: RecordSegment.Kind, layout: RecordSegment.Layout, file: String, sha256: String, section: String?,
        sectionAsWritten: String?, span: Span
    ) {
        self.id = id
        self.kind = kind
        self.layout = layout
        self.file = file
        self.sha256 = sha256
        self.section = section
        self.sectionAsWritten = sectionAsWritten
        self.span = span
    }
}

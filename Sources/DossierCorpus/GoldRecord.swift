/// The gold of one record: what the document says, in the normalized form of
/// `Corpus/gold/README.md`. A `nil` value is written `null`: the document does not give it.
struct GoldRecord {
    /// A count: households or dwellings.
    struct Quantity {
        var min: Int
        var max: Int
        var perYear: Bool
        var approximate = false
        /// The counted noun as written, when the text names one.
        var unit: String?
        /// The labelled parts (`accès`, `maintien`), when the text splits the count.
        var breakdown: [(label: String, count: Int)] = []
    }

    struct Duration {
        var months: Int
        var start: String?
        var end: String?
        var renewable: Bool
    }

    struct Cost {
        var total: Int?
        var perYear: Int?
        var perHousehold: Int?
    }

    struct Funding {
        var source: String
        var euros: Int?
        var percent: Int?
    }

    struct Contact {
        var name: String
        var email: String
        var phone: String?
        var role: String?
        var organisation: String?
    }

    /// A row of a guide's index table.
    struct IndexRow {
        var section: String
        var localisation: String
        var organisation: String
        var page: String
    }

    /// The key that pairs the record with the extractor's: the section number, the title
    /// of a brochure section, `document`, or `index ` and the number.
    var key: String
    var section: String?
    var sectionAsWritten: String?
    var title: String?
    var carriers: [String] = []
    var partners: [String] = []
    var territory: (value: String, departments: [String])?
    var year: Int?
    var mode: Mode?
    var households: Quantity?
    var housingUnits: Quantity?
    var duration: Duration?
    var cost: Cost?
    var funding: [Funding] = []
    var contacts: [Contact] = []
    /// Set for an index row, which has none of the fields above.
    var indexRow: IndexRow?

    init(key: String) {
        self.key = key
    }

    init(indexRow: IndexRow) {
        self.key = "index " + indexRow.section
        self.indexRow = indexRow
    }
}

extension GoldRecord.Contact {
    /// The gold of `person` as a document gives them: the role and organisation only where a
    /// contact block prints them.
    init(_ person: Person, phone: String? = nil, role: String? = nil, organisation: String? = nil) {
        self.init(name: person.name, email: person.email, phone: phone, role: role, organisation: organisation)
    }
}

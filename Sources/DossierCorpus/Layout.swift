/// The layouts of the corpus, one per kind of document of `Corpus/documents`.
enum Layout: CaseIterable {
    /// A national guide of numbered monographs, with index tables (`guide-monographies.txt`).
    case guide
    /// A regional brochure of sections opened by a year and a place (`brochure-*.txt`).
    case brochure
    /// A one-project application form, Word as text (`formulaire-*.txt`).
    case form
    /// A one-project fiche, Markdown export (`fiche-*.md`, `fiche-windows1252.txt`).
    case fiche
    /// A narrative submission, prose only (`candidature-*.txt`).
    case narrative
    /// A one-project HTML page (`fiche-*.html`).
    case page

    /// The word of the file names (`00001-guide.txt`).
    var fileStem: String {
        switch self {
        case .guide: "guide"
        case .brochure: "brochure"
        case .form: "formulaire"
        case .fiche: "fiche"
        case .narrative: "candidature"
        case .page: "page"
        }
    }

    /// How often a document has this layout, out of the weights' sum.
    var weight: Int {
        switch self {
        case .guide: 6
        case .brochure: 10
        case .form: 18
        case .fiche: 24
        case .narrative: 16
        case .page: 26
        }
    }

    /// How many projects the next document of this layout describes.
    func projectCount(using random: inout SplitMix64) -> Int {
        switch self {
        case .guide: random.int(in: 4...maximumProjects)
        case .brochure: random.pick(weighted: [(1, 1), (2, 3), (3, 4), (4, 3), (5, 2)])
        case .form, .fiche, .narrative, .page: 1
        }
    }

    /// The fewest projects a document of this layout holds: a guide cut into monographs
    /// needs two of them.
    var minimumProjects: Int { self == .guide ? 2 : 1 }

    /// The most projects a document of this layout holds.
    var maximumProjects: Int {
        switch self {
        case .guide: 14
        case .brochure: 5
        case .form, .fiche, .narrative, .page: 1
        }
    }

    /// How many projects the documents of this layout hold, in proportion: where the other
    /// tellings of a cluster go.
    var capacity: Int {
        switch self {
        case .guide: weight * 9
        case .brochure: weight * 3
        case .form, .fiche, .narrative, .page: weight
        }
    }

    /// A document of this layout about `projects`.
    func write(_ projects: [ProjectFacts], using random: inout SplitMix64) -> CorpusDocument {
        switch self {
        case .guide: GuideLayout.write(projects, using: &random)
        case .brochure: BrochureLayout.write(projects, using: &random)
        case .form: FormLayout.write(projects[0], using: &random)
        case .fiche: FicheLayout.write(projects[0], using: &random)
        case .narrative: NarrativeLayout.write(projects[0], using: &random)
        case .page: PageLayout.write(projects[0], using: &random)
        }
    }
}

/// A document of the corpus: its text, how it is stored, and its gold.
struct CorpusDocument {
    var text: String
    var storage: Storage
    /// `txt`, `md` or `html`.
    var fileExtension: String
    /// The gold records: index rows first, then projects, as the extractor lists them.
    var records: [GoldRecord]
    /// The gold key of each project the document describes.
    var keys: [(project: Int, key: String)]

    /// A document of one project, whose gold key is `document`.
    init(text: String, storage: Storage = .utf8, fileExtension: String = "txt", project: Int, gold: GoldRecord) {
        self.init(text: text, storage: storage, fileExtension: fileExtension, records: [gold], keys: [(project, gold.key)])
    }

    init(text: String, storage: Storage, fileExtension: String, records: [GoldRecord], keys: [(project: Int, key: String)]) {
        self.text = text
        self.storage = storage
        self.fileExtension = fileExtension
        self.records = records
        self.keys = keys
    }
}

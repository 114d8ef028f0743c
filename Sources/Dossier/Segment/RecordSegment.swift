/// The part of a document that describes one project, or one row of an index table.
public struct RecordSegment: Sendable {
    /// A project, or a row of an index table.
    public enum Kind: String, Sendable, Equatable {
        case project
        case indexRow = "index_row"
    }

    /// How the document lays out its projects.
    public enum Layout: String, Sendable, Equatable {
        /// A numbered monograph of a guide.
        case monograph
        /// A section of a brochure, opened by a year and a place.
        case brochureSection = "brochure_section"
        /// An entry of a list of projects, opened by a head that numbers and names it
        /// (`LAURÉAT 2 – « Un bail après la rue »`).
        case entry
        /// A document that describes one project (a form, a fiche, a narrative).
        case document
        /// A row of an index table (N°, Localisation, Organisme, Page).
        case indexTable = "index_table"
    }

    /// Project or index row.
    public var kind: Kind
    /// The layout it was found in.
    public var layout: Layout
    /// The section number, resolved against the document's index when there is one.
    public var section: String?
    /// The section number as printed, when it differs from `section`.
    public var sectionAsWritten: String?
    /// The lines that name the carriers and partners (`X EN PARTENARIAT AVEC Y`), as printed.
    public var carrierLines: [InlineText]
    /// The title's lines, with the section number taken off the first.
    public var titleLines: [TitleLine]
    /// The place given in the record's head (a monograph's place cell, a brochure's place line).
    public var place: InlineText?
    /// The year given in the record's head (a brochure's year line).
    public var year: InlineText?
    /// The record's blocks, in order (its head included).
    public var blocks: [Block]
    /// For an index row: its cells (N°, Localisation, Organisme, Page).
    public var indexCells: [TableCell]
    /// For a monograph that the document's index lists: the index row's organisation cell,
    /// which names its carriers as the header does, without the words that join them to a
    /// partner (`Vallon Habitat` for `VALLON HABITAT À QUATRE MAINS AVEC …`).
    public var indexCarriers: String?
    /// Where the record is in the original file.
    public var span: Span

    /// A line of a title: its text, and the byte offsets in it where the title starts (after
    /// the section number) and, when it does not run to the line's end, where it ends (before
    /// a closing guillemet).
    public struct TitleLine: Sendable, Equatable {
        public var content: InlineText
        public var titleStart: Int
        public var titleEnd: Int?

        init(content: InlineText, titleStart: Int, titleEnd: Int? = nil) {
            self.content = content
            self.titleStart = titleStart
            self.titleEnd = titleEnd
        }
    }

    init(kind: Kind, layout: Layout, blocks: [Block], span: Span) {
        self.kind = kind
        self.layout = layout
        self.carrierLines = []
        self.titleLines = []
        self.blocks = blocks
        self.indexCells = []
        self.span = span
    }
}

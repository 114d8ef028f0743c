/// Splits a normalized document into records: numbered monographs of a guide, sections of
/// a brochure, or the whole document when it describes one project; and index rows.
///
/// - A monograph starts at a head: a line or a cell that begins with a section number of
///   two to four levels followed by a title in capitals (`2.1.15. FLUIDITE`, `1.8 MISE EN
///   PLACE`). Its carrier lines are the capitalised lines just above the head (or the cell
///   before it in the same row), its title goes on over the capitalised lines just below.
///   It runs to the next head, index table or category heading (`2.2. : ...`).
/// - A brochure section starts at a year line (`- 2019`) followed by a place line
///   (`- Oignies (62)`), and runs to the next one.
/// - An entry of a list of projects (a results list, a committee's minutes) starts at a
///   line that numbers and names a project (`LAURÉAT 2 – « Un bail après la rue »`, `3.1
///   Hautil Habitat – « … »`) and runs to the next one or to a rule of dashes (see
///   `EntryHeads`).
/// - Index tables (a header row with `N°` and `Localisation`) give one record per row.
/// - Tables of figures with neither are not projects.
/// - A document with none of these is one project; one without any text, none.
public struct Segmenter: Sendable {
    /// Creates a segmenter.
    public init() {}

    /// The records of `document`, index rows first, then projects in reading order.
    public func segment(_ document: Document) -> [RecordSegment] {
        let indexRows = IndexTables.rows(in: document)
        var projects = MonographHeads(document: document).monographs()
        if projects.count >= 2 {
            IndexLinks.resolve(&projects, against: indexRows)
            return indexRows + projects
        }
        let sections = BrochureSections.sections(in: document)
        if sections.count >= 2 { return indexRows + sections }
        let entries = EntryHeads.entries(in: document)
        if !entries.isEmpty { return indexRows + entries }
        // A document without text describes no project.
        guard !document.blocks.isEmpty else { return indexRows }
        if var single = sections.first {
            // A brochure of one section: the section is the whole document.
            single.blocks = document.blocks
            single.span = wholeDocument(document).span
            return indexRows + [single]
        }
        // One project: the whole document, with what a single monograph head says of it.
        var whole = wholeDocument(document)
        if let single = projects.first {
            whole.section = single.section
            whole.carrierLines = single.carrierLines
            whole.titleLines = single.titleLines
            whole.place = single.place
        }
        return indexRows + [whole]
    }

    private func wholeDocument(_ document: Document) -> RecordSegment {
        let span = document.blocks.first.map { $0.span.through(document.blocks.last!.span) } ?? document.source.span(of: 0..<0)
        return RecordSegment(kind: .project, layout: .document, blocks: document.blocks, span: span)
    }
}

extension Span {
    /// The span from the start of `self` to the end of `other`.
    func through(_ other: Span) -> Span {
        Span(bytes: bytes.lowerBound..<max(bytes.lowerBound, other.bytes.upperBound), start: start, end: other.end)
    }
}

extension InlineText {
    /// Whether most letters of the text are capitals (a carrier line, a title).
    var isMostlyUppercase: Bool { InlineText.isMostlyUppercase(text) }
}

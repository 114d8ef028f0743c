/// Reads an HTML page into blocks with libxml2's HTML parser.
///
/// `h1`-`h6` are headings, `p` paragraphs, `li` list items, `table`/`tr`/`td`/`th` tables
/// (`colspan` kept), `dl` tables of two columns (a row for each `dt`, its `dd` beside it);
/// `br` and block elements inside a cell or a paragraph separate words;
/// text outside any of these (in a `div`, say) becomes a paragraph at each block boundary.
/// `script`, `style` and the `head` are dropped, and so is a list of other pages under its
/// heading (`À lire aussi`); the page's first `title` is kept aside as its name.
///
/// Blocks come out in reading order, as a layout of tables inside tables (a newsletter's, an
/// old site's) asks: a table that starts inside a cell, and a heading inside a cell, end the
/// rows read so far as a table of their own; the inner table or the heading follows, then the
/// rest of the outer table as another table.
struct HTMLNormalizer: HTMLEventHandler {
    let source: SourceDocument
    let text: UnsafeBufferPointer<UInt8>

    private var finished: [Block] = []
    private var tables: [OpenTable] = []
    /// The block being gathered outside tables.
    private var open: OpenText?
    /// Depth inside dropped elements.
    private var dropped = 0
    /// The text of the page's `title`, gathered while `inPageTitle`.
    private var pageTitle: InlineBuilder?
    private var inPageTitle = false
    /// Whether bold text opened where no text was being gathered.
    private var emphasisWaits = false

    /// A block or a cell whose text is being gathered.
    private struct OpenText {
        var kind: Block.Kind
        var builder = InlineBuilder()
        /// Where the element starts, for a span when it holds no text.
        var position: Int
    }

    private struct OpenTable {
        /// Opened by a label or a value outside any table (a card's `<span class="label">`):
        /// it ends at the next block boundary.
        var implicit = false
        var rows: [TableRow] = []
        var cells: [TableCell] = []
        var cell: OpenText?
        var columnSpan = 1
    }

    init(source: SourceDocument, text: UnsafeBufferPointer<UInt8>) {
        self.source = source
        self.text = text
    }

    /// The blocks of the page, its `title`'s text, and what the parser met on the way
    /// (repaired markup, elements nested deeper than `maximumDepth`, scripts left out).
    func read(maximumDepth: Int) -> (blocks: [Block], title: InlineText?, diagnostics: [Diagnostic]) {
        var normalizer = self
        let report = HTMLEventReader.read(text, maximumDepth: maximumDepth, handler: &normalizer)
        while !normalizer.tables.isEmpty { normalizer.closeTable() }
        normalizer.closeText()
        let title = normalizer.pageTitle.map { $0.build() }.flatMap { $0.isEmpty ? nil : $0 }
        return (RelatedContent.removed(from: normalizer.finished), title, report.diagnostics(in: source, maximumDepth: maximumDepth))
    }

    mutating func handle(_ event: HTMLEvent) {
        switch event {
        case .start(let element, let columnSpan, let position): start(element, columnSpan: columnSpan, at: position)
        case .end(let element, _): end(element)
        case .text(let bytes, let range, let verbatim): appendText(bytes, range: range, verbatim: verbatim)
        case .emphasis(let opens): emphasize(opens: opens)
        }
    }

    /// Bold text starts or ends in the text being gathered; bold that starts before any text
    /// of its block (`<div><strong>…`) starts with the block's first text.
    private mutating func emphasize(opens: Bool) {
        guard dropped == 0, !inPageTitle else { return }
        let gathering = open != nil || inCell
        if opens, !gathering {
            emphasisWaits = true
            return
        }
        emphasisWaits = false
        withCurrent { opens ? $0.builder.openEmphasis() : $0.builder.closeEmphasis() }
    }

    private mutating func start(_ element: HTMLElement, columnSpan: Int, at position: Int) {
        if element == .pageTitle {
            // (The first `title` before any of the page's text, the head's: not an `svg`'s
            // further down, which is dropped with its drawing.)
            inPageTitle = dropped <= 1 && pageTitle == nil && finished.isEmpty && tables.isEmpty
            if inPageTitle { pageTitle = InlineBuilder() }
        }
        if element == .dropped || element == .pageTitle { dropped += 1 }
        guard dropped == 0 else { return }
        closeImplicitTable(at: element)
        switch element {
        case .table:
            if tables.isEmpty { closeText() } else { splitOpenTable() }
            tables.append(OpenTable())
        case .row:
            guard !tables.isEmpty else { return }
            closeRow()
        case .term:
            openImplicitTable()
            closeRow()
            tables[tables.count - 1].cell = OpenText(kind: .paragraph, position: position)
            tables[tables.count - 1].columnSpan = columnSpan
        case .cell:
            openImplicitTable()
            closeCell()
            tables[tables.count - 1].cell = OpenText(kind: .paragraph, position: position)
            tables[tables.count - 1].columnSpan = columnSpan
        case .lineBreak:
            // A line break outside tables ends a line, as in a text file (`<strong>Calendrier
            // </strong><br>mars 2017 – février 2020`: a label alone, then its value); in a
            // cell or a heading it separates words.
            if tables.isEmpty, let item = open, item.kind == .paragraph || item.kind == .listItem(marker: nil) {
                closeText()
                open = OpenText(kind: item.kind, position: position)
            } else {
                appendBreak()
            }
        case .heading where !tables.isEmpty && !tables[tables.count - 1].implicit, .caption where !tables.isEmpty:
            // (A caption says what the table holds: a paragraph before its rows, no row.)
            splitOpenTable()
            open = OpenText(kind: HTMLNormalizer.blockKind(of: element)!, position: position)
        case .heading, .paragraph, .caption, .listItem, .boundary:
            if inCell {
                appendBreak()
            } else if tables.isEmpty {
                closeText()
                if let kind = HTMLNormalizer.blockKind(of: element) { open = OpenText(kind: kind, position: position) }
            }
        case .dropped, .pageTitle, .inline:
            break
        }
    }

    private mutating func end(_ element: HTMLElement) {
        if element == .dropped || element == .pageTitle {
            if element == .pageTitle { inPageTitle = false }
            dropped = max(0, dropped - 1)
            return
        }
        guard dropped == 0 else { return }
        closeImplicitTable(at: element)
        switch element {
        case .table: closeTable()
        case .row: closeRow()
        case .cell, .term: closeCell()
        case .heading, .paragraph, .caption, .listItem, .boundary:
            if open != nil || !inCell { closeText() } else { appendBreak() }
        case .lineBreak, .dropped, .pageTitle, .inline:
            break
        }
    }

    private mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, verbatim: Bool) {
        if inPageTitle {
            if verbatim { pageTitle?.append(text, range: range) } else { pageTitle?.appendReplacement(bytes, source: range) }
            return
        }
        guard dropped == 0 else { return }
        if !tables.isEmpty, !inCell, open == nil {
            // Text in a table but outside any cell gets a cell of its own.
            guard bytes.contains(where: { !($0 == 0x20 || (0x09...0x0D).contains($0)) }) else { return }
            tables[tables.count - 1].cell = OpenText(kind: .paragraph, position: range.lowerBound)
        }
        if tables.isEmpty, open == nil {
            open = OpenText(kind: .paragraph, position: range.lowerBound)
        }
        if emphasisWaits {
            emphasisWaits = false
            withCurrent { $0.builder.openEmphasis() }
        }
        let text = self.text
        if verbatim {
            withCurrent { $0.builder.append(text, range: range) }
        } else {
            withCurrent { $0.builder.appendReplacement(bytes, source: range) }
        }
    }

    private var inCell: Bool { tables.last?.cell != nil }

    private mutating func appendBreak() {
        withCurrent { $0.builder.appendBreak() }
    }

    /// Applies `body` to the text being gathered now: the open block (a heading inside a
    /// cell is one), or the open cell.
    private mutating func withCurrent(_ body: (inout OpenText) -> Void) {
        if open != nil {
            body(&open!)
        } else if !tables.isEmpty, tables[tables.count - 1].cell != nil {
            body(&tables[tables.count - 1].cell!)
        }
    }

    private func built(_ item: OpenText) -> (InlineText, Span) {
        let content = item.builder.build()
        return (content, source.span(of: content.decodedRange ?? item.position..<item.position))
    }

    private mutating func closeText() {
        if let item = open {
            let (content, span) = built(item)
            if !content.isEmpty { finished.append(Block(kind: item.kind, content: content, span: span)) }
        }
        open = nil
    }

    private mutating func closeCell() {
        guard !tables.isEmpty, let cell = tables[tables.count - 1].cell else { return }
        let (content, span) = built(cell)
        tables[tables.count - 1].cells.append(TableCell(content: content, columnSpan: tables[tables.count - 1].columnSpan, span: span))
        tables[tables.count - 1].cell = nil
    }

    private mutating func closeRow() {
        closeCell()
        guard !tables.isEmpty else { return }
        var cells = tables[tables.count - 1].cells
        tables[tables.count - 1].cells = []
        while cells.count > 1, cells.last!.content.isEmpty { cells.removeLast() }
        // A row of empty cells (a layout table's spacer, or what a split left) holds nothing.
        guard cells.contains(where: { !$0.content.isEmpty }), let first = cells.first, let last = cells.last else { return }
        let span = Span(bytes: first.span.bytes.lowerBound..<last.span.bytes.upperBound, start: first.span.start, end: last.span.end)
        tables[tables.count - 1].rows.append(TableRow(cells: cells, span: span))
    }

    /// Opens a table for a label or a value that stands outside any.
    private mutating func openImplicitTable() {
        guard tables.isEmpty else { return }
        closeText()
        tables.append(OpenTable(implicit: true))
    }

    /// Ends a table that a label opened, at the edge of a block element.
    private mutating func closeImplicitTable(at element: HTMLElement) {
        guard tables.last?.implicit == true else { return }
        switch element {
        case .heading, .paragraph, .caption, .listItem, .boundary, .table: closeTable()
        case .row, .cell, .term, .lineBreak, .dropped, .pageTitle, .inline: break
        }
    }

    private mutating func closeTable() {
        closeRow()
        guard let table = tables.popLast() else { return }
        finish(table.rows)
    }

    /// Ends the rows read so far of the innermost open table as a table of their own, before
    /// a table or a heading that starts inside one of its cells; the rows after it make
    /// another table.
    private mutating func splitOpenTable() {
        closeRow()
        guard !tables.isEmpty else { return }
        finish(tables[tables.count - 1].rows)
        tables[tables.count - 1].rows = []
    }

    private mutating func finish(_ rows: [TableRow]) {
        // (A sheet published to the web keeps its frame: column letters, row numbers.)
        let rows = TableFrame.content(of: rows)
        guard let first = rows.first, let last = rows.last else { return }
        let span = Span(bytes: first.span.bytes.lowerBound..<last.span.bytes.upperBound, start: first.span.start, end: last.span.end)
        finished.append(Block(kind: .table, rows: rows, span: span))
    }

    private static func blockKind(of element: HTMLElement) -> Block.Kind? {
        switch element {
        case .heading(let level): return .heading(level: level)
        case .paragraph, .caption: return .paragraph
        case .listItem: return .listItem(marker: nil)
        default: return nil
        }
    }
}

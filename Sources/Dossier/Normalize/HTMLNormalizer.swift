/// Reads an HTML page into blocks with libxml2's HTML parser.
///
/// `h1`-`h6` are headings, `p` paragraphs, `li` list items, `table`/`tr`/`td`/`th` tables
/// (`colspan` kept); `br` and block elements inside a cell or a paragraph separate words;
/// text outside any of these (in a `div`, say) becomes a paragraph at each block boundary.
/// `script`, `style` and the `head` are dropped. A table inside a cell comes out as a table
/// of its own, just before the one that holds it.
struct HTMLNormalizer {
    let source: SourceDocument
    let text: UnsafeBufferPointer<UInt8>

    private static let headings = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]
    private static let dropped: Set<String> = ["script", "style", "head", "title", "template", "noscript", "svg"]
    private static let boundaries: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section", "ul",
    ]

    /// A block whose text is being gathered.
    private struct OpenText {
        var kind: Block.Kind
        var builder = InlineBuilder()
        var position: Int
    }

    private struct OpenTable {
        var rows: [TableRow] = []
        var cells: [TableCell] = []
        var cell: OpenText?
        var columnSpan = 1
        var inRow = false
    }

    func blocks() -> [Block] {
        var blocks: [Block] = []
        var tables: [OpenTable] = []
        var open: OpenText?
        var dropped = 0

        func close(_ item: OpenText?) -> (InlineText, Span)? {
            guard let item else { return nil }
            let content = item.builder.build()
            return (content, source.span(of: content.decodedRange ?? item.position..<item.position))
        }
        func closeText() {
            if let item = open, let (content, span) = close(item), !content.isEmpty {
                blocks.append(Block(kind: item.kind, content: content, span: span))
            }
            open = nil
        }
        func closeCell() {
            guard var table = tables.popLast() else { return }
            if let cell = table.cell, let (content, span) = close(cell) {
                table.cells.append(TableCell(content: content, columnSpan: table.columnSpan, span: span))
            }
            table.cell = nil
            tables.append(table)
        }
        func closeRow() {
            closeCell()
            guard var table = tables.popLast() else { return }
            var cells = table.cells
            while cells.count > 1, cells.last!.content.isEmpty { cells.removeLast() }
            if !cells.isEmpty {
                let span = Span(bytes: cells.first!.span.bytes.lowerBound..<cells.last!.span.bytes.upperBound,
                                start: cells.first!.span.start, end: cells.last!.span.end)
                table.rows.append(TableRow(cells: cells, span: span))
            }
            table.cells = []
            table.inRow = false
            tables.append(table)
        }
        func closeTable() {
            closeRow()
            guard let table = tables.popLast(), let first = table.rows.first, let last = table.rows.last else { return }
            let span = Span(bytes: first.span.bytes.lowerBound..<last.span.bytes.upperBound, start: first.span.start, end: last.span.end)
            blocks.append(Block(kind: .table, rows: table.rows, span: span))
        }
        /// The text being gathered now: the open cell, or the open block.
        func withCurrent(_ body: (inout OpenText) -> Void) -> Bool {
            if var table = tables.popLast() {
                defer { tables.append(table) }
                if table.cell != nil {
                    body(&table.cell!)
                    return true
                }
                return false
            }
            guard open != nil else { return false }
            body(&open!)
            return true
        }

        HTMLEventReader.read(text) { event in
            switch event {
            case .start(let name, let attributes, let position):
                if HTMLNormalizer.dropped.contains(name) { dropped += 1 }
                guard dropped == 0 else { return }
                switch name {
                case "table":
                    if tables.isEmpty { closeText() }
                    tables.append(OpenTable())
                case "tr":
                    guard !tables.isEmpty else { return }
                    closeRow()
                    tables[tables.count - 1].inRow = true
                case "td", "th":
                    guard !tables.isEmpty else { return }
                    closeCell()
                    tables[tables.count - 1].cell = OpenText(kind: .paragraph, position: position)
                    tables[tables.count - 1].columnSpan = max(1, Int(attributes["colspan"] ?? "") ?? 1)
                case "br":
                    _ = withCurrent { $0.builder.appendBreak() }
                default:
                    let kind: Block.Kind? = HTMLNormalizer.headings[name].map { .heading(level: $0) }
                        ?? (name == "p" ? .paragraph : name == "li" ? .listItem(marker: nil) : nil)
                    if tables.last?.cell != nil {
                        if kind != nil || HTMLNormalizer.boundaries.contains(name) {
                            _ = withCurrent { $0.builder.appendBreak() }
                        }
                    } else if let kind {
                        closeText()
                        open = OpenText(kind: kind, position: position)
                    } else if HTMLNormalizer.boundaries.contains(name) {
                        closeText()
                    }
                }
            case .end(let name, _):
                if HTMLNormalizer.dropped.contains(name) {
                    dropped = max(0, dropped - 1)
                    return
                }
                guard dropped == 0 else { return }
                switch name {
                case "table": closeTable()
                case "tr": closeRow()
                case "td", "th": closeCell()
                default:
                    if tables.last?.cell != nil {
                        if HTMLNormalizer.headings[name] != nil || name == "p" || name == "li" || HTMLNormalizer.boundaries.contains(name) {
                            _ = withCurrent { $0.builder.appendBreak() }
                        }
                    } else if HTMLNormalizer.headings[name] != nil || name == "p" || name == "li" || HTMLNormalizer.boundaries.contains(name) {
                        closeText()
                    }
                }
            case .text(let bytes, let range, let verbatim):
                guard dropped == 0 else { return }
                if !tables.isEmpty, tables[tables.count - 1].cell == nil {
                    // Text in a table but outside any cell gets a cell of its own.
                    guard bytes.contains(where: { !($0 == 0x20 || (0x09...0x0D).contains($0)) }) else { return }
                    tables[tables.count - 1].cell = OpenText(kind: .paragraph, position: range.lowerBound)
                }
                if tables.isEmpty, open == nil {
                    open = OpenText(kind: .paragraph, position: range.lowerBound)
                }
                _ = withCurrent { item in
                    if verbatim {
                        item.builder.append(text, range: range)
                    } else {
                        item.builder.appendReplacement(bytes, source: range)
                    }
                }
            }
        }
        while !tables.isEmpty { closeTable() }
        closeText()
        return blocks
    }
}

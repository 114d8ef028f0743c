import Foundation

/// Reads text and Markdown-ish input into blocks.
///
/// - Each non-blank line outside a table is one block (converters write one paragraph a line):
///   a Markdown heading (`## Titre`), a list item (`- `, `• `, `› `, `1. `; a second bullet
///   such as `- › ` is dropped too), or a paragraph.
/// - Lines that hold a tab make a table, one row a line, one cell a tab-separated field;
///   a blank line ends the table. A line without a tab right before a row whose first cell
///   is empty or starts in lowercase is the first part of that cell (a header cell split
///   over lines), as is one that opens a bold run the row's first cell closes
///   (`**X EN PARTENARIAT AVEC` then `Y**\t\t1.2.3.`); one between two rows otherwise
///   continues the previous row's last cell, as does one that opens with a digit (an amount
///   under its label: `\tDépenses, total`, `121 560 €`, `\tRessources, total`). A short label
///   alone on its line, then an amount alone on the next, after a row, is a row of their
///   own (a budget's `Total`, then `173 846 €`). A line in capitals under a row that a
///   section number opens (`466.3.1.`, a tab, the title; or the number and the title, then a
///   tab) ends the table: it is the monograph's carrier line. A block of HTML alone on its line (`<div …>…</div>`) is a
///   row of one cell.
///   A run of tab lines where no row has two non-empty cells is indented paragraphs.
/// - A Markdown pipe table (`| Rubrique | Réponse |`, then a delimiter row `|---|---|`, then
///   one row a line) is a table too; the delimiter row is no row.
/// - So is a grid table (`+----+----+` borders, each row's cells over as many lines as their
///   text needs, `|` between them): a cell's lines join into one text.
/// - So is a console's table (psql's, a portal's print view: `Rubrique | Saisie initiale`,
///   then a border of dashes crossed by `+`s, then one row a line, cells between `|`s).
/// - So are three lines or more in a row whose columns runs of spaces align (a plain-text
///   report's table, a converter's layout): each holds a gap of three spaces or more between
///   two texts, and its cells are split at gaps of two spaces or more; a rule of dashes
///   under the header is no row.
/// - A box of one column (`+------+` above and below, each line between `|`s, as a notice
///   frames a paragraph) is no table but its lines, read one by one without their `|`s and
///   marked as framed; a line of the box with nothing between them is a blank line, and so
///   is a border inside it (under a heading row). A heading row's box whose lines go on
///   without `|`s down to a border of their own frames those lines too.
struct TextNormalizer {
    let source: SourceDocument
    let text: UnsafeBufferPointer<UInt8>
    private let fragments = InlineFragment()

    private static let tab = UInt8(ascii: "\t")

    func blocks() -> [Block] {
        let lines = self.lines()
        let quotesMessages = lines.contains { quotesMessageHeader($0.range) }
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            if lines[index].isBlank {
                index += 1
                continue
            }
            switch readPipeTable(lines, from: index) ?? readGridTable(lines, from: index) ?? readBox(lines, from: index)
                ?? readBarTable(lines, from: index) ?? readAlignedTable(lines, from: index)
                ?? readTable(lines, from: index)
            {
            case .table(let block, let next):
                blocks.append(block)
                index = next
            case .box(let inner, let next):
                let first = blocks.count
                appendLineBlocks(of: inner, to: &blocks, unquoted: !quotesMessages)
                for block in first..<blocks.count { blocks[block].framed = true }
                index = next
            case .lines(let next):
                appendLineBlocks(of: lines[index..<max(next, index + 1)], to: &blocks, unquoted: !quotesMessages)
                index = max(next, index + 1)
            }
        }
        return blocks
    }

    // MARK: Lines

    /// A line of the text, without its line end, and what one pass over it found.
    private struct Line {
        var range: Range<Int>
        /// Where the line starts in the text (a box's line keeps it when its range drops the `|`).
        var start: Int
        /// The 1-based line number.
        var number: Int
        var hasTab: Bool
        var isBlank: Bool
    }

    private func lines() -> [Line] {
        guard let base = text.baseAddress else { return [] }
        var lines: [Line] = []
        var start = 0
        while start < text.count {
            let end = memchr(base + start, 0x0A, text.count - start).map {
                base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
            } ?? text.count
            let range = start..<end
            let hasTab = !range.isEmpty && memchr(base + start, 0x09, range.count) != nil
            let isBlank = range.allSatisfy { isSpace(text[$0]) }
            lines.append(Line(range: range, start: start, number: lines.count + 1, hasTab: hasTab, isBlank: isBlank))
            start = end + 1
        }
        return lines
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }

    /// The text of a range of bytes.
    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }

    /// `range` without the white space at either end.
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(text[lower]) { lower += 1 }
        while upper > lower, isSpace(text[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    // MARK: Line blocks

    /// The span of `range`, using `line` to place it when it lies on that line.
    private func span(of range: Range<Int>, on line: Line) -> Span {
        guard range.lowerBound >= line.range.lowerBound, range.upperBound <= line.range.upperBound else {
            return source.span(of: range)
        }
        return source.span(of: range, onLine: line.number, lineStart: line.start)
    }

    /// The blocks of each line that is not blank, read one by one.
    private func appendLineBlocks(of lines: some Sequence<Line>, to blocks: inout [Block], unquoted: Bool) {
        for line in lines where !line.isBlank {
            appendLineBlocks(line, to: &blocks, unquoted: unquoted)
        }
    }

    /// `unquoted`: the quote marks that open the line are dropped (none of the text's quotes
    /// holds a message's headers, which would make them earlier messages of a thread).
    private func appendLineBlocks(_ line: Line, to blocks: inout [Block], unquoted: Bool) {
        var content = unquoted ? quoted(trimmed(line.range)) : trimmed(line.range)
        var kind = Block.Kind.paragraph
        if let (level, rest) = headingMarker(content) {
            kind = .heading(level: level)
            content = rest
        } else if let (marker, rest) = listMarker(content) {
            kind = .listItem(marker: marker)
            content = rest
        }
        var builder = InlineBuilder()
        var blockKind = kind
        var pieceStart: Int?
        var pieceEnd = content.lowerBound
        var split = false
        func close() {
            let built = builder.build()
            if !built.isEmpty {
                // A line split by `<li>` gives blocks whose spans are their own text.
                let range = split ? (pieceStart ?? content.lowerBound)..<pieceEnd : content
                blocks.append(Block(kind: blockKind, content: built, span: span(of: range, on: line)))
            }
            builder = InlineBuilder()
            pieceStart = nil
        }
        fragments.read(text, range: content) { piece in
            switch piece {
            case .itemStart:
                split = true
                close()
                blockKind = .listItem(marker: nil)
            case .text(let range), .replacement(_, let range):
                if pieceStart == nil { pieceStart = range.lowerBound }
                pieceEnd = range.upperBound
                builder.append(piece, from: text)
            case .wordBreak:
                builder.append(piece, from: text)
            }
        }
        if !split { pieceEnd = content.upperBound }
        close()
    }

    /// A Markdown heading marker: 1 to 6 `#` then a space or the end; trailing `#`s are dropped.
    private func headingMarker(_ range: Range<Int>) -> (Int, Range<Int>)? {
        var index = range.lowerBound
        while index < range.upperBound, text[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - range.lowerBound
        guard (1...6).contains(level), index == range.upperBound || isSpace(text[index]) else { return nil }
        var end = range.upperBound
        while end > index, text[end - 1] == UInt8(ascii: "#") || isSpace(text[end - 1]) { end -= 1 }
        return (level, trimmed(index..<end))
    }

    /// Whether a line quotes a message's header (`> De : …`, `>> Objet : …`): a reply's thread.
    private func quotesMessageHeader(_ range: Range<Int>) -> Bool {
        let content = trimmed(range)
        guard content.count > 3, text[content.lowerBound] == UInt8(ascii: ">") else { return false }
        let words = string(quoted(content)).prefix(12)
        return ["De :", "De:", "From:", "Objet :", "Objet:", "Subject:", "Envoyé :", "Sent:"].contains(where: words.hasPrefix)
    }

    /// A line without the quote marks that open it (`> `, `>> `, as a Markdown quote does),
    /// when text follows them.
    private func quoted(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound, text[start] == UInt8(ascii: ">") {
            start += 1
            while start < range.upperBound, isSpace(text[start]) { start += 1 }
        }
        return start > range.lowerBound && start < range.upperBound && start - range.lowerBound <= 8 ? start..<range.upperBound : range
    }

    /// (A point alone opens an item too, as a converter writes a bullet it cannot draw: `. 3 ans`.)
    private static let bullets: [[UInt8]] = ["-", "*", "+", "•", "·", "›", "➤", "→", "►", "▸", "▪", "■", "◦", "●", "–", "o", "."].map { Array($0.utf8) }

    /// A list marker (a bullet, or a number of up to three digits then `.` or `)`), followed by
    /// a space; a second bullet right after the first is dropped with it.
    private func listMarker(_ range: Range<Int>) -> (String, Range<Int>)? {
        guard let (marker, afterMarker) = bullet(at: range.lowerBound, in: range) ?? number(at: range.lowerBound, in: range) else {
            return nil
        }
        var rest = trimmed(afterMarker..<range.upperBound)
        if let (_, afterSecond) = bullet(at: rest.lowerBound, in: rest) {
            rest = trimmed(afterSecond..<rest.upperBound)
        }
        return (marker, rest)
    }

    private func bullet(at index: Int, in range: Range<Int>) -> (String, Int)? {
        guard index < range.upperBound else { return nil }
        let lead = text[index]
        for bullet in TextNormalizer.bullets where bullet[0] == lead {
            let end = index + bullet.count
            // A bullet must be followed by a space; a lone bullet with nothing after it counts too.
            guard end <= range.upperBound, memcmp(text.baseAddress! + index, bullet, bullet.count) == 0,
                  end == range.upperBound || isSpace(text[end])
            else { continue }
            return (String(decoding: bullet, as: UTF8.self), end)
        }
        return nil
    }

    private func number(at index: Int, in range: Range<Int>) -> (String, Int)? {
        var end = index
        while end < range.upperBound, end - index < 3, (0x30...0x39).contains(text[end]) { end += 1 }
        guard end > index, end + 1 < range.upperBound,
              text[end] == UInt8(ascii: ".") || text[end] == UInt8(ascii: ")"), isSpace(text[end + 1])
        else { return nil }
        return (string(index..<end + 1), end + 1)
    }

    // MARK: Tables

    private enum TableRead {
        case table(Block, next: Int)
        /// Not a table: lines up to `next` are read one by one.
        case lines(next: Int)
        /// A box's lines, each without its `|`s, then the line after the box.
        case box([Line], next: Int)
    }

    /// A cell being gathered: the decoded ranges it is made of (several when it was split over lines).
    private struct PendingCell {
        var pieces: [Range<Int>]
        /// Where the cell stands, for an empty one.
        var position: Int
    }

    private func readTable(_ lines: [Line], from start: Int) -> TableRead {
        var index = start
        if !lines[index].hasTab {
            guard index + 1 < lines.count, lines[index + 1].hasTab, continuesHeader(lines[index + 1].range) else {
                return .lines(next: index + 1)
            }
        }
        var rows: [(line: Line, cells: [PendingCell])] = []
        var header: Range<Int>?
        while index < lines.count, !lines[index].isBlank {
            let line = lines[index].range
            if lines[index].hasTab {
                var cells = cells(of: line)
                if let joined = header {
                    cells[0].pieces.insert(trimmed(joined), at: 0)
                    header = nil
                }
                if let last = rows.indices.last, let column = continuedColumn(of: rows[last].cells, by: cells) {
                    rows[last].cells[column].pieces += cells[column].pieces
                } else {
                    rows.append((lines[index], cells))
                }
            } else if let last = rows.last, opensWithSectionNumber(last.cells), isCapitals(line) {
                // A line in capitals under a row that a section number opens (`466.3.1.`, a
                // tab, the title; `504.3.1. LA PASSERELLE DES PRÉMONTRÉS` and a tab) is the
                // monograph's carrier line, not the title's end.
                break
            } else if !rows.isEmpty, isBlockFragment(line) {
                // A block of HTML alone on its line (`<div style="…">Salazie, La Réunion</div>`
                // under a carrier line) is a row of its own, not the end of the cell above.
                rows.append((lines[index], [cell(line)]))
            } else if !rows.isEmpty, index + 1 < lines.count, isLabelAlone(line), isAmountAlone(lines[index + 1].range) {
                // A budget's row flattened over two lines (`Total`, then `173 846 €`): its
                // label and its amount.
                rows.append((lines[index], [cell(line), cell(lines[index + 1].range)]))
                index += 2
                continue
            } else {
                guard index + 1 < lines.count, lines[index + 1].hasTab else {
                    // A last line that opens with a small letter ends the table's last cell
                    // (`Ménages accueillis : une vingtaine de jeunes`, then `âgés de 17 à 25
                    // ans par an`).
                    if !rows.isEmpty, opensWithSmallLetter(line) {
                        appendToLastCell(of: &rows[rows.count - 1].cells, trimmed(line))
                        index += 1
                    }
                    break
                }
                if rows.isEmpty || !startsWithDigit(line) && continuesHeader(lines[index + 1].range) || opensBold(line, closedBy: lines[index + 1].range) {
                    header = line
                } else {
                    appendToLastCell(of: &rows[rows.count - 1].cells, trimmed(line))
                }
            }
            index += 1
        }
        let isTable = rows.contains { row in row.cells.filter { !$0.pieces.isEmpty }.count >= 2 }
        guard isTable else { return .lines(next: index) }
        return .table(table(of: rows), next: index)
    }

    /// The table of rows read, one or more.
    private func table(of rows: [(line: Line, cells: [PendingCell])]) -> Block {
        let tableRows = rows.map { row(line: $0.line, cells: $0.cells) }
        let span = Span(bytes: tableRows.first!.span.bytes.lowerBound..<tableRows.last!.span.bytes.upperBound,
                        start: tableRows.first!.span.start, end: tableRows.last!.span.end)
        return Block(kind: .table, rows: tableRows, span: span)
    }

    /// A table whose columns runs of spaces align, starting at `start`: three rows at least.
    private func readAlignedTable(_ lines: [Line], from start: Int) -> TableRead? {
        var rows: [(line: Line, cells: [PendingCell])] = []
        var index = start
        while index < lines.count, !lines[index].isBlank, !lines[index].hasTab {
            let line = lines[index].range
            if rows.count == 1, isRule(line) {
                index += 1
                continue
            }
            let cells = alignedCells(of: line)
            guard cells.count >= 2 else { break }
            rows.append((lines[index], cells))
            index += 1
        }
        guard rows.count >= 3 else { return nil }
        return .table(table(of: rows), next: index)
    }

    /// Whether a line is a rule of dashes (and spaces) under a table's header.
    private func isRule(_ line: Range<Int>) -> Bool {
        let content = trimmed(line)
        return content.count >= 3 && content.allSatisfy { text[$0] == UInt8(ascii: "-") || text[$0] == 0x20 }
    }

    /// The cells of a line whose columns runs of spaces align: split at gaps of two spaces or
    /// more, when one gap at least is of three; else the line alone, as one cell.
    private func alignedCells(of line: Range<Int>) -> [PendingCell] {
        let content = trimmed(line)
        var gaps: [Range<Int>] = []
        var index = content.lowerBound
        while index < content.upperBound {
            guard text[index] == 0x20 else {
                index += 1
                continue
            }
            var end = index
            while end < content.upperBound, text[end] == 0x20 { end += 1 }
            if end - index >= 2 { gaps.append(index..<end) }
            index = end
        }
        guard gaps.contains(where: { $0.count >= 3 }) else { return [cell(content)] }
        var cells: [PendingCell] = []
        var start = content.lowerBound
        for gap in gaps {
            cells.append(cell(start..<gap.lowerBound))
            start = gap.upperBound
        }
        cells.append(cell(start..<content.upperBound))
        return cells
    }

    /// A Markdown pipe table starting at `start`: a row, a delimiter row, then the rows up to
    /// a line that is none.
    private func readPipeTable(_ lines: [Line], from start: Int) -> TableRead? {
        guard start + 1 < lines.count, isPipeRow(lines[start].range), isDelimiterRow(lines[start + 1].range) else { return nil }
        var rows = [(line: lines[start], cells: pipeCells(of: lines[start].range))]
        var index = start + 2
        while index < lines.count, !lines[index].isBlank, isPipeRow(lines[index].range) {
            rows.append((lines[index], pipeCells(of: lines[index].range)))
            index += 1
        }
        return .table(table(of: rows), next: index)
    }

    private static let pipe = UInt8(ascii: "|")
    private static let plus = UInt8(ascii: "+")

    /// A console's table starting at `start`: a row of cells between `|`s, a border of dashes
    /// crossed by a `+` under each `|`, then the rows up to a line that is none.
    private func readBarTable(_ lines: [Line], from start: Int) -> TableRead? {
        guard start + 1 < lines.count, isBarRow(lines[start].range), isBarBorder(lines[start + 1].range) else { return nil }
        var rows = [(line: lines[start], cells: barCells(of: lines[start].range))]
        var index = start + 2
        while index < lines.count, !lines[index].isBlank, isBarRow(lines[index].range) {
            rows.append((lines[index], barCells(of: lines[index].range)))
            index += 1
        }
        return .table(table(of: rows), next: index)
    }

    /// A line that holds a `|` between two texts, not at its start (a pipe table's rows open with one).
    private func isBarRow(_ line: Range<Int>) -> Bool {
        let content = trimmed(line)
        return content.count >= 3 && text[content.lowerBound] != TextNormalizer.pipe && content.dropFirst().contains { text[$0] == TextNormalizer.pipe }
    }

    /// A console table's border: dashes crossed by `+`s, nothing else.
    private func isBarBorder(_ line: Range<Int>) -> Bool {
        let content = trimmed(line)
        return content.contains { text[$0] == TextNormalizer.plus } && content.contains { text[$0] == UInt8(ascii: "-") }
            && content.allSatisfy { text[$0] == TextNormalizer.plus || text[$0] == UInt8(ascii: "-") }
    }

    /// The cells of a console table's row, between its `|`s.
    private func barCells(of line: Range<Int>) -> [PendingCell] {
        let content = trimmed(line)
        var start = content.lowerBound
        var cells: [PendingCell] = []
        for index in content where text[index] == TextNormalizer.pipe {
            cells.append(cell(start..<index))
            start = index + 1
        }
        cells.append(cell(start..<content.upperBound))
        return cells
    }

    /// A grid table (Pandoc's, a console's) starting at `start`: rows between border lines
    /// (`+-----+----+`, `+=====+====+` under the header), each row's cells written over as many
    /// lines as their text needs, between pipes that stand under the border's `+`s; each
    /// cell's lines join into one text, each line pointing at its own bytes.
    private func readGridTable(_ lines: [Line], from start: Int) -> TableRead? {
        guard let columns = borderColumns(lines[start].range), columns.count >= 3 else { return nil }
        var rows: [(line: Line, cells: [PendingCell])] = []
        var pending: (line: Line, cells: [PendingCell])?
        var index = start + 1
        while index < lines.count, !lines[index].isBlank {
            let line = lines[index].range
            if borderColumns(line) != nil {
                if let row = pending { rows.append(row) }
                pending = nil
            } else if let cells = gridCells(of: line, columns: columns) {
                if pending == nil { pending = (lines[index], cells.map { PendingCell(pieces: [], position: $0.position) }) }
                for (column, cell) in cells.enumerated() { pending!.cells[column].pieces += cell.pieces }
            } else {
                break
            }
            index += 1
        }
        if let row = pending { rows.append(row) }
        guard !rows.isEmpty else { return nil }
        return .table(table(of: rows), next: index)
    }

    /// A box of one column starting at `start`: a border of two `+`s (`+------+`), lines that
    /// open with `|` (and may close with one), then the same border; each line is kept
    /// without its `|`s.
    private func readBox(_ lines: [Line], from start: Int) -> TableRead? {
        guard borderColumns(lines[start].range)?.count == 2 else { return nil }
        var inner: [Line] = []
        for index in (start + 1)..<lines.count {
            var line = lines[index]
            if borderColumns(line.range)?.count == 2 {
                guard !inner.isEmpty else { return nil }
                // (A border with the box's lines on both sides, under a heading row, goes on
                // with the box as a blank line.)
                if index + 1 < lines.count, opensWithPipe(lines[index + 1]) {
                    line.range = line.range.lowerBound..<line.range.lowerBound
                    line.isBlank = true
                    inner.append(line)
                    continue
                }
                if let (body, end) = unpipedBody(lines, after: index) { return .box(inner + body, next: end) }
                return .box(inner, next: index + 1)
            }
            guard opensWithPipe(line) else { return nil }
            let content = trimmed(line.range)
            let closes = content.count >= 2 && text[content.upperBound - 1] == TextNormalizer.pipe
            line.range = content.lowerBound + 1..<(closes ? content.upperBound - 1 : content.upperBound)
            line.isBlank = line.range.allSatisfy { isSpace(text[$0]) }
            inner.append(line)
        }
        return nil
    }

    /// The lines a box's heading row heads without `|`s (`+---+`, `| HEADING |`, `+---+`, then
    /// plain lines up to a border of their own, `+---+`), and the line after that border; `nil`
    /// when a blank line or nothing comes first, or no border within the lines a box holds.
    private func unpipedBody(_ lines: [Line], after border: Int) -> ([Line], Int)? {
        var body: [Line] = []
        for index in (border + 1)..<min(lines.count, border + 1 + TextNormalizer.longestBox) {
            let line = lines[index]
            if line.isBlank { return nil }
            if borderColumns(line.range)?.count == 2 { return body.isEmpty ? nil : (body, index + 1) }
            if opensWithPipe(line) { return nil }
            body.append(line)
        }
        return nil
    }

    /// Whether a line's first character past white space is a `|`.
    private func opensWithPipe(_ line: Line) -> Bool {
        let content = trimmed(line.range)
        return !content.isEmpty && text[content.lowerBound] == TextNormalizer.pipe
    }

    /// The most lines a box's unpiped body holds.
    private static let longestBox = 40

    /// The offsets in the line of a grid table's border's `+`s: a line of `+`s with runs of
    /// `-` or `=` (and `:`, for alignment) between them.
    private func borderColumns(_ line: Range<Int>) -> [Int]? {
        let content = trimmed(line)
        guard content.count >= 3, text[content.lowerBound] == TextNormalizer.plus, text[content.upperBound - 1] == TextNormalizer.plus else { return nil }
        var columns: [Int] = []
        for index in content {
            switch text[index] {
            case TextNormalizer.plus: columns.append(index - line.lowerBound)
            case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: ":"): continue
            default: return nil
            }
        }
        return zip(columns, columns.dropFirst()).allSatisfy { $1 - $0 > 1 } ? columns : nil
    }

    /// The cells of a grid table's line: between its pipes when it has one a column, else
    /// between the characters that stand under the border's `+`s.
    private func gridCells(of line: Range<Int>, columns: [Int]) -> [PendingCell]? {
        let content = trimmed(line)
        guard content.count >= 2, text[content.lowerBound] == TextNormalizer.pipe, text[content.upperBound - 1] == TextNormalizer.pipe else { return nil }
        var pipes = content.filter { text[$0] == TextNormalizer.pipe }
        if pipes.count != columns.count {
            // (A pipe in a cell's text: the columns are counted in characters.)
            var column = 0
            pipes = []
            for index in line {
                guard text[index] & 0xC0 != 0x80 else { continue }
                if columns.contains(column) {
                    guard text[index] == TextNormalizer.pipe else { return nil }
                    pipes.append(index)
                }
                column += 1
            }
            guard pipes.count == columns.count else { return nil }
        }
        return zip(pipes, pipes.dropFirst()).map { cell($0 + 1..<$1) }
    }

    /// A line that opens with `|` and holds another.
    private func isPipeRow(_ line: Range<Int>) -> Bool {
        let content = trimmed(line)
        return content.count >= 2 && text[content.lowerBound] == TextNormalizer.pipe
            && content.dropFirst().contains { text[$0] == TextNormalizer.pipe }
    }

    /// A pipe table's delimiter row: pipes, dashes, colons and spaces, with a dash.
    private func isDelimiterRow(_ line: Range<Int>) -> Bool {
        let content = trimmed(line)
        return isPipeRow(line) && content.contains { text[$0] == UInt8(ascii: "-") }
            && content.allSatisfy { text[$0] == TextNormalizer.pipe || text[$0] == UInt8(ascii: "-") || text[$0] == UInt8(ascii: ":") || isSpace(text[$0]) }
    }

    /// The cells of a pipe row, between its pipes (a pipe after a backslash is text).
    private func pipeCells(of line: Range<Int>) -> [PendingCell] {
        let content = trimmed(line)
        var start = content.lowerBound + 1
        var end = content.upperBound
        if end > start, text[end - 1] == TextNormalizer.pipe, text[end - 2] != UInt8(ascii: "\\") { end -= 1 }
        var cells: [PendingCell] = []
        for index in start..<end where text[index] == TextNormalizer.pipe && text[index - 1] != UInt8(ascii: "\\") {
            cells.append(cell(start..<index))
            start = index + 1
        }
        cells.append(cell(start..<end))
        return cells
    }

    /// Whether a row's first cell can take a line written above it: empty, or starting in lowercase.
    private func continuesHeader(_ line: Range<Int>) -> Bool {
        let first = line.firstIndex { text[$0] == TextNormalizer.tab } ?? line.upperBound
        let content = trimmed(line.lowerBound..<first)
        return content.isEmpty || UTF8Bytes.opensInLowercase(text[content])
    }

    /// Whether a line opens a bold run (`**FECHT HABITAT EN PARTENARIAT AVEC`) that the first
    /// cell of the row after it closes (`L'ARROSOIR**`): a cell split over two lines.
    private func opensBold(_ line: Range<Int>, closedBy next: Range<Int>) -> Bool {
        let star = UInt8(ascii: "*")
        let doubleStar = { (index: Int) in self.text[index] == star && self.text[index + 1] == star }
        let content = trimmed(line)
        guard content.count > 2, doubleStar(content.lowerBound), !(content.lowerBound + 2..<content.upperBound - 1).contains(where: doubleStar) else { return false }
        let first = next.firstIndex { text[$0] == TextNormalizer.tab } ?? next.upperBound
        let cell = trimmed(next.lowerBound..<first)
        return cell.count > 2 && doubleStar(cell.upperBound - 2)
    }

    /// The column of a value that a row with nothing else goes on with (`Volet | Accès et`,
    /// then ` | maintien`): the previous row's last cell and this row's one cell, in the same
    /// column, when the cell above ends with a comma or a word that cannot end it (`et`, `ou`,
    /// `de`, `à`, `pour`…), when the cell below opens with a word that cannot open a value
    /// (`soit 20 ménages chaque année`, `dont 9 000 € de gestion locative`), or when the cell
    /// above, beside its label, is followed by a row that only says its count's period
    /// (`Nombre de ménages | une quinzaine de ménages`, then ` | à chaque exercice`).
    private func continuedColumn(of previous: [PendingCell], by cells: [PendingCell]) -> Int? {
        guard let column = cells.firstIndex(where: { !$0.pieces.isEmpty }), column > 0,
              !cells[(column + 1)...].contains(where: { !$0.pieces.isEmpty }),
              previous.lastIndex(where: { !$0.pieces.isEmpty }) == column,
              let piece = previous[column].pieces.last
        else { return nil }
        let above = string(piece)
        let words = above.split(separator: " ")
        if words.count >= 2 && (above.hasSuffix(",") || TextNormalizer.danglingWords.contains(words.last!.lowercased())) { return column }
        let below = cells[column].pieces.map(string).joined(separator: " ")
        if let opening = below.split(separator: " ").first, TextNormalizer.continuingWords.contains(opening.lowercased()) { return column }
        let labelled = previous[..<column].contains { !$0.pieces.isEmpty }
        return labelled && Quantities.isPeriodAlone(below) ? column : nil
    }

    /// Words that leave a value unfinished when they end it.
    private static let danglingWords: Set<String> = ["et", "ou", "de", "des", "du", "à", "au", "aux", "pour", "avec", "par", "sur", "dans", "en", "le", "la", "les"]
    /// Words that go on with the value above when they open a cell.
    private static let continuingWords: Set<String> = ["soit", "dont"]

    /// Whether a line's first letter is a small one: it goes on with what is written above it.
    private func opensWithSmallLetter(_ line: Range<Int>) -> Bool {
        let content = trimmed(line)
        let head = string(content.prefix(4))
        return head.unicodeScalars.first.map { $0.properties.isLowercase } == true
    }

    /// Whether a line opens with a digit: an amount or a count, which is a cell's value, never
    /// the first part of the cell below.
    private func startsWithDigit(_ line: Range<Int>) -> Bool {
        let content = trimmed(line)
        return !content.isEmpty && (0x30...0x39).contains(text[content.lowerBound])
    }

    /// Whether a row's first cell opens with a section number (`466.3.1.`, alone or before its
    /// title, `504.3.1. LA PASSERELLE …`): digits in three or four groups between points.
    private func opensWithSectionNumber(_ cells: [PendingCell]) -> Bool {
        guard let first = cells.first?.pieces.first, cells.first?.pieces.count == 1 else { return false }
        let number = text[first].prefix { $0 != 0x20 }
        guard number.count <= 16 else { return false }
        let groups = number.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        let numbered = groups.last?.isEmpty == true ? groups.dropLast() : groups[...]
        return (3...4).contains(numbered.count) && numbered.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { (0x30...0x39).contains($0) } }
    }

    /// Whether a line is in capitals, of three words or more.
    private func isCapitals(_ line: Range<Int>) -> Bool {
        let content = string(trimmed(line))
        return content.split(separator: " ").count >= 3 && InlineText.isMostlyUppercase(content)
    }

    /// Whether a line is a short label alone: letters, no figure, no colon, no tab.
    private func isLabelAlone(_ line: Range<Int>) -> Bool {
        let content = trimmed(line)
        return !content.isEmpty && content.count <= 40
            && !content.contains { (0x30...0x39).contains(text[$0]) || text[$0] == UInt8(ascii: ":") || text[$0] == TextNormalizer.tab }
    }

    /// Whether a line is one block of HTML: it opens with `<div` or `<p` and closes that
    /// element (`<div style="font-size:9pt">Salazie, La Réunion</div>`).
    private func isBlockFragment(_ line: Range<Int>) -> Bool {
        let content = string(trimmed(line)).lowercased()
        return content.hasPrefix("<div") && content.hasSuffix("</div>") || content.hasPrefix("<p") && content.hasSuffix("</p>")
    }

    /// Whether a line is an amount alone (`173 846 €`, `44 490`), in figures with their
    /// separators and the euro sign.
    private func isAmountAlone(_ line: Range<Int>) -> Bool {
        guard startsWithDigit(line) else { return false }
        let content = string(trimmed(line))
        return content.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || " \u{A0}\u{202F},.€".unicodeScalars.contains($0) }
    }

    private func cells(of line: Range<Int>) -> [PendingCell] {
        var cells: [PendingCell] = []
        var start = line.lowerBound
        for index in line where text[index] == TextNormalizer.tab {
            cells.append(cell(start..<index))
            start = index + 1
        }
        cells.append(cell(start..<line.upperBound))
        while cells.count > 1, cells.last!.pieces.isEmpty { cells.removeLast() }
        return cells
    }

    private func cell(_ range: Range<Int>) -> PendingCell {
        let content = trimmed(range)
        return PendingCell(pieces: content.isEmpty ? [] : [content], position: content.lowerBound)
    }

    private func appendToLastCell(of cells: inout [PendingCell], _ range: Range<Int>) {
        let target = cells.lastIndex { !$0.pieces.isEmpty } ?? cells.count - 1
        cells[target].pieces.append(range)
    }

    private func row(line: Line, cells pending: [PendingCell]) -> TableRow {
        let cells = pending.map { cell -> TableCell in
            var builder = InlineBuilder()
            for piece in cell.pieces {
                fragments.append(text, range: piece, to: &builder)
                builder.appendBreak()
            }
            let range = cell.pieces.isEmpty ? cell.position..<cell.position : cell.pieces.first!.lowerBound..<cell.pieces.last!.upperBound
            return TableCell(content: builder.build(), span: span(of: range, on: line))
        }
        let first = pending.first { !$0.pieces.isEmpty }?.pieces.first?.lowerBound ?? line.range.lowerBound
        let last = pending.last { !$0.pieces.isEmpty }?.pieces.last?.upperBound ?? line.range.upperBound
        return TableRow(cells: cells, span: span(of: min(first, line.range.lowerBound)..<last, on: line))
    }
}

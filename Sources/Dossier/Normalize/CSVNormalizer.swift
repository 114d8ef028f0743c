/// Reads a CSV export (a grant portal's or a spreadsheet's) into one table: a row a record,
/// a cell a field, each cell pointing at its own bytes.
///
/// - The delimiter is the one of `;`, `,` and tab that the first line uses most outside
///   quotes, `;` on a tie (French exports write `;`, as their decimal mark is a comma).
/// - A field in double quotes may hold the delimiter, line ends (a cell of several lines)
///   and doubled quotes (`""` reads as one quote); quotes inside an unquoted field are text.
/// - Rows end at line ends (LF, CRLF or CR) outside quotes; blank lines are no rows, and
///   empty fields at a row's end are dropped.
/// - A first column that only groups the rows (`Rubrique`: `Territoire`, `Territoire`,
///   `Budget`, …) names sections, not fields: it is left out (see ``TableFrame``), so that
///   each row reads as a question and its answer.
struct CSVNormalizer {
    let source: SourceDocument
    let text: UnsafeBufferPointer<UInt8>
    private let fragments = InlineFragment()

    private static let quote = UInt8(ascii: "\"")

    /// A field: where it starts, and its pieces of text.
    private struct Field {
        var start: Int
        var pieces: [Range<Int>]
    }

    /// The table, or nothing for a file with no field.
    func blocks() -> [Block] {
        let delimiter = self.delimiter()
        var records: [[Field]] = []
        var fields: [Field] = []
        var index = 0
        while index < text.count {
            let (pieces, end) = field(at: index, delimiter: delimiter)
            fields.append(Field(start: index, pieces: pieces))
            index = end
            guard index < text.count else { break }
            if text[index] == delimiter {
                index += 1
                // A delimiter that ends the file leaves an empty last field.
                if index == text.count { fields.append(Field(start: index, pieces: [])) }
                continue
            }
            // A line end: the row is complete.
            index += text[index] == 0x0D && index + 1 < text.count && text[index + 1] == 0x0A ? 2 : 1
            if fields.contains(where: { !$0.pieces.isEmpty }) { records.append(fields) }
            fields = []
        }
        if fields.contains(where: { !$0.pieces.isEmpty }) { records.append(fields) }
        let rows = TableFrame.content(of: records.compactMap(row))
        guard let first = rows.first, let last = rows.last else { return [] }
        let span = source.span(of: first.span.bytes.lowerBound..<last.span.bytes.upperBound)
        return [Block(kind: .table, rows: rows, span: span)]
    }

    /// The delimiter the first line uses most outside quotes: `;` on a tie or when it uses
    /// none, then tab, then `,`.
    private func delimiter() -> UInt8 {
        let candidates = [UInt8(ascii: ";"), 0x09, UInt8(ascii: ",")]
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for byte in text {
            if byte == CSVNormalizer.quote { quoted.toggle() }
            if !quoted, byte == 0x0A || byte == 0x0D { break }
            if !quoted, candidates.contains(byte) { counts[byte, default: 0] += 1 }
        }
        // (`max(by:)` keeps the first of equals.)
        return candidates.max { counts[$0, default: 0] < counts[$1, default: 0] } ?? UInt8(ascii: ";")
    }

    /// The pieces of text of the field at `start` (its lines, and the runs between doubled
    /// quotes) and where it ends: at its delimiter, its line end or the end of the file.
    private func field(at start: Int, delimiter: UInt8) -> (pieces: [Range<Int>], end: Int) {
        var index = start
        while index < text.count, text[index] == 0x20 { index += 1 }
        guard index < text.count, text[index] == CSVNormalizer.quote else {
            var end = start
            while end < text.count, text[end] != delimiter, text[end] != 0x0A, text[end] != 0x0D { end += 1 }
            return (trimmed(start..<end).map { [$0] } ?? [], end)
        }
        var pieces: [Range<Int>] = []
        var pieceStart = index + 1
        index += 1
        while index < text.count {
            let byte = text[index]
            if byte == CSVNormalizer.quote {
                // `""` is one quote: the piece runs to the first, the next starts after the second.
                if index + 1 < text.count, text[index + 1] == CSVNormalizer.quote {
                    pieces.append(pieceStart..<index + 1)
                    index += 2
                    pieceStart = index
                    continue
                }
                pieces.append(pieceStart..<index)
                index += 1
                // Text after the closing quote, up to the delimiter, belongs to the field.
                let tail = index
                while index < text.count, text[index] != delimiter, text[index] != 0x0A, text[index] != 0x0D { index += 1 }
                if let rest = trimmed(tail..<index) { pieces.append(rest) }
                return (pieces.filter { !$0.isEmpty }, index)
            }
            index += 1
        }
        // A quote never closed: the field runs to the end of the file.
        pieces.append(pieceStart..<text.count)
        return (pieces.filter { !$0.isEmpty }, text.count)
    }

    /// `range` without the spaces around it, or `nil` when nothing is left.
    private func trimmed(_ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower] == 0x20 || text[lower] == 0x09 { lower += 1 }
        while upper > lower, text[upper - 1] == 0x20 || text[upper - 1] == 0x09 { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// The row of `fields`, or `nil` when all are empty; empty fields at its end are dropped.
    private func row(_ fields: [Field]) -> TableRow? {
        guard let lastFilled = fields.lastIndex(where: { !$0.pieces.isEmpty }) else { return nil }
        let cells = fields[...lastFilled].map { field -> TableCell in
            let pieces = field.pieces
            var builder = InlineBuilder()
            var previous: Int?
            for piece in pieces {
                // A line end inside the quotes breaks the cell's text; a doubled quote does not.
                if let previous, text[previous..<piece.lowerBound].contains(where: { $0 == 0x0A || $0 == 0x0D }) { builder.appendBreak() }
                fragments.append(text, range: piece, to: &builder)
                previous = piece.upperBound
            }
            let position = pieces.first?.lowerBound ?? field.start
            // (A last piece that ends on a doubled quote's first half spans the second too.)
            var end = pieces.last?.upperBound ?? position
            if end > position, end < text.count, text[end - 1] == CSVNormalizer.quote, text[end] == CSVNormalizer.quote { end += 1 }
            return TableCell(content: builder.build(), span: source.span(of: position..<end))
        }
        let filled = cells.filter { !$0.span.bytes.isEmpty }
        let range = (filled.first?.span.bytes.lowerBound ?? 0)..<(filled.last?.span.bytes.upperBound ?? 0)
        return TableRow(cells: cells, span: source.span(of: range))
    }
}

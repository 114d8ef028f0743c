/// What a table holds besides its fields: a spreadsheet's frame (a row of column letters
/// `A`, `B`, `C`… and a column of row numbers `1`, `2`, `3`…, as a sheet published to the web
/// prints them) and a first column that only groups the rows (`Rubrique`: `Porteur`,
/// `Porteur`, `Volumes`, …). Left out, each row reads as a label and its values.
enum TableFrame {
    /// The rows of a table without its spreadsheet frame and its grouping column.
    static func content(of rows: [TableRow]) -> [TableRow] {
        var rows = rows
        if let first = rows.first, namesColumns(first) { rows.removeFirst() }
        if numbersRows(rows) { rows = rows.map(droppingFirstCell) }
        if groupsRows(rows) {
            let header = rows.firstIndex { filledCount($0) >= 3 } ?? 0
            rows = rows.enumerated().map { index, row in index >= header ? droppingFirstCell(row) : row }
        }
        return rows.filter { filledCount($0) > 0 }
    }

    /// Whether a row names the columns by letters in order (`A`, `B`, `C`), three at least,
    /// after an empty corner cell or not.
    private static func namesColumns(_ row: TableRow) -> Bool {
        let texts = row.cells.map { $0.text.trimmingSpaces }.drop { $0.isEmpty }
        guard texts.count >= 3 else { return false }
        return texts.enumerated().allSatisfy { index, text in
            text.unicodeScalars.count == 1 && text.unicodeScalars.first!.value == UnicodeScalar("A").value + UInt32(index)
        }
    }

    /// Whether the first column numbers the rows one by one (`1`, `2`, `3`…; three rows at
    /// least, every row numbered).
    private static func numbersRows(_ rows: [TableRow]) -> Bool {
        guard rows.count >= 3 else { return false }
        let numbers = rows.map { $0.cells.first.flatMap { Int($0.text.trimmingSpaces) } }
        guard let first = numbers.first ?? nil else { return false }
        return numbers.enumerated().allSatisfy { index, number in number == first + index }
    }

    /// Whether the first column only groups the rows after the first of three cells or more
    /// (a header): its values come in runs, two rows a run at least on average, and other
    /// columns follow it (an empty answer may end a row early).
    private static func groupsRows(_ rows: [TableRow]) -> Bool {
        guard let header = rows.firstIndex(where: { filledCount($0) >= 3 }) else { return false }
        let body = rows[(header + 1)...].filter { filledCount($0) >= 2 }
        guard body.count >= 4, body.allSatisfy({ $0.cells.count >= 2 }) else { return false }
        let values = body.map { $0.cells[0].text }
        let runs = 1 + zip(values, values.dropFirst()).count { $0 != $1 }
        return values.allSatisfy { !$0.isEmpty } && runs * 2 <= body.count
    }

    private static func filledCount(_ row: TableRow) -> Int {
        row.cells.count { !$0.content.isEmpty }
    }

    private static func droppingFirstCell(_ row: TableRow) -> TableRow {
        var row = row
        if !row.cells.isEmpty { row.cells.removeFirst() }
        return row
    }
}

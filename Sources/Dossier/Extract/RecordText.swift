/// The texts of a record that rules read, in reading order: each line block and each
/// non-empty table cell, with the text that holds the value of a label written alone.
struct RecordText {
    /// One text of the record.
    struct Unit {
        var content: InlineText
        /// The unit that holds the value when this one is a label alone: the next cell of the
        /// row, or the next block.
        var next: Int?
    }

    let units: [Unit]

    init(_ segment: RecordSegment) {
        var units: [Unit] = []
        for block in segment.blocks {
            if block.kind == .table {
                for row in block.rows {
                    let cells = row.cells.filter { !$0.content.isEmpty }
                    for (position, cell) in cells.enumerated() {
                        units.append(Unit(content: cell.content, next: position + 1 < cells.count ? units.count + 1 : nil))
                    }
                }
            } else if !block.content.isEmpty {
                units.append(Unit(content: block.content, next: units.count + 1))
            }
        }
        if var last = units.last, last.next == units.count {
            last.next = nil
            units[units.count - 1] = last
        }
        self.units = units
    }

    /// The record's text as one string, a line per unit, and where each unit starts in it.
    func joined() -> (text: String, starts: [Int]) {
        var text = ""
        var starts: [Int] = []
        for unit in units {
            starts.append(text.utf8.count)
            text += String(decoding: unit.content.matchView, as: UTF8.self) + "\n"
        }
        return (text, starts)
    }
}

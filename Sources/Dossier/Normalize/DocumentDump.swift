extension Document {
    /// A readable listing of the blocks with their positions, one line each, as in
    /// `table @297:1-307:2 rows=11` and `cell[3][0] "Coût global du projet" @300:1-300:22`.
    ///
    /// Golden tests compare this text, so its form changes only on purpose.
    public var dump: String {
        var lines = ["document \(source.name) format=\(source.format.rawValue) encoding=\(source.encoding.rawValue) "
            + "line_ending=\(source.lineEnding.rawValue) bytes=\(source.byteCount) blocks=\(blocks.count)"]
        for diagnostic in diagnostics {
            lines.append("\(diagnostic.severity.rawValue) \(diagnostic.id)\(diagnostic.span.map { " \($0)" } ?? ""): \(diagnostic.message)")
        }
        for block in blocks {
            switch block.kind {
            case .table:
                lines.append("table \(block.span) rows=\(block.rows.count)")
                for (rowIndex, row) in block.rows.enumerated() {
                    for (cellIndex, cell) in row.cells.enumerated() {
                        let span = cell.columnSpan == 1 ? "" : " colspan=\(cell.columnSpan)"
                        lines.append("  cell[\(rowIndex)][\(cellIndex)] \(quoted(cell.content))\(span) \(cell.span)")
                    }
                }
            case .heading(let level):
                lines.append("heading(\(level)) \(block.span) \(quoted(block.content))")
            case .paragraph:
                lines.append("paragraph \(block.span) \(quoted(block.content))")
            case .listItem(let marker):
                lines.append("list-item(\(marker ?? "li")) \(block.span) \(quoted(block.content))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func quoted(_ content: InlineText) -> String {
        var text = JSONValue.string(content.text).serialized
        if !content.checkboxes.isEmpty {
            text += " checkboxes=" + content.checkboxes.map { "\($0.state.rawValue)@\($0.offset)" }.joined(separator: ",")
        }
        return text
    }
}

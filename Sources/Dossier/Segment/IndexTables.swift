/// Index tables: a header row naming the number, the place and the carrier of each project
/// (`N°`, `Localisation du projet`, `Organisme Hlm porteur du projet`, `Page`).
enum IndexTables {
    /// One record per row of every index table of `document`.
    static func rows(in document: Document) -> [RecordSegment] {
        var records: [RecordSegment] = []
        for block in document.blocks where block.kind == .table && isIndexTable(block) {
            for row in block.rows.dropFirst() where row.cells.filter({ !$0.content.isEmpty }).count >= 2 {
                var record = RecordSegment(kind: .indexRow, layout: .indexTable, blocks: [], span: row.span)
                record.indexCells = row.cells
                record.section = row.cells.first.map { $0.text.trimmingCharacters(in: .whitespaces) }
                records.append(record)
            }
        }
        return records
    }

    /// Whether the table's first row is an index header.
    static func isIndexTable(_ table: Block) -> Bool {
        guard let header = table.rows.first else { return false }
        let folded = header.cells.map { Folding.fold($0.text) }
        return folded.contains { $0 == "n" || $0 == "no" || $0 == "numero" } && folded.contains { $0.hasPrefix("localisation") }
    }
}

import Foundation

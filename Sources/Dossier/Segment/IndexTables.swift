/// Index tables: a header row naming the number, the place and the carrier of each project
/// (`N°`, `Localisation du projet`, `Organisme Hlm porteur du projet`, `Page`).
enum IndexTables {
    /// One record per row of every index table of `document`.
    static func rows(in document: Document) -> [RecordSegment] {
        var records: [RecordSegment] = []
        for block in document.blocks where block.kind == .table && isIndexTable(block) {
            for row in body(of: block) where row.cells.filter({ !$0.content.isEmpty }).count >= 2 {
                var record = RecordSegment(kind: .indexRow, layout: .indexTable, blocks: [], span: row.span)
                record.indexCells = row.cells
                record.section = row.cells.first.map { number(in: $0.text) }
                records.append(record)
            }
        }
        return records
    }

    /// Whether the table's first row is an index header: a number column (`N°`, `Numéro`,
    /// `Réf.`, `Opération n°`) beside a page, a place or an organisation column, whatever
    /// their wording (`Localisation`, `Ville, département`, `Bailleur(s) Hlm pilote(s)`, `Page`).
    /// A table whose every row under the header opens with a monograph's number (`75.3.1`)
    /// is one, whatever its headers. The rows' numbers open with a digit. A header wrapped
    /// over two lines (`Office ou société Hlm` / `candidat`, `Page`) reads as one, and a
    /// caption row above the header is skipped.
    static func isIndexTable(_ table: Block) -> Bool {
        let all = rows(of: table)
        guard let header = all.first, header.cells.count >= 3 else { return false }
        let rows = body(of: table)
        let words = table.rows[all.startIndex..<rows.startIndex].flatMap { $0.cells.map { FoldedWords.of($0.text) } }
        guard let first = words.first else { return false }
        // Rows that each open with a monograph's number make an index whatever the headers say
        // (`Périmètre couvert`, `Signataire(s) Hlm`, `Renvoi au feuillet`).
        if rows.count >= 2, rows.allSatisfy({ row in row.cells.first.map { isSectionNumber($0.text) } ?? false }) { return true }
        let numbered = [first.first, first.last].contains { $0.map(numberHeads.contains) ?? false }
        guard numbered, words.dropFirst().contains(where: { cell in cell.first.map(otherHeads.contains) ?? false }) else { return false }
        // (A risk register's `Réf.` column holds codes, `RQ-01`, beside a `P` of probability.)
        return rows.allSatisfy { row in
            row.cells.first.map { $0.text.trimmingSpaces.first.map(\.isNumber) ?? true } ?? true
        }
    }

    /// The rows under the header: after its first row and the lines a wrapped header runs
    /// on to, at most two rows that open with no digit, when a numbered row follows them.
    private static func body(of table: Block) -> ArraySlice<TableRow> {
        let rows = rows(of: table).dropFirst()
        let wrapped = rows.prefix(2).prefix { row in !(row.cells.first?.text.trimmingSpaces.first?.isNumber ?? false) }
        let rest = rows.dropFirst(wrapped.count)
        guard !wrapped.isEmpty, let next = rest.first?.cells.first, isSectionNumber(next.text) else { return rows }
        return rest
    }

    /// The table's rows from its header on: a caption row above the header (`487.3`, a tab,
    /// `RELEVÉ DES DÉMARCHES DE LA PARTIE 3`, one or two cells over a header of three or more)
    /// is none of the index's.
    private static func rows(of table: Block) -> ArraySlice<TableRow> {
        let rows = table.rows[...]
        guard rows.count >= 3, rows[0].cells.count <= 2, rows[1].cells.count >= 3 else { return rows }
        return rows.dropFirst()
    }

    /// A number cell's text without its spaces and final point (`182.3.1.` is `182.3.1`).
    private static func number(in text: String) -> String {
        let number = text.trimmingSpaces
        return number.last == "." && number.count > 1 ? String(number.dropLast()) : String(number)
    }

    /// Whether a text is a monograph's number, three numbers or more joined by points (`75.3.1`,
    /// `75.3.1.`).
    private static func isSectionNumber(_ text: String) -> Bool {
        let parts = number(in: text).split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 3 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }

    /// The folded first words of a number column's header.
    private static let numberHeads: Set<String> = ["n", "no", "num", "numero", "ref", "reference"]
    /// The folded first words of an index's other columns: the page, the place, the carrier.
    private static let otherHeads: Set<String> = [
        "page", "pages", "p", "localisation", "lieu", "lieux", "ville", "villes", "commune", "communes", "territoire",
        "departement", "site", "implantation", "secteur", "organisme", "organismes", "bailleur", "bailleurs", "porteur", "porteurs", "folio",
    ]
}

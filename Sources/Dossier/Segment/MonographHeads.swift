/// Finds the numbered monographs of a guide and cuts the document at their heads.
struct MonographHeads {
    let document: Document
    /// Whether each block ends a monograph (an index table, a category heading), worked out once.
    private let boundaries: [Bool]

    init(document: Document) {
        self.document = document
        self.boundaries = document.blocks.map(MonographHeads.isBoundary)
    }

    /// Where a head stands: a block, or a cell of a table block.
    private struct Head {
        var block: Int
        var row: Int?
        var cell: Int?
        var content: InlineText
        var number: String
        var titleStart: Int
        /// Whether the number stands alone in its cell and the title opens the next row
        /// (`**14.2.4.**`, then `**RESTER AUTONOME …**` and the place beside it).
        var titleBelow = false
    }

    /// A head's number has two to four parts (`2.1.15`); a first part of three digits
    /// (`102.3.1`, a guide's hundred and second tome) needs three parts, so that an amount in
    /// capitals (`250.000 EUROS`) heads nothing.
    private static let head = Regex.builtIn(#"^(?<number>\d{1,2}(?:\.\d{1,3}){1,3}|\d{3}(?:\.\d{1,3}){2,3})\.?+\s*+(?<title>[\p{L}\p{N}«"].*)$"#)
    private static let loneNumber = Regex.builtIn(#"^(?<number>\d{1,3}(?:\.\d{1,3}){2,3})\.?$"#)
    /// What ends a monograph: a category heading (`2.1 : …`, `Projets de catégorie …`), or a
    /// section of two levels in running case (`14.3. Quelques données de cadrage`, `173.4. Bilan
    /// chiffré` in a hundred and seventy-third tome).
    private static let category = Regex.builtIn(#"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s*:|Projets de catégorie|\d{1,3}\.\d{1,2}\.?\s+(?-i:\p{Lu}\p{Ll}))"#, options: .caseless)

    /// A line that numbers a part of a text (`3.4.1. Rappel du cadre`).
    private static let numberedPart = Regex.builtIn(#"^\d{1,3}(?:\.\d{1,3}){1,3}\.?\s+\p{L}"#)

    /// The monographs, in reading order.
    func monographs() -> [RecordSegment] {
        let heads = findHeads()
        var records: [RecordSegment] = []
        let starts = heads.map(recordStart)
        for (index, head) in heads.enumerated() {
            let start = starts[index]
            // Two heads may share a block (rows of one table): a record keeps at least its own.
            var end = max(head.block + 1, index + 1 < heads.count ? starts[index + 1] : document.blocks.count)
            if let boundary = (head.block + 1..<end).first(where: { isBoundary($0) || MonographHeads.opensShallowerSection(document.blocks[$0], than: head.number) }) {
                end = boundary
            }
            var blocks = Array(document.blocks[start..<end])
            let span = span(of: head, at: index, in: heads, blocks: blocks)
            // Monographs that follow one another in one table (no blank line between them) each
            // read the rows from their head to the next one's.
            if let rows = ownRows(of: head, at: index, in: heads), heads.contains(where: { $0.block == head.block && $0.row != head.row }) {
                let own = Array(document.blocks[head.block].rows[rows])
                blocks[head.block - start] = Block(kind: .table, rows: own, span: own.first!.span.through(own.last!.span))
            }
            var record = RecordSegment(kind: .project, layout: .monograph, blocks: blocks, span: span)
            record.section = head.number
            let carrierEnd = carrierEnd(after: head)
            record.carrierLines = carrierLines(of: head, start: start) + [carrierEnd].compactMap { $0 }
            let rowBelow = record.carrierLines.isEmpty ? carrierRowBelow(head) : nil
            record.carrierLines += [rowBelow].compactMap { $0 }
            record.titleLines = titleLines(of: head, end: end)
            let below = record.carrierLines.isEmpty ? carrierLineBelow(head, titleLines: record.titleLines.count, end: end) : nil
            record.carrierLines += [below?.line].compactMap { $0 }
            record.place = place(
                after: head, titleLines: record.titleLines.count, end: end, carrierEnd: carrierEnd != nil || rowBelow != nil, below: below?.stands
            )
            // A numbered section of statistics (`5.5. CE QUE DISENT LES CHIFFRES` over a table of
            // counts and shares), carried by no one, is no project.
            if record.carrierLines.isEmpty, head.row == nil,
               MonographHeads.isStatistics(document.blocks[(head.block + record.titleLines.count)..<end])
            {
                continue
            }
            records.append(record)
        }
        // Headings numbered on two levels with no carrier line above them (a directory's
        // entries, `3.1  CCAS DE …`, `3.2  BAIL ET BOUSSOLE …`; the first may stand under the
        // document's own heading) are no guide's monographs.
        if records.count >= 2, records.dropFirst().allSatisfy({ $0.carrierLines.isEmpty }),
           heads.allSatisfy({ $0.row == nil && $0.number.split(separator: ".").count == 2 })
        {
            return []
        }
        return records
    }

    /// Where a monograph is: its blocks; for a head in a table row, from that row to the
    /// row before the next head of the same table, so that two monographs of one table
    /// have spans (and ids) of their own.
    private func span(of head: Head, at index: Int, in heads: [Head], blocks: [Block]) -> Span {
        guard let own = ownRows(of: head, at: index, in: heads) else { return blocks.first!.span.through(blocks.last!.span) }
        let rows = document.blocks[head.block].rows
        let rowsSpan = rows[own.lowerBound].span.through(rows[own.upperBound - 1].span)
        return blocks.last.map { $0.span.bytes.lowerBound > rowsSpan.bytes.upperBound ? rowsSpan.through($0.span) : rowsSpan } ?? rowsSpan
    }

    /// The rows of its table that a head in a table row opens: from its row to the row before
    /// the next head of the same table, or to the table's end.
    private func ownRows(of head: Head, at index: Int, in heads: [Head]) -> Range<Int>? {
        guard let row = head.row else { return nil }
        let count = document.blocks[head.block].rows.count
        let next = index + 1 < heads.count && heads[index + 1].block == head.block ? heads[index + 1].row ?? count : count
        return row..<max(row + 1, next)
    }

    private func findHeads() -> [Head] {
        var heads: [Head] = []
        for (index, block) in document.blocks.enumerated() {
            if block.kind == .table {
                guard !IndexTables.isIndexTable(block) else { continue }
                for (rowIndex, row) in block.rows.enumerated() {
                    for (cellIndex, cell) in row.cells.enumerated() {
                        if let head = head(in: cell.content, block: index) {
                            heads.append(Head(block: index, row: rowIndex, cell: cellIndex, content: cell.content, number: head.0, titleStart: head.1))
                        } else if let number = MonographHeads.loneNumber(cell.content) {
                            // A number alone in its cell: its title beside it, or under it;
                            // unless the row under it prints the number again with its title
                            // (`500.3.1.`, then the carrier line and `500.3.1. UN QUAI …`).
                            if repeatsNumber(number, under: rowIndex, in: block, at: index) { continue }
                            if let (at, title) = titleBeside(row, after: cellIndex) {
                                heads.append(Head(block: index, row: rowIndex, cell: at, content: title, number: number, titleStart: 0))
                            } else if rowIndex + 1 < block.rows.count, let (at, title) = titleAfterCarrierLine(block.rows[rowIndex + 1], block: index) {
                                // (The row under it: the carrier line, then the title, `505.3.1.`
                                // then `VIVARAIS HABITAT EN PARTENARIAT AVEC …`, tabs, `LES CLÉS DU DOUX`.)
                                heads.append(Head(block: index, row: rowIndex + 1, cell: at, content: title, number: number, titleStart: 0))
                            } else if let title = titleBelow(block, row: rowIndex) {
                                heads.append(Head(block: index, row: rowIndex, cell: cellIndex, content: title, number: number, titleStart: 0, titleBelow: true))
                            }
                        }
                    }
                }
            } else if let head = head(in: block.content, block: index) {
                heads.append(Head(block: index, row: nil, cell: nil, content: block.content, number: head.0, titleStart: head.1))
            }
        }
        return heads
    }

    /// The section number and the offset of the title, when `content` is a monograph head.
    private func head(in content: InlineText, block: Int) -> (String, Int)? {
        guard !content.isEmpty, let match = try? MonographHeads.head.firstMatch(in: content.text),
              let number = match[named: "number"], let title = match[named: "title"]
        else { return nil }
        let titleText = String(decoding: content.utf8[title], as: UTF8.self)
        guard InlineText.isMostlyUppercase(titleText) else { return nil }
        return (String(decoding: content.utf8[number], as: UTF8.self), title.lowerBound)
    }

    /// Whether the row under `row` holds a head with `number`.
    private func repeatsNumber(_ number: String, under row: Int, in table: Block, at block: Int) -> Bool {
        guard row + 1 < table.rows.count else { return false }
        return table.rows[row + 1].cells.contains { head(in: $0.content, block: block)?.0 == number }
    }

    /// The section number a cell holds alone (`14.2.4.`), if any.
    private static func loneNumber(_ content: InlineText) -> String? {
        guard !content.isEmpty, content.utf8.count <= 12, let match = try? loneNumber.firstMatch(in: content.text),
              let number = match[named: "number"]
        else { return nil }
        return String(decoding: content.utf8[number], as: UTF8.self)
    }

    /// The title in capitals in the cell after a number alone in its cell (`466.3.1.`, a tab,
    /// then `LA CLÉ DU LAGON : UN BAIL POUR SORTIR DU BANGA`), and where it stands.
    private func titleBeside(_ row: TableRow, after cell: Int) -> (Int, InlineText)? {
        guard let at = row.cells.indices.dropFirst(cell + 1).first(where: { !row.cells[$0].content.isEmpty }),
              case let title = row.cells[at].content, MonographHeads.isTitleInCapitals(title)
        else { return nil }
        return (at, title)
    }

    /// Whether a cell's text may be a title: in capitals, of two words or more, opening with a
    /// letter.
    private static func isTitleInCapitals(_ text: InlineText) -> Bool {
        text.isMostlyUppercase && text.text.split(separator: " ").count >= 2 && text.text.first?.isLetter == true
    }

    /// The title in capitals in the last cell of a row whose first text is a carrier line, and
    /// where it stands.
    private func titleAfterCarrierLine(_ row: TableRow, block: Int) -> (Int, InlineText)? {
        let filled = row.cells.indices.filter { !row.cells[$0].content.isEmpty }
        guard filled.count >= 2, let first = filled.first, let last = filled.last, case let title = row.cells[last].content,
              MonographHeads.isTitleInCapitals(title), mayBeCarrierLine(row.cells[first].content, block: block)
        else { return nil }
        return (last, title)
    }

    /// The title in capitals that opens the row after `row`, if any; a colon in it opens a
    /// subtitle in capitals (`PRENDRE SOIN À DOMICILE : TROUBLES PSYCHIQUES EN MILIEU RURAL`),
    /// not a value (`LIEU : Tulle`).
    private func titleBelow(_ table: Block, row: Int) -> InlineText? {
        guard row + 1 < table.rows.count, let first = table.rows[row + 1].cells.first(where: { !$0.content.isEmpty })?.content,
              MonographHeads.isTitleInCapitals(first)
        else { return nil }
        if let colon = first.text.firstIndex(of: ":") {
            let subtitle = first.text[first.text.index(after: colon)...]
            guard subtitle.split(separator: " ").count >= 2, InlineText.isMostlyUppercase(String(subtitle)) else { return nil }
        }
        return first
    }

    /// The first block of a monograph: its carrier lines above a head that stands alone, or
    /// the head's own block.
    private func recordStart(_ head: Head) -> Int {
        // (A head in its table's first row may have carrier lines above the table too.)
        guard head.row == nil || head.row == 0 else { return head.block }
        var start = head.block
        var index = head.block - 1
        var lastLine = document.blocks[head.block].span.start.line
        while index >= 0 {
            let block = document.blocks[index]
            let gap = lastLine - block.span.end.line
            // The carrier lines touch each other; a blank line or two may part them from the head.
            let allowedGap = start == head.block ? 3 : 1
            guard block.kind != .table, gap <= allowedGap, block.content.isMostlyUppercase, !isBoundary(index),
                  self.head(in: block.content, block: index) == nil
            else { break }
            start = index
            lastLine = block.span.start.line
            index -= 1
        }
        return start
    }

    /// The lines above a head (from `start`), then the cells before it in its row: a carrier
    /// line split over two lines may end in the head's row (`**MARONI HABITAT EN PARTENARIAT
    /// AVEC` / `L'ASSOCIATION LES PIROGUIERS**` then the number). When the number's row has
    /// nothing before it, the row just above may hold the bold carrier line, whole or its
    /// second half after the paragraph above the table (`**OUST HABITAT EN PARTENARIAT AVEC` /
    /// `L'ASSOCIATION LE LIEN**`, then `1.2.3. TITLE` on a row of its own).
    private func carrierLines(of head: Head, start: Int) -> [InlineText] {
        let above = document.blocks[start..<head.block].map(\.content)
        guard let row = head.row, let cell = head.cell else { return above }
        let table = document.blocks[head.block]
        // (A number alone in its cell before the title is no carrier.)
        let before = table.rows[row].cells[..<cell].map(\.content).filter { !$0.isEmpty && MonographHeads.loneNumber($0) == nil }
        guard before.isEmpty, row > 0, case let texts = table.rows[row - 1].cells.filter({ !$0.content.isEmpty }), texts.count == 1,
              let line = texts.first, line.content.isMostlyUppercase, case let text = raw(line.span), text.hasSuffix("**")
        else { return above + before }
        if text.hasPrefix("**") { return above + [line.content] }
        guard row == 1, head.block > 0, case let opening = document.blocks[head.block - 1],
              opening.kind == .paragraph, opening.content.isMostlyUppercase, raw(opening.span).hasPrefix("**")
        else { return above }
        return (head.block > start ? above : [opening.content]) + [line.content]
    }

    /// The carrier line of a head that has none above it, printed under the number and title
    /// after a blank line (`236.3.1. HABITER APRÈS LA RUE`, then `HABITAT HAUT-MARNAIS EN
    /// PARTENARIAT AVEC L'ASSOCIATION …`): a paragraph in capitals, before the monograph's
    /// labels and values; or the first row of the table of labels and values, when that row
    /// holds one text in capitals alone (`AUXOIS LOGIS EN PARTENARIAT AVEC …` and a tab, right
    /// under the title, then `Territoire | Montbard`).
    private func carrierLineBelow(_ head: Head, titleLines: Int, end: Int) -> (line: InlineText, stands: CarrierBelow)? {
        let index = head.block + titleLines
        // (A head in its table's last row has the blocks after the table below it.)
        guard head.row == nil || head.row == document.blocks[head.block].rows.count - 1, index < end, case let block = document.blocks[index],
              block.span.start.line - document.blocks[index - 1].span.end.line <= 3, !isBoundary(index)
        else { return nil }
        let line: InlineText
        switch block.kind {
        case .paragraph where index + 1 < end:
            line = block.content
        case .table where block.rows.count >= 2:
            let filled = block.rows[0].cells.filter { !$0.content.isEmpty }
            guard filled.count == 1, !filled[0].text.contains(":") else { return nil }
            line = filled[0].content
        default:
            return nil
        }
        guard mayBeCarrierLine(line, block: index) else { return nil }
        return (line, block.kind == .table ? .firstRow : .block)
    }

    /// Where a carrier line printed under the title stands: a block of its own, or the first
    /// row of the table of labels and values.
    private enum CarrierBelow {
        case block
        case firstRow
    }

    /// The end of a bold carrier line that the head's row opens (`**…`) and the next row
    /// closes (`…**`), in capitals: that next row's only text (`**X HABITAT EN PARTENARIAT
    /// AVEC L'ASSOCIATION LE` … number and title, then `LENDEMAIN BOURBONNAIS**`).
    private func carrierEnd(after head: Head) -> InlineText? {
        guard let row = head.row, let cell = head.cell else { return nil }
        let table = document.blocks[head.block]
        guard let opening = table.rows[row].cells[..<cell].first(where: { !$0.content.isEmpty }).map({ raw($0.span) }),
              opening.hasPrefix("**"), !opening.hasSuffix("**"), row + 1 < table.rows.count
        else { return nil }
        let texts = table.rows[row + 1].cells.filter { !$0.content.isEmpty }
        guard texts.count == 1, let closing = texts.first, raw(closing.span).hasSuffix("**"), closing.content.isMostlyUppercase else { return nil }
        return closing.content
    }

    /// The carrier line of a head in a table's row that has none above it, in the next row
    /// alone (`460.3.1. BAIL EN ÉCLUSE` and a tab, then `BLAVET TERRES HABITAT EN PARTENARIAT
    /// AVEC L'ASSOCIATION PASSE-ÉCLUSE` and tabs, then the place's row): a text in capitals of
    /// two words or more, without a colon, that heads no monograph.
    private func carrierRowBelow(_ head: Head) -> InlineText? {
        guard let row = head.row, !head.titleBelow, case let table = document.blocks[head.block], row + 1 < table.rows.count else { return nil }
        let texts = table.rows[row + 1].cells.filter { !$0.content.isEmpty }
        guard texts.count == 1, let line = texts.first?.content, !line.text.contains(":"), mayBeCarrierLine(line, block: head.block) else { return nil }
        return line
    }

    /// Whether a text may be a carrier line: in capitals, of two words or more, heading no
    /// monograph.
    private func mayBeCarrierLine(_ line: InlineText, block: Int) -> Bool {
        line.isMostlyUppercase && line.text.split(separator: " ").count >= 2 && head(in: line, block: block) == nil
    }

    /// The source text of a span, with its markers, trimmed.
    private func raw(_ span: Span) -> String {
        String(decoding: document.source.utf8[span.bytes], as: UTF8.self).trimmingSpaces
    }

    /// The head's title, and the lines in capitals right under it that go on with it; a title
    /// closed by a tab (`8.3.1. LE GUÉ DES TANNEURS` and a tab, written as a cell) goes on in
    /// none: the line under it is the carrier line.
    private func titleLines(of head: Head, end: Int) -> [RecordSegment.TitleLine] {
        var lines = [RecordSegment.TitleLine(content: head.content, titleStart: head.titleStart)]
        let after = document.blocks[head.block].span.bytes.upperBound
        guard head.row == nil, after >= document.source.utf8.count || document.source.utf8[after] != UInt8(ascii: "\t") else { return lines }
        var index = head.block + 1
        var lastLine = document.blocks[head.block].span.end.line
        while index < end {
            let block = document.blocks[index]
            guard block.kind != .table, block.span.start.line == lastLine + 1, block.content.isMostlyUppercase else { break }
            lines.append(RecordSegment.TitleLine(content: block.content, titleStart: 0))
            lastLine = block.span.end.line
            index += 1
        }
        return lines
    }

    /// The place: the first short text after the head that is neither a label nor a figure.
    /// `carrierEnd`: the next row ends the carrier line or holds it whole, so the place is in
    /// the row after it; `below`: a carrier line under the title, so the place is in the table
    /// after its block, or in the row after it.
    private func place(after head: Head, titleLines: Int, end: Int, carrierEnd: Bool, below: CarrierBelow?) -> InlineText? {
        let skippedRows = below == .firstRow ? 1 : 0
        let skippedBlocks = below == .block ? 1 : 0
        var candidates: [InlineText] = []
        if head.titleBelow, let row = head.row {
            // The place follows the title in the row under the number.
            let cells = document.blocks[head.block].rows[row + 1].cells.map(\.content).filter { !$0.isEmpty }
            candidates += cells.dropFirst()
        } else if let row = head.row, let cell = head.cell {
            let table = document.blocks[head.block]
            // The head row may hold the place after the title; otherwise the next row starts with it.
            candidates += table.rows[row].cells.dropFirst(cell + 1).map(\.content).filter { !$0.isEmpty }
            // (A blank line may end the head's table: the next table's first row then follows it.)
            // (The end of a bold carrier line in the next row is no place: the row after it is.)
            let following = head.block + 1 + skippedBlocks
            let nextRow = table.rows.dropFirst(row + (carrierEnd ? 2 : 1)).first
                ?? (following < end && document.blocks[following].kind == .table ? document.blocks[following].rows.dropFirst(skippedRows).first : nil)
            if let place = nextRow.flatMap(MonographHeads.place(in:)) { candidates.append(place) }
        } else if head.block + titleLines + skippedBlocks < end {
            let block = document.blocks[head.block + titleLines + skippedBlocks]
            if block.kind == .table, let row = block.rows.dropFirst(skippedRows).first {
                if let place = MonographHeads.place(in: row) { candidates.append(place) }
            } else {
                candidates.append(block.content)
            }
        }
        // (A numbered part of the monograph, `3.4.1. Rappel du cadre`, is no place.)
        return candidates.first { candidate in
            candidate.utf8.count <= 80 && !candidate.utf8.contains(UInt8(ascii: ":")) && !candidate.text.hasPrefix("Nbre")
                && (try? MonographHeads.numberedPart.isMatch(candidate.text)) != true
        }
    }

    /// The place the row after a head gives: beside a label, with its département
    /// (``placeBesideLabel(in:)``), or its first text; a row that is a label and its value
    /// (`Organisme porteur | X`, `Ville des deux offices | Menton`) holds none, unless its first
    /// cell names a département (`Étampes, Essonne | Jeunes attendus : …`) or its second opens
    /// with labels of its own (`Guéret et Aubusson | Locataires épaulés par an : …`).
    private static func place(in row: TableRow) -> InlineText? {
        if let place = placeBesideLabel(in: row) { return place }
        let filled = row.cells.filter { !$0.content.isEmpty }
        guard let first = filled.first else { return nil }
        let labelAndValue = row.cells.first?.content == first.content && filled.count == 2
        let namesADepartment = !Departments.codes(in: first.text).isEmpty
        // (A label whose words name the département, `Rive de l'Oise retenue | Beaumont-sur-Oise`,
        // `Bastide tarn-et-garonnaise | Valence-d'Agen`, gives the place beside it.)
        if labelAndValue, namesADepartment, readsAsLabel(first.text), !filled[1].text.contains(":") { return filled[1].content }
        // (A label whose first or second word is a place word, `Village du haut pays | Contes`,
        // `Petite ville du Kreiz Breizh | Rostrenen`, gives a bare place's name beside it.)
        if labelAndValue, namesAPlace(first.text), isBarePlace(filled[1].text) { return filled[1].content }
        guard !labelAndValue || namesADepartment || opensWithLabel(filled[1].content.text) else { return nil }
        return first.content
    }

    /// The place of a row that opens with a label and a place naming its département
    /// (`| Territoire | Lannion (22)`, `| Où | Manosque (04)`, `| Territoire | Val-de-Marne :
    /// Ivry-sur-Seine`), alone or followed by other labels and values (`| Territoire | Flers
    /// (61) | Foyers suivis | 30 ménages`).
    private static func placeBesideLabel(in row: TableRow) -> InlineText? {
        let filled = row.cells.filter { !$0.content.isEmpty }
        // (A label may name a département's river or land, `Ville du bord de Marne`.)
        guard filled.count >= 2, filled[0].content.utf8.count <= 40, !filled[0].content.utf8.contains(where: { (0x30...0x39).contains($0) }),
              Departments.codes(in: filled[0].text).isEmpty || readsAsLabel(filled[0].text), !Departments.codes(in: filled[1].text).isEmpty,
              !filled[1].content.text.contains(":") || MonographHeads.opensWithDepartment(filled[1].content.text)
        else { return nil }
        return filled[1].content
    }

    /// Whether a cell reads as a label rather than a place: a place word opens it (`Ville du
    /// bord de Marne`, `Commune de la Marne`), or it holds a word in small letters that no
    /// place's name holds (`Rive de l'Oise retenue`, `Bastide tarn-et-garonnaise`), where a
    /// place holds capitals and particles only (`Saint-Laurent-de-la-Salanque, Pyrénées-
    /// Orientales`).
    private static func readsAsLabel(_ text: String) -> Bool {
        let words = text.split { " -'’,".contains($0) }
        if let first = words.first, placeLabelWords.contains(Folding.fold(String(first))) { return true }
        return words.contains { word in word.first?.isLowercase == true && !particles.contains(String(word)) }
    }

    /// Whether a label's first or second word is a place word (`Village du haut pays`,
    /// `Petite ville du Kreiz Breizh`), and its first no head that the territory pack reads as
    /// a label of its own (`Ville des deux offices | Berck` is the label's value, not the
    /// head's place).
    private static func namesAPlace(_ text: String) -> Bool {
        let words = FoldedWords.of(String(text.prefix(40))).prefix(2)
        guard let first = words.first, !territoryHeads.contains(first) else { return false }
        return words.contains(where: placeLabelWords.contains)
    }

    /// First words of a label that the territory pack reads by its head.
    private static let territoryHeads: Set<String> = [
        "ville", "villes", "bourg", "bourgs", "commune", "communes", "lieu", "site", "territoire", "localisation", "bastide",
    ]

    /// Whether a text is only a place's name: capitals and particles, no figure nor colon
    /// (`Rougemont-le-Château`, `Saint-Pierre`).
    private static func isBarePlace(_ text: String) -> Bool {
        text.utf8.count <= 60 && text.first?.isUppercase == true && !text.contains(where: { $0.isNumber || $0 == ":" }) && !readsAsLabel(text)
    }

    /// First words of a label that introduces a place.
    private static let placeLabelWords: Set<String> = ["ville", "villes", "bourg", "bourgs", "commune", "communes", "village", "quartier", "cite", "lieu", "site", "territoire", "localisation", "bastide", "rive"]

    /// The small words of places' names (`Saint-Laurent-de-la-Salanque`, `Bourg-lès-Valence`).
    private static let particles: Set<String> = ["de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "sur", "sous", "lès", "lez", "aux", "au", "à"]

    /// Whether a text opens with a label of a few words and its colon (`Foyers suivis : 18`).
    private static func opensWithLabel(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon]
        return label.count <= 60 && label.contains(where: \.isLetter) && !label.contains(where: \.isNumber)
    }

    /// Whether a text's part before its colon is a département's name (`Val-de-Marne : Ivry-sur-
    /// Seine et Vitry-sur-Seine`), not a label (`Nbre de ménages : 20`).
    private static func opensWithDepartment(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return Departments.byName[Folding.fold(String(text[..<colon]))] != nil
    }

    /// Whether blocks are tables of figures only: at least two rows, most of them with a share or
    /// a bare number, and no label with a colon.
    static func isStatistics(_ blocks: ArraySlice<Block>) -> Bool {
        guard !blocks.isEmpty, blocks.allSatisfy({ $0.kind == .table }) else { return false }
        let rows = blocks.flatMap(\.rows)
        guard rows.count >= 2, !rows.contains(where: { $0.cells.contains { $0.text.contains(":") } }) else { return false }
        let figured = rows.filter { row in
            row.cells.contains { cell in
                let text = cell.text.trimmingSpaces
                return !text.isEmpty && (text.hasSuffix("%") || text.allSatisfy { $0.isNumber || $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" })
            }
        }
        return figured.count * 3 >= rows.count * 2
    }

    private func isBoundary(_ index: Int) -> Bool {
        boundaries[index]
    }

    /// Whether a block opens a section numbered on fewer levels than the monograph `number`,
    /// and none of its parents (`527.4` and a tab, over a table of national figures, under
    /// `527.3.4.`): the monograph ends there. In a line, a heading's capital follows the
    /// number (`527.4 Composition …`); a table's first cell holds it alone.
    private static func opensShallowerSection(_ block: Block, than number: String) -> Bool {
        guard let text = block.kind == .table ? block.rows.first?.cells.first?.content.text : block.content.text else { return false }
        let opening = text.prefix { $0.isNumber || $0 == "." }
        let rest = text.dropFirst(opening.count)
        let levels = opening.split(separator: ".")
        let own = number.split(separator: ".")
        guard levels.count >= 2, levels.count < own.count,
              rest.isEmpty || (rest.first.map({ $0 == " " || $0 == "\t" }) == true && rest.dropFirst().first?.isUppercase == true)
        else { return false }
        return levels.first == own.first && !own.starts(with: levels)
    }

    private static func isBoundary(_ block: Block) -> Bool {
        if block.kind == .table { return IndexTables.isIndexTable(block) }
        return (try? MonographHeads.category.isMatch(block.content.text)) ?? false
    }
}

extension InlineText {
    /// Whether most letters of `text` are capitals.
    static func isMostlyUppercase(_ text: String) -> Bool {
        var upper = 0
        var letters = 0
        // Scalar by scalar, ASCII without a property lookup: this runs on every line.
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A:
                letters += 1
                upper += 1
            case 0x61...0x7A:
                letters += 1
            case 0x80...:
                let properties = scalar.properties
                guard properties.isAlphabetic, properties.generalCategory != .nonspacingMark else { continue }
                letters += 1
                if properties.isUppercase { upper += 1 }
            default:
                continue
            }
        }
        return letters >= 2 && upper * 10 >= letters * 8
    }
}

/// The texts of a record that rules read, in reading order: each line block and each
/// non-empty table cell, with the text that holds the value of a label written alone.
struct RecordText {
    /// One text of the record.
    struct Unit {
        var content: InlineText
        /// The unit that holds the value when this one is a label alone: the next cell of the
        /// row (for a row's last cell, the next row's one cell), or the next block.
        var next: Int?
        /// Whether the unit is a table cell.
        var isCell = false
        /// Whether the unit is the only filled cell of its row (a guide's label column written
        /// one line a row: `Foyers aidés`, then `chaque année`, then the value).
        var aloneInRow = false
        /// Whether the unit speaks of an organisation or of the press rather than of the
        /// project (`À propos de …`, `Contact presse`): it may name the carrier, no other value.
        var aside = false
        /// Whether the unit is an item of a list.
        var isListItem = false
        /// Whether the unit is a line of a framed box (`+-----+`, `| … |`).
        var framed = false
        /// Whether the unit goes on with the sentence of a long line right above it (a
        /// paragraph wrapped: `… Chaque année,` then `8 ménages sont accueillis dans …`).
        var goesOn = false
        /// Whether the unit is a line of an e-mail's headers (`From:`, `Return-Path:`, an
        /// mbox's `From - Mon Nov 14 …`, and the lines that go on with them up to a blank line).
        var mailHeader = false
    }

    let units: [Unit]
    /// The units of a passage ruled off from the rest that names the programme's fund (a
    /// notice's box: `-----`, `AU FAIT : …`, the project told with the FNAVDL, `-----`), when
    /// the record has text outside it: there, the project's figures are the box's.
    let box: Range<Int>?
    /// A cell of a budget's `Total` row, beside a `Total` column, that gives a cost.
    struct TotalCell {
        /// The cell's unit.
        var unit: Int
        /// Whether it gives a year's cost (under columns of years that all hold the same
        /// amount) rather than the whole (in the `Total` column).
        var perYear: Bool
        /// Whether its bare numbers are euros: a budget's words head the table or the line
        /// above it (`Budget prévisionnel`, then `Poste | Année 1 | Année 2 | Total`).
        var inEuros: Bool
    }

    /// The cells that give a cost from a budget's `Total` row: a year's, and in a budget's
    /// table the whole.
    let totalCells: [TotalCell]
    /// The record's text as one string, a line per unit (the prose patterns read it).
    let joined: String
    /// Where each unit starts in `joined`.
    private let starts: [Int]

    init(_ segment: RecordSegment) {
        var units: [Unit] = []
        var totalCells: [TotalCell] = []
        // The last line before the block read, which may head a table (`Budget prévisionnel`).
        var lineAbove: InlineText?
        // The line where a passage about someone else ends (`À propos de …`, `Contact presse`).
        var asideEnd: Int?
        // Whether the aside's last block opens it or rules a line under it (`6. CONTACTS
        // PRESSE`, `=====`): its text may follow a blank line.
        var asideHead = false
        // A table of one cell alone (a web form's label, `<label>Bailleur</label>`) whose value
        // is the paragraph after it (`<div class="champ-value"><p>Val Habitat</p></div>`).
        var loneCell: Int?
        // The line where the e-mail headers read so far end.
        var headersEnd: Int?
        // The last line of the paragraph above, when its sentence goes on.
        var openLine: Int?
        // Whether that line ends on a small word (`… chaque`).
        var openOnASmallWord = false
        for block in segment.blocks {
            defer { lineAbove = block.kind == .table ? nil : block.content }
            if block.kind != .table, !block.content.isEmpty, let cell = loneCell { units[cell].next = units.count }
            loneCell = nil
            let opensAside = block.kind != .table && RecordText.opensAside(block.content)
            if block.kind != .table,
               asideEnd.map({ block.span.start.line == $0 + 1 || (asideHead && block.span.start.line == $0 + 2) }) == true
               || opensAside || RecordText.opensQuotedMessage(block.content)
            {
                asideEnd = block.span.end.line
                asideHead = opensAside || RecordText.isRule(block.content)
                if !block.content.isEmpty { units.append(Unit(content: block.content, next: nil, aside: true)) }
                continue
            }
            asideEnd = nil
            if block.kind == .table {
                // Header lines written over indented ones (`Received: from …`, then `\tby …`) read
                // as a table: its cells are headers too.
                let headerRows = headersEnd == block.span.start.line - 1
                    && block.rows.first?.cells.first.map { RecordText.isHeaderField($0.content) || RecordText.isMailHeader($0.content) } == true
                headersEnd = headerRows ? block.span.end.line : nil
                // A row of column headings (`Libellé | Valeur`) labels no value.
                let rows = block.rows.filter { !RecordText.isColumnHeadings($0) }
                let filled = rows.map { row in row.cells.indices.filter { !row.cells[$0].content.isEmpty } }
                let revised = rows.first.flatMap(RecordText.revisedColumn)
                let total = block.rows.first.flatMap(RecordText.totalColumn)
                let years = block.rows.first.map(RecordText.yearColumns) ?? []
                let isBudget = years.count >= 2
                    && ([block.rows.first?.cells.first?.content, lineAbove].contains { $0.map(RecordText.namesBudget) == true })
                for (index, row) in rows.enumerated() {
                    let columns = filled[index]
                    // The `Total` row under columns of years that all hold the same amount
                    // (`Total | 40 022 € | 40 022 € | 40 022 € | 120 066 €`): a year's cost;
                    // a budget's `Total` column there: the whole.
                    if let first = columns.first, RecordText.namesTotal(row.cells[first].content) {
                        if years.count >= 2, let at = columns.firstIndex(of: years[0]), years.allSatisfy(columns.contains),
                           Set(years.map { row.cells[$0].content.text }).count == 1
                        {
                            totalCells.append(TotalCell(unit: units.count + at, perYear: true, inEuros: isBudget))
                        }
                        if isBudget, let total, let at = columns.firstIndex(of: total) {
                            totalCells.append(TotalCell(unit: units.count + at, perYear: false, inEuros: true))
                        }
                    }
                    for (position, column) in columns.enumerated() {
                        var next = position + 1 < columns.count ? units.count + 1 : nil
                        // Under a heading that says which figures stand now (`Au dépôt |
                        // Aujourd'hui`, `Initial | Après avenant`), a row's label has its value
                        // in that column.
                        if index > 0, position == 0, let revised, revised > column, let at = columns.firstIndex(of: revised) {
                            next = units.count + at
                        } else if position == 0, let total, total > column, RecordText.namesTotal(row.cells[column].content),
                                  let at = columns.firstIndex(of: total)
                        {
                            // Under columns of years and a `Total` (`Poste | Année 1 | Année 2 |
                            // Total`), the `Total` row's value is in that column.
                            next = units.count + at
                        }
                        // The last cell of a row may have its value alone on the next row, in
                        // its column or further right (`Accès et / ou maintien :` then `\t\tMaintien`).
                        // A row that fills its first column and another heads columns
                        // (`Nature des charges | Montant`): its last cell labels none.
                        // (A guide's row that holds the place before its first label, `\t\tCognac (16)\t
                        // Jeunes reçus`, has that label's value under the place: one column left.)
                        let headsColumns = columns.count >= 2 && columns.first == 0
                        let lowest = columns.count >= 2 && position == columns.count - 1 ? column - 1 : column
                        if next == nil, !headsColumns, index + 1 < filled.count, filled[index + 1].count == 1, filled[index + 1][0] >= lowest {
                            next = units.count + 1
                        }
                        let content = row.cells[column].content
                        units.append(Unit(
                            content: content, next: next, isCell: true, aloneInRow: columns.count == 1,
                            mailHeader: headerRows || RecordText.isMailHeader(content)
                        ))
                    }
                }
                if filled.count == 1, filled[0].count == 1 { loneCell = units.count - 1 }
            } else if !block.content.isEmpty {
                // A header goes on over the indented lines after it (`Received: from …` then
                // `\tfor <b.cazals@…>;`) and the headers of an mbox or a message run together.
                let continues = headersEnd == block.span.start.line - 1
                    && (block.span.start.column > 1 || RecordText.isHeaderField(block.content))
                let header = RecordText.isMailHeader(block.content) || RecordText.opensMailbox(block.content) || continues
                headersEnd = header ? block.span.end.line : nil
                // (A line of any length goes on with one that ends on a small word: `…, avec un` /
                // `accompagnement à domicile, chaque` / `année. …`.)
                let goesOn = openLine == block.span.start.line - 1 && !block.isListItem
                    && (block.content.utf8.count >= RecordText.wrappedLength || openOnASmallWord)
                openOnASmallWord = !block.isListItem && RecordText.endsOnASmallWord(block.content)
                openLine = !block.isListItem && RecordText.leavesItsSentenceOpen(block.content, endingOnASmallWord: openOnASmallWord)
                    ? block.span.end.line : nil
                units.append(Unit(
                    content: block.content, next: units.count + 1, isListItem: block.isListItem, framed: block.framed, goesOn: goesOn, mailHeader: header
                ))
            }
        }
        if var last = units.last, last.next == units.count {
            last.next = nil
            units[units.count - 1] = last
        }
        self.units = units
        self.totalCells = totalCells
        self.box = RecordText.box(in: units)
        var joined = ""
        var starts: [Int] = []
        for unit in units {
            starts.append(joined.utf8.count)
            joined += String(decoding: unit.content.matchView, as: UTF8.self) + "\n"
        }
        self.joined = joined
        self.starts = starts
    }

    /// The unit where a range of `joined` starts, and the range within that unit's matching
    /// view (cut at the unit's end).
    func location(of range: Range<Int>) -> (unit: Int, range: Range<Int>)? {
        guard let unit = starts.lastIndex(where: { $0 <= range.lowerBound }) else { return nil }
        let length = units[unit].content.matchView.count
        let lower = min(range.lowerBound - starts[unit], length)
        return (unit, lower..<max(lower, min(range.upperBound - starts[unit], length)))
    }

    /// The units between two lines that only rule (`-----`, `~~~~~`, `· · · ·`), with none
    /// between, or the lines of a framed box, one of which names the FNAVDL, and units outside
    /// them that are not rules.
    private static func box(in units: [Unit]) -> Range<Int>? {
        let edges = units.indices.filter { !units[$0].isCell && (RecordText.isBoxEdge(units[$0].content) || RecordText.isRuledHeading(units[$0].content)) }
        // (A box's heading ruled off on its own, `-----`, `AU FAIT : …`, `-----`, belongs to
        // the box under it.)
        var boxes = zip(edges, edges.dropFirst()).filter { $1 > $0 + 1 }.map { open, close in
            (edges.contains(open - 2) && open >= 2 ? open - 1 : open + 1)..<close
        }
        var start = units.startIndex
        while let first = units[start...].firstIndex(where: \.framed) {
            let end = units[first...].firstIndex { !$0.framed } ?? units.endIndex
            boxes.append(first..<end)
            start = end
        }
        guard let inside = boxes.first(where: { box in box.contains { ASCIICaseless.contains("fnavdl", in: units[$0].content.matchView) } })
        else { return nil }
        let outside = units.indices.count { !inside.contains($0) && !edges.contains($0) }
        return outside >= 3 ? inside : nil
    }

    /// How long a line is, at least, when a paragraph wraps it (a heading or a list line is
    /// shorter).
    private static let wrappedLength = 40

    /// Whether a long line ends inside its sentence (`… Chaque année,`): no stop, colon or
    /// closing mark ends it; or a line of twenty bytes or more ends on a small word that no
    /// sentence ends on (`accompagnement à domicile, chaque`), as `endingOnASmallWord` says.
    private static func leavesItsSentenceOpen(_ content: InlineText, endingOnASmallWord: Bool) -> Bool {
        guard let last = content.utf8.last(where: { $0 != 0x20 }) else { return false }
        if content.utf8.count >= wrappedLength + 10 { return !".:;!?)»\"".utf8.contains(last) }
        return content.utf8.count >= 20 && endingOnASmallWord
    }

    /// Whether a line ends on a word that no sentence ends on (`chaque`, `avec un`, `de`).
    private static func endsOnASmallWord(_ content: InlineText) -> Bool {
        let view = content.matchView
        var end = view.count
        while end > 0, view[end - 1] == 0x20 { end -= 1 }
        var start = end
        // (The small words are in ASCII letters: read the last word's bytes, in lowercase.)
        while start > 0, end - start <= 6, case let byte = view[start - 1] | 0x20, byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { start -= 1 }
        guard start < end, start == 0 || view[start - 1] == 0x20 || view[start - 1] == UInt8(ascii: ",") else { return false }
        return smallWords.contains(view[start..<end].map { $0 | 0x20 })
    }

    /// Words that no sentence ends on: determiners, prepositions, `et`, `chaque`, as ASCII
    /// bytes.
    private static let smallWords: Set<[UInt8]> = Set([
        "chaque", "par", "de", "du", "des", "le", "la", "les", "un", "une", "et", "au", "aux", "avec", "pour", "sur", "dans", "en", "leur", "leurs", "son", "sa", "ses",
    ].map { Array($0.utf8) })

    /// Whether a line only rules, in three marks or more (`-----`, `~~~~~`, `═════`, `· · · ·`).
    private static func isBoxEdge(_ content: InlineText) -> Bool {
        let bytes = content.matchView
        // (Most lines open with a letter or a figure: told apart without decoding them. The
        // marks beyond ASCII open with 0xC2 or 0xE2.)
        guard let first = bytes.first(where: { $0 != 0x20 }), "=-_*~".utf8.contains(first) || first == 0xC2 || first == 0xE2 else { return false }
        var count = 0
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars where scalar != " " {
            guard ruleMarks.contains(scalar) else { return false }
            count += 1
        }
        return count >= 3
    }

    /// Whether a line is a heading between rule marks (`··· PENDANT QUE VOUS ÊTES LÀ ···`,
    /// `~~~ À SAVOIR ~~~`), which opens a box as a rule does.
    private static func isRuledHeading(_ content: InlineText) -> Bool {
        let bytes = content.matchView
        guard let first = bytes.first, "=-_*~".utf8.contains(first) || first == 0xC2 || first == 0xE2 else { return false }
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        let opening = scalars.prefix { ruleMarks.contains($0) || $0 == " " }
        let closing = scalars.reversed().prefix { ruleMarks.contains($0) || $0 == " " }
        return opening.count(where: ruleMarks.contains) >= 3 && closing.count(where: ruleMarks.contains) >= 3 && opening.count + closing.count < scalars.count
    }

    /// The marks a line that only rules is drawn with.
    private static let ruleMarks: Set<Unicode.Scalar> = ["=", "-", "_", "*", "~", "·", "•", "─", "━", "═", "—", "–"]

    /// Whether a short line opens a passage that speaks of an organisation or of the press
    /// rather than of the project (`À propos de Gouët et Urne Habitat`, `Contact presse`): its
    /// lines, down to the next blank line, give none of the project's values. A line that
    /// opens with the project (`À propos de vos voisins : « Le Filon »`, `À propos de
    /// l'action`) opens none.
    static func opensAside(_ content: InlineText) -> Bool {
        // (Most lines name neither: they are told apart without folding their words.)
        guard content.utf8.count <= 80,
              ["propos", "presse", "dias"].contains(where: { ASCIICaseless.contains($0, in: content.matchView) })
        else { return false }
        let words = FoldedWords.of(content.text)
        if words.starts(with: ["a", "propos"]) {
            return !content.text.contains("«") && !words.dropFirst(2).contains { RecordText.projectWords.contains($0) }
        }
        return words.count <= 3 && words.contains { ["presse", "medias"].contains($0) }
            && words.contains { $0.hasPrefix("contact") || $0 == "relations" || $0 == "service" }
    }

    /// Words by which a line speaks of the project itself.
    private static let projectWords: Set<String> = ["action", "projet", "dispositif", "operation", "voisin", "voisins"]

    /// Whether a line only rules a line (`=====`, `-----`).
    static func isRule(_ content: InlineText) -> Bool {
        let bytes = content.matchView
        return bytes.count >= 3 && bytes.allSatisfy { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "*") }
    }

    /// Whether a line opens an earlier message quoted in an e-mail (`> De : …`, `>> From: …`):
    /// the lines up to the next blank one are what was said before, not what is filed.
    static func opensQuotedMessage(_ content: InlineText) -> Bool {
        let bytes = content.matchView
        guard bytes.first == UInt8(ascii: ">") else { return false }
        return mailHeader(bytes.drop { $0 == UInt8(ascii: ">") || $0 == 0x20 }) != nil
    }

    /// Whether a line is an e-mail's header (`De : Name <address>`, `À :`, `Cc :`, `From:`,
    /// `To:`), quoted or not: the addresses of a message's sender and readers are contacts
    /// of the project only when no label names one.
    static func isMailHeader(_ content: InlineText) -> Bool {
        mailHeader(content.matchView.drop { $0 == UInt8(ascii: ">") || $0 == 0x20 }) != nil
    }

    /// Whether a line opens a message in an mbox file (`From - Mon Nov 14 10:02:37 2016`,
    /// `From sender@example.org Mon Nov 14 …`).
    static func opensMailbox(_ content: InlineText) -> Bool {
        let bytes = content.matchView
        return bytes.starts(with: "From ".utf8) && bytes.count < 120 && bytes.contains(UInt8(ascii: ":"))
            && bytes.suffix(4).allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Whether a line is shaped as a header field of a message (`X-Mozilla-Status: 0001`,
    /// `Received: from …`): a name of ASCII letters, digits and dashes, a colon, a value.
    static func isHeaderField(_ content: InlineText) -> Bool {
        let bytes = content.matchView
        guard let colon = bytes.prefix(32).firstIndex(of: UInt8(ascii: ":")), colon > 1 else { return false }
        return bytes[..<colon].allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
    }

    /// The folded name of the e-mail header that `bytes` open with (`De : … <address>`), if any.
    private static func mailHeader(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.count < 300, bytes.contains(UInt8(ascii: "@")),
              let colon = bytes.prefix(16).firstIndex(of: UInt8(ascii: ":"))
        else { return nil }
        let name = FoldedWords.of(String(decoding: bytes[..<colon], as: UTF8.self)).joined(separator: " ")
        return mailHeaders.contains(name) ? name : nil
    }

    private static let mailHeaders: Set<String> = [
        "de", "from", "expediteur", "a", "cc", "cci", "to", "bcc", "destinataire", "destinataires", "reply to", "return path",
        "delivered to", "message id", "in reply to", "references", "sender", "x original to", "envelope to", "resent from", "resent to",
        "pour", "copie", "copie a",
    ]

    /// Whether the words before byte `offset` of unit `index` say that a message was sent to
    /// the address there (`Cet e-mail a été envoyé à …`, `Lettre adressée à …`): its reader's,
    /// no contact of the project.
    func isAddressee(_ index: Int, before offset: Int) -> Bool {
        let before = units[index].content.matchView.prefix(offset).suffix(48)
        let words = FoldedWords.of(String(decoding: before, as: UTF8.self)).suffix(2)
        return words.count == 2 && words.last == "a" && RecordText.sentTo.contains(words.first!)
    }

    private static let sentTo: Set<String> = ["envoye", "envoyee", "adresse", "adressee", "destine", "destinee", "expedie", "expediee"]

    /// Whether the words right before `address`, from byte `offset` of unit `index` on, give it
    /// to a publication's or an association's desk (`Rédaction : …`, `Abonnement gratuit : …`,
    /// `Pour les commandes : …`, `Pour les dons et le bénévolat : …`), or its line's label or
    /// the heading over its paragraph to the publisher's contact (`Contact du bulletin : …`,
    /// `Contact pour les réservations`): the publisher's, no contact of the project, whoever
    /// the line names before it (`Directeur de la publication : X. Rédaction : …`).
    func isPublishers(_ index: Int, address: String, from offset: Int) -> Bool {
        let view = units[index].content.matchView
        guard offset < view.count, let at = view[offset...].firstRange(of: Array(address.utf8))?.lowerBound else { return false }
        // `Contact du cercle : Huguette BOYER, …, cercle@…`, `Secrétariat du club : …`: a line
        // that a label of the publication's or the club's contact opens.
        // (The label runs from the line's start or its sentence's: `Solution dans le n° 84.
        // Contact du bulletin : …`.)
        if let colon = view[..<at].lastIndex(of: UInt8(ascii: ":")) {
            let start = view[..<colon].lastIndex { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") }.map { $0 + 1 } ?? view.startIndex
            if colon - start <= 40, RecordText.namesPublishersDesk(String(decoding: view[start..<colon], as: UTF8.self)) { return true }
        } else if isUnderPublishersHeading(index) {
            return true
        }
        let before = view[..<at].suffix(32)
        let words = FoldedWords.of(String(decoding: before, as: UTF8.self)).suffix(2)
        guard let last = words.last else { return false }
        return RecordText.publishersDesks.contains(last) || (last == "gratuit" && words.count == 2 && RecordText.publishersDesks.contains(words.first!))
    }

    private static let publishersDesks: Set<String> = [
        "redaction", "abonnement", "abonnements", "commande", "commandes", "reservation", "reservations", "billetterie",
        "benevolat", "dons", "adhesion", "adhesions",
    ]

    /// Whether unit `index` is a paragraph under a heading of the publisher's or the club's
    /// contact desk (`5. Contact pour les réservations`).
    func isUnderPublishersHeading(_ index: Int) -> Bool {
        index > 0 && !units[index].isCell && !units[index - 1].isCell && units[index - 1].content.matchView.count <= 60
            && RecordText.namesPublishersDesk(units[index - 1].content.text)
    }

    /// Whether a label or a heading names the publisher's or the club's contact desk (`Contact
    /// du cercle`, `5. Contact pour les réservations`, `Le bureau du club`).
    private static func namesPublishersDesk(_ label: String) -> Bool {
        let words = FoldedWords.of(label).drop { $0.allSatisfy(\.isNumber) || ["le", "la", "les", "l"].contains($0) }
        return words.first.map(contactDesks.contains) == true && words.contains(where: publisherWords.contains)
    }

    /// The first words of a label that gives a contact's desk (`Contact du cercle`,
    /// `Secrétariat du club`, `Renseignements école`, `Bureau du club`), folded.
    private static let contactDesks: Set<String> = ["contact", "contacts", "secretariat", "accueil", "permanence", "renseignements", "bureau"]

    /// Words of a contact's label that make it the publisher's or the publishing club's
    /// (`Contact de la publication`, `Contact presse`, `Contact du bulletin`, `Contact du cercle`,
    /// `Contact pour les réservations`, `Renseignements école`, `Pour les commandes`, an event's
    /// `Secrétariat des engagements`).
    static let publisherWords: Set<String> = [
        "publication", "presse", "redaction", "edition", "diffusion", "abonnement", "abonnements", "webmaster",
        "bulletin", "journal", "gazette", "newsletter", "cercle", "club", "festival", "reservation", "reservations", "ecole",
        "commande", "commandes", "billetterie", "engagements", "inscriptions",
    ]

    /// Whether a line names the document's authors (`Rédigé par … (contact@…)`, `Auteurs :
    /// …`, `Fiche rédigée par …`): their addresses are the writers', not contacts of the project.
    static func isByline(_ content: InlineText) -> Bool {
        guard ["dig", "auteur", "crit par", "daction"].contains(where: { ASCIICaseless.contains($0, in: content.matchView) }) else { return false }
        var words = FoldedWords.of(content.text).prefix(3)
        // (`Fiche rédigée par`, `Note rédigée par`: the document named first.)
        if words.count == 3, words.last == "par" { words = words.dropFirst() }
        words = words.prefix(2)
        return ["redige", "redigee", "redaction", "auteur", "auteurs", "ecrit"].contains(words.first ?? "")
            && (words.first == "redaction" || words.first?.hasPrefix("auteur") == true || words.last == "par")
    }

    /// Whether unit `index` names the document's authors, or goes on with a parenthesis from
    /// the line before that does (`Fiche rédigée par le service habitat` then `(X, chargé de
    /// mission – habitat@…)`).
    func isByline(_ index: Int) -> Bool {
        if RecordText.isByline(units[index].content) { return true }
        return index > 0 && units[index].content.text.first == "(" && RecordText.isByline(units[index - 1].content)
    }

    /// The column of a table whose heading, right of the first, says its figures are the ones
    /// that stand now (`Aujourd'hui`, `Actuel`, `Révisé`, `Validé le …`, `Avenant n° 1`, `Après
    /// le comité de juin`, `Mis à jour`; not `Réalisé`), when `row` heads columns so.
    static func revisedColumn(of row: TableRow) -> Int? {
        guard row.cells.count >= 3 else { return nil }
        return row.cells.indices.dropFirst(2).last { column in
            let content = row.cells[column].content
            guard content.utf8.count <= 40 else { return false }
            let words = FoldedWords.of(content.text)
            return namesRevisedFigures(words)
        }
    }

    /// The column of a table whose heading, right of two others at least, is `Total` (or
    /// `Ensemble`, `Cumul`, `Total sur 3 ans`), when `row` heads columns so (`Poste | Année 1 |
    /// Année 2 | Année 3 | Total`).
    static func totalColumn(of row: TableRow) -> Int? {
        guard let last = row.cells.indices.last(where: { !row.cells[$0].content.isEmpty }), last >= 2 else { return nil }
        let words = FoldedWords.of(row.cells[last].content.text)
        guard words == ["ensemble"] || words == ["cumul"] || (words.first == "total" && words.count <= 4) else { return nil }
        return last
    }

    /// The columns of a table whose headings name a year (`Année 1`, `An 2`, `2017`, `Année
    /// 2018`), when `row` heads columns so.
    private static func yearColumns(of row: TableRow) -> [Int] {
        row.cells.indices.dropFirst().filter { column in
            let words = FoldedWords.of(row.cells[column].content.text)
            switch words.count {
            case 1: return words[0].count == 4 && (words[0].hasPrefix("19") || words[0].hasPrefix("20")) && words[0].allSatisfy(\.isNumber)
            case 2: return ["annee", "an"].contains(words[0]) && words[1].allSatisfy(\.isNumber)
            default: return false
            }
        }
    }

    /// Whether a table's heading cell or the line above it names a budget (`Budget
    /// prévisionnel`, `Poste`, `Dépenses`, `Plan de financement`).
    private static func namesBudget(_ content: InlineText) -> Bool {
        guard content.utf8.count <= 80, let first = FoldedWords.of(content.text).first else { return false }
        return ["budget", "poste", "postes", "depenses", "charges", "cout", "couts", "plan", "financement"].contains(first)
    }

    /// Whether a row's first cell says it totals the rows above (`Total`, `Total général`,
    /// `Sous-total`).
    static func namesTotal(_ content: InlineText) -> Bool {
        guard content.utf8.count <= 24 else { return false }
        return saysTotal(FoldedWords.of(content.text))
    }

    /// Whether folded words open with `total` or `sous-total` (`Sous-total dépenses`, a
    /// budget's sum of its charges).
    static func saysTotal(_ words: [String]) -> Bool {
        words.first == "total" || words.starts(with: ["sous", "total"])
    }

    /// Whether folded words say their figures are the ones that stand now (`Chiffre retenu
    /// aujourd'hui`, `Après instruction`, `Depuis le comité`, `Mis à jour`).
    static func namesRevisedFigures(_ words: [String]) -> Bool {
        saysRevised(words) || ["apres", "depuis"].contains(words.first ?? "") || zip(words, words.dropFirst()).contains { $0 == ("a", "jour") }
    }

    /// Whether folded words hold a word that says a figure was revised or retained (`révisé`,
    /// `retenu`, `actuel`, `avenant`).
    static func saysRevised(_ words: [String]) -> Bool {
        words.contains(where: revisedWords.contains)
    }

    /// Whether folded words say their figures are the first filed (`Chiffre du dossier`,
    /// `Saisie initiale`, `Prévu à la candidature`).
    static func namesFirstFigures(_ words: [String]) -> Bool {
        words.contains(where: firstFiguresWords.contains)
    }

    private static let firstFiguresWords: Set<String> = [
        "dossier", "initial", "initiale", "initiaux", "depot", "candidature", "prevu", "prevue", "demande", "demandee",
    ]

    private static let revisedWords: Set<String> = [
        "aujourd", "actuel", "actuelle", "actuels", "actuelles", "revise", "revisee", "revises", "revisees", "modifie", "modifiee", "modifies",
        "modifiees", "corrige", "corrigee", "corriges", "corrigees", "definitif", "definitive", "definitifs", "definitives", "valide", "validee",
        "valides", "validees", "retenu", "retenue", "retenus", "retenues", "final", "finale", "finaux", "finales", "avenant", "amende", "amendee",
        "amendes", "amendees", "ajuste", "ajustee", "ajustes", "ajustees", "retient", "retiennent", "retenir",
        "recalcule", "recalculee", "recalcules", "recalculees", "reevalue", "reevaluee", "reevalues", "reevaluees", "actualise", "actualisee",
        "actualises", "actualisees", "rectifie", "rectifiee", "rectifies", "rectifiees",
    ]

    /// Whether folded words say their figure is the one first announced (`Coût annoncé dans
    /// le dossier de candidature`, `Montant initial`): a figure a later one may replace.
    static func saysFirstAnnounced(_ words: [String]) -> Bool {
        words.contains(where: firstAnnouncedWords.contains)
    }

    private static let firstAnnouncedWords: Set<String> = [
        "initial", "initiale", "initiaux", "initiales", "initialement", "candidature", "annonce", "annoncee", "annonces", "annoncees",
    ]

    /// Words of the column headings of a table of labels and values.
    private static let columnHeadings: Set<String> = [
        "libelle", "valeur", "valeurs", "rubrique", "reponse", "element", "element chiffre", "montant", "montant ou volume",
        "indicateur", "donnee", "donnees", "information", "informations", "champ", "contenu", "critere", "detail", "chiffre",
        "prevu", "prevision", "realise", "commentaire", "commentaires", "observation", "observations",
    ]

    /// The folded headings of a timetable's column of times.
    private static let timeHeadings: Set<String> = ["heure", "heures", "horaire", "horaires", "date", "dates", "jour", "jours", "creneau"]

    /// Whether every cell of a row of two or more is a column heading (`Libellé | Valeur`), or
    /// the row heads a timetable: three cells or more without a figure, one naming the time
    /// (`Heure | Lieu | Ce qu'on y voit`).
    static func isColumnHeadings(_ row: TableRow) -> Bool {
        let cells = row.cells.filter { !$0.content.isEmpty }
        if cells.count >= 3, cells.allSatisfy({ $0.content.matchView.count <= 30 && !$0.content.text.contains(where: \.isNumber) }),
           cells.contains(where: { timeHeadings.contains(FoldedWords.of($0.content.text).joined(separator: " ")) })
        {
            return true
        }
        guard cells.count >= 2, cells.allSatisfy({ $0.content.matchView.count <= 20 }) else { return false }
        // (A heading may name its year: `Réalisé 2016`.)
        return cells.allSatisfy { cell in
            let words = FoldedWords.of(cell.content.text)
            let named = words.last.map { $0.count == 4 && $0.allSatisfy(\.isNumber) } == true ? words.dropLast() : words[...]
            return columnHeadings.contains(named.joined(separator: " "))
        }
    }

    /// Whether the text at `range` of unit `index` counts a landlord's stock by the label it
    /// stands under (`Logements de l'organisme` | `4 270 logements`, `Patrimoine géré : 3 850
    /// logements`): the label alone in the unit before, or before a colon in the same unit.
    func isUnderStockLabel(_ index: Int, range: Range<Int>) -> Bool {
        var label: ArraySlice<UInt8> = []
        let view = units[index].content.matchView
        if let colon = view[..<range.lowerBound].lastIndex(of: UInt8(ascii: ":")) {
            label = view[..<colon]
        } else if index > 0, units[index - 1].next == index {
            label = units[index - 1].content.matchView[...]
        }
        guard !label.isEmpty, label.count <= 60 else { return false }
        let value = String(decoding: view[range], as: UTF8.self)
        return ValueShape.isLandlordStock(value, label: FoldedWords.of(String(decoding: label, as: UTF8.self)))
    }
}

/// Links the monographs of a guide with the rows of its index tables.
///
/// - A number run into its title (`2.3.4.10 000 LOGEMENTS`) is split where the index knows
///   the shorter number: section `2.3.4`, title `10 000 LOGEMENTS`.
/// - A monograph printed with a number the index does not have (`6.7` where the index says
///   `2.3.19`) takes the number of the unclaimed index row whose place and carrier match it
///   best; the printed number is kept as `sectionAsWritten`.
/// - A monograph whose place does not hold its index row's place takes, from its first
///   lines, the text that does (the head row may begin with an organisation's name).
/// - A monograph keeps its index row's organisation cell, to cut its header's carriers at
///   the names the index gives.
enum IndexLinks {
    static func resolve(_ monographs: inout [RecordSegment], against index: [RecordSegment]) {
        let known = Set(index.compactMap(\.section))
        guard !known.isEmpty else { return }
        for position in monographs.indices {
            // Only a number that runs straight into the title (no point after it) can be split.
            guard let printed = monographs[position].section, !known.contains(printed),
                  let head = monographs[position].titleLines.first?.content.utf8,
                  head.count > printed.utf8.count, head[printed.utf8.count] != UInt8(ascii: "."),
                  let (section, titleStart) = split(printed, known: known)
            else { continue }
            monographs[position].section = section
            monographs[position].titleLines[0].titleStart = titleStart
        }
        var claimed: Set<String> = known.intersection(monographs.compactMap(\.section))
        for position in monographs.indices {
            guard let printed = monographs[position].section, !known.contains(printed) else { continue }
            let candidates = index.filter { !claimed.contains($0.section ?? "") }
            guard let best = candidates.max(by: { score($0, monographs[position]) < score($1, monographs[position]) }),
                  score(best, monographs[position]) > 0, let section = best.section
            else { continue }
            monographs[position].sectionAsWritten = printed
            monographs[position].section = section
            claimed.insert(section)
        }
        correctHeads(&monographs, against: index)
    }

    /// Each monograph's place, checked against its index row's, and its index row's carriers.
    private static func correctHeads(_ monographs: inout [RecordSegment], against index: [RecordSegment]) {
        var rows: [String: RecordSegment] = [:]
        for row in index {
            if let section = row.section, rows[section] == nil { rows[section] = row }
        }
        for position in monographs.indices {
            guard let section = monographs[position].section, let row = rows[section], row.indexCells.count >= 2 else { continue }
            if row.indexCells.count >= 3 {
                monographs[position].indexCarriers = row.indexCells[2].text
                takeCarrierLineFromTitle(&monographs[position], organisations: row.indexCells[2].text)
            }
            let location = Folding.fold(row.indexCells[1].text)
            guard !location.isEmpty, !Folding.fold(monographs[position].place?.text ?? "").contains(location) else { continue }
            // (Whole words: a label's adjective, `Bourg morbihannais`, `Quartier guadeloupéen`,
            // names no place of its own.)
            let named = { (text: String) in " \(Folding.fold(text)) ".contains(" \(location) ") }
            // Not the carrier lines nor the title, which may name a town too.
            let head = Set(monographs[position].carrierLines.map(\.utf8) + monographs[position].titleLines.map(\.content.utf8))
            let candidates = monographs[position].blocks.prefix(4).flatMap { block in
                block.kind == .table ? block.rows.prefix(3).flatMap { $0.cells.map(\.content) } : [block.content]
            }.filter { !head.contains($0.utf8) }
            if let better = candidates.first(where: { $0.utf8.count <= 80 && named($0.text) }) {
                monographs[position].place = better
            }
        }
    }

    /// A head with no carrier line whose title's last line opens with the index's first
    /// organisation (`222.3.1. UN TOIT POUR REBONDIR`, then `ROMILLY SEINE LOGIS EN
    /// PARTENARIAT AVEC …` on the next line; `UBAYE LOGIS ET HABITAT DURANCE-ASSE`, indexed
    /// `Ubaye Logis / Habitat Durance-Asse`): that line is the carrier line, not the title's.
    private static func takeCarrierLineFromTitle(_ monograph: inout RecordSegment, organisations: String) {
        guard monograph.carrierLines.isEmpty, monograph.titleLines.count >= 2, let last = monograph.titleLines.last,
              case let first = Folding.fold(organisations.split(whereSeparator: { ",;/".contains($0) }).first.map(String.init) ?? "").trimmingSpaces,
              !first.isEmpty,
              Folding.fold(last.content.text).hasPrefix(first)
        else { return }
        monograph.carrierLines = [last.content]
        monograph.titleLines.removeLast()
    }

    /// A number the index knows at the start of `printed`, and where the title then starts:
    /// `2.3.4.10` gives `2.3.4` (the title starts at `10`), `2.1.610` gives `2.1.6`.
    private static func split(_ printed: String, known: Set<String>) -> (String, Int)? {
        var parts = printed.split(separator: ".").map(String.init)
        guard parts.count > 2, let last = parts.popLast() else { return nil }
        let head = parts.joined(separator: ".")
        if known.contains(head) { return (head, head.utf8.count + 1) }
        for length in stride(from: last.count - 1, through: 1, by: -1) {
            let candidate = head + "." + last.prefix(length)
            if known.contains(candidate) { return (candidate, candidate.utf8.count) }
        }
        return nil
    }

    /// How well an index row matches a monograph: its place, and words its carrier shares.
    private static func score(_ row: RecordSegment, _ monograph: RecordSegment) -> Int {
        guard row.indexCells.count >= 3 else { return 0 }
        var score = 0
        let place = Folding.fold(monograph.place?.text ?? "")
        let location = Folding.fold(row.indexCells[1].text)
        if !place.isEmpty, !location.isEmpty, place.contains(location) || location.contains(place) { score += 2 }
        let carrierWords = Set(monograph.carrierLines.flatMap { words(of: $0.text) })
        let organisationWords = Set(words(of: row.indexCells[2].text))
        score += carrierWords.intersection(organisationWords).count
        return score
    }

    private static func words(of text: String) -> [String] {
        Folding.fold(text).split(separator: " ").map(String.init).filter { $0.count > 2 }
    }
}

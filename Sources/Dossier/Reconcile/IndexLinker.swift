/// Ties each row of a guide's index tables to the monograph it lists: by number, or, where
/// the monograph's printed number is wrong, by organisation and place.
struct IndexLinker {
    /// An index row and the monograph it lists.
    struct Link: Sendable, Equatable {
        /// Indices into the records.
        var row: Int
        var monograph: Int
        /// `section`, or `carrier_and_place`.
        var by: String
    }

    let links: [Link]

    init(_ records: [LinkageRecord]) {
        var links: [Link] = []
        let byFile = Dictionary(grouping: records.indices, by: { records[$0].file })
        for file in byFile.keys.sorted() {
            let indices = byFile[file]!
            let monographs = indices.filter { records[$0].kind == .project && records[$0].layout == .monograph }
            var taken = Set<Int>()
            var unlinked: [Int] = []
            for row in indices where records[row].kind == .indexRow {
                let number = records[row].section ?? records[row].index?.number
                if let number, let monograph = monographs.first(where: { !taken.contains($0) && records[$0].section == number }) {
                    links.append(Link(row: row, monograph: monograph, by: "section"))
                    taken.insert(monograph)
                } else {
                    unlinked.append(row)
                }
            }
            for row in unlinked {
                guard let entry = records[row].index else { continue }
                let organisation = Set(FoldedWords.of(entry.organisation).filter { !NameWords.generic.contains($0) })
                let place = Set(FoldedWords.of(entry.localisation).filter { !NameWords.generic.contains($0) })
                let best = monographs.filter { !taken.contains($0) }.map { monograph -> (Int, Int, Int) in
                    let carriers = Set(records[monograph].carriers.flatMap { FoldedWords.of($0) })
                    let territory = Set(records[monograph].territory.map { FoldedWords.of($0.value) } ?? [])
                    return (monograph, organisation.intersection(carriers).count, place.intersection(territory).count)
                }.filter { $0.1 > 0 && $0.2 > 0 }.max { ($0.1 + $0.2, $1.0) < ($1.1 + $1.2, $0.0) }
                if let best {
                    links.append(Link(row: row, monograph: best.0, by: "carrier_and_place"))
                    taken.insert(best.0)
                }
            }
        }
        self.links = links.sorted { $0.row < $1.row }
    }
}

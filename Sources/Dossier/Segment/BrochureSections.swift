/// Sections of a brochure: each opens with a year line (`- 2019`) and a place line
/// (`- Oignies (62)`), the next block, on the next line or after a blank line or two (a
/// Markdown list whose items stand apart), then a title in capitals (or in small letters,
/// when the contents list it); or prints its title in capitals (and a subtitle) above its
/// year line. The place line may come first when it gives its département (`- Mirecourt
/// (88)`, then `- 2019`).
enum BrochureSections {
    private static let year = Regex.builtIn(#"^(?:19|20)\d{2}$"#)
    /// A contents line with dot leaders and a page (`Vichy, rive droite ........ p. 5`).
    private static let contentsLine = Regex.builtIn(#"^(?<title>\S.{1,80}?)\s*(?:\.{3,}|…+)\s*(?:p\.?\s*)?\d{1,3}$"#)

    /// The sections of `document`, in reading order.
    static func sections(in document: Document) -> [RecordSegment] {
        let blocks = document.blocks
        let isYear = { (index: Int) in blocks[index].isListItem && ((try? year.isMatch(blocks[index].content.text)) ?? false) }
        let pairs = blocks.indices.dropLast().filter { index in
            blocks[index].isListItem && blocks[index + 1].isListItem && blocks[index + 1].span.start.line <= blocks[index].span.end.line + 3
        }
        let yearFirst = pairs.filter(isYear)
        let taken = Set(yearFirst.flatMap { [$0, $0 + 1] })
        let placeFirst = pairs.filter { index in
            !isYear(index) && isYear(index + 1) && !taken.contains(index) && !taken.contains(index + 1)
                && !Departments.codes(in: blocks[index].content.text).isEmpty
        }
        let opens = (yearFirst + placeFirst).sorted()
        // A line in capitals that the sections print more than once (`CE QUE FAIT LE PROJET`,
        // `PORTEUR ET PARTENAIRE`) is a rubric of the brochure, not a title.
        let firstSection = min(opens.first.map { $0 + 2 } ?? blocks.count, blocks.count)
        let capitals = blocks[firstSection...].filter(isTitle).map { Folding.fold($0.content.text) }
        let rubrics = Set(Dictionary(grouping: capitals, by: { $0 }).filter { $0.value.count > 1 }.keys)
        let below = opens.map { open in open + 2 < blocks.count && isTitle(blocks[open + 2]) ? Folding.fold(blocks[open + 2].content.text) : nil }
        let listed = contentsTitles(in: blocks[..<(opens.first ?? 0)])
        // Where each section starts: at its year line, or at a title printed above it (below
        // the previous section's place line).
        let heads = opens.indices.map { position in
            titleAbove(
                opens[position], in: blocks, from: position == 0 ? 0 : opens[position - 1] + 2,
                belowGivesWay: below[position].map { rubrics.contains($0) || !listed.isEmpty && !listed.contains($0) } ?? false,
                listed: listed
            )
        }
        let starts = zip(opens, heads).map { open, head in head ?? open }
        return opens.indices.map { position in
            let open = opens[position]
            let end = position + 1 < opens.count ? starts[position + 1] : blocks.count
            let section = Array(blocks[starts[position]..<end])
            let afterLines = blocks[(open + 2)..<end]
            var record = RecordSegment(kind: .project, layout: .brochureSection, blocks: section, span: section.first!.span.through(section.last!.span))
            let (year, place) = isYear(open) ? (open, open + 1) : (open + 1, open)
            record.year = blocks[year].content
            record.place = blocks[place].content
            // (A title in small letters under the place line is one when the contents list it:
            // `Le Chantier des Clés ........ 6`.)
            let listedBelow = afterLines.first.flatMap { block in
                block.kind != .table && !block.isListItem && listed.contains(Folding.fold(block.content.text)) ? block : nil
            }
            let title = heads[position].map { blocks[$0] } ?? listedBelow
                ?? afterLines.first(where: { $0.kind != .table && $0.content.isMostlyUppercase && !rubrics.contains(Folding.fold($0.content.text)) })
            if let title {
                record.titleLines = [RecordSegment.TitleLine(content: title.content, titleStart: 0)]
            }
            return record
        }
    }

    /// The block of a title in capitals printed above a section's year line, right above or
    /// with a subtitle between (`LA PORTE D'À CÔTÉ` / `Des voisins relais …` / `- 2018`), when
    /// the section does not print its title right under its place line (the seed's layout,
    /// whose line above the year may be the previous section's last or a subtitle). The line
    /// in capitals under the place line gives way (`belowGivesWay`) when it is a rubric, or
    /// when the contents list other titles and this one (`ALLIER THERMAL HABITAT`, a
    /// landlord's name) only if the one above is `listed`.
    private static func titleAbove(_ open: Int, in blocks: [Block], from floor: Int, belowGivesWay: Bool, listed: Set<String>) -> Int? {
        var index = open - 1
        if index >= floor, !isTitle(blocks[index]), isSubtitle(blocks[index]) { index -= 1 }
        guard index >= floor, isTitle(blocks[index]) else { return listedTitleAbove(open, in: blocks, from: floor, listed: listed) }
        let titleBelow = open + 2 < blocks.count && isTitle(blocks[open + 2])
        guard titleBelow else { return index }
        return belowGivesWay && (listed.isEmpty || listed.contains(Folding.fold(blocks[index].content.text))) ? index : nil
    }

    /// The block of a title that the contents list, printed a few short lines above a
    /// section's year line (`RETOUR AU VILLAGE` / `Des familles relogées …` / `Bigorre Coteaux
    /// Logement, avec l'association …` / `- 2017`), when no listed title stands under its
    /// place line.
    private static func listedTitleAbove(_ open: Int, in blocks: [Block], from floor: Int, listed: Set<String>) -> Int? {
        guard !listed.isEmpty, !(open + 2 < blocks.count && listed.contains(Folding.fold(blocks[open + 2].content.text))),
              let title = (max(floor, open - 4)..<open).last(where: { isTitle(blocks[$0]) && listed.contains(Folding.fold(blocks[$0].content.text)) })
        else { return nil }
        let between = blocks[(title + 1)..<open]
        return between.allSatisfy { $0.kind != .table && !$0.isListItem && !isTitle($0) && $0.content.text.count <= 200 } ? title : nil
    }

    /// The titles, folded, that a contents list before the first section gives with dot
    /// leaders and pages; empty when there is no such list.
    private static func contentsTitles(in blocks: ArraySlice<Block>) -> Set<String> {
        Set(blocks.compactMap { block in
            let line = block.content.text
            guard block.kind != .table, let title = (try? contentsLine.firstMatch(in: line))?[named: "title"] else { return nil }
            return Folding.fold(String(decoding: line.utf8.dropFirst(title.lowerBound).prefix(title.count), as: UTF8.self))
        })
    }

    private static func isTitle(_ block: Block) -> Bool {
        block.kind != .table && !block.isListItem && block.content.isMostlyUppercase
    }

    private static func isSubtitle(_ block: Block) -> Bool {
        let text = block.content.text
        return block.kind != .table && !block.isListItem && text.count <= 160 && !text.hasSuffix(".")
    }
}

/// Entries of a list of projects: a results list, a committee's minutes, a report that takes
/// projects one after another, each under a head of its own line that numbers it and names
/// it.
///
/// A head is a line alone (a paragraph or a heading) made of
/// - a number, after a word that says what is counted (`LAURÉAT 1`, `Projet n° 2`, `Dossier 3`,
///   `Candidature 4`), or a number of a part (`3.1`, `2.`),
/// - then, optionally, the organisation that carries it and a dash (`3.1 Hautil Habitat – …`),
/// - then the project's name in guillemets (`« Un bail après la rue »`), which a counted word
///   may also give bare when it counts projects (`PROJET 2 : UN TOIT POUR REPARTIR`; an
///   `Action 2 : diagnostic` is a step of one project), then perhaps the organisation after
///   a dash (`3.1 « Pas à pas » – avec Meuse Habitat`) and at most a place in parentheses;
/// - or the number alone, when the word counts projects or the head gives how many there are
///   (`FICHE 1 / 3`): the line in capitals under it (`PANNEAU 1`, `LE TOIT DU MOULIN`) or the
///   entry's labels then name it;
/// - or, unnumbered, a short name in guillemets alone on its line (`« Premier bail en Ouche »`),
///   which no quotation is (it ends in a point), unless the line above numbers something else
///   (`Cartel 2`, a picture's caption).
///
/// Heads that follow each other with nothing between them list the entries (an agenda, a
/// summary), and so does a head whose name a later head gives again: neither opens an entry.
/// An entry runs to the next head, or to a rule of dashes after its text (the rule that opens
/// the next part of the document, a `POINT 4 – QUESTIONS DIVERSES`), or to the next part
/// numbered alike (`3.4 Perspectives` after `3.3 « … »`); a rule right after the head, or after
/// the head and one line (`FICHE 1 / 3`, `Intitulé : …`), frames it. A document holds
/// entries when at least two heads open one.
enum EntryHeads {
    /// A head with a counted word: the name quoted, or bare.
    private static let counted = Regex.builtIn(
        #"^(?<word>lauréat|laureat|projet|dossier|candidature|opération|operation|initiative|action|fiche|visite|panneau|exemple|réalisation|realisation|profil)s?\s*(?:n\s*[°º]|no\.?|numéro)?\s*(?<number>\d{1,3})(?!\d|[.,]\d)(?<total>\s*(?:/|sur)\s*\d{1,3})?\s*(?:[-–—:.)]\s*)?(?:(?:(?:[^«»“”"\n]{2,80}?\s*[-–—:,]\s*)?[«“"]\s*(?<name>[^«»“”"\n]{3,150}?)\s*[»”"](?:\s*[-–—:]\s*[^«»“”"\n]{2,120}?)?)|(?<bare>[^«»“”"\n]{3,120}?))?\s*(?:\([^()\n]{2,60}\))?\s*\.?$"#,
        options: .caseless
    )

    /// A head with a number of a part: the name quoted.
    private static let numbered = Regex.builtIn(
        #"^(?<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\)?\s+(?:[-–—:]\s*)?(?:[^«»“”"\n]{2,80}?\s*[-–—:,]\s*)?[«“"]\s*(?<name>[^«»“”"\n]{3,150}?)\s*[»”"](?:\s*[-–—]\s*[^«»“”"\n:]{2,80}?)?\s*(?:\([^()\n]{2,60}\))?\s*\.?$"#
    )

    /// A head that is a name in guillemets alone (`« Premier bail en Ouche »`): a short name,
    /// no sentence (a quotation ends in a point, a question or an exclamation mark).
    private static let quotedAlone = Regex.builtIn(#"^[«“]\s*(?<name>[^«»“”\n.!?…]{3,80}?)\s*[»”]$"#)

    /// A numbered part of the document (`3.4 Perspectives 2018`): after an entry numbered
    /// alike, it ends the entry.
    private static let part = Regex.builtIn(#"^(?<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\)?\s+\p{Lu}"#)

    /// The counted words that number projects, folded, after which a name may go unquoted.
    private static let projectWords: Set<String> = ["laureat", "projet", "dossier", "candidature", "visite", "panneau", "exemple", "realisation", "profil"]

    /// A rule of dashes, equals signs, underscores or stars.
    private static let rule = Regex.builtIn(#"^[-–—=_*]{8,}$"#)

    /// A head found: its block's index, its number, and where the name is in the block's text
    /// when it gives one.
    private struct Head {
        var block: Int
        var number: [Int]
        var name: Range<Int>?
        var folded: String
        /// Whether the head is a name in guillemets alone, unnumbered.
        var alone = false
    }

    /// The entries of `document`, in reading order; none unless two heads or more open one.
    static func entries(in document: Document) -> [RecordSegment] {
        let blocks = document.blocks
        var heads = blocks.indices.compactMap { head(in: blocks[$0], at: $0, after: $0 > 0 ? blocks[$0 - 1] : nil) }
        // Names in guillemets alone head a list only where no numbered head does.
        if heads.contains(where: { !$0.alone }) { heads.removeAll(where: \.alone) }
        let opening = heads.enumerated().filter { position, head in
            let next = position + 1 < heads.count ? heads[position + 1] : nil
            // A head followed by another head lists entries; a name given again later is listed.
            if let next, next.block == head.block + 1 { return false }
            return head.name == nil || !heads[(position + 1)...].contains { $0.folded == head.folded }
        }.map(\.element)
        // Entries are numbered in order: a summary in two languages gives its `2.` twice.
        guard opening.count >= 2, zip(opening, opening.dropFirst()).allSatisfy({ $0.number.lexicographicallyPrecedes($1.number) }) else { return [] }
        return opening.enumerated().map { position, head in
            let limit = position + 1 < opening.count ? opening[position + 1].block : blocks.count
            // (A rule right after the head, or after the head and one line, frames it.)
            var end = head.block + 1
            while end < limit, !(end > head.block + 2 && isRule(blocks[end])), !isLaterPart(blocks[end], than: head) {
                end += 1
            }
            let entry = Array(blocks[head.block..<end])
            var record = RecordSegment(kind: .project, layout: .entry, blocks: entry, span: entry.first!.span.through(entry.last!.span))
            if let name = head.name {
                record.titleLines = [RecordSegment.TitleLine(content: blocks[head.block].content, titleStart: name.lowerBound, titleEnd: name.upperBound)]
            } else if let title = entry.dropFirst().first(where: { !isRule($0) }), EntryHeads.isTitleLine(title) {
                // (A head without a name, `PANNEAU 2`, may have the name in capitals under it.)
                record.titleLines = [RecordSegment.TitleLine(content: title.content, titleStart: 0)]
            }
            return record
        }
    }

    private static func head(in block: Block, at index: Int, after previous: Block?) -> Head? {
        switch block.kind {
        case .paragraph, .heading: break
        default: return nil
        }
        guard block.span.start.line == block.span.end.line, block.content.utf8.count <= 240 else { return nil }
        let text = block.content.text
        let utf8 = block.content.utf8
        let match: RegexMatch
        let name: Range<Int>?
        if let head = try? counted.firstMatch(in: text), let word = head[named: "word"] {
            let countsProjects = EntryHeads.projectWords.contains(Folding.fold(String(decoding: utf8[word], as: UTF8.self)))
            if let quoted = head[named: "name"] {
                name = quoted
            } else if let bare = head[named: "bare"] {
                guard countsProjects else { return nil }
                name = EntryHeads.withoutSubtitle(bare, in: utf8)
            } else {
                guard countsProjects || head[named: "total"] != nil else { return nil }
                name = nil
            }
            match = head
        } else if let head = try? numbered.firstMatch(in: text), let quoted = head[named: "name"] {
            (match, name) = (head, quoted)
        } else if let head = try? quotedAlone.firstMatch(in: text), let quoted = head[named: "name"] {
            // (A name under a line that numbers something else, `Cartel 2` then `« Cartons »`,
            // names a picture or an exhibit, not a project.)
            if let previous, isOtherNumbering(previous) { return nil }
            // (Unnumbered: the heads' order is the reading order.)
            let value = String(decoding: utf8[quoted], as: UTF8.self)
            return Head(block: index, number: [index], name: quoted, folded: Folding.fold(value), alone: true)
        } else {
            return nil
        }
        guard let number = match[named: "number"] else { return nil }
        let value = name.map { String(decoding: utf8[$0], as: UTF8.self) } ?? ""
        // A name has words: `Projet 2 : 45 000 €` names a figure.
        if name != nil, !value.contains(where: \.isLetter) { return nil }
        return Head(block: index, number: numberParts(number, in: utf8), name: name, folded: Folding.fold(value))
    }

    /// A short line of a word and a number (`Cartel 2`, `Photo n° 3`, `Planche 4`).
    private static let wordAndNumber = Regex.builtIn(#"^(?<word>\p{L}{3,20})\s*(?:n\s*[°º]\s*)?\d{1,3}\s*[.:]?$"#)

    /// Whether `block` is a line alone that numbers something other than projects (`Cartel 2`).
    private static func isOtherNumbering(_ block: Block) -> Bool {
        guard block.span.start.line == block.span.end.line, block.content.utf8.count <= 32,
              let match = try? wordAndNumber.firstMatch(in: block.content.text), let word = match[named: "word"]
        else { return false }
        return !projectWords.contains(Folding.fold(String(decoding: block.content.utf8[word], as: UTF8.self)))
    }

    /// Whether `block` opens a part numbered as `head` is, after it (`3.4 Perspectives` after
    /// `3.3 « … »`).
    private static func isLaterPart(_ block: Block, than head: Head) -> Bool {
        guard head.number.count >= 2, block.span.start.line == block.span.end.line, block.content.utf8.count <= 120,
              let number = (try? part.firstMatch(in: block.content.text))?[named: "number"]
        else { return false }
        let parts = numberParts(number, in: block.content.utf8)
        return parts.count == head.number.count && Array(parts.dropLast()) == Array(head.number.dropLast()) && parts.last! > head.number.last!
    }

    /// The parts of a head's number (`3.1` is 3 and 1).
    private static func numberParts(_ number: Range<Int>, in utf8: [UInt8]) -> [Int] {
        String(decoding: utf8[number], as: UTF8.self).split(separator: ".").compactMap { Int($0) }
    }

    /// What parts a name from its subtitle: a colon or a dash between spaces.
    private static let subtitleMarks: [[UInt8]] = [" : ", " – ", " — "].map { Array($0.utf8) }

    /// A bare name without the subtitle after its colon or dash (`Premiers Murs : des studios
    /// pour les jeunes`).
    private static func withoutSubtitle(_ name: Range<Int>, in utf8: [UInt8]) -> Range<Int> {
        var index = name.lowerBound + 3
        while index < name.upperBound {
            if subtitleMarks.contains(where: { utf8[index...].starts(with: $0) }) { return name.lowerBound..<index }
            index += 1
        }
        return name
    }

    /// Whether a block is a name in capitals on a line of its own (`LES PREMIERS MURS`).
    private static func isTitleLine(_ block: Block) -> Bool {
        block.kind == .paragraph && block.span.start.line == block.span.end.line && block.content.utf8.count <= 100
            && block.content.isMostlyUppercase && !block.content.text.contains(":")
    }

    private static func isRule(_ block: Block) -> Bool {
        block.kind == .paragraph && ((try? rule.isMatch(block.content.text)) ?? false)
    }
}

extension RecordText {
    /// A landlord's name cut by a line's end, whole: `range` (of `joined`) with the
    /// capitalised words that end the line above when it opens its line (`… que les coureurs
    /// longeront, Ouche` / `Percheronne Habitat et …`), or with those that open the line below
    /// up to a landlord's word when it ends its line without one (`avec l'office Perche` /
    /// `Orne Habitat dans …`), when the paragraph goes on over the break; nil when the name
    /// is whole on its line.
    func nameAcrossLines(_ range: Range<Int>) -> Range<Int>? {
        guard let (unit, local) = location(of: range) else { return nil }
        let start = range.lowerBound - local.lowerBound
        let view = units[unit].content.matchView
        var whole = range
        let capitals = !String(decoding: view[local], as: UTF8.self).contains(where: \.isLowercase)
        if unit > 0, units[unit].goesOn, view[..<local.lowerBound].allSatisfy({ $0 == 0x20 }),
           let words = RecordText.nameWords(endingLineOf: units[unit - 1].content.matchView, capitals: capitals)
        {
            // (The line above ends one byte before this one starts, its line end between.)
            whole = (start - 1 - units[unit - 1].content.matchView.count + words.lowerBound)..<whole.upperBound
        }
        if unit + 1 < units.count, units[unit + 1].goesOn, view[local.upperBound...].allSatisfy({ $0 == 0x20 }),
           !RecordText.endsWithLandlordsWord(view[local]),
           let length = RecordText.nameWordsLength(openingLineOf: units[unit + 1].content.matchView, capitals: capitals)
        {
            whole = whole.lowerBound..<(start + view.count + 1 + length)
        }
        return whole == range ? nil : whole
    }

    /// The source range of a range of `joined` that may run over several units: from where
    /// its first unit's part comes from to where its last unit's part ends.
    func decodedRange(of range: Range<Int>) -> Range<Int>? {
        guard let (first, head) = location(of: range), let (last, tail) = location(of: (range.upperBound - 1)..<range.upperBound) else { return nil }
        let lower = units[first].content.decodedRange(ofMatch: head).lowerBound
        let upper = units[last].content.decodedRange(ofMatch: tail.lowerBound..<(tail.lowerBound + 1)).upperBound
        return lower..<max(lower, upper)
    }

    /// The words that end a company's name wrapped after them.
    private static let landlordsWords: Set<String> = ["Habitat", "HABITAT", "Logis", "LOGIS", "Logement", "HLM", "Habitations", "Résidences"]

    /// Capitalised words that open a sentence or a phrase, not a name.
    private static let phraseWords: Set<String> = [
        "Le", "La", "Les", "Un", "Une", "Et", "En", "Au", "Aux", "Du", "Des", "De", "Avec", "Pour", "Par", "Dans", "Sur", "Chez", "Ce",
        "Cette", "Son", "Sa", "Ses", "Notre", "Nos", "Votre", "Vos", "Leur", "Leurs", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous",
        "Mme", "M.", "Madame", "Monsieur",
    ]

    /// The small words inside a name (`Les Rives de Champrosay`).
    private static let nameLinks: Set<String> = ["de", "du", "des", "d'", "la", "le", "et"]

    /// The small words after which a capitalised word is a place, not a name's start.
    private static let placeWords: Set<String> = ["à", "a", "au", "aux", "en", "sur", "dans", "vers", "près", "depuis"]

    /// Whether a text is a landlord's word alone (`Habitat`), which names no one.
    static func isLandlordsWord(_ text: String) -> Bool {
        landlordsWords.contains(text)
    }

    /// Whether a name's words end with a landlord's word (`Orne Habitat`).
    private static func endsWithLandlordsWord(_ name: ArraySlice<UInt8>) -> Bool {
        let last = name.split(separator: 0x20).last.map { String(decoding: $0, as: UTF8.self) } ?? ""
        return landlordsWords.contains(last)
    }

    /// The range of the one or two capitalised words that end a line inside its sentence
    /// (`… longeront, Ouche`, `une action de Cévennes`), after no place's small word; in
    /// capitals only for a name in capitals (not `… RÉSIDENCE LES BAOUS` over `Côte Baous
    /// Habitat · Agence de Vence`).
    private static func nameWords(endingLineOf line: [UInt8], capitals: Bool) -> Range<Int>? {
        let words = line.split(separator: 0x20)
        var first = words.endIndex
        while first > words.startIndex, words.endIndex - first < 2, isNameWord(String(decoding: words[first - 1], as: UTF8.self), capitals: capitals) { first -= 1 }
        guard first < words.endIndex, first > words.startIndex else { return nil }
        let before = String(decoding: words[first - 1], as: UTF8.self)
        guard !placeWords.contains(before.lowercased()), !before.hasSuffix(".") else { return nil }
        // The end of another name on the line above (`l'association Les Rives de Champrosay`
        // over `Seine-Rive Habitat a ouvert …`) is no part of the landlord's.
        if nameLinks.contains(before), first - 1 > words.startIndex, String(decoding: words[first - 2], as: UTF8.self).first?.isUppercase == true {
            return nil
        }
        return words[first].startIndex..<words[words.endIndex - 1].endIndex
    }

    /// The length of the capitalised words that open a line up to a landlord's word (`Orne
    /// Habitat dans …`: `Orne Habitat`), three words at most.
    private static func nameWordsLength(openingLineOf line: [UInt8], capitals: Bool) -> Int? {
        var offset = 0
        for _ in 0..<3 {
            let end = line[offset...].firstIndex(where: { $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }) ?? line.count
            let word = String(decoding: line[offset..<end], as: UTF8.self)
            if landlordsWords.contains(word) { return end }
            guard isNameWord(word, capitals: capitals), end < line.count, line[end] == 0x20 else { return nil }
            offset = end + 1
        }
        return nil
    }

    /// Whether a word may be part of a name: capitalised (in capitals throughout if
    /// `capitals`, else not), three letters or more, no phrase's opening word.
    private static func isNameWord(_ word: String, capitals: Bool) -> Bool {
        // (An elided link opens a name's word: `Gardon d'Anduze`.)
        let word = word.count > 4 && ["d'", "l'", "d’", "l’"].contains(String(word.prefix(2))) ? String(word.dropFirst(2)) : word
        guard word.count >= 3, let first = word.first, first.isUppercase, !phraseWords.contains(word),
              word.dropFirst().allSatisfy({ $0.isLetter || $0 == "-" })
        else { return false }
        return capitals == !word.contains(where: \.isLowercase)
    }
}

extension RecordText {
    /// The rest of a unit's sentence after `offset` (of the unit's match view): the unit's
    /// text, then the lines that go on with it (a paragraph wrapped, four lines at most), up to
    /// the sentence's end (`.`, `;`, `!`, `?`) or the next figure, whichever comes first.
    func restOfSentence(in unit: Int, from offset: Int) -> String {
        var rest: [UInt8] = []
        var next = unit
        var view = units[unit].content.matchView[min(offset, units[unit].content.matchView.count)...]
        while true {
            if let end = view.firstIndex(where: { RecordText.sentenceStops.contains($0) }) {
                rest += view[..<end]
                break
            }
            rest += view
            next += 1
            guard next < units.count, next - unit <= 4, units[next].goesOn else { break }
            rest.append(0x20)
            view = units[next].content.matchView[...]
        }
        return String(decoding: rest, as: UTF8.self)
    }

    /// The year that opens the line after unit `unit`, when that line goes on with its
    /// sentence (`Fin prévue : 30 septembre` / `2019 ; …`), and where the year ends in the
    /// decoded text.
    func yearOpening(after unit: Int) -> (text: String, end: Int)? {
        guard unit + 1 < units.count, units[unit + 1].goesOn, case let view = units[unit + 1].content.matchView, view.count >= 4,
              view.prefix(4).allSatisfy({ (0x30...0x39).contains($0) }), [0x31, 0x32].contains(view[0]),
              view.count == 4 || !(0x30...0x39).contains(view[4])
        else { return nil }
        return (String(decoding: view.prefix(4), as: UTF8.self), units[unit + 1].content.decodedRange(ofMatch: 0..<4).upperBound)
    }

    /// The bytes that end a sentence's rest: its stops and the digits of another figure.
    private static let sentenceStops: Set<UInt8> = Set(".;!?0123456789".utf8)
}

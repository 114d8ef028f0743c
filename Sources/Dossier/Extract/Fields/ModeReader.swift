/// Reads the mode of a project: access to housing, keeping tenants housed, or both.
enum ModeReader {
    /// The mode a phrase found by a prose rule stands for: the rule's own kind when its id
    /// names one (`mode.prose.access`), what the text says otherwise.
    static func read(_ text: String, rule: String) -> ProjectRecord.Mode? {
        kind(ofRule: rule) ?? read(text)
    }

    /// The kind a prose rule's id names (`mode.prose.access`, `mode.prose.both`), if any.
    static func kind(ofRule rule: String) -> ProjectRecord.Mode? {
        if rule.hasSuffix(".access") { return .access }
        if rule.hasSuffix(".maintenance") { return .maintenance }
        if rule.hasSuffix(".both") { return .accessAndMaintenance }
        return nil
    }

    /// The mode a value picks under a label that offers the two in other words, one on each
    /// side of `ou` (`Nouvel arrivant ou locataire en place`, `Entrant ou déjà logé`): the
    /// option whose words the value repeats, or both (`Les deux`).
    static func chosen(label words: [String], value: String) -> ProjectRecord.Mode? {
        guard let or = words.firstIndex(of: "ou"), words.lastIndex(of: "ou") == or else { return nil }
        let (left, right) = (words[..<or], words[(or + 1)...])
        let options: [(words: ArraySlice<String>, mode: ProjectRecord.Mode)]
        switch (optionMode(left), optionMode(right)) {
        case (.access, .maintenance): options = [(left, .access), (right, .maintenance)]
        case (.maintenance, .access): options = [(left, .maintenance), (right, .access)]
        default: return nil
        }
        let answer = FoldedWords.of(value)
        // `Les deux`, or words of both kinds (`Entrant et déjà logé`): both.
        if answer.contains("deux") || answer.contains("both") || optionMode(answer[...]) == .accessAndMaintenance { return .accessAndMaintenance }
        // (A word shared in the singular or the plural: `déjà locataire` | `Locataires du bailleur`.)
        let singular = { (word: String) in word.hasSuffix("s") ? String(word.dropLast()) : word }
        let shared = options.map { option in
            answer.filter { word in word.utf8.count > 2 && option.words.contains { singular($0) == singular(word) } }.count
        }
        // An answer in words of its own (`Entrée et maintien`) says the mode itself; one that
        // repeats both options (`Entrants et locataires en place`) picks both.
        if shared.allSatisfy({ $0 > 0 }) { return .accessAndMaintenance }
        guard shared[0] != shared[1] else { return optionMode(answer[...]) }
        return shared[0] > shared[1] ? options[0].mode : options[1].mode
    }

    /// Words of an option, or of an answer, that offer access (`nouvel arrivant`, `entrant`,
    /// `installation`, `emménagement`), keeping housed (`locataire en place`, `déjà logé`, `tenue du bail`,
    /// `conservation du bail`), or both.
    private static func optionMode(_ words: ArraySlice<String>) -> ProjectRecord.Mode? {
        let access = words.contains { word in ["acces", "entr", "arriv", "nouve", "reloge", "sortant", "install", "emmenag"].contains(where: word.hasPrefix) }
        let maintenance = words.contains { word in ["mainten", "maintien", "place", "deja", "tenue", "rest", "conserv", "sauvegard"].contains(where: word.hasPrefix) }
        return mode(access: access, maintenance: maintenance)
    }

    /// The mode the value of a mode's label gives: as ``read(_:)`` reads it, or both when it
    /// says so in a few words (`Les deux`, `Les deux volets`; a title such as `DEUX CLÉS` says
    /// nothing of the mode). An answer of a few words may name the households rather than the
    /// kind (`Entrée`, `Entrée et maintien`, `Nouveaux locataires`), as a choice's options do;
    /// a longer one may tell access by the move itself (`Arrivée dans les lieux, puis
    /// maintien`, `Emménagement des uns, maintien des autres`) and keeping housed by the
    /// lease kept (`arrivée dans les lieux comme tenue du bail`).
    static func answer(_ text: String) -> ProjectRecord.Mode? {
        let words = FoldedWords.of(text)
        if words.count <= 3 && words.contains("deux") { return .accessAndMaintenance }
        let denies = words.contains { ["pas", "sans", "hors", "ni"].contains($0) }
        return words.count <= 4 && !denies ? optionMode(words[...]) ?? read(words: words) : read(words: words, answering: true)
    }

    /// The mode a form's option offers, in words of its own however many (`Arrivée dans un
    /// bail neuf`, `Tenue du logement déjà occupé`), or as ``read(_:)`` reads it.
    static func option(_ text: String) -> ProjectRecord.Mode? {
        let words = FoldedWords.of(text)
        return optionMode(words[...]) ?? read(words: words)
    }

    /// The mode a form's note on its mode options gives (`l'action mêle les deux`, `l'un et
    /// l'autre`, `entrée et conservation, selon les familles`, `à la fois des entrées et des
    /// maintiens`): both when it says both, else the kinds its words name. A note that keeps
    /// to one kind (`ne sollicite que le volet accès, le maintien relève d'un autre
    /// dispositif`, `le maintien seulement, l'accès n'est pas concerné`) gives that kind; one
    /// that denies a kind (`pas de volet maintien`, `aucune entrée nouvelle`) is read as
    /// ``read(_:)`` reads it. A note that keeps to one option by its place (`seul le premier
    /// volet est demandé`) gives that option's mode among `options`, the modes the options
    /// offer in their order.
    static func note(_ text: String, options: [ProjectRecord.Mode?] = []) -> ProjectRecord.Mode? {
        let words = FoldedWords.of(text)
        let keepsToOne = words.contains { ["seul", "seule", "seulement", "uniquement", "exclusivement"].contains($0) }
        if keepsToOne, let place = words.lazy.compactMap({ ModeReader.places[$0] }).first {
            let index = place < 0 ? options.count - 1 : place
            if options.indices.contains(index), let mode = options[index] { return mode }
        }
        let isAccess = { (word: String) in ["acces", "arrivee", "arrivant", "entree", "entrant", "emmenag", "relog", "installation", "nouve"].contains(where: word.hasPrefix) }
        let isMaintenance = { (word: String) in ["maintien", "mainten", "conserv", "tenue", "sauvegard", "deja"].contains(where: word.hasPrefix) }
        let isKind = { (word: String) in isAccess(word) || isMaintenance(word) }
        // The kind right before `seulement` (`le maintien seulement, l'accès n'est pas
        // concerné`), or the first after `ne … que`.
        let kept = words.firstIndex { ["uniquement", "seulement", "exclusivement"].contains($0) }.flatMap { words[max(0, $0 - 3)..<$0].last(where: isKind) }
            ?? words.firstIndex(of: "ne").flatMap { ne in words[ne...].firstIndex(of: "que") }.flatMap { que in words[que...].first(where: isKind) }
        if let kept { return isAccess(kept) ? .access : .maintenance }
        if words.contains(where: { ["pas", "sans", "hors", "ni", "aucun", "aucune"].contains($0) }) { return read(words: words) }
        let saysBoth = words.contains("deux") || zip(words, zip(words.dropFirst(), words.dropFirst(2))).contains { $0 == "un" && $1.0 == "et" && $1.1 == "autre" }
        if saysBoth { return .accessAndMaintenance }
        let access = words.contains(where: isAccess)
        let maintenance = words.contains(where: isMaintenance)
        return mode(access: access, maintenance: maintenance)
    }

    /// The places that words give an option (`premier`, `second`, `dernier`: -1 for the last).
    private static let places: [String: Int] = [
        "premier": 0, "premiere": 0, "second": 1, "seconde": 1, "deuxieme": 1, "dernier": -1, "derniere": -1,
    ]

    /// The mode a text names: access (`accès`, `relogement`), keeping housed (`maintien`,
    /// `expulsion`), or both.
    static func read(_ text: String) -> ProjectRecord.Mode? {
        read(words: FoldedWords.of(text))
    }

    /// Whether folded words open with an entry beside keeping housed (`l'entrée et le maintien
    /// dans le logement`). (An entry alone, `préparer l'entrée dans le logement` under a
    /// label of the support's steps, tells a step, not the mode.)
    private static func entersHousing(_ words: ArraySlice<String>) -> Bool {
        guard words.first == "entree" else { return false }
        let next = words.dropFirst().prefix(3)
        return next.first == "et" && next.dropFirst().drop { ["le", "la", "l"].contains($0) }.first?.hasPrefix("maint") == true
    }

    /// Reads the kinds words name. `answering` a mode's label, the move itself (`arrivée`,
    /// `emménagement`, `installation`; not `entrée`, often a step: `préparer l'entrée dans le
    /// logement`) names access too, unless it only dates something else (`suivi poursuivi
    /// après l'emménagement`), and the lease kept (`tenue`, `conservation`, `sauvegarde`)
    /// keeping housed.
    private static func read(words: [String], answering: Bool = false) -> ProjectRecord.Mode? {
        // A kind denied (`accès au logement (pas de volet maintien)`, `sans maintien`) is not
        // said; an expulsion avoided (`aucune expulsion`) still speaks of keeping housed.
        let denied = { (index: Int) in words[max(0, index - 3)..<index].contains { ["pas", "sans", "hors", "ni"].contains($0) } }
        let isMove = { (index: Int) in
            answering && ["arrivee", "emmenagement", "installation"].contains { words[index].hasPrefix($0) }
                && !words[max(0, index - 2)..<index].contains { ["apres", "avant", "depuis", "jusqu"].contains($0) }
        }
        let keepsTheLease = { (word: String) in answering && ["tenue", "conservation", "sauvegarde"].contains(where: word.hasPrefix) }
        let access = words.indices.contains { index in
            let word = words[index]
            return (word.hasPrefix("acces") || word.hasPrefix("acceder") || word.hasPrefix("relog") || isMove(index) || entersHousing(words[index...])) && !denied(index)
        }
        let maintenance = words.indices.contains { index in
            let word = words[index]
            return word.hasPrefix("expulsion") || ((word.hasPrefix("mainten") || word.hasPrefix("maintien") || keepsTheLease(word)) && !denied(index))
        }
        return mode(access: access, maintenance: maintenance)
    }

    /// The mode that words of access, of keeping housed, or of both stand for.
    private static func mode(access: Bool, maintenance: Bool) -> ProjectRecord.Mode? {
        switch (access, maintenance) {
        case (true, true): return .accessAndMaintenance
        case (true, false): return .access
        case (false, true): return .maintenance
        case (false, false): return nil
        }
    }
}

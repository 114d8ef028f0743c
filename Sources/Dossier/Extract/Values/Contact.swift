/// A person to contact, as a field's text gives them.
public struct Contact: Sendable, Equatable {
    /// The name as written (`Véronique MOMAL`), or `nil` when only an address is given.
    public var name: String?
    /// The e-mail address, as written.
    public var email: String?
    /// The phone number, as `01 40 75 78 41` (or `+33 ...` for a number written abroad).
    public var phone: String?
    /// The person's title, from a contact block's line under the name (`Chargée de mission`).
    public var role: String?
    /// The organisation, from a contact block's line in capitals (`PROMOCIL`).
    public var organisation: String?
    /// Byte range covering what was read, in the text parsed.
    public var range: Range<Int>
    /// Whether the name follows the address in brackets, as the reader of a general mailbox
    /// (`contact@ateliers-du-foyer.fr (Bastien ROUGIER, éducateur)`): that person's contact.
    var readerFollows = false

    public init(name: String?, email: String?, phone: String? = nil, role: String? = nil, organisation: String? = nil, range: Range<Int> = 0..<0) {
        self.name = name
        self.email = email
        self.phone = phone
        self.role = role
        self.organisation = organisation
        self.range = range
    }
}

/// Reads e-mail addresses (local parts may hold accented letters), French phone numbers
/// (`01 40 75 78 41`, `01.40.75.78.41`, `0140757841`, `+33 1 40 75 78 41`, `+33 (0)1 ...`)
/// and person names (`Prénom NOM`, with hyphens and particles: `Marie-Christine LEBLANC`,
/// `Anne de LA TOUR`), and pairs each address with the name written next to it.
public enum Contacts {
    private static let email = Regex.builtIn(#"(?<![\p{L}\p{N}._%+])[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}"#)
    private static let phone = Regex.builtIn(#"(?<![\d+])(?:(?:\+|00)33\s?(?:\(0\)\s?)?(?<international>[1-9])|(?<national>0[1-9]))(?<rest>(?:[\s.-]?\d{2}){4})(?!\d)"#)
    private static let name = Regex.builtIn(
        // A name stays on one line: `Contacts` over `Séverine STIEVENARD` is no given name.
        #"(?<!\p{L})(?<given>\p{Lu}\p{Ll}+(?:[-\h]\p{Lu}\p{Ll}+)?)\h+(?<particle>(?:de|du|des|d'|le|la|van|von|di)\h*)?(?<family>\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:[\h-]\p{Lu}[\p{Lu}'’-]*\p{Lu})*)(?!\p{L})"#
    )

    /// Every e-mail address in `text`, in order, with its byte range.
    public static func emails(in text: String) -> [(email: String, range: Range<Int>)] {
        let value = ValueText(text)
        return emails(in: value).map { ($0.email, value.originalRange($0.range)) }
    }

    /// Every French phone number in `text`, normalized, with its byte range.
    public static func phones(in text: String) -> [(phone: String, range: Range<Int>)] {
        let value = ValueText(text)
        return phones(in: value).map { ($0.phone, value.originalRange($0.range)) }
    }

    /// Every person name in `text`, in order, with its byte range.
    public static func names(in text: String) -> [(name: String, range: Range<Int>)] {
        let value = ValueText(text)
        return value.matches(of: name).map { (value.string($0.range), value.originalRange($0.range)) }
    }

    /// Whether an address is an organisation's general mailbox (`contact@`, `accueil@`,
    /// `support-depot@`, `pole.social@`: the first word of its local part) or a service's (a local part that is
    /// one word in `-tion` or `-sion`: `communication@`, `capitalisation@`, `direction@`) rather
    /// than a person's.
    static func isGeneralMailbox(_ email: String) -> Bool {
        let words = localWords(of: email)
        guard let word = words.first else { return false }
        if words.count == 1, namesAnActivity(word) { return true }
        return generalMailboxes.contains(word) || recruitmentMailboxes.contains(word) || namesAVenue(words)
    }

    /// Whether an address is a public venue's or a club's that publishes a notice
    /// (`mediatheque@`, `etat-civil@`, `amicale.thermes@`, `ecole.musique@`): whoever signs with
    /// it, it answers for the venue, not for a project the notice tells of.
    static func isVenueMailbox(_ email: String) -> Bool {
        namesAVenue(localWords(of: email))
    }

    /// Whether a local part's words open with a venue's (see ``isVenueMailbox(_:)``).
    private static func namesAVenue(_ words: [String]) -> Bool {
        guard let word = words.first else { return false }
        return venueMailboxes.contains(word) || (word == "etat" && words.dropFirst().first == "civil")
    }

    /// Whether an address is a service's, by its words: a general mailbox, or one whose first
    /// word names an activity (`instruction.logement@`, `communication.externe@`).
    static func isServiceMailbox(_ email: String) -> Bool {
        guard let word = localWords(of: email).first else { return false }
        return isGeneralMailbox(email) || namesAnActivity(word)
    }

    /// Whether a mailbox's word names an activity (`instruction`, `communication`).
    private static func namesAnActivity(_ word: String) -> Bool {
        word.count >= 7 && (word.hasSuffix("tion") || word.hasSuffix("sion"))
    }

    /// Whether an address is a mail program's identifier of a message (`5829A3F1.4060807@…`,
    /// `a91f02c4-77de-3b10-e5c8-0f2d41b6c3aa@…`, a `Message-ID`), not anyone's mailbox: a
    /// local part of hexadecimal digits, dots and dashes, with eight digits or more.
    static func isMessageIdentifier(_ email: String) -> Bool {
        guard let local = email.split(separator: "@").first else { return false }
        return local.allSatisfy { $0.isHexDigit || $0 == "." || $0 == "-" } && local.count(where: \.isHexDigit) >= 8
            && local.count(where: \.isNumber) >= 3
    }

    /// Whether an address receives job applications (`recrutement@`, `rh@`): whoever a text
    /// names beside it, it is no contact of a project.
    static func isRecruitment(_ email: String) -> Bool {
        localWords(of: email).first.map(recruitmentMailboxes.contains) ?? false
    }

    /// The words of an address's local part, lowercased (`support-depot@` gives `support`, `depot`).
    private static func localWords(of email: String) -> [String] {
        guard let local = email.split(separator: "@").first?.lowercased() else { return [] }
        return local.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
    }

    private static let generalMailboxes: Set<String> = [
        "contact", "contacts", "accueil", "info", "infos", "information", "informations", "communication", "standard",
        "secretariat", "courrier", "siege", "mail", "webmaster", "presse", "publications", "bonjour", "redaction",
        "support", "assistance", "noreply", "hotline", "web", "lettre", "newsletter", "abonnement", "abonnements", "marches", "achats",
        "webinaire", "webinaires", "evenement", "evenements", "inscription", "inscriptions", "agenda",
        // (A blog's, a shop's, an insurer's claims desk, a site's visits or bookings desk, an
        // association's donations desk: `blog@`, `boutique@`, `sinistres@`, `visites@`,
        // `reservations@`, `benevolat@`.)
        "blog", "boutique", "shop", "commande", "commandes", "sinistre", "sinistres", "visite", "visites", "reservation", "reservations",
        "billetterie", "benevolat", "benevoles", "dons", "adhesion", "adhesions",
        // (A service's or a branch's: `pole.social@`, `agence.arbois@`, `cohesion.sociale@`.)
        "pole", "service", "services", "agence", "antenne", "equipe", "bureau", "cellule", "guichet", "permanence", "cohesion", "accompagnement",
        // (A mailbox for files or answers: `dossiers-aap@`, `enquete-locataires@`.)
        "dossier", "dossiers", "depot", "depots", "aap", "enquete", "enquetes",
        // (A committee's: `copil.premierescles@`.)
        "copil", "comite",
    ]

    private static let venueMailboxes: Set<String> = [
        "mediatheque", "bibliotheque", "ludotheque", "mairie", "etatcivil", "ecole", "college", "lycee", "conservatoire", "musee", "piscine",
        "cinema", "theatre", "amicale", "club", "camping", "stade", "gymnase", "paroisse", "cimetiere", "cimetieres",
    ]

    private static let recruitmentMailboxes: Set<String> = [
        "recrutement", "recrutements", "rh", "drh", "emploi", "emplois", "jobs", "candidature", "candidatures",
    ]

    // The readers below give ranges in the folded text.

    /// Whether an address is a State service's (`…@ddcspp-lot.fr`, `…@bas-rhin.gouv.fr`): the
    /// officer who receives a submission is no contact of its project.
    static func isStateOfficial(_ email: String) -> Bool {
        guard let domain = domain(of: email) else { return false }
        // (The service's name ends its domain's first label or meets a digit or a dash:
        // `ddt-62.fr`, `ddcs.fr`; `ddttvailes.asso.fr` is an association's.)
        let label = domain.prefix { $0 != "." }
        return domain.hasSuffix(".gouv.fr") || ["ddcs", "ddcspp", "ddt", "ddtm", "ddets", "ddetspp", "dreal", "dreets", "drihl", "prefecture"].contains { service in
            label.hasPrefix(service) && !(label.dropFirst(service.count).first?.isLetter ?? false)
        }
    }

    /// Whether an address's domain names one of `organisations`: its first label, cut at
    /// dashes, is made of the name's words (`logis-allaine.fr` for `Logis de l'Allaine`,
    /// `escale-ruthenoise.fr` for `L'Escale ruthénoise`) or is all of them run together
    /// (`logisdelavie.fr` for `Logis de la Vie`).
    static func domainNames(_ email: String, oneOf organisations: [String]) -> Bool {
        guard let domain = domain(of: email) else { return false }
        return part(domain.prefix { $0 != "." }, names: organisations)
    }

    /// Whether a contact's address bears a word of three letters or more of the contact's
    /// name (`m.ehrhart@…` for `Margaux EHRHART`, `jdupont@…` for `Jean Dupont`).
    static func bearsTheName(_ contact: Contact) -> Bool {
        guard let name = contact.name, let email = contact.email, let at = email.firstIndex(of: "@") else { return false }
        let local = Folding.fold(String(email[..<at])).filter(\.isLetter)
        return Folding.fold(name).split(separator: " ").contains { $0.count >= 3 && local.contains($0) }
    }

    /// Whether an address's local part names one of `organisations`, as a domain does
    /// (`entraide.baronnies@…` for `L'Entraide des Baronnies`).
    static func localPartNames(_ email: String, oneOf organisations: [String]) -> Bool {
        guard let at = email.firstIndex(of: "@") else { return false }
        return part(email[..<at].lowercased()[...], names: organisations)
    }

    private static func part(_ text: Substring, names organisations: [String]) -> Bool {
        let pieces = text.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "_" }).map(String.init).filter { $0.count >= 3 }
        guard !pieces.isEmpty else { return false }
        let joined = pieces.joined()
        return organisations.contains { name in
            let words = FoldedWords.of(name)
            return spells(joined[...], with: words[...]) || pieces.allSatisfy(words.contains)
        }
    }

    /// Whether `letters` are a name's words run together, each small word kept or dropped
    /// (`quaiduthouet` for `Le Quai du Thouet`, `lescimesforcalquier` for `Les Cimes de
    /// Forcalquier`, `escalehautsdemeuse` for `L'Escale des Hauts de Meuse`).
    private static func spells(_ letters: Substring, with words: ArraySlice<String>) -> Bool {
        guard let word = words.first else { return letters.isEmpty }
        if smallWords.contains(word), spells(letters, with: words.dropFirst()) { return true }
        return letters.hasPrefix(word) && spells(letters.dropFirst(word.count), with: words.dropFirst())
    }

    /// The words a domain may drop from a name: articles, `de`, `et`.
    private static let smallWords: Set<String> = ["le", "la", "les", "l", "de", "des", "du", "d", "et"]

    /// Whether an address is at a web mail provider or a town's own domain (`…@laposte.net`,
    /// `…@ville-larochesuryon.fr`, `…@mairie-delle.fr`): a collective's, a council's or a
    /// resident's, not an organisation of the programme's.
    static func isPublicMailbox(_ email: String) -> Bool {
        guard let domain = domain(of: email) else { return false }
        let label = domain.prefix { $0 != "." }
        return webMailDomains.contains(domain) || ["ville-", "mairie-"].contains { label.hasPrefix($0) }
    }

    private static let webMailDomains: Set<String> = [
        "laposte.net", "gmail.com", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "hotmail.fr", "hotmail.com", "yahoo.fr",
        "outlook.fr", "outlook.com", "live.fr", "neuf.fr", "aliceadsl.fr", "bbox.fr", "icloud.com",
    ]

    /// The domain of an address, lowercased (`e2m-habitat.fr`).
    static func domain(of email: String) -> String? {
        email.split(separator: "@", maxSplits: 1).dropFirst().first.map { $0.lowercased() }
    }

    private static func emails(in value: ValueText) -> [(email: String, range: Range<Int>)] {
        // The pattern would be tried at every letter: it runs instead on the words that hold
        // an `@` (between white space), which hold every address, as no address spans a space.
        let bytes = value.utf8
        var found: [(email: String, range: Range<Int>)] = []
        var wordEnd = 0
        for at in bytes.indices where bytes[at] == UInt8(ascii: "@") && at >= wordEnd {
            var start = at
            while start > 0, !isASCIISpace(bytes[start - 1]) { start -= 1 }
            wordEnd = at
            while wordEnd < bytes.count, !isASCIISpace(bytes[wordEnd]) { wordEnd += 1 }
            // (`@aufilducanal@mastodon.top` is an account's handle on a social network, no address.)
            found += value.matches(of: email, in: start..<wordEnd).filter { $0.range.lowerBound == 0 || bytes[$0.range.lowerBound - 1] != UInt8(ascii: "@") }
                .map { (value.string($0.range).trimmingTrailingDots, $0.range) }
                .filter { !isMessageIdentifier($0.0) }
        }
        // `manon.dupont at exemple-habitat.fr`, `[at]`, `(arobase)`: an address a mailing
        // list's archive or a web page wrote so that robots do not read it.
        if holdsWrittenAt(bytes) {
            found += value.matches(of: obfuscatedEmail).compactMap { match in
                guard let local = match[named: "local"], let domain = match[named: "domain"] else { return nil }
                return (value.string(local) + "@" + value.string(domain), match.range)
            }
            found.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return found
    }

    /// Whether `bytes` may hold an address: an `@`, or one written as a word.
    static func mayHoldAddress(_ bytes: [UInt8]) -> Bool {
        bytes.contains(UInt8(ascii: "@")) || holdsWrittenAt(bytes)
    }

    /// Whether `bytes` hold an `@` written as a word: ` at `, `[at]`, `(at)`, `arobase`.
    private static func holdsWrittenAt(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var index = 1
            while let found = buffer[index...].firstIndex(of: UInt8(ascii: "a")) {
                index = found + 1
                guard found + 2 < buffer.count else { return false }
                let (before, next, after) = (buffer[found - 1], buffer[found + 1], buffer[found + 2])
                if next == UInt8(ascii: "t"),
                   (before == 0x20 && after == 0x20) || ((before == UInt8(ascii: "[") || before == UInt8(ascii: "(")) && (after == UInt8(ascii: "]") || after == UInt8(ascii: ")")))
                {
                    return true
                }
                if next == UInt8(ascii: "r"), found + 7 <= buffer.count, buffer[found..<found + 7].elementsEqual("arobase".utf8) { return true }
            }
            return false
        }
    }

    /// An address with its `@` written as a word: the local part holds a dot, a hyphen or an
    /// underscore, or the word is bracketed.
    private static let obfuscatedEmail = Regex.builtIn(
        #"(?<![\p{L}\p{N}._%+@-])(?|(?<local>[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)+)\s+(?:at|arobase)\s+|(?<local>[\p{L}\p{N}][\p{L}\p{N}._%+-]*)\s*(?:\[at\]|\(at\)|\[arobase\]|\(arobase\))\s*)(?<domain>[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})\b"#,
        options: .caseless
    )

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func phones(in value: ValueText) -> [(phone: String, range: Range<Int>)] {
        value.matches(of: phone).compactMap { match in
            guard let rest = match[named: "rest"] else { return nil }
            let digits = value.string(rest).filter(\.isNumber)
            let pairs = stride(from: 0, to: digits.count, by: 2).map { offset -> String in
                let start = digits.index(digits.startIndex, offsetBy: offset)
                return String(digits[start..<digits.index(start, offsetBy: 2)])
            }
            let lead = match[named: "national"].map { value.string($0) } ?? match[named: "international"].map { "0" + value.string($0) }!
            return (([lead] + pairs).joined(separator: " "), match.range)
        }
    }

    /// The person names written near `places` (400 bytes before, 100 after): the only names
    /// an address or a phone can go with, found without reading the whole text.
    private static func names(in value: ValueText, near places: [Range<Int>]) -> [(name: String, range: Range<Int>)] {
        guard !places.isEmpty else { return [] }
        let bytes = value.utf8
        /// Moves an offset forward to the start of a character.
        func boundary(_ offset: Int) -> Int {
            var offset = offset
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            return offset
        }
        var windows: [Range<Int>] = []
        for place in places.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let window = boundary(max(0, place.lowerBound - 400))..<boundary(min(bytes.count, place.upperBound + 100))
            if let last = windows.last, last.upperBound >= window.lowerBound {
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, window.upperBound)
            } else {
                windows.append(window)
            }
        }
        return windows.flatMap { window in
            value.matches(of: name, in: window).map { (value.string($0.range), $0.range) }
        }
    }

    /// The contacts of `text`: each e-mail with the name just before it (in the same part,
    /// when parts are split by ` / `, `;` or a line end) or, failing that, the name whose
    /// words its local part holds; phones go to the contact of their part.
    public static func parse(_ text: String) -> [Contact] {
        let value = ValueText(text)
        let emails = emails(in: value)
        let phones = phones(in: value)
        // Names matter only beside an address or a phone.
        let names = names(in: value, near: emails.map(\.range) + phones.map(\.range))
        let bytes = value.utf8
        var contacts: [Contact] = []
        var usedNames: Set<Int> = []
        let families = names.map { familyName(of: $0.name) }
        for (address, range) in emails {
            let partStart = partBoundary(before: range.lowerBound, in: bytes)
            var nameIndex = names.lastIndex { $0.range.upperBound <= range.lowerBound && $0.range.lowerBound >= partStart }
            if nameIndex == nil || usedNames.contains(nameIndex!) {
                let local = Array(Folding.fold(String(address.prefix { $0 != "@" })).utf8)
                nameIndex = names.indices.first { index in
                    !usedNames.contains(index) && families[index].map { local.firstRange(of: $0) != nil } ?? false
                }
            }
            if nameIndex == nil {
                // A mailbox with its reader in brackets just after it (`contact@… (Bastien
                // ROUGIER, éducateur)`).
                nameIndex = names.indices.first { index in
                    !usedNames.contains(index) && names[index].range.lowerBound > range.upperBound
                        && bytes[range.upperBound..<names[index].range.lowerBound].elementsEqual(" (".utf8)
                }
            }
            if nameIndex == nil {
                // A contact block: the name, then a title and an organisation on short lines.
                let blockStart = contactBlockStart(before: range.lowerBound, in: bytes)
                nameIndex = names.indices.last { index in
                    !usedNames.contains(index) && names[index].range.lowerBound >= blockStart && names[index].range.upperBound <= range.lowerBound
                }
            }
            var contact = Contact(name: nil, email: address, phone: nil, range: range)
            if nameIndex == nil, let (name, nameRange) = nameOnItsLine(before: range.lowerBound, matching: address, in: value) {
                contact.name = name
                contact.range = nameRange.lowerBound..<range.upperBound
                (contact.role, contact.organisation) = blockLines(value.string(nameRange.upperBound..<range.lowerBound))
            }
            if let nameIndex {
                usedNames.insert(nameIndex)
                contact.readerFollows = names[nameIndex].range.lowerBound > range.upperBound
                contact.name = names[nameIndex].name
                contact.range = min(range.lowerBound, names[nameIndex].range.lowerBound)..<max(range.upperBound, names[nameIndex].range.upperBound)
                let between = names[nameIndex].range.upperBound < range.lowerBound
                    ? value.string(names[nameIndex].range.upperBound..<range.lowerBound) : ""
                (contact.role, contact.organisation) = blockLines(between)
            }
            contacts.append(contact)
        }
        for (number, range) in phones {
            let partStart = partBoundary(before: range.lowerBound, in: bytes)
            if let index = contacts.lastIndex(where: { $0.phone == nil && $0.range.upperBound <= range.lowerBound && $0.range.lowerBound >= partStart })
                ?? contacts.lastIndex(where: { $0.phone == nil && $0.range.lowerBound <= range.lowerBound })
            {
                contacts[index].phone = number
            } else {
                contacts.append(Contact(name: nil, email: nil, phone: number, range: range))
            }
        }
        // Back from the folded text to the text given.
        return contacts.map { contact in
            var contact = contact
            contact.range = value.originalRange(contact.range)
            return contact
        }
    }

    /// The title and the organisation of a contact block, from the lines between the name and
    /// the address: the line in capitals is the organisation, the first other line the title.
    private static func blockLines(_ text: String) -> (role: String?, organisation: String?) {
        // The first piece is the rest of the name's own line.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            // A line of punctuation alone (what precedes a Markdown link's address) says nothing.
            .map { $0.trimmingSpaces }.filter { $0.contains(where: \.isLetter) }
        guard !lines.isEmpty, lines.count <= 3 else { return (nil, nil) }
        let organisation = lines.last { InlineText.isMostlyUppercase($0) }
        let role = lines.first { $0 != organisation }
        return (role, organisation)
    }

    /// A name written in small letters on a line of its own in the contact block above an
    /// address (`Anaïs Jeunet`, then a title, then `anais.jeunet@…`): two or three capitalised
    /// words (`Justine Cart-Lamy`) whose last the address's local part holds, and their first
    /// too or its initial (`anais.jeunet`, `a.jeunet`, `justine.cartlamy`).
    private static func nameOnItsLine(before offset: Int, matching address: String, in value: ValueText) -> (String, Range<Int>)? {
        let compact = { (text: String) in Folding.fold(text).filter(\.isLetter) }
        let local = compact(String(address.prefix { $0 != "@" }))
        let bytes = value.utf8
        let blockStart = contactBlockStart(before: offset, in: bytes)
        var end = offset
        // The block's lines, from the address's own up.
        while end > blockStart {
            let start = bytes[blockStart..<end].lastIndex(of: 0x0A).map { $0 + 1 } ?? blockStart
            let text = value.string(start..<end)
            let line = text.trimmingSpaces
            let words = line.split(separator: " ")
            if (2...3).contains(words.count),
               words.allSatisfy({ $0.split(separator: "-").allSatisfy { part in part.first?.isUppercase == true && part.dropFirst().allSatisfy(\.isLowercase) } }),
               let first = words.first.map({ compact(String($0)) }), let last = words.last.map({ compact(String($0)) }),
               last.count >= 3, local.contains(last), local.contains(first) || local.first == first.first
            {
                let lower = start + text.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
                return (line, lower..<(lower + line.utf8.count))
            }
            end = max(blockStart, start - 1)
        }
        return nil
    }

    /// Where a contact block ending at `offset` may start: the address's line and up to three
    /// short lines (80 bytes at most) above it.
    private static func contactBlockStart(before offset: Int, in bytes: [UInt8]) -> Int {
        var start = offset
        var lines = 0
        while lines < 4 {
            // (The text's first line has no line end before it.)
            let lineStart = bytes[..<max(0, start - 1)].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            guard lineStart < start, start - lineStart <= 80 else { break }
            start = lineStart
            lines += 1
        }
        return start
    }

    /// Offset just after the last part separator (` / `, `;`, a line end) before `offset`.
    private static func partBoundary(before offset: Int, in bytes: [UInt8]) -> Int {
        var index = offset
        while index > 0 {
            let byte = bytes[index - 1]
            if byte == UInt8(ascii: ";") || byte == 0x0A { return index }
            if byte == UInt8(ascii: "/"), index >= 2, bytes[index - 2] == 0x20 { return index }
            index -= 1
        }
        return 0
    }

    /// The folded family name of `name` (its last word, three letters or more), which an
    /// address's local part holds when it is that person's: `veronique.momal`, `vmomal`,
    /// `momal.v` for `Véronique MOMAL`.
    private static func familyName(of name: String) -> [UInt8]? {
        guard let family = name.split(whereSeparator: { $0 == " " || $0 == "-" }).last.map({ Folding.fold(String($0)) }), family.count >= 3 else { return nil }
        return Array(family.utf8)
    }
}

extension String {
    /// The string without the points a sentence may leave after an address.
    var trimmingTrailingDots: String {
        var string = self
        while string.hasSuffix(".") { string.removeLast() }
        return string
    }
}

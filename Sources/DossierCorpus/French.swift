/// How the documents write French: numbers, amounts, capitals, months, plain ASCII words.
enum French {
    static let noBreakSpace = "\u{00A0}"
    static let narrowNoBreakSpace = "\u{202F}"

    /// How a document writes the thousands of an amount and the space before `€`.
    enum AmountStyle: CaseIterable {
        /// `165 000 €`
        case spaces
        /// `165 000€`
        case glued
        /// `165 000 €` with no-break spaces
        case noBreak
        /// `165 000 €` with a narrow no-break space between the thousands
        case narrow

        var thousands: String {
            switch self {
            case .spaces, .glued: " "
            case .noBreak: French.noBreakSpace
            case .narrow: French.narrowNoBreakSpace
            }
        }

        var beforeEuro: String {
            switch self {
            case .spaces: " "
            case .glued: ""
            case .noBreak, .narrow: French.noBreakSpace
            }
        }
    }

    /// `165000` as `165 000`, thousands parted by `separator`.
    static func number(_ value: Int, separator: String = " ") -> String {
        let digits = String(value)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return groups.joined(separator: separator)
    }

    /// `165000` as `165 000 €`, in `style`.
    static func euros(_ value: Int, _ style: AmountStyle = .spaces) -> String {
        number(value, separator: style.thousands) + style.beforeEuro + "€"
    }

    private static let smallNumbers = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]

    /// A number from 0 to 10 in words (`trois`); others in digits.
    static func word(_ value: Int) -> String {
        smallNumbers.indices.contains(value) ? smallNumbers[value] : String(value)
    }

    /// The words of an order of size (`une vingtaine`), by the number they stand for.
    static let orderOfSize = [
        10: "dizaine", 12: "douzaine", 15: "quinzaine", 20: "vingtaine", 30: "trentaine", 40: "quarantaine",
        50: "cinquantaine", 60: "soixantaine", 100: "centaine",
    ]

    static let months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]

    /// The month `number` (1 to 12) by name.
    static func month(_ number: Int) -> String { months[number - 1] }

    /// The text in capitals without accents, as the national guide prints its heads
    /// (`RESEAU DEPARTEMENTAL`), ligatures kept (`ŒUVRE`).
    static func capitalsWithoutAccents(_ text: String) -> String {
        withoutAccents(text).uppercased()
    }

    /// The text without its accents (`é` is `e`, `œ` stays).
    static func withoutAccents(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            UTF8.encode(scalar.isASCII ? scalar : unaccented[scalar] ?? scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The accented letters of French, and their letters without the accent.
    private static let unaccented: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs = ["àâäá": "a", "éèêë": "e", "îïí": "i", "ôöó": "o", "ùûüú": "u", "ç": "c", "ÿ": "y"]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (accented, letter) in pairs {
            for character in accented {
                table[character.unicodeScalars.first!] = letter.unicodeScalars.first!
                table[Character(character.uppercased()).unicodeScalars.first!] = letter.uppercased().unicodeScalars.first!
            }
        }
        return table
    }()

    /// The words of `text` in lower-case ASCII letters and digits (`Côtes-d'Armor` is
    /// `cotes`, `d`, `armor`), for e-mail addresses and domains.
    static func asciiWords(_ text: String) -> [String] {
        let ligatures: [Character: String] = ["œ": "oe", "æ": "ae"]
        let plain = withoutAccents(text).lowercased().map { ligatures[$0] ?? String($0) }.joined()
        return plain.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }

    /// The text with its first letter in capitals.
    static func capitalisingFirst(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// `text` with each `target` replaced by `replacement`, without Foundation's bridging.
    static func replacing(_ target: Character, with replacement: String, in text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }

    /// `de` before a name, elided before a vowel (`de Boréal`, `d'Envol Solidaire`).
    static func of(_ name: String) -> String {
        let vowel = name.first.map { "AEIOUYÉÈÊÂÎÔaeiouyéèêâîô".contains($0) } ?? false
        return (vowel ? "d'" : "de ") + name
    }

    /// An association's name with its article, as a list of carriers and partners names it
    /// (`l’association Horizon Partage`, `l’ABEJ`): `l’` alone only before a vowel.
    static func association(_ name: String, using random: inout SplitMix64) -> String {
        let vowel = name.first.map { "AEIOUYÉÈÊÂÎÔ".contains($0) } ?? false
        return (vowel && random.chance(0.4) ? "l’" : "l’association ") + name
    }

    /// `items` as French lists them: `A`, `A et B`, `A, B et C`.
    static func list(_ items: [String], and: String = "et") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(and) " + items[items.count - 1]
    }
}

import Foundation

/// How long a project lasts: a length (`3 ans`, `18 mois`), a period (`2015-2018`), or
/// dates (`1er janvier 2015 / 31 décembre 2017`), and whether it is renewable.
public struct Duration: Sendable, Equatable {
    /// Length in months, when the text gives one or it follows from the dates.
    public var months: Int?
    /// Length in weeks, when the text counts in weeks.
    public var weeks: Int?
    /// Start as `yyyy`, `yyyy-mm` or `yyyy-mm-dd`.
    public var start: String?
    /// End, in the same forms.
    public var end: String?
    /// `renouvelable`, `reconductible`.
    public var renewable: Bool
    /// Byte range of what was read, in the text parsed.
    public var range: Range<Int>

    public init(months: Int?, weeks: Int? = nil, start: String? = nil, end: String? = nil, renewable: Bool = false, range: Range<Int> = 0..<0) {
        self.months = months
        self.weeks = weeks
        self.start = start
        self.end = end
        self.renewable = renewable
        self.range = range
    }
}

/// Reads durations: lengths in digits or words (`3 ans`, `trois années`, `18 mois`,
/// `6 semaines`, `de 6 à 12 mois` as its upper bound), periods (`2015-2018`, `de 2015 à 2018`,
/// `2018 ➝ 2021`),
/// date ranges (`1er janvier 2015 / 31 décembre 2017`, `du 1er janvier 2016 au 31 décembre 2016`,
/// `du 01/09/2015 au 31/08/2017`, `d'août 2019 à fin 2020`, `entre juin 2018 et mai 2021`), and
/// `renouvelable` / `reconductible`. A length may run into the next field's label, as cells
/// run together (`30 moisRéférente : …`).
///
/// A renewable term followed by an overall length (`1 an reconductible sur 3 ans`) lasts the
/// overall length. A period of years counts whole years between its ends (`2015-2018` is 36 months, as the
/// programme's three-year projects write it); a date range counts the months it covers,
/// both ends included (`août 2019` to `fin 2020` is 17 months), and a date to its anniversary whole
/// years (`septembre 2017` to `septembre 2020` is 36 months).
public enum Durations {
    static let months = [
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
        "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
        // Abbreviated (`sept. 2019 → août 2022`).
        "janv.": 1, "févr.": 2, "fevr.": 2, "avr.": 4, "juil.": 7, "sept.": 9, "oct.": 10, "nov.": 11, "déc.": 12, "dec.": 12,
        // The start of a school year (`de la rentrée 2019 à fin août 2022`).
        "la rentrée": 9, "la rentree": 9,
    ]
    private static let monthPattern = "(?:" + months.keys.sorted { ($0.count, $0) > ($1.count, $1) }
        .map { $0.replacingOccurrences(of: ".", with: "\\.") }.joined(separator: "|") + ")"
    /// A date: `01/09/2017`, `09/2017`, `1er septembre 2017`, `septembre 2017`, `fin 2020`,
    /// `la fin septembre 2021`, `la fin d'août 2022`, `mi-novembre 2017`, `la fin de l'année 2020`,
    /// `la rentrée 2019`, `le mois de janvier 2020`, `2017`, a day with its weekday (`lundi 2 mai
    /// 2016`), a month's last day (`le dernier jour d'août 2019`).
    private static let date = #"(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4}|(?:(?:(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:\d{1,2})(?:er)?\s+|(?:le\s+)?mois\s+d(?:e\s+|'\s*))?"# + monthPattern
        + #"|(?:la\s+|le\s+)?(?:fin|début|debut|mi|dernier\s+jour)(?:\s+de\s+l'année|\s+d'année|(?:\s+d'\s*|\s+de\s+|\s+|-)"# + monthPattern + #")?)?\s*(?:\d{4}))"#

    private static let length = Regex.builtIn(
        #"(?:(?<from>\d+)\s*(?:à|-)\s*)?(?:(?<digits>\d+(?:,\d+)?)|"# + NumberWords.pattern
            + #")\s*(?<unit>ans?|années?|exercices?|mois|semaines?)(?:\b|(?-i:(?=[A-ZÀ-Þ][a-zß-ÿ])))(?<half>\s+et\s+demie?)?"#,
        options: .caseless
    )
    private static let yearPeriod = Regex.builtIn(#"(?<!\d)(?:de\s+)?(?<start>(?:19|20)\d{2})\s*(?:-|–|—|→|->|➝|➞|➔|⇢|⇒|⟶|/|à|au|et\s+(?:close?s?|achevée?s?|terminée?s?|fermée?s?)\s+en)\s*(?<end>(?:19|20)\d{2})(?!\d)"#, options: .caseless)
    /// Two dates and what joins them: a dash or an arrow, `au`, `à`, `jusqu'au`, `entre … et`,
    /// a word of the end after the first (`terme le`, `terme fixé au`, `se clôt le`, `finira
    /// le`, `refermée le`, `arrivée le`, `point final le`, `dernier suivi le`, `dernières le`,
    /// `achèvement programmé le`, `fin de l'action le`, `clôture de la convention le`), or `au`
    /// or a dash after the first date's aside (`du 2 mai 2016 (coup d'envoi) au 1er mai 2019`,
    /// `2 mai 2016 (ouverture) – 1er mai 2019 (clôture)`); the first date may close a bracket
    /// (`(1er septembre 2016) jusqu'au 31 août 2019`).
    private static let dateRange = Regex.builtIn(
        #"(?:(?<between>entre\s+)|du\s+|de\s+|d'\s*)?(?<start>"# + date + #")\)?\s*(?:(?(between)et\b|(?!))|/|->|-|–|—|→|➝|➞|➔|⇢|⇒|⟶|au|à|jusqu'(?:au|à|en)|jusqu'\s*à|(?:[^.;\d]{0,30}?|\s*;\s*)\b(?:s'ach[eè]v\w*|ach[eè]v\w*|termin\w*|finir\w*|finit|finiss\w*|clôt\w*|clos\w*|ferm\w*|referm\w*|arrêt\w*|cess\w*|prendr\w*\s+fin|fin|terme|sortie|arrivée|point\s+final|échéance|derni(?:er|ère)s?(?:\s+(?!le\b|en\b|au\b)[\p{L}-]+)?|jusqu'\s*(?:en|au|à))(?:\s+de\s+l'(?:action|opération)|\s+de\s+la\s+convention|\s+du\s+(?:projet|dispositif))?(?:\s+(?:prévue?s?|programmée?s?|fixée?s?))?(?:\s+(?:le|en|au|fin))?(?:\s*:)?|\s*\([^()\d]{1,30}\)\s*(?:au|à|jusqu'au|-|–|—|→))\s*(?<end>"# + date + ")",
        options: .caseless
    )
    /// A start told as such and an end further on, sentences apart (`Depuis le 1er mars 2017,
    /// … jusqu'au 28 février 2020`, `Le 1er octobre 2016 commence … jusqu'au 30 septembre 2019`,
    /// `Depuis le 1er mars 2017, … L'action s'arrêtera le 28 février 2019`, `depuis novembre
    /// 2016 … jusqu'en octobre 2019`).
    private static let sinceUntil = Regex.builtIn(
        #"(?:\bdepuis(?=\s+(?:le\s|\d{1,2}(?:er)?\s|"# + monthPattern + #"))|\bà\s+partir\s+du|\bà\s+compter\s+du|\ble)\s+(?<start>"# + date
            + #")[\s\S]*?(?:\bjusqu'\s*(?:au|à|en)|\b(?:s'arrêt\w*|s'achèv\w*|se\s+termin\w*|prendra\s+fin|se\s+clôt\w*)\s+le)\s+(?<end>"# + date + ")",
        options: .caseless
    )
    private static let dateParts = Regex.builtIn(
        #"(?:(?:(?<numericDay>\d{1,2})/)?(?<numericMonth>\d{1,2})/(?<numericYear>\d{4})|(?:(?<day>\d{1,2})(?:er)?\s+|(?:le\s+)?mois\s+d(?:e\s+|'\s*))?(?:(?<month>"#
            + monthPattern + #")|(?:la\s+|le\s+)?(?<edge>fin|début|debut|mi|dernier\s+jour)(?:\s+de\s+l'année|\s+d'année|(?:\s+d'\s*|\s+de\s+|\s+|-)(?<edgeMonth>"# + monthPattern
            + #"))?)?\s*(?<year>\d{4}))"#,
        options: .caseless
    )
    private static let renewal = Regex.builtIn(#"\b(?:renouvelables?|reconductibles?|renouvelée?s?|reconduite?s?)\b"#, options: .caseless)

    /// The duration `text` gives, or `nil`; `unit`: the unit its label gives, for a bare
    /// number (`20` under `Durée (en mois)`; the text's own parenthesis counts too).
    public static func parse(_ text: String, unit: LabelUnit? = nil) -> Duration? {
        let value = ValueText(text)
        guard let duration = parse(value) else {
            let (unit, offset) = unit.map { ($0, 0) } ?? LabelUnit.first(in: value) ?? (nil, 0)
            guard let months = unit?.monthsPerUnit, let number = LabelUnit.bareNumber(in: value, from: offset) else { return nil }
            return Duration(months: NSDecimalNumber(decimal: number * Decimal(months)).intValue, range: value.originalRange(0..<value.utf8.count))
        }
        return duration
    }

    private static func parse(_ value: ValueText) -> Duration? {
        let renewable = !value.matches(of: renewal).isEmpty
        // Both ends of a date range or a period hold a year, apart: without two runs of four
        // digits or more there is none to look for.
        let years = hasTwoYears(value)
        // (`un arrosage tous les 2 mois`: how often, not how long.)
        var lengths = value.matches(of: length).compactMap { match in lengthDuration(match, value) }
            .filter { !value.isPreceded(by: every, at: $0.range.lowerBound, window: 16) }
        if years, let match = value.matches(of: dateRange).first(where: { isDateRange($0, value) }), var duration = dates(match, value) {
            // `Trois ans, de fin janvier 2018 à fin janvier 2021`: the length the text gives
            // beside its dates is the author's count, where the dates' months differ by one.
            if let months = duration.months, let stated = lengths.first(where: { !match.range.overlaps($0.range) })?.months, abs(stated - months) == 1 {
                duration.months = stated
            }
            return finish(duration, renewable: renewable, value: value)
        }
        if years, let match = value.matches(of: sinceUntil).first(where: { isDateRange($0, value) }), let duration = dates(match, value) {
            return finish(duration, renewable: renewable, value: value)
        }
        // `chaque ménage est suivi 6 mois ; le projet s'étend sur 3 ans`: how long one household
        // is followed is not how long the project runs, when the text gives that too.
        let projectLengths = lengths.filter { !isPerHousehold($0.range, in: value) }
        if !projectLengths.isEmpty { lengths = projectLengths }
        if var duration = lengths.first {
            // `1 an reconductible sur 3 ans`: a renewable term within an overall length.
            // A limit on the renewals (`dans la limite de trois ans`) is no commitment.
            if renewable, let overall = lengths.dropFirst().max(by: { ($0.months ?? 0) < ($1.months ?? 0) }),
               (overall.months ?? 0) > (duration.months ?? 0), !isLimit(before: overall.range, in: value)
            {
                duration.months = overall.months
                duration.range = duration.range.lowerBound..<overall.range.upperBound
            }
            return finish(duration, renewable: renewable, value: value)
        }
        if years, let match = value.matches(of: yearPeriod).first,
           let start = match[named: "start"].flatMap({ Int(value.string($0)) }),
           let end = match[named: "end"].flatMap({ Int(value.string($0)) }), end > start
        {
            let duration = Duration(months: (end - start) * 12, weeks: nil, start: String(start), end: String(end), renewable: false, range: match.range)
            return finish(duration, renewable: renewable, value: value)
        }
        return nil
    }

    private static let every = Regex.builtIn(#"\b(?:tous|toutes)\s+les\s*$"#, options: .caseless)
    private static let eachHousehold = Regex.builtIn(#"\b(?:chaque|par)\s+(?:ménage|famille|foyer|personne|locataire|bénéficiaire|jeune)\b"#, options: .caseless)
    private static let onAverage = Regex.builtIn(#"\G\s*en\s+moyenne\b"#, options: .caseless)

    /// Whether the length at `range` is said of each household: its clause (between stops
    /// and semicolons) names each household (`par ménage`, `chaque famille`), or it is an
    /// average (`6 mois en moyenne`).
    private static func isPerHousehold(_ range: Range<Int>, in value: ValueText) -> Bool {
        if value.match(onAverage, at: range.upperBound)?.range.lowerBound == range.upperBound { return true }
        return !value.matches(of: eachHousehold, in: clause(around: range, in: value)).isEmpty
    }

    /// Whether the clause of the length at `range` names each household, or one, before it
    /// (`prépare le relogement avec chaque famille pendant deux mois`, `suit le locataire
    /// pendant quatre mois`, `les suit pendant trois à cinq mois`; not `63 900 € sur 36 mois,
    /// soit 1 775 € par ménage`): a length said of each household, not the project's.
    /// One that the text gives as the project's own (`sur les 24 mois de l'action`) is not.
    static func followsEachHousehold(_ range: Range<Int>, in value: ValueText) -> Bool {
        guard !value.isFollowed(by: ofTheProject, at: range.upperBound, window: 32) else { return false }
        let clause = clause(around: range, in: value)
        return !value.matches(of: oneHousehold, in: clause.lowerBound..<range.lowerBound).isEmpty
    }

    /// Words after a length that make it the project's (`de l'action`, `du projet`).
    private static let ofTheProject = Regex.builtIn(
        #"\G\s+(?:de\s+l'(?:action|opération|expérimentation)|du\s+(?:projet|dispositif|programme))\b"#, options: .caseless
    )

    /// Each household, or one in the singular (`suit le locataire`, `l'accompagnement du ménage`).
    private static let oneHousehold = Regex.builtIn(
        #"\b(?:chaque|par|le|la|l'|du|au|de\s+la|à\s+la)\s*(?:ménage|famille|foyer|personne|locataire|bénéficiaire|jeune)\b"#
            // (A pronoun for them before a verb of support: `les suit pendant trois à cinq mois`.)
            + #"|\b(?:les|la|le|l')\s*(?:suit|suivent|suivra|suivront|accompagnent|accompagne|accompagnera|accompagneront|reçoit|reçoivent|rencontre|rencontrent|épaule|épaulent)\b"#,
        options: .caseless
    )

    /// The clause that holds `range`: between stops, semicolons and line ends.
    private static func clause(around range: Range<Int>, in value: ValueText) -> Range<Int> {
        let isStop = { (byte: UInt8) in byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";") || byte == 0x0A }
        let start = value.utf8[..<range.lowerBound].lastIndex(where: isStop).map { $0 + 1 } ?? 0
        let end = value.utf8[range.upperBound...].firstIndex(where: isStop) ?? value.utf8.count
        return start..<end
    }

    private static let limit = Regex.builtIn(#"\b(?:dans\s+la\s+limite\s+(?:de|d')|au\s+(?:plus|maximum)|jusqu'à|maximum\s+de)\s*$"#, options: .caseless)

    /// Whether the words just before `range` make it a limit (`dans la limite de trois ans`).
    private static func isLimit(before range: Range<Int>, in value: ValueText) -> Bool {
        value.isPreceded(by: limit, at: range.lowerBound, window: 32)
    }

    private static func finish(_ duration: Duration, renewable: Bool, value: ValueText) -> Duration {
        var duration = duration
        duration.renewable = renewable
        duration.range = value.originalRange(duration.range)
        return duration
    }

    private static func lengthDuration(_ match: RegexMatch, _ value: ValueText) -> Duration? {
        let count: Double?
        if let digits = match[named: "digits"] {
            // `1,5 an`: a decimal comma.
            var number = 0.0
            var scale: Double?
            for byte in value.utf8[digits] {
                if byte == UInt8(ascii: ",") { scale = 1 } else {
                    number = number * 10 + Double(byte - 0x30)
                    scale = scale.map { $0 * 10 }
                }
            }
            count = number / (scale ?? 1)
        } else {
            count = match[named: "words"].flatMap { NumberWords.value(of: value.string($0)) }.map(Double.init)
        }
        guard let count, let unit = match[named: "unit"] else { return nil }
        let word = value.string(unit).lowercased()
        // `pour les 18-29 ans`, `âgés de 18 à 25 ans`: a range of years that opens past
        // childhood is of ages, not of a length.
        if word.hasPrefix("an"), let from = match[named: "from"].flatMap({ Int(value.string($0)) }), from >= 12 { return nil }
        // `Un locataire de 81 ans`, `forte de 25 années d'existence`: past ten years, an age or
        // a history, no project's length.
        if word == "mois" ? count > 120 : !word.hasPrefix("semaine") && count > 10 { return nil }
        var duration = Duration(months: nil, weeks: nil, start: nil, end: nil, renewable: false, range: match.range)
        if word.hasPrefix("semaine") {
            duration.weeks = Int(count.rounded())
        } else {
            duration.months = Int((word == "mois" ? count : count * 12).rounded())
            // `deux ans et demi`: half a year more.
            if match[named: "half"] != nil, word != "mois" { duration.months! += 6 }
        }
        return duration
    }

    /// Whether a date-range match has a month or a day on at least one side (a bare
    /// `2015-2018` is a period of years).
    /// Whether `value` holds two runs of at least four digits.
    private static func hasTwoYears(_ value: ValueText) -> Bool {
        var runs = 0
        var length = 0
        for byte in value.utf8 {
            if (0x30...0x39).contains(byte) {
                length += 1
                if length == 4 {
                    runs += 1
                    if runs == 2 { return true }
                }
            } else {
                length = 0
            }
        }
        return false
    }

    private static func isDateRange(_ match: RegexMatch, _ value: ValueText) -> Bool {
        guard let start = match[named: "start"], let end = match[named: "end"] else { return false }
        return [start, end].contains { side in value.string(side).contains { $0.isLetter || $0 == "/" } }
    }

    private struct DatePoint {
        var year: Int
        var month: Int?
        var day: Int?
        /// `fin 2020` is December; `début 2020` January.
        var edge: String?

        var firstMonth: Int { month ?? (edge == "fin" ? 12 : edge == "mi" ? 6 : 1) }
        var lastMonth: Int { month ?? (edge == "début" || edge == "debut" ? 1 : edge == "mi" ? 6 : 12) }

        var text: String {
            guard let month = month ?? edgeMonth else { return String(year) }
            let yearMonth = "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
            guard let day else { return yearMonth }
            return yearMonth + "-" + (day < 10 ? "0\(day)" : "\(day)")
        }

        private var edgeMonth: Int? { edge == nil ? nil : firstMonth }
    }

    private static func point(_ range: Range<Int>, _ value: ValueText) -> DatePoint? {
        guard let match = value.match(dateParts, at: range.lowerBound) else { return nil }
        if let year = match[named: "numericYear"].flatMap({ Int(value.string($0)) }),
           let month = match[named: "numericMonth"].flatMap({ Int(value.string($0)) }), (1...12).contains(month)
        {
            return DatePoint(year: year, month: month, day: match[named: "numericDay"].flatMap { Int(value.string($0)) }, edge: nil)
        }
        guard let year = match[named: "year"].flatMap({ Int(value.string($0)) }) else { return nil }
        return DatePoint(
            year: year,
            month: (match[named: "month"] ?? match[named: "edgeMonth"]).flatMap { months[value.string($0).lowercased()] },
            day: match[named: "day"].flatMap { Int(value.string($0)) },
            edge: match[named: "edge"].map { value.string($0).lowercased() }
        )
    }

    private static func dates(_ match: RegexMatch, _ value: ValueText) -> Duration? {
        guard let startRange = match[named: "start"], let endRange = match[named: "end"],
              let start = point(startRange, value), let end = point(endRange, value)
        else { return nil }
        var months = (end.year - start.year) * 12 + end.lastMonth - start.firstMonth + 1
        // `du 15/09/2015 au 14/09/2017` ends a day short of its last month: 24 months, not 25.
        if let first = start.day, let last = end.day, last < first { months -= 1 }
        // `septembre 2017 – septembre 2020`, `du 15 mars 2016 au 15 mars 2019`: a date to its
        // anniversary is whole years, not a month more.
        if start.month != nil, start.month == end.month, start.day == end.day, start.edge == end.edge, end.year > start.year { months -= 1 }
        guard months > 0 else { return nil }
        return Duration(months: months, weeks: nil, start: start.text, end: end.text, renewable: false, range: match.range)
    }
}

/// A count found in a text, written in digits or in words, possibly approximate.
public struct CountToken: Sendable, Equatable {
    /// Smallest value meant.
    public var min: Int
    /// Largest value meant (equal to `min` unless approximate).
    public var max: Int
    /// Whether the text gives an order of size (`une dizaine`) rather than a number.
    public var approximate: Bool
    /// Byte range in the text searched.
    public var range: Range<Int>
}

/// French numbers written in words, from `un` to the millions (`trois`, `dix-sept`, `vingt et
/// un`, `quatre-vingt-dix`, `cent cinquante`, `deux cents`, `quatre-vingt-dix mille`, `un
/// million deux cent mille`), and orders of size (`une dizaine`, `une quinzaine`, `une
/// vingtaine`, `une trentaine`, `une centaine`...).
///
/// An order of size `n` means `n` give or take a fifth: `une dizaine` is 8 to 12,
/// `une centaine` 80 to 120 (a documented convention, so that a reader of the output sees a
/// range rather than a false precision).
public enum NumberWords {
    static let units: [String: Int] = [
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
        "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
        "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
        "cents": 100, "mille": 1_000, "million": 1_000_000, "millions": 1_000_000,
    ]

    static let orders: [String: Int] = [
        "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
        "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    ]

    private static let wordPattern = "(?:" + units.keys.sorted { $0.count > $1.count }.joined(separator: "|") + ")"

    /// Words pattern, for other patterns to embed: group `words`.
    static let pattern = #"(?<words>\b"# + wordPattern + #"(?:(?:-|\s+et\s+|-et-|\s+)"# + wordPattern + #")*\b)"#

    /// Orders of size pattern: group `order`.
    static let orderPattern = #"\b(?:une\s+|d'une\s+)?(?<order>"# + orders.keys.joined(separator: "|") + #")\b"#

    private static let wordsRegex = Regex.builtIn(pattern, options: .caseless)
    private static let orderRegex = Regex.builtIn(orderPattern, options: .caseless)

    /// The value of a number written in words (`"quatre-vingt-dix"` is 90, `"deux cent
    /// mille"` 200,000), or `nil` when the words do not make one number.
    public static func value(of words: String) -> Int? {
        let tokens = words.lowercased().split { $0 == "-" || $0 == " " || $0 == "\t" }.filter { $0 != "et" }
        guard !tokens.isEmpty else { return nil }
        // `done`: the millions and thousands already closed; `group`: the number below a
        // thousand being read (`deux cent vingt` before `mille`).
        var done = 0
        var group = 0
        for token in tokens {
            guard let value = units[String(token)] else { return nil }
            switch value {
            case 1_000_000, 1_000:
                done += Swift.max(group, 1) * value
                group = 0
            case 100:
                group = Swift.max(group, 1) * 100
            case 20 where group % 100 == 4:
                group += 76  // quatre-vingt: the four read before was a multiplier
            default:
                group += value
            }
        }
        let total = done + group
        return total >= 1 ? total : nil
    }

    /// The range an order of size stands for (`dizaine` is 8 to 12), or `nil`.
    public static func range(ofOrder word: String) -> ClosedRange<Int>? {
        guard let nominal = orders[word.lowercased()] else { return nil }
        let spread = Swift.max(1, nominal / 5)
        return nominal - spread...nominal + spread
    }

    /// Every count written in words, and every order of size, in `text`, in order.
    public static func scan(_ text: String) -> [CountToken] {
        let value = ValueText(text)
        return scan(value).map { token in
            var token = token
            token.range = value.originalRange(token.range)
            return token
        }
    }

    /// Every count in words in `text`, with ranges in its folded bytes.
    static func scan(_ text: ValueText) -> [CountToken] {
        var tokens: [CountToken] = text.matches(of: orderRegex).compactMap { match in
            guard let order = match[named: "order"], let range = range(ofOrder: text.string(order)) else { return nil }
            return CountToken(min: range.lowerBound, max: range.upperBound, approximate: true, range: match.range)
        }
        for match in text.matches(of: wordsRegex) {
            guard !tokens.contains(where: { $0.range.overlaps(match.range) }),
                  let number = value(of: text.string(match.range))
            else { continue }
            tokens.append(CountToken(min: number, max: number, approximate: false, range: match.range))
        }
        return tokens.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}

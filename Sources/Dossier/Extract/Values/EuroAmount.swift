import Foundation

/// An amount in euros, exact, with the byte range it was written in.
public struct EuroAmount: Sendable, Equatable {
    /// The amount in euros.
    public var euros: Decimal
    /// Byte range in the text searched.
    public var range: Range<Int>

    /// The amount as a decimal string without separators, as in the output contract (`"490500"`).
    public var decimalString: String { euros.description }
}

/// Euro amounts: `45 000 €`, `45 000€`, `45.000 euros`, `45 k€`, `1,3 M€`, `1,3 millions d'euros`,
/// `15 milliers d'euros`, `2 000 EUR`; the currency first (`€ 54 000`, `EUR 87 500,00`); and
/// in words (`deux cent mille euros`, `un million d'euros`).
public enum EuroAmounts {
    private static let multiplier = #"(?:(?<mult>[kK]|M|Md|millions?|milliards?|milliers?|mille)\s*(?:d'\s*|de\s+)?)?"#
    private static let regex = Regex.builtIn(FrenchNumbers.pattern + #"\s*"# + multiplier + #"(?<currency>€|euros?\b|EUR\b)"#)
    private static let currencyFirst = Regex.builtIn(#"(?<currency>€|\bEUR\b)\s*"# + FrenchNumbers.pattern + #"(?!\s*(?:€|euros?\b|EUR\b|[kK]€|M€))"#)
    private static let words = Regex.builtIn(NumberWords.pattern + #"\s*(?:d'\s*|de\s+)?euros?\b"#, options: .caseless)

    /// Every euro amount in `text`, in order.
    public static func scan(_ text: String) -> [EuroAmount] {
        let value = ValueText(text)
        return scan(value).map { EuroAmount(euros: $0.euros, range: value.originalRange($0.range)) }
    }

    /// Every euro amount in `text`, with ranges in its folded bytes.
    static func scan(_ text: ValueText) -> [EuroAmount] {
        // Every amount names its currency: a text without `€` or `eur` has none.
        let all = 0..<text.utf8.count
        let euroSign = text.containsASCII("\u{20AC}", in: all)
        let euroWord = text.containsASCII("eur", in: all)
        guard euroSign || euroWord else { return [] }
        var amounts = text.matches(of: regex).compactMap { match -> EuroAmount? in
            guard var euros = FrenchNumbers.number(of: match, in: text) else { return nil }
            if let multiplier = match[named: "mult"] {
                euros *= factor(text.string(multiplier))
            }
            return EuroAmount(euros: euros, range: match.range)
        }
        let others = text.matches(of: currencyFirst).compactMap { match in
            FrenchNumbers.number(of: match, in: text).map { EuroAmount(euros: $0, range: match.range) }
        } + (!euroWord ? [] : text.matches(of: words).compactMap { match in
            match[named: "words"].flatMap { NumberWords.value(of: text.string($0)) }.map { EuroAmount(euros: Decimal($0), range: match.range) }
        })
        for amount in others where !amounts.contains(where: { $0.range.overlaps(amount.range) }) { amounts.append(amount) }
        return amounts.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The first euro amount in `text`, or `nil`.
    public static func first(in text: String) -> EuroAmount? {
        scan(text).first
    }

    private static func factor(_ multiplier: String) -> Decimal {
        switch multiplier {
        case "k", "K", "mille", "millier", "milliers": return 1_000
        case "M", "million", "millions": return 1_000_000
        case "Md", "milliard", "milliards": return 1_000_000_000
        default: return 1
        }
    }
}

import Foundation

/// A number found in a text, with the byte range it was written in.
public struct NumberToken: Sendable, Equatable {
    /// The exact value.
    public var value: Decimal
    /// Byte range in the text searched.
    public var range: Range<Int>
}

/// Numbers as French documents write them in digits: thousands separated by a space, a
/// no-break space, a narrow no-break space, a thin space or a point (`1 500`, `1 500`,
/// `1.500.000`), and a decimal comma (`1,3`); a point followed by one or two digits is a
/// decimal point (`1.5`).
public enum FrenchNumbers {
    /// The digits pattern, for other patterns to embed: groups `int`, `frac`, `dot`.
    static let pattern = #"(?<![\p{L}\p{N}.,])(?<int>\d{1,3}(?:[ .]\d{3})+(?!\d)|\d+)(?:,(?<frac>\d+)|\.(?<dot>\d{1,2})(?![\d]|\.\d))?(?![\p{N}])"#

    private static let regex = Regex.builtIn(pattern)

    /// Every number written in digits in `text`, in order.
    public static func scan(_ text: String) -> [NumberToken] {
        let value = ValueText(text)
        return scan(value).map { NumberToken(value: $0.value, range: value.originalRange($0.range)) }
    }

    /// Every number in `text`, with ranges in its folded bytes.
    static func scan(_ text: ValueText) -> [NumberToken] {
        text.matches(of: regex).compactMap { match in
            number(of: match, in: text).map { NumberToken(value: $0, range: match.range) }
        }
    }

    /// The number that `text` is, white space aside, or `nil`.
    public static func parse(_ text: String) -> Decimal? {
        let tokens = scan(text)
        guard tokens.count == 1, let token = tokens.first else { return nil }
        let rest = Array(text.utf8)
        let outside = rest[..<token.range.lowerBound] + rest[token.range.upperBound...]
        return outside.allSatisfy { $0 == 0x20 || $0 == 0x09 } ? token.value : nil
    }

    /// The value of a match of `pattern` (or of a pattern embedding it).
    static func number(of match: RegexMatch, in text: ValueText) -> Decimal? {
        guard let int = match[named: "int"] else { return nil }
        // The digits, read straight from the bytes: separators skipped, the fraction's
        // digits counted for the exponent.
        var significand: UInt64 = 0
        var digits = 0
        var exponent = 0
        func read(_ range: Range<Int>, fraction: Bool) -> Bool {
            for byte in text.utf8[range] where (0x30...0x39).contains(byte) {
                guard digits < 19 else { return false }
                significand = significand * 10 + UInt64(byte - 0x30)
                if significand > 0 { digits += 1 }
                if fraction { exponent -= 1 }
            }
            return true
        }
        guard read(int, fraction: false) else { return nil }
        if let fraction = match[named: "frac"] ?? match[named: "dot"], !read(fraction, fraction: true) { return nil }
        // `12,50` is 12.5, written so.
        while exponent < 0, significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        return Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
    }
}

import Foundation

/// The unit a label gives for a value written as a bare number: `Coût (en euros)`,
/// `Budget (k€)`, `Montant (€ HT)`, `Durée (en mois)`, `Durée (années)`, `Durée en mois`.
public struct LabelUnit: Sendable, Equatable {
    /// What the euros are multiplied by: 1 for `€`, `euros`, `EUR`; 1,000 for `k€`, `kEUR`,
    /// `milliers d'euros`; 1,000,000 for `M€`, `MEUR`, `millions d'euros`. `nil` for a unit
    /// that is no currency.
    public var euroFactor: Decimal?
    /// How many months one unit is: 1 for `mois`, 12 for `ans`, `années`. `nil` for a unit
    /// that is no length of time.
    public var monthsPerUnit: Int?

    private static let parenthesis = Regex.builtIn(#"\(\s*(?<unit>[^()\n]{1,24}?)\s*\)"#)
    private static let euros = Regex.builtIn(
        #"^(?:en\s+)?(?:(?<mult>[kK]|M|milliers?\s+d'|millions?\s+d')\s*)?(?:€|euros?|EUR)(?:\s+(?:HT|TTC))?$"#, options: .caseless
    )
    private static let time = Regex.builtIn(#"^(?:en\s+)?(?:nombre\s+de\s+)?(?<unit>mois|ans?|ann[ée]es?)$"#, options: .caseless)

    /// The unit named by `text` (`en k€`, `mois`), or `nil` when it names none of ours.
    public init?(_ text: String) {
        let value = ValueText(text.trimmingSpaces)
        if let match = value.matches(of: LabelUnit.euros).first {
            let multiplier = match[named: "mult"].map { value.string($0).lowercased() } ?? ""
            euroFactor = multiplier.hasPrefix("k") || multiplier.hasPrefix("millier") ? 1_000 : multiplier.hasPrefix("m") ? 1_000_000 : 1
        } else if let match = value.matches(of: LabelUnit.time).first, let unit = match[named: "unit"] {
            monthsPerUnit = value.string(unit).lowercased() == "mois" ? 1 : 12
        } else {
            return nil
        }
    }

    /// The first parenthesised unit of `text` (`Coût (en euros) : 58 900`), and where its
    /// parenthesis ends, in the bytes of `text`.
    static func first(in text: ValueText) -> (unit: LabelUnit, end: Int)? {
        for match in text.matches(of: parenthesis) {
            if let range = match[named: "unit"], let unit = LabelUnit(text.string(range)) { return (unit, match.range.upperBound) }
        }
        return nil
    }

    /// The first number of `text` from `offset` on that is no year, as a decimal.
    static func bareNumber(in text: ValueText, from offset: Int) -> Decimal? {
        FrenchNumbers.scan(text).first { token in
            token.range.lowerBound >= offset && !(Decimal(1990)...Decimal(2099)).contains(token.value)
        }?.value
    }
}

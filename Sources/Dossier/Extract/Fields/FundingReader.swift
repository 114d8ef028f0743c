import Foundation

/// Reads a funding line: its source, and its amount or share (`FNAVDL : 40 %`,
/// `la subvention demandée est de 350 000 €`).
enum FundingReader {
    private static let share = Regex.builtIn(#"(?<share>\d{1,3}(?:,\d+)?)\s?%"#)
    private static let source = Regex.builtIn(#"^(?<source>(?:subvention|[\p{Lu}][\p{L}'’ -]{1,40}?))\b(?=\s*(?:[:(,=-]|\d|pour|à hauteur|$))"#)

    static func read(_ text: String) -> ProjectRecord.Funding? {
        let value = ValueText(text)
        let sourceName = value.matches(of: source).first.flatMap { $0[named: "source"] }.map { value.string($0).trimmingSpaces }
        let shareValue = value.matches(of: share).first.flatMap { $0[named: "share"] }.flatMap { FrenchNumbers.parse(value.string($0)) }
        let euros = EuroAmounts.scan(value).first?.euros
        guard let name = sourceName, shareValue != nil || euros != nil else { return nil }
        return ProjectRecord.Funding(source: name.lowercased() == "subvention" ? "subvention demandée" : name, euros: euros, sharePercent: shareValue)
    }
}

import Foundation

/// Scores extracted records against gold, field by field: precision, recall, F1, and the
/// list of misses.
///
/// Records pair by key: the section number for a monograph (`"index " + number` for an index
/// row), the folded title for a brochure section or an entry of a list of projects,
/// `"document"` for a one-project document.
/// A value counts as found when it equals the gold after normalization (see
/// `Corpus/gold/README.md`); a wrong value is both a false positive and a false negative.
public struct Evaluation: Sendable {
    /// The scored fields, in report order.
    public static let fields = [
        "households", "housing_units", "duration_months", "cost_total", "cost_per_year", "contact_emails",
        "carriers", "territory", "mode", "title", "year",
    ]

    /// Counts for one field.
    public struct Score: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        /// Creates counts.
        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double {
            precision + recall == 0 ? (truePositives + falsePositives + falseNegatives == 0 ? 1 : 0) : 2 * precision * recall / (precision + recall)
        }

        private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
    }

    /// A value the extractor missed or got wrong.
    public struct Miss: Sendable, Equatable {
        public var file: String
        public var key: String
        public var field: String
        public var expected: String
        public var found: String
    }

    /// Scores by field.
    public private(set) var scores: [String: Score] = [:]
    /// Every miss, in file, key and field order.
    public private(set) var misses: [Miss] = []

    /// Scores `records` (JSON objects of records.jsonl) against the gold of the files that
    /// were processed (`processed`: file names, as documents.jsonl lists them).
    public init(records: [[String: Any]], gold: [GoldDocument], processed: Set<String>) {
        for field in Evaluation.fields { scores[field] = Score() }
        let byFile = Dictionary(grouping: records.filter { ($0["kind"] as? String) == "project" }) { record in
            ((record["source"] as? [String: Any])?["file"] as? String).map { ($0 as NSString).lastPathComponent } ?? ""
        }
        for document in gold where processed.contains(document.file) {
            let outputs = byFile[document.file] ?? []
            var unpaired = outputs
            for goldRecord in document.records where goldRecord.kind == "project" {
                let index = unpaired.firstIndex { Evaluation.key(of: $0) == Evaluation.fold(goldRecord.key) }
                let output = index.map { unpaired.remove(at: $0) }
                score(goldRecord, output ?? [:], file: document.file)
            }
            for output in unpaired {
                score(GoldRecord(["key": Evaluation.key(of: output)]), output, file: document.file, unexpected: true)
            }
        }
        misses.sort { ($0.file, $0.key, $0.field) < ($1.file, $1.key, $1.field) }
    }

    /// The report: a line per field, then the misses.
    public var report: String {
        var lines = ["field            precision  recall  f1      tp  fp  fn"]
        for field in Evaluation.fields {
            let score = scores[field]!
            lines.append(
                field.padding(toLength: 16, withPad: " ", startingAt: 0)
                    + String(format: " %9.3f  %6.3f  %6.3f  %3d %3d %3d", score.precision, score.recall, score.f1, score.truePositives, score.falsePositives, score.falseNegatives)
            )
        }
        if !misses.isEmpty {
            lines.append("")
            lines.append("misses:")
            for miss in misses {
                lines.append("  \(miss.file) [\(miss.key)] \(miss.field): expected \(miss.expected), found \(miss.found)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Pairing

    static func key(of record: [String: Any]) -> String {
        let source = record["source"] as? [String: Any] ?? [:]
        switch source["layout"] as? String {
        case "monograph": return fold(source["section"] as? String ?? "")
        case "brochure_section", "entry": return fold(((record["title"] as? [String: Any])?["value"] as? String) ?? "")
        default: return "document"
        }
    }

    static func fold(_ text: String) -> String { Folding.fold(text) }

    /// A name folded for comparison, without a leading article or the word `association`.
    static func foldName(_ name: String) -> String {
        var words = Folding.fold(name).split(separator: " ").map(String.init)
        while let first = words.first, ["l", "le", "la", "les", "association", "associations"].contains(first), words.count > 1 {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    // MARK: Scoring

    private mutating func score(_ gold: GoldRecord, _ output: [String: Any], file: String, unexpected: Bool = false) {
        func compare(_ field: String, expected: String?, found: String?) {
            guard unexpected || gold.has(Evaluation.goldField(field)) else { return }
            var score = scores[field]!
            switch (expected, found) {
            case let (e?, f?) where e == f: score.truePositives += 1
            case let (e?, f?):
                score.falsePositives += 1
                score.falseNegatives += 1
                misses.append(Miss(file: file, key: gold.key, field: field, expected: e, found: f))
            case let (e?, nil):
                score.falseNegatives += 1
                misses.append(Miss(file: file, key: gold.key, field: field, expected: e, found: "nothing"))
            case let (nil, f?):
                score.falsePositives += 1
                misses.append(Miss(file: file, key: gold.key, field: field, expected: "nothing", found: f))
            case (nil, nil): break
            }
            scores[field] = score
        }
        func compareSets(_ field: String, expected: [String], found: [String]) {
            guard unexpected || gold.has(Evaluation.goldField(field)) else { return }
            var score = scores[field]!
            var remaining = found
            for item in expected {
                if let index = remaining.firstIndex(of: item) {
                    remaining.remove(at: index)
                    score.truePositives += 1
                } else {
                    score.falseNegatives += 1
                    misses.append(Miss(file: file, key: gold.key, field: field, expected: item, found: found.isEmpty ? "nothing" : found.joined(separator: " | ")))
                }
            }
            for item in remaining {
                score.falsePositives += 1
                misses.append(Miss(file: file, key: gold.key, field: field, expected: expected.isEmpty ? "nothing" : expected.joined(separator: " | "), found: item))
            }
            scores[field] = score
        }
        compare("households", expected: quantity(gold["households"]), found: quantity(output["households"]))
        compare("housing_units", expected: quantity(gold["housing_units"]), found: quantity(output["housing_units"]))
        compare("duration_months", expected: number((gold["duration"] as? [String: Any])?["months"]), found: number((output["duration"] as? [String: Any])?["months"]))
        compare("cost_total", expected: decimal((gold["cost"] as? [String: Any])?["total_eur"]), found: decimal((output["cost"] as? [String: Any])?["total_eur"]))
        compare("cost_per_year", expected: decimal((gold["cost"] as? [String: Any])?["per_year_eur"]), found: decimal((output["cost"] as? [String: Any])?["per_year_eur"]))
        compareSets(
            "contact_emails",
            expected: ((gold["contacts"] as? [[String: Any]]) ?? []).compactMap { ($0["email"] as? String)?.lowercased() },
            found: ((output["contacts"] as? [[String: Any]]) ?? []).compactMap { ($0["email"] as? String)?.lowercased() }
        )
        compareSets(
            "carriers",
            expected: ((gold["carriers"] as? [Any]) ?? []).compactMap { ($0 as? String).map(Evaluation.foldName) },
            found: ((output["carriers"] as? [[String: Any]]) ?? []).compactMap { ($0["value"] as? String).map(Evaluation.foldName) }
        )
        compare("territory", expected: territory(gold["territory"], against: output["territory"]), found: territory(output["territory"], against: nil))
        compare("mode", expected: (gold["mode"] as? String), found: (output["mode"] as? [String: Any])?["value"] as? String)
        let foundTitle = (output["title"] as? [String: Any])?["value"] as? String
        compare("title", expected: (gold["title"] as? String).map { Evaluation.title($0, against: foundTitle) }.flatMap { $0.isEmpty ? nil : $0 },
                found: foundTitle.map(Evaluation.fold))
        compare("year", expected: number(gold["year"]), found: number((output["year"] as? [String: Any])?["value"]))
    }

    /// The gold key a scored field reads.
    private static func goldField(_ field: String) -> String {
        switch field {
        case "duration_months": return "duration"
        case "cost_total", "cost_per_year": return "cost"
        case "contact_emails": return "contacts"
        default: return field
        }
    }

    private func quantity(_ value: Any?) -> String? {
        guard let object = value as? [String: Any], let min = number(object["min"]), let max = number(object["max"]) else { return nil }
        return "\(min)-\(max) per \(object["per"] as? String ?? "total")"
    }

    private func number(_ value: Any?) -> String? {
        (value as? NSNumber).map { $0.stringValue }
    }

    private func decimal(_ value: Any?) -> String? {
        guard let text = value as? String, let number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return number.description
    }

    /// A territory for comparison: its folded value, or the output's when the département
    /// codes agree.
    private func territory(_ value: Any?, against other: Any?) -> String? {
        guard let object = value as? [String: Any], let text = object["value"] as? String else { return nil }
        if let other = other as? [String: Any], let otherText = other["value"] as? String {
            let codes = Set(object["departments"] as? [String] ?? [])
            if !codes.isEmpty, codes == Set(other["departments"] as? [String] ?? []) { return Evaluation.foldPlaces(otherText) }
        }
        return Evaluation.foldPlaces(text)
    }

    /// A gold title folded for comparison with the title found: as the found one when the two
    /// name the same project and one of them adds a subtitle after a colon or a dash (`Pied-à-terre`
    /// and `Pied-à-terre : deux ans de baux accompagnés`), since the gold writes titles both ways.
    static func title(_ gold: String, against found: String?) -> String {
        let folded = fold(gold)
        guard let found, case let other = fold(found), other != folded else { return folded }
        return fold(nameBeforeSubtitle(gold)) == other || fold(nameBeforeSubtitle(found)) == folded ? other : folded
    }

    /// A title's part before its first colon or dash between spaces, or the whole title.
    static func nameBeforeSubtitle(_ title: String) -> String {
        title.subtitleMark().map { String(title[..<$0.lowerBound]) } ?? title
    }

    /// Places folded for comparison, without the `à` a sentence repeats before each
    /// (`Nice et à Villeneuve-Loubet` names what `Nice et Villeneuve-Loubet` does).
    static func foldPlaces(_ text: String) -> String {
        fold(text).replacingOccurrences(of: " et a ", with: " et ").replacingOccurrences(of: " ou a ", with: " ou ")
    }
}

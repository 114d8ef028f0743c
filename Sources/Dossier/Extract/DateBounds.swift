/// The first day and the last day of an action, each under a label of its own that the
/// packs do not know (`Date de début : 01/09/2017`, then `Date de fin : 31/08/2020`): the
/// two make a period, read as `du … au …`.
struct DateBounds {
    private var start: (value: String, range: Range<Int>)?
    private var end: (value: String, range: Range<Int>)?

    /// Words a label of the first day holds (`Date de mise en route`, `L'action débutera
    /// le`), and of the last (`Elle s'achèvera le`, `prendra fin le`).
    private static let startWords: Set<String> = [
        "debut", "demarrage", "commencement", "lancement", "route", "ouverture",
        "debute", "debutera", "demarre", "demarrera", "commence", "commencera",
    ]
    private static let endWords: Set<String> = ["fin", "achevement", "cloture", "terme", "echeance", "achevera", "terminera", "finira"]

    /// Keeps `value` (at `range` of the source) when its label (folded words) names the first
    /// or the last day and the value is a short date with a year.
    mutating func note(label: [String], value: String, at range: Range<Int>) {
        guard value.utf8.count <= 30, value.contains(where: \.isNumber), DateBounds.hasYear(value) else { return }
        let words = Set(label)
        let (isStart, isEnd) = (!words.isDisjoint(with: DateBounds.startWords), !words.isDisjoint(with: DateBounds.endWords))
        if isStart, !isEnd, start == nil { start = (value, range) }
        if isEnd, !isStart, end == nil { end = (value, range) }
    }

    /// The period from the first day to the last, and the source bytes from one to the
    /// other, when both were found in that order.
    var period: (text: String, range: Range<Int>)? {
        guard let start, let end, start.range.upperBound <= end.range.lowerBound else { return nil }
        return ("du \(start.value) au \(end.value)", start.range.lowerBound..<end.range.upperBound)
    }

    private static func hasYear(_ value: String) -> Bool {
        var run = 0
        for character in value {
            run = character.isNumber ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }
}

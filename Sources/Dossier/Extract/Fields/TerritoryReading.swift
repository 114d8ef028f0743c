import Foundation

extension ProjectRecord.Territory {
    /// A territory read from a text: its places as listed, without the `à` a sentence
    /// repeats before each (`Montluçon et à Commentry` is `Montluçon et Commentry`) nor what a
    /// comma, or a space, adds in small letters after the département's code (`Revin et Fumay
    /// (08), vallée de la Meuse` is `Revin et Fumay (08)`; `Is-sur-Tille (21) chef-lieu de
    /// canton` is `Is-sur-Tille (21)`, so is `Is-sur-Tille (21) (chef-lieu de canton)`; `Nord
    /// (59) et Pas-de-Calais (62)` stays whole), nor a population alone in parentheses
    /// (`Mortagne-au-Perche (4 050 habitants)` is `Mortagne-au-Perche`), and the département
    /// codes the text names or implies.
    init(reading text: String) {
        var value = text
            .replacingOccurrences(of: " et à ", with: " et ")
            .replacingOccurrences(of: ", à ", with: ", ")
            .replacingOccurrences(of: " ou à ", with: " ou ")
        if let population = Self.population(in: value) { value = value[..<population.lowerBound].trimmingSpaces }
        if let close = value.firstIndex(of: ")"),
           case let rest = value[value.index(after: close)...].drop(while: { $0 == "," || $0 == " " || $0 == "(" }),
           rest.first?.isLowercase == true, !["et", "ou"].contains(rest.prefix { $0.isLetter }),
           case let places = String(value[...close]), !Departments.codes(in: places).isEmpty
        {
            value = places
        }
        self.init(value: value, departments: Departments.codes(in: value))
    }

    /// Where a population alone in parentheses ends a text (`Mortagne-au-Perche (4 050
    /// habitants)`), if it does.
    static func population(in text: String) -> Range<String.Index>? {
        guard text.hasSuffix(" habitants)"), let open = text.lastIndex(of: "("),
              case let figure = text[text.index(after: open)...].dropLast(" habitants)".count),
              figure.contains(where: \.isNumber), figure.allSatisfy({ $0.isNumber || $0.isWhitespace || $0 == "." })
        else { return nil }
        return open..<text.endIndex
    }
}

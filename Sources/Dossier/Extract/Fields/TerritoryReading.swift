import Foundation

extension ProjectRecord.Territory {
    /// A territory read from a text: its places as listed, without the `à` a sentence
    /// repeats before each (`Montluçon et à Commentry` is `Montluçon et Commentry`) nor what a
    /// comma adds in small letters after the département's code (`Revin et Fumay (08), vallée
    /// de la Meuse` is `Revin et Fumay (08)`), and the département codes the text names or
    /// implies.
    init(reading text: String) {
        var value = text
            .replacingOccurrences(of: " et à ", with: " et ")
            .replacingOccurrences(of: ", à ", with: ", ")
            .replacingOccurrences(of: " ou à ", with: " ou ")
        if let close = value.range(of: "), "), value[close.upperBound...].first?.isLowercase == true,
           case let places = String(value[...close.lowerBound]), !Departments.codes(in: places).isEmpty
        {
            value = places
        }
        self.init(value: value, departments: Departments.codes(in: value))
    }
}

import Foundation

extension ProjectRecord.Territory {
    /// A territory read from a text: its places as listed, without the `à` a sentence
    /// repeats before each (`Montluçon et à Commentry` is `Montluçon et Commentry`), and the
    /// département codes the text names or implies.
    init(reading text: String) {
        let value = text
            .replacingOccurrences(of: " et à ", with: " et ")
            .replacingOccurrences(of: ", à ", with: ", ")
            .replacingOccurrences(of: " ou à ", with: " ou ")
        self.init(value: value, departments: Departments.codes(in: text))
    }
}

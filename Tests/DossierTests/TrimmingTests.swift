@testable import Dossier
import Foundation
import Testing

@Suite("Trimming")
struct TrimmingTests {
    /// Texts with every kind of space and line end at their ends, and marks that join a space.
    static let texts = [
        "", " ", "\t\u{A0}\u{202F}", " Habitat 62 ", "\u{A0}45 000 €\u{202F}", "\tNord\t",
        "\n ligne \r\n", "\u{2028}fin\u{2029}", "\u{85}x\u{85}", " \u{301}é ", "\u{3000}全角\u{3000}",
        "\u{200B}zéro\u{200B}", "\u{1680}\u{2005}x\u{205F}", "\u{180E}m\u{FEFF}", "a\u{A0}b",
    ]

    @Test(arguments: texts) func spacesAreFoundationsWhitespaces(text: String) {
        #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
        #expect(text[...].trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: texts) func spacesAndNewlinesAreFoundations(text: String) {
        #expect(text.trimmingSpacesAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func trimsAChosenSetOfScalars() {
        #expect(" : Dépenses de personnel / ".trimming { Trimming.isSpace($0) || ":/".unicodeScalars.contains($0) } == "Dépenses de personnel")
    }
}

import Dossier
import Foundation
import Testing

@Suite("Load: encodings, repairs, line ends, inputs")
struct LoaderTests {
    struct EncodingCase: CustomTestStringConvertible, Sendable {
        let label: String
        let bytes: [UInt8]
        let encoding: TextEncoding
        let text: String
        var testDescription: String { label }
    }

    static let encodingCases: [EncodingCase] = [
        EncodingCase(label: "UTF-8", bytes: Array("Coût : 45 000 €\n".utf8), encoding: .utf8, text: "Coût : 45 000 €\n"),
        EncodingCase(label: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("Année".utf8), encoding: .utf8WithBOM, text: "Année"),
        EncodingCase(label: "UTF-16 LE", bytes: [0xFF, 0xFE, 0x4D, 0x00, 0xE9, 0x00, 0x3D, 0xD8, 0x00, 0xDE], encoding: .utf16LittleEndian, text: "Mé😀"),
        EncodingCase(label: "UTF-16 BE", bytes: [0xFE, 0xFF, 0x00, 0x4D, 0x00, 0xE9, 0x20, 0xAC], encoding: .utf16BigEndian, text: "Mé€"),
        EncodingCase(label: "UTF-16 lone surrogate", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00], encoding: .utf16LittleEndian, text: "A\u{FFFD}B"),
        EncodingCase(label: "Windows-1252", bytes: [0x63, 0x9C, 0x75, 0x72, 0x20, 0x80, 0x20, 0x92, 0xE9], encoding: .windows1252, text: "cœur € ’é"),
        EncodingCase(label: "Windows-1252 undefined byte", bytes: [0x41, 0x81, 0xC9], encoding: .windows1252, text: "A\u{81}É"),
    ]

    @Test(arguments: encodingCases)
    func detectsTheEncoding(_ testCase: EncodingCase) {
        let source = Loader().decode(testCase.bytes, name: "case", format: .text)
        #expect(source.encoding == testCase.encoding)
        #expect(source.text == testCase.text)
    }

    static let repairCases: [(String, String)] = [
        ("mÃ©nages accompagnÃ©s", "ménages accompagnés"),
        ("CÅ’UR DE VILLE, cÅ“ur", "CŒUR DE VILLE, cœur"),
        ("45 000 â‚¬ par an", "45 000 € par an"),
        ("lâ€™association", "l’association"),
        ("Ã\u{A0} Rennes, Â« oui Â»", "à Rennes, « oui »"),
        ("AÃ\u{8F}CHA", "AÏCHA"),
    ]

    @Test(arguments: repairCases)
    func repairsMojibake(_ broken: String, _ repaired: String) {
        let source = Loader().decode(Array(broken.utf8), name: "case", format: .text)
        #expect(source.text == repaired)
        #expect(source.repairs.first?.kind == .mojibake)
    }

    @Test(arguments: ["levé\u{A0}» puis", "Ã la carte", "prix : 20 €, Âge moyen"])
    func leavesGenuineTextAlone(_ text: String) {
        let source = Loader().decode(Array(text.utf8), name: "case", format: .text)
        #expect(source.text == text)
        #expect(source.repairs.isEmpty)
    }

    @Test func keepsOriginalOffsetsThroughARepair() {
        let bytes = Array("Nbre de mÃ©nages : 30".utf8)
        let source = Loader().decode(bytes, name: "case", format: .text)
        let decoded = Array(source.text.utf8)
        let thirty = decoded.count - 2
        #expect(source.sourceMap.sourceStart(thirty) == bytes.count - 2)
        // "é" stands for the four bytes of "Ã©".
        #expect(source.sourceMap.sourceRange(9..<11) == 9..<13)
    }

    @Test(arguments: [
        ("a\nb\n", LineEnding.lf), ("a\r\nb\r\n", .crlf), ("a\rb\r", .cr), ("a\r\nb\n", .mixed), ("ab", .none),
    ])
    func turnsLineEndsIntoLineFeeds(_ text: String, _ ending: LineEnding) {
        let source = Loader().decode(Array(text.utf8), name: "case", format: .text)
        #expect(source.lineEnding == ending)
        #expect(!source.text.contains("\r"))
        #expect(source.lines.lineCount == (ending == .none ? 1 : 3))
    }

    @Test func pointsSpansAtTheOriginalBytesOfACRLFFile() {
        let bytes = Array("un\r\ndeux\r\ntrois".utf8)
        let source = Loader().decode(bytes, name: "case", format: .text)
        let span = source.span(of: 8..<13)  // "trois" in the decoded text
        #expect(span.bytes == 10..<15)
        #expect(span.start == SourceLocation(line: 3, column: 1))
        #expect(span.end == SourceLocation(line: 3, column: 6))
    }

    @Test func pointsSpansAtTheOriginalBytesOfAWindows1252File() throws {
        let url = Fixtures.corpus.appendingPathComponent("fiche-windows1252.txt")
        let original = try Fixtures.bytes(at: url)
        let document = try Fixtures.document(at: url)
        #expect(document.source.encoding == .windows1252)
        let block = try #require(document.blocks.first { $0.content.text.contains("Période") })
        let slice = Array(original[block.span.bytes])
        #expect(String(decoding: slice.map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }, as: UTF8.self).hasPrefix("**P?riode"))
    }

    @Test func walksDirectoriesAndListsSkippedFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("b".utf8).write(to: directory.appendingPathComponent("b.md"))
        try Data("a".utf8).write(to: directory.appendingPathComponent("sub/a.HTML"))
        try Data([0x25, 0x50, 0x44, 0x46]).write(to: directory.appendingPathComponent("c.pdf"))
        try Data("x".utf8).write(to: directory.appendingPathComponent(".notes.txt"))
        let outcomes = Loader().load([directory.path, directory.appendingPathComponent("missing.txt").path])
        #expect(outcomes.map { ($0.file as NSString).lastPathComponent } == [".notes.txt", "b.md", "c.pdf", "a.HTML", "missing.txt"])
        #expect(outcomes[1].value?.format == .markdown)
        #expect(outcomes[3].value?.format == .html)
        guard case .skipped(_, "hidden") = outcomes[0], case .skipped(_, let reason) = outcomes[2] else {
            Issue.record("the hidden file or c.pdf is not skipped")
            return
        }
        #expect(reason.hasPrefix("unsupported extension .pdf"))
        guard case .failed(let error) = outcomes[4] else {
            Issue.record("a missing file is not an error")
            return
        }
        #expect(error.description.hasSuffix("missing.txt: no such file or directory"))
    }

    @Test func hashesTheOriginalBytes() {
        let source = Loader().decode(Array("abc".utf8), name: "case", format: .text)
        #expect(source.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

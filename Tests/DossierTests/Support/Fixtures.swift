import Dossier
import Foundation
import Testing

/// Paths and loading helpers shared by the tests.
enum Fixtures {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The team's sample documents.
    static let corpus = root.appendingPathComponent("Corpus/documents")

    /// Checked-in golden dumps.
    static let golden = root.appendingPathComponent("Tests/DossierTests/Golden")

    /// The real documents, beside the project.
    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// Whether the real documents are there; prints why the tests that need them are skipped.
    static let seedsAvailable: Bool = {
        let available = FileManager.default.fileExists(atPath: seeds.path)
        if !available { print("skipped: the real documents are not at \(seeds.path) (../shared/seeds)") }
        return available
    }()

    /// File names of the sample documents, sorted.
    static var corpusFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    }

    /// Loads and normalizes a file, named by its file name alone so that dumps do not depend
    /// on where the package is checked out.
    static func document(at url: URL) throws -> Document {
        let format = try #require(Loader.format(ofFile: url.path))
        return Normalizer().normalize(Loader().decode(try bytes(at: url), name: url.lastPathComponent, format: format))
    }

    /// Loads and normalizes a sample document by name.
    static func corpusDocument(_ name: String) throws -> Document {
        try document(at: corpus.appendingPathComponent(name))
    }

    /// Decodes and normalizes bytes held in memory.
    static func document(_ bytes: [UInt8], format: SourceFormat = .text) -> Document {
        Normalizer().normalize(Loader().decode(bytes, name: "memory", format: format))
    }

    /// Decodes and normalizes a string.
    static func document(_ text: String, format: SourceFormat = .text) -> Document {
        document(Array(text.utf8), format: format)
    }

    /// The first record the built-in rules extract from a text.
    static func record(_ text: String, format: SourceFormat = .text) throws -> ProjectRecord {
        try #require(ExtractionTests.extractor.extract(document(text, format: format)).first)
    }

    /// The original bytes of a file.
    static func bytes(at url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }
}

extension Document {
    /// Every table of the document.
    var tables: [Block] { blocks.filter { $0.kind == .table } }

    /// The check boxes of every block and cell.
    var allCheckboxes: [Checkbox] {
        blocks.flatMap { block in
            block.kind == .table ? block.rows.flatMap { $0.cells.flatMap(\.content.checkboxes) } : block.content.checkboxes
        }
    }

    /// The texts of every block and cell, for assertions over the whole document.
    var allTexts: [String] {
        blocks.flatMap { block in
            block.kind == .table ? block.rows.flatMap { $0.cells.map(\.text) } : [block.content.text]
        }
    }
}

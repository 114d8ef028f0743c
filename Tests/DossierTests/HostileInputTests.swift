@testable import Dossier
import Foundation
import Testing

/// Broken and hostile inputs, made at test time: each ends with the right status and a
/// diagnostic, the rest of the run goes on, and nothing is expanded or fetched.
@Suite("Hostile input", .timeLimit(.minutes(1)))
struct HostileInputTests {
    /// A fresh folder for one test's files.
    private func folder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-hostile-\(getpid())-\(name)")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `files` into a folder and runs a batch over it, one result per file, in name order.
    private func run(_ files: [String: [UInt8]], rules: RuleSet = ExtractionTests.extractor.rules, limits: Limits = .standard) async throws -> [String: DocumentResult] {
        let directory = try folder(String(files.keys.sorted().joined().hashValue, radix: 36))
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, bytes) in files {
            try Data(bytes).write(to: directory.appendingPathComponent(name))
        }
        var results: [String: DocumentResult] = [:]
        let batch = Batch(rules: rules, limits: limits)
        try await batch.run(batch.loader.inputs([directory.path])) { result in
            results[(result.status.file as NSString).lastPathComponent] = result
        }
        return results
    }

    private func failure(_ result: DocumentResult?) -> String? {
        if case .failed(let error)? = result?.status.state { return error.message }
        return nil
    }

    private func diagnostics(_ result: DocumentResult?) -> [String] {
        result?.status.json["diagnostics"]?.elements.compactMap { $0["id"]?.string } ?? []
    }

    @Test func binaryFilesNamedTxtAreErrorsThatSayWhatTheyAre() async throws {
        var random = SystemRandomNumberGenerator()
        let results = try await run([
            "image.txt": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8),
            "program.txt": [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + Array(repeating: 0, count: 200),
            "noise.txt": (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &random) },
            "empty.txt": [],
            "fine.txt": Array("Nombre de ménages : 20\n".utf8),
        ])
        #expect(failure(results["image.txt"])?.contains("a PNG image") == true)
        #expect(failure(results["program.txt"])?.contains("an ELF program") == true)
        #expect(failure(results["noise.txt"])?.contains("binary content") == true)
        #expect(results["image.txt"]?.status.json["status"]?.string == "error")
        #expect(results["empty.txt"]?.status.json["status"]?.string == "ok" && results["empty.txt"]?.records.isEmpty == true)
        #expect(diagnostics(results["empty.txt"]) == ["load.empty"])
        #expect(diagnostics(results["fine.txt"]).isEmpty)
        #expect(results["fine.txt"]?.records.first?.households?.value.min == 20)
    }

    @Test func brokenEncodingsAreReadAroundTheDamage() async throws {
        let utf16: [UInt8] = [0xFF, 0xFE] + "Nombre de ménages : 20\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x00, 0xD8] + [0x78, 0x00, 0x0A, 0x00]
        let results = try await run([
            "utf8.txt": Array("Nombre de ménages : 20\n".utf8) + [0xFF, 0xFE, 0x20, 0xC3, 0x28, 0x0A] + Array("Coût total : 45 000 €\n".utf8),
            "utf16.txt": utf16,
            "nul.txt": Array("Nombre de\u{0}ménages : 20\u{0}\u{0}\n".utf8),
        ])
        for name in ["utf8.txt", "utf16.txt", "nul.txt"] {
            #expect(results[name]?.status.json["status"]?.string == "ok", "\(name)")
            #expect(results[name]?.records.first?.households?.value.min == 20, "\(name)")
        }
        #expect(results["utf8.txt"]?.records.first?.cost?.value.total == Decimal(45_000))
        #expect(diagnostics(results["utf16.txt"]).contains("load.invalid-bytes"))
        #expect(diagnostics(results["nul.txt"]).contains("load.control-characters"))
    }

    @Test func aFiveMegabyteLineMakesOneRecordOfBoundedSize() async throws {
        let line = String(String(repeating: "Nombre de ménages : 20 ; coût 45 000 € ; ", count: 120_000).prefix(5_000_000))
        let result = try #require(try await run(["line.txt": Array(line.utf8)])["line.txt"])
        let record = try #require(result.records.first)
        #expect(result.records.count == 1 && record.households?.value.min == 20)
        #expect(record.alternatives.values.allSatisfy { $0.count <= RecordContext.alternativesLimit })
        #expect(record.diagnostics.map(\.id).contains("extract.candidates-limit"))
    }

    /// The reading bounds themselves: a search stops at the matches asked for, and a line
    /// holding more labels than ``LabelFinder/labelsPerUnit`` still gives its first ones.
    @Test func searchesStopAtTheMatchesTheyNeed() throws {
        let text = ValueText(String(repeating: "12 ménages ; ", count: 50))
        let count = Regex.builtIn(#"\d+"#)
        #expect(text.matches(of: count).count == 50)
        #expect(text.matches(of: count, maximum: 3).map(\.range) == [0..<2, 14..<16, 28..<30])
        let labels = String(repeating: "Nombre de ménages : 20 ; ", count: LabelFinder.labelsPerUnit + 10)
        let record = try #require(ExtractionTests.extractor.extract(Fixtures.document(labels)).first)
        #expect(record.households?.value.min == 20)
    }

    @Test func hostileHTMLIsNeitherExpandedNorFetchedNorExecuted() async throws {
        let laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">" + (1...9).map { level in
            "<!ENTITY lol\(level) \"\(String(repeating: level == 1 ? "&lol;" : "&lol\(level - 1);", count: 10))\">"
        }.joined() + "]><html><body><p>&lol9;</p><p>Nombre de ménages : 20</p></body></html>"
        let results = try await run([
            "nested.html": Array(("<html><body>" + String(repeating: "<div>", count: 100_000) + "Nombre de ménages : 20"
                + String(repeating: "</div>", count: 100_000) + "</body></html>").utf8),
            "unclosed.html": Array(("<html><body>" + String(repeating: "<div><p><b>Coût total : 45 000 €", count: 2_000)).utf8),
            "external.html": Array(("<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<html><body><p>&xxe;</p><p>Nombre de ménages : 20</p></body></html>").utf8),
            "laughs.html": Array(laughs.utf8),
            "script.html": Array(("<html><head><style>p { } /* Coût total : 99 999 € */</style>"
                + "<script>var cost = 'Coût total : 88 888 €';</script></head><body><p>Nombre de ménages : 20</p></body></html>").utf8),
        ])
        for name in ["nested.html", "external.html", "laughs.html", "script.html"] {
            #expect(results[name]?.records.first?.households?.value.min == 20, "\(name)")
        }
        #expect(results["unclosed.html"]?.records.first?.cost?.value.total == Decimal(45_000))
        #expect(results["script.html"]?.records.first?.cost == nil)
        let external = try #require(results["external.html"]?.records.first)
        #expect(!external.json.serialized.contains("root:"))
        let expanded = try #require(results["laughs.html"]?.records.first)
        #expect(!expanded.json.serialized.contains("lollollol"))
        // Each case says what happened: the entity declarations are markup the parser repaired
        // (HTML has no internal DTD subset, so nothing is declared, let alone expanded).
        #expect(diagnostics(results["nested.html"]) == ["html.nesting-depth"])
        #expect(diagnostics(results["unclosed.html"]) == ["html.nesting-depth"])
        #expect(diagnostics(results["external.html"]) == ["html.markup"])
        #expect(diagnostics(results["laughs.html"]) == ["html.markup"])
        #expect(diagnostics(results["script.html"]) == ["html.scripts"])
        let markup = try #require(results["external.html"]?.status.json["diagnostics"]?.elements.first)
        #expect(markup["message"]?.string?.contains("DOCTYPE improperly terminated") == true)
        #expect(markup["line"]?.int == 1 && markup["column"]?.int == 37)
    }

    @Test func everyLimitIsSetByTheCallerAndSaysWhenItIsReached() async throws {
        var limits = Limits.standard
        limits.recordsPerDocument = 2
        limits.matchSteps = 1
        limits.nestingDepth = 3
        let guide = """
            HABITAT DES DEUX RIVES
            3.1.4. UN TOIT POUR REPARTIR
            Nombre de ménages : 20

            OFFICE DU VAL
            3.1.5. DES CLÉS POUR DEMAIN
            Nombre de ménages : 30

            FOYER DU NORD
            3.1.6. UN PAS VERS LE LOGEMENT
            Nombre de ménages : 40

            """
        let table = "<html><body><div><div><table><tr><td>Nombre de ménages</td><td>20</td></tr></table></div></div></body></html>"
        let prose = "Le projet accompagnera 20 ménages pendant deux ans.\n"
        let tight = try await run(["guide.txt": Array(guide.utf8), "table.html": Array(table.utf8), "prose.txt": Array(prose.utf8)], limits: limits)
        let loose = try await run(["guide.txt": Array(guide.utf8), "table.html": Array(table.utf8), "prose.txt": Array(prose.utf8)])

        #expect(tight["guide.txt"]?.records.map(\.section) == ["3.1.4", "3.1.5"])
        #expect(tight["guide.txt"]?.status.json["records"]?.int == 2)
        let records = try #require(tight["guide.txt"]?.status.json["diagnostics"]?.elements.first)
        #expect(records["id"]?.string == "extract.records-limit" && records["line"]?.int == 9)
        #expect(loose["guide.txt"]?.records.count == 3 && diagnostics(loose["guide.txt"]).isEmpty)

        // Three levels down (html, body, div), the table, its rows and its cells are plain
        // paragraphs, each still a block of its own.
        let flat = Normalizer(maximumDepth: 3).normalize(Loader().decode(Array(table.utf8), name: "table.html", format: .html))
        #expect(flat.blocks.map(\.kind) == [.paragraph, .paragraph])
        #expect(flat.blocks.map(\.content.text) == ["Nombre de ménages", "20"])
        #expect(diagnostics(tight["table.html"]) == ["html.nesting-depth"])
        #expect(diagnostics(loose["table.html"]).isEmpty)
        #expect(loose["table.html"]?.records.first?.households?.value.min == 20)

        #expect(tight["prose.txt"]?.records.first?.diagnostics.contains { $0.id == "extract.match-limit" } == true)
        #expect(loose["prose.txt"]?.records.first?.diagnostics.isEmpty == true)
        #expect(loose["prose.txt"]?.records.first?.households?.value.min == 20)
    }

    @Test func aRunawayRuleStopsAtTheMatchLimitAndTheRunGoesOn() async throws {
        let packs = try folder("packs")
        defer { try? FileManager.default.removeItem(at: packs) }
        for (name, text) in EmbeddedRulePacks.files {
            var pack = text
            if name == "households.yaml" {
                pack = pack.replacingOccurrences(of: "patterns:\n", with: """
                    patterns:
                      - id: households.prose.runaway
                        confidence: 0.5
                        pattern: '(?<value>(?:\\w+\\s?)*)$(?<=\\?)'

                    """)
            }
            try pack.write(to: packs.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let results = try await run([
            "prose.txt": Array(("Un texte. " + String(repeating: "mot ", count: 3_000) + "fin.\n").utf8),
            "table.txt": Array("Nombre de ménages\t20\n".utf8),
        ], rules: try RuleSet.load(directory: packs.path))
        let diagnostic = try #require(results["prose.txt"]?.records.first?.diagnostics.first { $0.id == "extract.match-limit" })
        #expect(diagnostic.message.contains("households.prose.runaway"))
        #expect(results["table.txt"]?.records.first?.households?.value.min == 20)
    }

    @Test func brokenRulePacksNameTheFileLineAndColumn() throws {
        let yaml = try folder("yaml")
        defer { try? FileManager.default.removeItem(at: yaml) }
        try "field: households\nlabels:\n  - id: x\n    synonyms: [a, b\n".write(to: yaml.appendingPathComponent("households.yaml"), atomically: true, encoding: .utf8)
        #expect { try RuleSet.load(directory: yaml.path) } throws: { error in
            "\(error)".contains("households.yaml:5:1") && "\(error)".contains("invalid YAML")
        }
        let regex = try folder("regex")
        defer { try? FileManager.default.removeItem(at: regex) }
        try """
            field: households
            patterns:
              - id: households.broken
                confidence: 0.5
                pattern: '(?<value>[z-a])'

            """.write(to: regex.appendingPathComponent("households.yaml"), atomically: true, encoding: .utf8)
        #expect { try RuleSet.load(directory: regex.path) } throws: { error in
            "\(error)".contains("households.yaml:5:") && "\(error)".contains("invalid pattern")
        }
    }

    @Test func unreadableFilesLoopsAndOversizedFilesAreListedNotLost() async throws {
        let directory = try folder("tree")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: directory.appendingPathComponent("sub/loop"), withDestinationURL: directory)
        #expect(mkfifo(directory.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        try Data(repeating: UInt8(ascii: "a"), count: 2_000).write(to: directory.appendingPathComponent("big.txt"))
        try Data("Nombre de ménages : 20\n".utf8).write(to: directory.appendingPathComponent("small.txt"))
        // A link to a file is read as that file; a file the system cannot read says why
        // (`/proc/self/mem` fails to read even for root, who may read a file of mode 000).
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("linked.txt").path, withDestinationPath: "small.txt")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("memory.txt").path, withDestinationPath: "/proc/self/mem")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
        let locked = directory.appendingPathComponent("locked.txt")
        try Data("Nombre de ménages : 20\n".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        var limits = Limits.standard
        limits.fileBytes = 1_000
        let batch = Batch(rules: ExtractionTests.extractor.rules, limits: limits)
        var statuses: [String: JSONValue] = [:]
        try await batch.run(batch.loader.inputs([directory.path])) { result in
            statuses[(result.status.file as NSString).lastPathComponent] = result.status.json
        }
        #expect(statuses.count == 8)
        #expect(statuses["pipe.txt"]?["error"]?["message"]?.string == "not a regular file")
        #expect(statuses["big.txt"]?["error"]?["message"]?.string?.contains("over the limit of 1000") == true)
        #expect(statuses["loop"]?["status"]?.string == "skipped")
        #expect(statuses["small.txt"]?["records"]?.int == 1)
        #expect(statuses["linked.txt"]?["records"]?.int == 1)
        #expect(statuses["memory.txt"]?["error"]?["message"]?.string == "cannot read the file: input/output error")
        #expect(statuses["gone.txt"]?["error"]?["message"]?.string == "broken symbolic link")
        if geteuid() == 0 {
            print("locked.txt: running as root, who may read a file of mode 000; /proc/self/mem stands for an unreadable file")
            #expect(statuses["locked.txt"]?["records"]?.int == 1)
        } else {
            #expect(statuses["locked.txt"]?["error"]?["message"]?.string == "cannot read the file: permission denied")
        }
    }
}

/// Inputs that fuzzing found to crash, kept as regression tests (Tests/Fuzz).
@Suite("Fuzzing regressions")
struct FuzzRegressionTests {
    /// Two monograph heads in the rows of one table (a guide whose index lost its header):
    /// the first record's end came before its own head.
    @Test func twoMonographHeadsInOneTable() throws {
        let text = """
            HABITAT DES DEUX RIVES EN PARTENARIAT AVEC L'ASSOCIATION LE RELAIS\t\t3.1.4. UN TOIT POUR REPARTIR\t
            OFFICE DU VAL EN PARTENARIAT AVEC L'ASSOCIATION ENTRAIDE\t\t3.1.5. DES CLÉS POUR DEMAIN\t

            """
        let records = ExtractionTests.extractor.extract(Fixtures.document(text))
        #expect(records.map(\.section) == ["3.1.4", "3.1.5"])
        #expect(Set(records.map(\.id)).count == 2)
        #expect(records.first?.carriers.map(\.value) == ["HABITAT DES DEUX RIVES"])
        #expect(records.last?.carriers.map(\.value) == ["OFFICE DU VAL"])
    }
}

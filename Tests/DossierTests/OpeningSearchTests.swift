@testable import Dossier
import Foundation
import Testing

@Suite("Regex: opening words")
struct OpeningSearchTests {
    /// The openings of a pattern as strings (`?` for a letter any word may have).
    private func openings(_ pattern: String) -> [String]? {
        OpeningWords(pattern: pattern)?.keys.map { key in
            String(decoding: (0..<key.count).map { UInt8(truncatingIfNeeded: key.letters >> UInt32($0 * 8)) }, as: UTF8.self)
        }
    }

    @Test(arguments: [
        (#"\b(?:co[uû]t\w*|budget|dépense)s?\s+de"#, ["cout", "budg", "depe"]),
        (#"(?<!%\sdu\s)\b(?:prévue?s?|engagée?s?)\s+pour"#, ["prev", "enga"]),
        (#"(?<value>\bmaintien\s+dans|\brelog(?:ement|er))"#, ["main", "relo"]),
        (#"\b(?:chaque\s+année\s+)?une\s+(?:dizaine|vingtaine)"#, ["chaq", "une"]),
        (#"\bà\s+partir\s+de"#, ["a"]),
        (#"\bÉtat\b"#, ["etat"]),
        (#"\bs+ur"#, ["s"]),
        (#"\b(?i:budget)"#, ["budg"]),
        (#"\b(?=[a-z])(?:un|deux)\b"#, ["un", "deux"]),
        // Any capital at a word start: a key that reads no letter.
        (#"(?<!\bNotre\s)\b(?<value>\p{Lu}\p{L}+)\s+gère"#, [""]),
        // Any digit at a word start: a key whose first byte is 0.
        (#"(?<value>\b\d+(?: \d{3})*\s+logements)"#, ["\0"]),
        (#"\b(?:chaque\s+)?\d+"#, ["chaq", "\0"]),
    ])
    func readsTheWordsAMatchOpensWith(pattern: String, expected: [String]) {
        #expect(openings(pattern) == expected)
    }

    @Test(arguments: [
        #"(?:co[uû]t|budget)"#,  // no word boundary: `surcoût` matches
        #"\d+\s+ménages"#,  // opens with a digit inside a word (`T3`)
        #"\b[a-z]+\s+ménages"#,  // opens with any letter
        #"\b(?:coût|\w+ment)"#,  // one alternative opens with any letter
        #"\b(?:chaque\s+)?[0-9]+"#,  // what follows the optional group is a class
        #"\bBudget\K\s+\d+"#,  // the match starts after `\K`
        #"(?x) \b budget"#,  // extended mode
        #"\b(?:a|)b"#,  // an empty alternative
        #"\Bment"#,  // inside a word
        #"\b(?(?=a)ab|cd)"#,  // a condition
        #"\p{Lu}\p{Ll}+"#,  // a capital inside a word (`McKinsey`)
        #"(?m)^Porteurs?\s*:"#,  // line starts: fewer than words, and PCRE2 finds them itself
    ])
    func givesUpWhereAMatchMayOpenElsewhere(pattern: String) {
        #expect(openings(pattern) == nil)
    }

    @Test func findsWordStartsWithTheirFoldedKeys() throws {
        let text = Array("L'État, le Coût2 et 4 cœurs ; budgets".utf8)
        let starts = text.withUnsafeBufferPointer(WordStarts.init)
        let offsets = { (pattern: String) in starts.offsets(openingWith: OpeningWords(pattern: pattern)!) }
        #expect(offsets(#"\bétat"#) == [2])
        #expect(offsets(#"\bco[uû]t"#) == [12])
        // `cœurs`: the key does not know `œ`, so the word may open with `co…`.
        #expect(offsets(#"\bcour"#) == [24])
        #expect(offsets(#"\bbudget"#) == [33])
        #expect(offsets(#"\b\p{Lu}"#) == [0, 2, 12])
        #expect(offsets(#"\b\d"#) == [22])
        // A key is a word's first letters: `le` may open with `l`, and the pattern decides.
        #expect(offsets(#"\bl\b"#) == [0, 9])
    }

    /// Every pack pattern with opening words finds, on every bundled document and every real
    /// one, the very matches a search at every byte finds.
    @Test func findsTheMatchesOfASearchAtEveryByte() throws {
        let rules = try RuleSet.defaults()
        let patterns = rules.packs.values.flatMap(\.patterns).sorted { $0.id < $1.id }
        let searched = patterns.filter { $0.openingSearch != nil }
        // Most prose patterns open with words; the rest open with a line start and a class.
        #expect(searched.count * 2 > patterns.count, "\(searched.count) of \(patterns.count)")
        var folders = [Fixtures.corpus] + ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.root.appendingPathComponent("Corpus").path)) ?? [])
            .filter { $0.hasPrefix("holdout") }.sorted()
            .map { Fixtures.root.appendingPathComponent("Corpus/\($0)/documents") }
        if Fixtures.seedsAvailable { folders.append(Fixtures.seeds) }
        var texts = ["Kelvin 3 \u{212A}m, ſur le budget, cœur, l'État ; COÛT TOTAL : 45 000 €"]
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let url = folder.appendingPathComponent(name)
                guard Loader.format(ofFile: url.path) != nil else { continue }
                let blocks = try Fixtures.document(at: url).blocks
                texts.append(blocks.flatMap { [$0.content.text] + $0.rows.flatMap { $0.cells.map(\.text) } }.joined(separator: "\n"))
                // The file as it is, markup and all.
                texts.append(String(decoding: try Fixtures.bytes(at: url), as: UTF8.self))
            }
        }
        #expect(texts.count > 100)
        var matched = 0
        for text in texts {
            let value = ValueText(text)
            let words = value.wordStarts()
            for pattern in searched {
                let everywhere = value.matchesUntilLimit(of: pattern.regex)
                let atWords = value.matchesUntilLimit(of: pattern.openingSearch!, words: words)
                #expect(everywhere.matches == atWords.matches, "\(pattern.id)")
                matched += everywhere.matches.count
            }
        }
        #expect(matched > 1_000)
    }

    /// The packs' patterns that no opening word tells, searched at every byte: a line's start
    /// (`(?m)^…`), a text's start, a figure or a name of any capital word first. A new pattern
    /// that opens with a look-behind, a comma or a digit joins them and costs the search at
    /// every byte of every record (four that slipped in once cost two fifths more instructions
    /// on a 2.9 MB corpus): this list makes it a decision.
    @Test func knowsThePatternsSearchedAtEveryByte() throws {
        let rules = try RuleSet.defaults()
        let everyByte = Set(rules.packs.values.flatMap(\.patterns).filter { $0.openingSearch == nil }.map(\.id))
        #expect(everyByte == [
            "carriers.prose.carried-by-line",
            "carriers.prose.carried-by-opening",
            "carriers.prose.landlord-apposition",
            "carriers.prose.landlord-commits",
            "carriers.prose.landlord-is",
            "carriers.prose.landlord-name",
            "carriers.prose.landlord-sets-aside",
            "carriers.prose.letterhead",
            "carriers.prose.letterhead-caps",
            "carriers.prose.office-letterhead",
            "carriers.prose.office-of",
            "carriers.prose.pair",
            "carriers.prose.partnership-line",
            "cost.figures.only-amount",
            "cost.figures.per-year",
            "cost.figures.whole-project",
            "cost.prose.restated-per-year",
            "cost.prose.restated-year-first",
            "cost.table.total",
            "duration.figures.length",
            "duration.figures.length-alone",
            "duration.figures.length-of",
            "duration.figures.month-period",
            "duration.figures.period",
            "duration.figures.since-for",
            "duration.figures.support-over",
            "duration.figures.year-span",
            "duration.prose.cost-for-length",
            "duration.prose.cost-over-years",
            "duration.prose.cost-years",
            "duration.prose.length-and-years",
            "duration.prose.month-span",
            "duration.prose.opening-span",
            "duration.prose.supported-within",
            "households.figures.about",
            "households.figures.housed",
            "households.figures.list",
            "households.figures.list-in-words",
            "households.figures.order-of-size",
            "households.prose.sentence-count",
            "housing.figures.list",
            "housing.figures.list-in-words",
            "housing.prose.count",
            "mode.prose.only",
            "mode.prose.parts",
            "territory.prose.agency-letterhead",
            "territory.prose.commune-letterhead",
            "territory.prose.dateline",
            "territory.prose.dateline-department",
            "territory.prose.heading-town",
            "territory.prose.place-and-department",
            "territory.prose.town-population",
            "territory.prose.towns-then-department",
            "territory.prose.venue-letterhead",
            "title.prose.named-in-apposition",
            "title.prose.quoted-apposition",
            "title.prose.quoted-first-line",
            "title.prose.quoted-headline",
            "title.prose.quoted-line",
            "title.prose.quoted-retained",
            "title.prose.quoted-short-name",
            "title.prose.quoted-then-this-project",
        ])
    }
}

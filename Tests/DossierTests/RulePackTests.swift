import Dossier
import Testing

@Suite("Rule packs")
struct RulePackTests {
    @Test func loadsTheBuiltInPacks() throws {
        let rules = try RuleSet.defaults()
        #expect(Set(rules.packs.keys) == Set(RulePack.Field.allCases))
        let households = try #require(rules[.households])
        #expect(households.labels.first?.synonyms.contains("Nbre de ménages accompagnés") == true)
        #expect(households.patterns.allSatisfy { $0.regex.groupNames["value"] != nil })
        // Scalars are typed by the reader, not by YAML's implicit tags.
        let cost = try #require(rules[.cost])
        let onlyAmount = try #require(cost.patterns.first { $0.id == "cost.figures.only-amount" })
        #expect(onlyAmount.confidence == 0.45 && onlyAmount.single && !onlyAmount.perYear)
        #expect(cost.patterns.first { $0.id == "cost.figures.per-year" }.map { $0.perYear && !$0.single } == true)
        #expect(cost.patterns.filter(\.lastResort).map(\.id) == ["cost.prose.amount"])
    }

    @Test func reportsInvalidYAMLWithItsPosition() {
        let text = "field: households\nlabels:\n  - id: a\n    synonyms: [x\n"
        #expect(throws: RulePackError.self) { try RuleSet(files: [("bad.yaml", text)]) }
        do {
            _ = try RuleSet(files: [("bad.yaml", text)])
        } catch {
            #expect(error.file == "bad.yaml")
            #expect(error.line != nil)
            #expect(error.description.hasPrefix("bad.yaml:"))
        }
    }

    @Test func reportsAnInvalidPatternAtItsLineAndColumn() {
        let text = """
            field: households
            patterns:
              - id: households.bad
                confidence: 0.5
                pattern: '(?<value>\\d+'
            """
        do {
            _ = try RuleSet(files: [("bad.yaml", text)])
            Issue.record("an invalid pattern loaded")
        } catch {
            #expect(error.line == 5)
            // The pattern starts at column 15; PCRE2 stops at its end, 12 characters in.
            #expect(error.column == 15 + 12)
            #expect(error.message.contains("missing closing parenthesis"))
        }
    }

    @Test(arguments: [
        ("field: nothing\n", "unknown field 'nothing'", 1),
        ("field: cost\nlabel: []\n", "unknown key 'label'", 2),
        ("field: cost\nlabels:\n  - id: x\n    confidence: 2\n    synonyms: [a]\n", "a confidence is a number from 0 to 1", 4),
        ("field: cost\nlabels:\n  - id: x\n    confidence: high\n    synonyms: [a]\n", "a confidence is a number from 0 to 1", 4),
        ("field: cost\npatterns:\n  - id: x\n    confidence: 0.5\n    pattern: '\\d+'\n", "a pattern needs a group named 'value'", 5),
        ("field: cost\npatterns:\n  - id: x\n    confidence: 0.5\n    single: yes please\n    pattern: '(?<value>\\d+)'\n", "'single' is true or false", 5),
        ("field: cost\npatterns:\n  - id: x\n    confidence: 0.5\n    last_resort: 1\n    pattern: '(?<value>\\d+)'\n", "'last_resort' is true or false", 5),
    ])
    func validatesEveryRule(_ text: String, _ message: String, _ line: Int) {
        do {
            _ = try RuleSet(files: [("pack.yaml", text)])
            Issue.record("an invalid pack loaded")
        } catch {
            #expect(error.message.hasPrefix(message))
            #expect(error.line == line)
        }
    }
}

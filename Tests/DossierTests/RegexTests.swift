import Dossier
import Testing

@Suite("PCRE2 wrapper")
struct RegexTests {
    /// A pattern starts in the interpreter and is JIT-compiled once its searches have read
    /// some tens of kilobytes (32 KiB); both find the same matches.
    @Test func compilesWithJITOnceUsedAndReadsNamedGroups() throws {
        let regex = try Regex(#"(?<amount>\d{1,3}(?:[  ]\d{3})*)\s?(?<unit>€|k€)"#)
        #expect(!regex.isJITCompiled)
        #expect(regex.captureCount == 2)
        #expect(regex.groupNames == ["amount": 1, "unit": 2])
        let line = "Coût : 45 000 € par an, soit 135 000 € sur trois ans. "
        let interpreted = try regex.matches(in: line).map(\.range)
        let text = String(repeating: line, count: 1_000)
        #expect(try regex.matches(in: text).count == 2_000)
        #expect(regex.isJITCompiled)
        #expect(try regex.matches(in: line).map(\.range) == interpreted)
        #expect(interpreted.count == 2)
    }

    @Test func findsEveryMatchAsByteRanges() throws {
        let text = "Coût : 45 000 € par an, dont 12 000 € pour la GLA"
        let regex = try Regex(#"(?<amount>\d{1,3}(?: \d{3})*) €"#)
        let matches = try regex.matches(in: text)
        let amounts = matches.map { match in
            String(decoding: Array(text.utf8)[match[named: "amount"]!], as: UTF8.self)
        }
        #expect(amounts == ["45 000", "12 000"])
        // "Coût : " is 8 bytes (the û takes two), and the € three.
        #expect(matches[0].range == 8..<18)
        #expect(matches[0][named: "missing"] == nil)
    }

    @Test func stepsOverEmptyMatchesOneCharacterAtATime() throws {
        let regex = try Regex("x*")
        let matches = try regex.matches(in: "éxxé")
        // Empty before é, "xx", empty before the last é, empty at the end.
        #expect(matches.map(\.range) == [0..<0, 2..<4, 4..<4, 6..<6])
    }

    @Test func matchesUnicodeCaseAndClasses() throws {
        let regex = try Regex(#"\bménages?\b"#, options: .caseless)
        #expect(try regex.matches(in: "MÉNAGES et ménage").count == 2)
        #expect(try Regex(#"^\w+$"#).isMatch("Œuvre"))
    }

    @Test func reportsAnInvalidPatternWithItsOffset() {
        #expect {
            _ = try Regex("(?<amount>\\d+")
        } throws: { error in
            guard let error = error as? RegexError else { return false }
            return error.kind == .invalidPattern && error.offset == 13 && error.message.contains("missing closing parenthesis")
        }
    }

    @Test func stopsCatastrophicBacktrackingAtTheMatchLimit() throws {
        let regex = try Regex("^(a+)+$")
        let subject = String(repeating: "a", count: 40) + "b"
        #expect {
            _ = try regex.matches(in: subject, limits: MatchLimits(match: 10_000, depth: 1_000, heapKiB: 1_024, jitStackBytes: 64 * 1024))
        } throws: { error in
            (error as? RegexError)?.kind == .matchLimit
        }
    }

    @Test func checksRawBytesOnceAndReportsTheFirstInvalidByte() throws {
        let regex = try Regex("b")
        let bytes: [UInt8] = Array("abc".utf8) + [0xFF] + Array("b".utf8)
        let scratch = MatchScratch()
        #expect {
            try bytes.withUnsafeBufferPointer { buffer in
                try regex.forEachMatch(in: buffer, scratch: scratch) { _ in true }
            }
        } throws: { error in
            let error = error as? RegexError
            return error?.kind == .invalidUTF8 && error?.offset == 3
        }
    }

    @Test func reusesScratchAcrossBuffersAndStopsEarly() throws {
        let regex = try Regex(#"\d+"#)
        let scratch = MatchScratch()
        var seen: [Range<Int>] = []
        for text in ["1 22 333", "4444"] {
            try Array(text.utf8).withUnsafeBufferPointer { buffer in
                try regex.forEachMatch(in: buffer, scratch: scratch) { match in
                    seen.append(match.range)
                    return seen.count < 2
                }
            }
        }
        #expect(seen == [0..<1, 2..<4, 0..<4])
    }
}

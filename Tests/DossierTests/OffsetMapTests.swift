import Dossier
import Testing

@Suite("Offset maps")
struct OffsetMapTests {
    @Test func mapsVerbatimAndAtomicSegments() {
        var map = OffsetMap()
        map.appendVerbatim(length: 4, source: 10)
        map.appendAtomic(length: 2, source: 14, sourceLength: 1)  // one byte decoded into two
        map.appendVerbatim(length: 3, source: 15)
        #expect(map.segments.count == 3)
        #expect(map.sourceStart(2) == 12)
        #expect(map.sourceStart(5) == 14)
        #expect(map.sourceEnd(5) == 15)
        #expect(map.sourceRange(3..<7) == 13..<16)
        #expect(map.targetStart(ofSource: 16) == 7)
    }

    @Test func mergesContiguousVerbatimPieces() {
        var map = OffsetMap()
        map.appendVerbatim(length: 3, source: 0)
        map.appendVerbatim(length: 3, source: 3)
        #expect(map.count == 1)
        #expect(map.sourceRange(0..<6) == 0..<6)
    }

    @Test func composesThroughASecondMap() {
        // "ab" + "é" (decoded from one byte) + "cd", then the middle folded away.
        var decoding = OffsetMap()
        decoding.appendVerbatim(length: 2, source: 0)
        decoding.appendAtomic(length: 2, source: 2, sourceLength: 1)
        decoding.appendVerbatim(length: 2, source: 3)
        var folding = OffsetMap()
        folding.appendVerbatim(length: 2, source: 0)
        folding.appendVerbatim(length: 2, source: 4)
        let composed = folding.mapped(through: decoding)
        #expect(composed.sourceRange(0..<4) == 0..<5)
        #expect(composed.sourceStart(2) == 3)
    }
}

/// Maps byte offsets in a derived UTF-8 text back to byte offsets in the text it came from.
///
/// The map is a sorted list of segments. A segment whose two lengths are equal maps byte
/// for byte (text copied verbatim); any other segment is atomic: every offset inside it maps
/// to the start of its source range (a decoded character, a repaired sequence, an entity,
/// a line end `\r\n` turned into `\n`).
///
/// - Complexity: lookups are O(log n) in the number of segments.
public struct OffsetMap: Sendable, Equatable {
    /// One piece of the derived text and the source bytes it stands for.
    public struct Segment: Sendable, Equatable {
        /// Start of the piece in the derived text.
        public var target: Int
        /// Byte length of the piece in the derived text.
        public var targetLength: Int
        /// Start of the source bytes.
        public var source: Int
        /// Byte length of the source bytes.
        public var sourceLength: Int

        var isLinear: Bool { targetLength == sourceLength }
        var targetEnd: Int { target + targetLength }
        var sourceEnd: Int { source + sourceLength }
    }

    // Most texts map in one piece: the first segment is stored inline, so that such a map
    // allocates nothing.
    private var head: Segment?
    private var tail: [Segment] = []

    /// An empty map, for an empty text.
    public init() {}

    /// The segments, sorted by `target`, contiguous in the derived text.
    public var segments: [Segment] { head.map { [$0] + tail } ?? [] }

    /// Number of segments.
    public var count: Int { head == nil ? 0 : tail.count + 1 }

    /// The first segment, if any.
    public var first: Segment? { head }

    /// The last segment, if any.
    public var last: Segment? { tail.last ?? head }

    private subscript(index: Int) -> Segment {
        index == 0 ? head! : tail[index - 1]
    }

    private mutating func append(_ segment: Segment) {
        if head == nil { head = segment } else { tail.append(segment) }
    }

    private mutating func extendLast(by length: Int) {
        if tail.isEmpty {
            head!.targetLength += length
            head!.sourceLength += length
        } else {
            tail[tail.count - 1].targetLength += length
            tail[tail.count - 1].sourceLength += length
        }
    }

    /// Length of the derived text covered so far.
    public var targetLength: Int { last?.targetEnd ?? 0 }

    /// Appends `length` bytes copied verbatim from `source`.
    public mutating func appendVerbatim(length: Int, source: Int) {
        guard length > 0 else { return }
        if let last, last.isLinear, last.sourceEnd == source {
            extendLast(by: length)
        } else {
            append(Segment(target: targetLength, targetLength: length, source: source, sourceLength: length))
        }
    }

    /// Appends `length` derived bytes that stand together for `sourceLength` bytes at `source`.
    public mutating func appendAtomic(length: Int, source: Int, sourceLength: Int) {
        guard length > 0 else { return }
        if length == sourceLength {
            appendVerbatim(length: length, source: source)
        } else {
            append(Segment(target: targetLength, targetLength: length, source: source, sourceLength: sourceLength))
        }
    }

    /// The source offset where the derived byte at `offset` comes from.
    ///
    /// An offset at or past the end maps to the end of the last segment's source.
    public func sourceStart(_ offset: Int) -> Int {
        guard let index = segmentIndex(containing: offset) else { return last?.sourceEnd ?? offset }
        let segment = self[index]
        return segment.isLinear ? segment.source + (offset - segment.target) : segment.source
    }

    /// The source offset just past the derived bytes that end (exclusively) at `end`.
    public func sourceEnd(_ end: Int) -> Int {
        guard end > 0 else { return sourceStart(0) }
        guard let index = segmentIndex(containing: end - 1) else { return last?.sourceEnd ?? end }
        let segment = self[index]
        return segment.isLinear ? segment.source + (end - segment.target) : segment.sourceEnd
    }

    /// Maps a derived range to its source range.
    public func sourceRange(_ range: Range<Int>) -> Range<Int> {
        let start = sourceStart(range.lowerBound)
        guard !range.isEmpty else { return start..<start }
        return start..<max(start, sourceEnd(range.upperBound))
    }

    /// The derived offset where the source offset `source` lands: the inverse of
    /// `sourceStart(_:)` for an offset at the start of a segment or inside a verbatim one.
    ///
    /// - Complexity: O(n) in the number of segments; meant for rare lookups.
    public func targetStart(ofSource source: Int) -> Int {
        for index in 0..<count {
            let segment = self[index]
            if segment.sourceEnd > source || (segment.sourceLength == 0 && segment.source >= source) {
                return segment.isLinear ? segment.target + max(0, source - segment.source) : segment.target
            }
        }
        return targetLength
    }

    /// Composes two maps: `self` maps a text to an intermediate text that `next` maps to a source.
    public func mapped(through next: OffsetMap) -> OffsetMap {
        var result = OffsetMap()
        for index in 0..<count {
            let segment = self[index]
            if segment.isLinear {
                // A verbatim piece may cross several segments of the next map.
                var offset = segment.source
                var target = segment.target
                while offset < segment.sourceEnd {
                    guard let index = next.segmentIndex(containing: offset) else {
                        result.appendAtomic(length: segment.targetEnd - target, source: next.sourceStart(offset), sourceLength: 0)
                        break
                    }
                    let inner = next[index]
                    let take = min(segment.sourceEnd, inner.targetEnd) - offset
                    if inner.isLinear {
                        result.appendVerbatim(length: take, source: inner.source + (offset - inner.target))
                    } else {
                        result.appendAtomic(length: take, source: inner.source, sourceLength: inner.sourceLength)
                    }
                    offset += take
                    target += take
                }
            } else {
                let range = next.sourceRange(segment.source..<segment.sourceEnd)
                result.appendAtomic(length: segment.targetLength, source: range.lowerBound, sourceLength: range.count)
            }
        }
        return result
    }

    private func segmentIndex(containing offset: Int) -> Int? {
        guard let head, offset >= head.target else { return nil }
        if offset < head.targetEnd { return 0 }
        var low = 0
        var high = tail.count
        while low < high {
            let mid = (low + high) / 2
            if tail[mid].targetEnd <= offset {
                low = mid + 1
            } else {
                high = mid
            }
        }
        guard low < tail.count, tail[low].target <= offset else { return nil }
        return low + 1
    }
}

/// Accumulates decoded UTF-8 text with `\n` line ends and the map back to the source bytes.
struct DecodedTextBuilder {
    var utf8: [UInt8] = []
    var map = OffsetMap()
    private var pendingCarriageReturn: Range<Int>?
    private var lineFeeds = 0
    private var carriageReturnLineFeeds = 0
    private var carriageReturns = 0

    init(capacity: Int) {
        utf8.reserveCapacity(capacity)
    }

    /// How the source's lines ended.
    var lineEnding: LineEnding {
        switch (lineFeeds > 0, carriageReturnLineFeeds > 0, carriageReturns > 0) {
        case (false, false, false): return .none
        case (true, false, false): return .lf
        case (false, true, false): return .crlf
        case (false, false, true): return .cr
        default: return .mixed
        }
    }

    /// Appends source bytes that are already UTF-8 and hold no `\r`.
    mutating func appendVerbatim(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        guard !range.isEmpty else { return }
        flushCarriageReturn()
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        for byte in slice where byte == UInt8(ascii: "\n") { lineFeeds += 1 }
        map.appendVerbatim(length: range.count, source: range.lowerBound)
        utf8.append(contentsOf: slice)
    }

    /// Appends one decoded scalar that the source wrote with the bytes in `source`.
    mutating func appendScalar(_ scalar: UInt32, source: Range<Int>) {
        if let carriageReturn = pendingCarriageReturn {
            pendingCarriageReturn = nil
            if scalar == 0x0A {
                carriageReturnLineFeeds += 1
                append(0x0A, source: carriageReturn.lowerBound..<source.upperBound)
                return
            }
            carriageReturns += 1
            append(0x0A, source: carriageReturn)
        }
        switch scalar {
        case 0x0D: pendingCarriageReturn = source
        case 0x0A:
            lineFeeds += 1
            append(scalar, source: source)
        default: append(scalar, source: source)
        }
    }

    /// Ends the text: a `\r` at the very end becomes a line end.
    mutating func finish() {
        flushCarriageReturn()
    }

    private mutating func flushCarriageReturn() {
        guard let carriageReturn = pendingCarriageReturn else { return }
        pendingCarriageReturn = nil
        carriageReturns += 1
        append(0x0A, source: carriageReturn)
    }

    private mutating func append(_ scalar: UInt32, source: Range<Int>) {
        let before = utf8.count
        UTF8Bytes.append(scalar, to: &utf8)
        map.appendAtomic(length: utf8.count - before, source: source.lowerBound, sourceLength: source.count)
    }
}

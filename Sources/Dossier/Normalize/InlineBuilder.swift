/// Builds an `InlineText` from pieces of a document's decoded text, dropping markup as it goes:
/// white space runs fold to one space, Markdown emphasis markers disappear, text struck out
/// (`~~12~~ 14`: a figure replaced) disappears with its markers, and `FORMCHECKBOX` becomes
/// a `Checkbox`.
struct InlineBuilder {
    private var bytes: [UInt8] = []
    private var map = OffsetMap()
    private var checkboxes: [Checkbox] = []
    /// Ranges of `bytes` set in bold, and where the open one starts.
    private var emphases: [Range<Int>] = []
    private var emphasisStart: Int?
    /// A space is owed before the next visible byte (white space or a break was met).
    private var pendingSpace = false
    /// Decoded offset just past the last byte kept: a folded space stands for what lies
    /// between it and the next byte kept.
    private var lastSourceEnd: Int?
    /// A byte that starts a character the matching view folds, or that NFC may change, was
    /// kept: only then are those passes run.
    private var mayFold = false
    private var mayCompose = false

    private static let checkboxToken = Array("FORMCHECKBOX".utf8)

    /// Appends the decoded bytes `range` of `text`, which are copied verbatim except for markup.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        var runStart = range.lowerBound
        var index = range.lowerBound
        func flush(_ end: Int) {
            guard runStart < end else { return }
            emitSpaceIfPending(at: runStart)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<end]))
            map.appendVerbatim(length: end - runStart, source: runStart)
            lastSourceEnd = end
        }
        /// Ends the run before a marker that is dropped; a space kept at the end of the run
        /// becomes a pending space, so that the marker leaves no trailing space.
        func flushBeforeMarker(_ marker: Int) {
            if marker - 1 > runStart, text[marker - 1] == 0x20 {
                flush(marker - 1)
                pendingSpace = true
            } else {
                flush(marker)
            }
        }
        if bytes.isEmpty { bytes.reserveCapacity(range.count) }
        let classes = InlineBuilder.byteClasses
        while index < range.upperBound {
            let byte = text[index]
            switch classes[Int(byte)] {
            case .plain:
                index += 1
            case .space where index > runStart && index + 1 < range.upperBound && !InlineBuilder.isWhitespace(text[index + 1]):
                // A single space inside a run is kept as it is, so that the run stays one piece.
                index += 1
            case .space, .whitespace:
                flush(index)
                pendingSpace = true
                index += 1
                runStart = index
            case .star:
                let length = emphasisMarkerLength(text, at: index, in: range)
                guard length > 0 else {
                    index += 1
                    continue
                }
                flushBeforeMarker(index)
                index += length
                runStart = index
            case .tilde:
                guard let end = struckEnd(text, at: index, in: range) else {
                    index += 1
                    continue
                }
                flushBeforeMarker(index)
                pendingSpace = true
                index = end
                runStart = index
            case .checkboxStart where matchesCheckbox(text, at: index, end: range.upperBound):
                flushBeforeMarker(index)
                let tokenEnd = index + InlineBuilder.checkboxToken.count
                pendingSpace = true
                checkboxes.append(Checkbox(state: .unknown, offset: bytes.count, decodedRange: index..<tokenEnd))
                index = tokenEnd
                runStart = index
            case .checkboxStart:
                index += 1
            case .foldLead:
                mayFold = true
                index += 1
            case .capitalE:
                // (`EUR` after an amount folds to `€`.)
                if index + 2 < range.upperBound, text[index + 1] == UInt8(ascii: "U"), text[index + 2] == UInt8(ascii: "R") { mayFold = true }
                index += 1
            case .dot:
                // (Two dots in a row may open a leader: `Bailleur ........ Val Habitat`.)
                if index + 1 < range.upperBound, text[index + 1] == UInt8(ascii: ".") { mayFold = true }
                index += 1
            case .digit:
                // (A figure glued to the word it counts gets a space: `7logements`.)
                if index + 1 < range.upperBound, MatchingView.opensGluedWord(text[index + 1]) { mayFold = true }
                index += 1
            case .composeLead:
                mayCompose = true
                index += 1
            case .foldOrComposeLead:
                mayFold = true
                mayCompose = true
                index += 1
            }
        }
        flush(range.upperBound)
    }

    /// Appends text that is not in the source as such (a decoded HTML entity), standing for the
    /// decoded bytes `source`.
    mutating func appendReplacement(_ replacement: UnsafeBufferPointer<UInt8>, source: Range<Int>) {
        mayFold = true
        mayCompose = true
        var index = 0
        while index < replacement.count {
            let byte = replacement[index]
            if InlineBuilder.isWhitespace(byte) {
                pendingSpace = true
                index += 1
                continue
            }
            var end = index + 1
            while end < replacement.count, !InlineBuilder.isWhitespace(replacement[end]) { end += 1 }
            emitSpaceIfPending(at: source.lowerBound)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: replacement[index..<end]))
            map.appendAtomic(length: end - index, source: source.lowerBound, sourceLength: source.count)
            lastSourceEnd = source.upperBound
            index = end
        }
    }

    /// Opens a run of bold text (`<strong>`).
    mutating func openEmphasis() {
        emphasisStart = bytes.count
    }

    /// Closes the run of bold text opened last, if any.
    mutating func closeEmphasis() {
        guard let start = emphasisStart else { return }
        emphasisStart = nil
        if bytes.count > start { emphases.append(start..<bytes.count) }
    }

    /// Marks a boundary between words (a `<br>`, a block element inside a cell, a line joined to the next).
    mutating func appendBreak() {
        pendingSpace = true
    }

    /// The finished text: NFC, and its matching view.
    func build() -> InlineText {
        var text = bytes
        var textMap = map
        var boxes = checkboxes
        var bold = emphases
        if mayCompose, let composed = UnicodeComposition.compose(text) {
            textMap = composed.map.mapped(through: textMap)
            boxes = boxes.map { box in
                var box = box
                box.offset = composed.map.targetStart(ofSource: box.offset)
                return box
            }
            bold = bold.map { composed.map.targetStart(ofSource: $0.lowerBound)..<composed.map.targetStart(ofSource: $0.upperBound) }
            text = composed.utf8
        }
        // (A space that a word boundary put before the bold words is none of them.)
        bold = bold.compactMap { range in
            let start = text[range].firstIndex { $0 != 0x20 } ?? range.upperBound
            return start < range.upperBound ? start..<range.upperBound : nil
        }
        let view = mayFold ? MatchingView.fold(text) : nil
        return InlineText(
            utf8: text,
            matchUTF8: view?.utf8,
            checkboxes: boxes,
            emphases: bold,
            textMap: textMap,
            matchMap: view?.map
        )
    }

    private mutating func emitSpaceIfPending(at source: Int) {
        guard pendingSpace else { return }
        pendingSpace = false
        // No leading space; the space stands for the white space before `source`.
        guard !bytes.isEmpty else { return }
        bytes.append(0x20)
        let from = lastSourceEnd ?? source
        map.appendAtomic(length: 1, source: min(from, source), sourceLength: max(0, source - from))
    }

    /// What a byte may mean to `append`, looked up once per byte.
    private enum ByteClass: UInt8 {
        case plain
        case space
        case whitespace
        case star
        /// May open text struck out (`~~`).
        case tilde
        case checkboxStart
        /// Starts a character the matching view folds.
        case foldLead
        /// A dot, which with another may open a leader.
        case dot
        /// May open the currency code `EUR`.
        case capitalE
        /// A digit, which a word may be glued to.
        case digit
        /// Starts a character NFC may change.
        case composeLead
        case foldOrComposeLead
    }

    private static let byteClasses: [ByteClass] = (0...255).map { byte in
        switch byte {
        case 0x20: return .space
        // Control characters (a NUL, a stray escape) separate words like white space.
        case 0x00...0x1F, 0x7F: return .whitespace
        case 0x2A: return .star
        case 0x7E: return .tilde
        case 0x2E: return .dot
        case 0x45: return .capitalE
        case 0x30...0x39: return .digit
        case 0x46: return .checkboxStart
        case 0xC2, 0xCA: return .foldLead
        case 0xCC, 0xCD, 0xE1, 0xF0...0xF4: return .composeLead
        case 0xE2, 0xEF: return .foldOrComposeLead
        default: return .plain
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x7F
    }

    /// Length of a Markdown emphasis marker at `index` (`**`, or a `*` that opens or closes
    /// emphasis), or 0 when the star is text.
    private func emphasisMarkerLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int, in range: Range<Int>) -> Int {
        let end = range.upperBound
        if index + 1 < end, text[index + 1] == UInt8(ascii: "*") {
            var length = 2
            while index + length < end, text[index + length] == UInt8(ascii: "*") { length += 1 }
            return length
        }
        let before = index > range.lowerBound ? text[index - 1] : 0x20
        let after = index + 1 < end ? text[index + 1] : 0x20
        let spaceBefore = before == 0x20 || before == 0x09 || before == 0x0A
        let spaceAfter = after == 0x20 || after == 0x09 || after == 0x0A
        // A lone star between two spaces (a product, a footnote mark) stays.
        return spaceBefore == spaceAfter ? 0 : 1
    }

    /// Where text struck out that opens at `index` ends, past its closing `~~`: a `~~`, a
    /// short text on one line, then another `~~`; `nil` when no such text opens there.
    private func struckEnd(_ text: UnsafeBufferPointer<UInt8>, at index: Int, in range: Range<Int>) -> Int? {
        let tilde = UInt8(ascii: "~")
        guard index + 2 < range.upperBound, text[index + 1] == tilde, text[index + 2] != tilde else { return nil }
        var close = index + 3
        let limit = min(range.upperBound - 1, index + 2 + 200)
        while close < limit {
            if text[close] == 0x0A { return nil }
            if text[close] == tilde, text[close + 1] == tilde { return close + 2 }
            close += 1
        }
        return nil
    }

    private func matchesCheckbox(_ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        let token = InlineBuilder.checkboxToken
        guard index + token.count <= end else { return false }
        for offset in 0..<token.count where text[index + offset] != token[offset] { return false }
        return true
    }
}

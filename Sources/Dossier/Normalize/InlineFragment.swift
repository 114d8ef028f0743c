/// Reads the inline content of a line or a cell: plain text, or text holding HTML fragments
/// (`<div style=...>Mayenne</div>`, `<ul><li>`, `<i>`, `<br>`), which go through libxml2 and
/// are reduced to their text and their item boundaries.
///
/// Holds the match scratch space of its fragment check: make one per document.
struct InlineFragment {
    /// One piece of inline content.
    enum Piece {
        /// Decoded bytes to copy.
        case text(Range<Int>)
        /// Text that stands for the decoded bytes `source` without being them (an HTML entity).
        case replacement([UInt8], source: Range<Int>)
        /// A boundary between words (`<br>`, a block element).
        case wordBreak
        /// The start of a list item (`<li>`).
        case itemStart
    }

    /// HTML tags worth parsing; a `<` that starts none of them (`< 30 ans`, `<http://...>`) is text.
    static let fragmentTag: Regex = {
        let names = "a|abbr|b|blockquote|br|center|cite|code|del|div|em|font|h[1-6]|hr|i|img|ins|li|mark|ol|p|q|s|small|span|strike|strong|sub|sup|table|td|th|tr|u|ul"
        return Regex.builtIn("<(?:/?(?:\(names))(?:[\\s/][^<>]*)?|!--)>", options: .caseless)
    }()

    private let scratch = MatchScratch()

    /// Calls `visit` with the pieces of the decoded bytes `range` of `text`.
    func read(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ visit: (Piece) -> Void) {
        guard containsFragment(text, range: range) else {
            visit(.text(range))
            return
        }
        InlineFragment.readHTML(text, range: range, visit)
    }

    /// Calls `visit` with the pieces of the decoded bytes `range` of `text` read as HTML.
    static func readHTML(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ visit: (Piece) -> Void) {
        var dropped = 0
        let base = range.lowerBound
        HTMLEventReader.read(UnsafeBufferPointer(rebasing: text[range])) { event in
            switch event {
            case .start(let element, _, _):
                switch element {
                case .dropped, .pageTitle: dropped += 1
                case .listItem: visit(.itemStart)
                case .inline: break
                default: visit(.wordBreak)
                }
            case .end(let element, _):
                switch element {
                case .dropped, .pageTitle: dropped = max(0, dropped - 1)
                case .inline: break
                default: visit(.wordBreak)
                }
            case .text(let bytes, let source, let verbatim):
                guard dropped == 0 else { return }
                let shifted = source.lowerBound + base..<source.upperBound + base
                visit(verbatim ? .text(shifted) : .replacement(Array(bytes), source: shifted))
            case .emphasis:
                break
            }
        }
    }

    /// Appends the inline content of `range` to `builder`, list items run together.
    func append(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, to builder: inout InlineBuilder) {
        read(text, range: range) { piece in
            builder.append(piece, from: text)
        }
    }

    private func containsFragment(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        let slice = UnsafeBufferPointer(rebasing: text[range])
        guard slice.contains(UInt8(ascii: "<")) else { return false }
        var found = false
        // The document's text is valid UTF-8 by construction.
        try? InlineFragment.fragmentTag.forEachMatch(in: slice, validated: true, scratch: scratch) { _ in
            found = true
            return false
        }
        return found
    }
}

extension InlineBuilder {
    /// Appends one piece of inline content read from `text`.
    mutating func append(_ piece: InlineFragment.Piece, from text: UnsafeBufferPointer<UInt8>) {
        switch piece {
        case .text(let range): append(text, range: range)
        case .replacement(let bytes, let source): bytes.withUnsafeBufferPointer { appendReplacement($0, source: source) }
        case .wordBreak, .itemStart: appendBreak()
        }
    }
}

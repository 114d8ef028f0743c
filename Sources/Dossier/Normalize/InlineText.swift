/// The text of a block or a table cell, with markup dropped, and the way back to its source.
///
/// `text` is Unicode NFC with runs of white space folded to one space and no leading or
/// trailing space. `matchText` is the view that rules match against: no-break, narrow
/// no-break, thin and other fixed-width spaces are plain spaces, typographic apostrophes
/// are `'`, ligatures such as `ﬁ` are their letters, soft hyphens and zero-width spaces are
/// gone. Both map back to the document's decoded text, and from there to the original bytes.
public struct InlineText: Sendable, Equatable {
    /// The normalized text, as UTF-8 bytes (always valid UTF-8).
    public let utf8: [UInt8]
    /// The matching view of `text`, as UTF-8 bytes; `nil` when it is the same as `utf8`.
    let matchUTF8: [UInt8]?
    /// Form check boxes met in the text (never part of `text` itself).
    public let checkboxes: [Checkbox]
    /// Ranges of `text` set in bold in an HTML source (`<strong>`, `<b>`).
    public let emphases: [Range<Int>]
    /// Maps offsets in `text` to offsets in the document's decoded text.
    public let textMap: OffsetMap
    /// Maps offsets in `matchText` to offsets in `text`; `nil` when the two are the same.
    let matchMap: OffsetMap?

    /// An empty text.
    public static let empty = InlineText(utf8: [], matchUTF8: nil, checkboxes: [], emphases: [], textMap: OffsetMap(), matchMap: nil)

    /// The normalized text. Work on `utf8` where a `String` is not needed: this makes one.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The matching view of `text`, as UTF-8 bytes.
    public var matchView: [UInt8] { matchUTF8 ?? utf8 }

    /// The matching view of `text`.
    public var matchText: String { String(decoding: matchView, as: UTF8.self) }

    /// Whether there is neither text nor a check box.
    public var isEmpty: Bool { utf8.isEmpty && checkboxes.isEmpty }

    /// Whether a check box here lost its state in the conversion (`FORMCHECKBOX`): an option
    /// the form offered, which nothing says was ticked.
    var offersAnUntoldOption: Bool { checkboxes.contains { $0.state == .unknown } }

    /// The decoded-text range of a range of `text`.
    public func decodedRange(ofText range: Range<Int>) -> Range<Int> {
        textMap.sourceRange(range)
    }

    /// The decoded-text range of a range of `matchText`.
    public func decodedRange(ofMatch range: Range<Int>) -> Range<Int> {
        decodedRange(ofText: matchMap.map { $0.sourceRange(range) } ?? range)
    }

    /// The decoded-text range the whole text comes from.
    public var decodedRange: Range<Int>? {
        guard let first = textMap.first, let last = textMap.last else { return nil }
        return first.source..<max(first.source, last.source + last.sourceLength)
    }
}

/// A form check box (`FORMCHECKBOX` in text converted from a Word form).
public struct Checkbox: Sendable, Equatable {
    /// Whether the box is ticked.
    public enum State: String, Sendable, Equatable {
        case checked
        case unchecked
        /// The conversion lost the state, as it does for `FORMCHECKBOX`.
        case unknown
    }

    /// The box's state.
    public var state: State
    /// Byte offset in the owning `InlineText.utf8` where the box stood.
    public var offset: Int
    /// The decoded-text range of the token.
    public var decodedRange: Range<Int>
}

/// The character encoding a file was read in.
public enum TextEncoding: String, Sendable, Equatable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-8 that starts with the byte-order mark `EF BB BF`.
    case utf8WithBOM = "utf-8-bom"
    /// UTF-16 little-endian, with the byte-order mark `FF FE`.
    case utf16LittleEndian = "utf-16le"
    /// UTF-16 big-endian, with the byte-order mark `FE FF`.
    case utf16BigEndian = "utf-16be"
    /// Windows-1252, taken when the bytes are not valid UTF-8 and carry no byte-order mark.
    case windows1252 = "windows-1252"
}

/// How the lines of a file ended before they were turned into `\n`.
public enum LineEnding: String, Sendable, Equatable {
    /// `\n` only.
    case lf
    /// `\r\n` only.
    case crlf
    /// `\r` only.
    case cr
    /// More than one kind.
    case mixed
    /// A single line with no line end.
    case none
}

/// A change the loader made to the decoded text, beyond decoding.
public struct TextRepair: Sendable, Equatable {
    /// The kinds of repair.
    public enum Kind: String, Sendable, Equatable {
        /// UTF-8 text that had been decoded once as Windows-1252 (`mÃ©nages` for `ménages`).
        case mojibake
        /// A byte sequence that could not be decoded, replaced by U+FFFD.
        case replacement
    }

    /// What was repaired.
    public var kind: Kind
    /// How many places.
    public var count: Int
    /// Byte offset of the first place in the original file.
    public var firstOffset: Int

    /// Creates a repair record.
    public init(kind: Kind, count: Int, firstOffset: Int) {
        self.kind = kind
        self.count = count
        self.firstOffset = firstOffset
    }
}

/// The layout family a file is read as, from its extension (or its first bytes for stdin).
public enum SourceFormat: String, Sendable, Equatable {
    /// Plain text, including text converted from Word or PDF.
    case text
    /// Markdown-ish text (same reading as `text`; headings and emphasis are markup).
    case markdown
    /// An HTML page.
    case html
    /// A CSV export: fields separated by `;`, `,` or tabs, one table.
    case csv
}

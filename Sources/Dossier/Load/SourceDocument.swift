/// One input file, decoded: UTF-8 text with `\n` line ends, and everything needed to point
/// back at the original bytes.
public struct SourceDocument: Sendable {
    /// The file's name as given on the command line (or `-` for standard input).
    public var name: String
    /// How the file is read.
    public var format: SourceFormat
    /// SHA-256 of the original bytes, lowercase hexadecimal.
    public var sha256: String
    /// Size of the original file in bytes.
    public var byteCount: Int
    /// The encoding detected.
    public var encoding: TextEncoding
    /// How the original lines ended.
    public var lineEnding: LineEnding
    /// Repairs applied after decoding.
    public var repairs: [TextRepair]
    /// The decoded text as UTF-8 bytes: `\n` line ends, repairs applied, always valid UTF-8.
    public var utf8: [UInt8]
    /// Maps byte offsets in `text` to byte offsets in the original file.
    public var sourceMap: OffsetMap
    /// Line starts of `text`.
    public var lines: LineIndex

    /// The decoded text.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The span in the original file of the decoded bytes `range`.
    public func span(of range: Range<Int>) -> Span {
        Span(bytes: sourceMap.sourceRange(range), start: lines.location(of: range.lowerBound), end: lines.location(of: range.upperBound))
    }

    /// The span of the decoded bytes `range`, known to lie on line `line`, which starts at
    /// the decoded offset `lineStart`: no line lookup needed.
    func span(of range: Range<Int>, onLine line: Int, lineStart: Int) -> Span {
        Span(
            bytes: sourceMap.sourceRange(range),
            start: SourceLocation(line: line, column: range.lowerBound - lineStart + 1),
            end: SourceLocation(line: line, column: range.upperBound - lineStart + 1)
        )
    }
}

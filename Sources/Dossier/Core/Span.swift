/// Where a piece of a document came from: a byte range in the original file, and the
/// line:column of its start and end.
///
/// Byte offsets always refer to the file's original bytes, whatever its encoding. Lines and
/// columns refer to the decoded text a reader sees (UTF-8 bytes, line ends `\n`); for a
/// UTF-8 file with `\n` line ends and no byte-order mark the two agree byte for byte.
public struct Span: Sendable, Hashable, CustomStringConvertible {
    /// Byte range in the original file.
    public var bytes: Range<Int>
    /// Line:column where the span starts.
    public var start: SourceLocation
    /// Line:column just past the span's last byte.
    public var end: SourceLocation

    /// Creates a span.
    public init(bytes: Range<Int>, start: SourceLocation, end: SourceLocation) {
        self.bytes = bytes
        self.start = start
        self.end = end
    }

    /// `@line:column-line:column`, as in the readable dump.
    public var description: String { "@\(start)-\(end)" }
}

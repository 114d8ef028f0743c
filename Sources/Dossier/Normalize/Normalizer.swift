/// Turns a decoded `SourceDocument` into a `Document` of blocks.
///
/// Text and Markdown input go through `TextNormalizer`; HTML through `HTMLNormalizer`. Both
/// keep, for every block and cell, its byte range in the original file.
public struct Normalizer: Sendable {
    /// Creates a normalizer.
    public init() {}

    /// Normalizes one document.
    public func normalize(_ source: SourceDocument) -> Document {
        var text = source.text
        let blocks = text.withUTF8 { bytes in
            switch source.format {
            case .html: return HTMLNormalizer(source: source, text: bytes).blocks()
            case .text, .markdown: return TextNormalizer(source: source, text: bytes).blocks()
            }
        }
        return Document(source: source, blocks: blocks, diagnostics: Normalizer.diagnostics(of: source))
    }

    /// Normalizes the inline text of `bytes` (a cell or a line, in the document's decoded
    /// text) the way a cell is normalized: markup dropped, white space folded, NFC.
    public static func inlineText(of bytes: Range<Int>, in source: SourceDocument) -> InlineText {
        var text = source.text
        return text.withUTF8 { buffer in
            var builder = InlineBuilder()
            InlineFragment.append(buffer, range: bytes, to: &builder)
            return builder.build()
        }
    }

    private static func diagnostics(of source: SourceDocument) -> [Diagnostic] {
        source.repairs.map { repair in
            let start = source.sourceMap.targetStart(ofSource: repair.firstOffset)
            let span = source.span(of: start..<start)
            switch repair.kind {
            case .mojibake:
                return Diagnostic(
                    severity: .note, id: "load.mojibake",
                    message: "repaired \(repair.count) place(s) of UTF-8 text that had been decoded as Windows-1252", span: span
                )
            case .replacement:
                return Diagnostic(
                    severity: .warning, id: "load.invalid-bytes",
                    message: "replaced \(repair.count) undecodable byte sequence(s) by U+FFFD", span: span
                )
            }
        }
    }
}

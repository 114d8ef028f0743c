/// Turns a decoded `SourceDocument` into a `Document` of blocks.
///
/// Text and Markdown input go through `TextNormalizer`; HTML through `HTMLNormalizer`; CSV
/// through `CSVNormalizer`. Each keeps, for every block and cell, its byte range in the
/// original file.
public struct Normalizer: Sendable {
    /// HTML elements nested deeper than this are read as inline text (`Limits.nestingDepth`).
    public var maximumDepth: Int

    /// Creates a normalizer.
    public init(maximumDepth: Int = Limits.standard.nestingDepth) {
        self.maximumDepth = maximumDepth
    }

    /// Normalizes one document.
    public func normalize(_ source: SourceDocument) -> Document {
        let (blocks, title, found) = source.utf8.withUnsafeBufferPointer { bytes -> ([Block], InlineText?, [Diagnostic]) in
            switch source.format {
            case .html: return HTMLNormalizer(source: source, text: bytes).read(maximumDepth: maximumDepth)
            case .text, .markdown: return (TextNormalizer(source: source, text: bytes).blocks(), nil, [])
            case .csv: return (CSVNormalizer(source: source, text: bytes).blocks(), nil, [])
            }
        }
        return Document(source: source, blocks: blocks, diagnostics: Normalizer.diagnostics(of: source) + found, titleElement: title)
    }

    /// Normalizes a snippet the way a cell or a line's text is normalized: markup dropped
    /// (HTML tags and entities too when `format` is `.html`), white space folded, NFC.
    ///
    /// The text of a block or a cell is what this gives for the original bytes of its span,
    /// decoded.
    public static func inlineText(_ snippet: String, format: SourceFormat) -> InlineText {
        var snippet = snippet
        return snippet.withUTF8 { buffer in
            var builder = InlineBuilder()
            let range = 0..<buffer.count
            if format == .html {
                InlineFragment.readHTML(buffer, range: range) { builder.append($0, from: buffer) }
            } else {
                InlineFragment().append(buffer, range: range, to: &builder)
            }
            return builder.build()
        }
    }

    private static func diagnostics(of source: SourceDocument) -> [Diagnostic] {
        repairDiagnostics(of: source) + controlCharacterDiagnostics(of: source) + emptinessDiagnostics(of: source)
    }

    /// A warning when the file holds nothing but white space: no record can come of it.
    private static func emptinessDiagnostics(of source: SourceDocument) -> [Diagnostic] {
        guard source.utf8.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) else { return [] }
        return [Diagnostic(severity: .warning, id: "load.empty", message: source.byteCount == 0 ? "the file is empty" : "the file holds only white space")]
    }

    /// The control bytes read as spaces: C0 controls but tab, line ends, vertical tab and
    /// form feed; and DEL.
    private static let isControl: [Bool] = (0...255).map { byte in byte < 0x09 || (0x0E...0x1F).contains(byte) || byte == 0x7F }

    /// A warning when the text holds control characters (NUL and the like, not tab, line
    /// ends or form feed): they are read as spaces.
    private static func controlCharacterDiagnostics(of source: SourceDocument) -> [Diagnostic] {
        var first: Int?
        var count = 0
        source.utf8.withUnsafeBufferPointer { bytes in
            for (offset, byte) in bytes.enumerated() where Normalizer.isControl[Int(byte)] {
                if first == nil { first = offset }
                count += 1
            }
        }
        guard let first else { return [] }
        return [Diagnostic(
            severity: .warning, id: "load.control-characters",
            message: "read \(count) control character(s) (such as NUL) as spaces", span: source.span(of: first..<first + 1)
        )]
    }

    private static func repairDiagnostics(of source: SourceDocument) -> [Diagnostic] {
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

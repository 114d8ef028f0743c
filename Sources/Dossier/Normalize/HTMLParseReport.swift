/// What libxml2's HTML parser met on the way that the blocks do not show: the markup it
/// repaired, elements nested past the depth limit, and scripts and style sheets left out.
struct HTMLParseReport {
    /// How many errors the parser recovered from (an unclosed or stray tag, a bad entity...).
    var errors = 0
    /// The first of them: libxml2's message and the byte offset where the parser stood.
    var firstError: (message: String, position: Int)?
    /// How many elements were nested deeper than the limit, and so read as plain paragraphs.
    var deepElements = 0
    /// Where the first of them starts.
    var firstDeepElement: Int?
    /// How many `script` and `style` elements were left out.
    var scripts = 0
    /// Where the first of them starts.
    var firstScript: Int?

    /// The diagnostics of this report, placed in `source` (whose UTF-8 was parsed).
    func diagnostics(in source: SourceDocument, maximumDepth: Int) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if let (message, position) = firstError {
            found.append(Diagnostic(
                severity: .warning, id: "html.markup",
                message: "repaired \(errors) markup error(s); the first: \(message)",
                span: source.span(of: position..<position)
            ))
        }
        if let position = firstDeepElement {
            found.append(Diagnostic(
                severity: .warning, id: "html.nesting-depth",
                message: "\(deepElements) element(s) nested more than \(maximumDepth) deep (--max-depth) were read as plain paragraphs",
                span: source.span(of: position..<position)
            ))
        }
        if let position = firstScript {
            found.append(Diagnostic(
                severity: .note, id: "html.scripts",
                message: "left out \(scripts) script or style element(s): their content is not document text",
                span: source.span(of: position..<position)
            ))
        }
        return found
    }
}
